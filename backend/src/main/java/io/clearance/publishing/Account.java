package io.clearance.publishing;

import io.clearance.screening.Platform;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A connected platform account: where posts go and with which credentials. The token is kept only encrypted
 * ({@link TokenCipher}) and leaves this module only towards its connector. Disconnecting keeps the row (the archive
 * of publications refers to it) and wipes the token.
 */
@Entity
@Table(name = "platform_account")
public class Account {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@Enumerated(EnumType.STRING)
	private Network network;

	@Enumerated(EnumType.STRING)
	private Platform platform;

	private String displayName;

	private String platformAccountId;

	private String apiBaseUrl;

	@Column(length = 8000)
	private String tokenCiphertext;

	private boolean active;

	private String connectedBy;

	private Instant connectedAt;

	private Instant disconnectedAt;

	protected Account() {
	}

	Account(Network network, String displayName, String platformAccountId, String apiBaseUrl,
			String tokenCiphertext, String connectedBy, Instant now) {
		this.network = network;
		this.platform = network.platform();
		this.displayName = displayName;
		this.platformAccountId = platformAccountId;
		this.apiBaseUrl = apiBaseUrl;
		this.tokenCiphertext = tokenCiphertext;
		this.active = true;
		this.connectedBy = connectedBy;
		this.connectedAt = now;
	}

	void disconnect(Instant now) {
		active = false;
		tokenCiphertext = null;
		disconnectedAt = now;
	}

	String tokenCiphertext() {
		return tokenCiphertext;
	}

	public Long id() {
		return id;
	}

	public Network network() {
		return network;
	}

	public Platform platform() {
		return platform;
	}

	public String displayName() {
		return displayName;
	}

	public String platformAccountId() {
		return platformAccountId;
	}

	/** The API base URL this account's connector calls: the override, or the network's public API. */
	public String apiBaseUrl() {
		return apiBaseUrl != null ? apiBaseUrl : network.defaultApiBaseUrl();
	}

	public boolean hasApiBaseUrlOverride() {
		return apiBaseUrl != null;
	}

	public boolean hasToken() {
		return tokenCiphertext != null;
	}

	public boolean active() {
		return active;
	}

	public String connectedBy() {
		return connectedBy;
	}

	public Instant connectedAt() {
		return connectedAt;
	}
}
