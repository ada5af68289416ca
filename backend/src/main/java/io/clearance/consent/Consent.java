package io.clearance.consent;

import io.clearance.screening.Platform;
import io.clearance.shared.ConflictException;
import io.clearance.shared.InvalidRequestException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * One patient's consent to marketing use: what may be used, on which channels, until when. Revocation is final.
 * {@code patientRef} and {@code documentRef} identify the patient and the signed form; they are shown only to
 * compliance, legal and administrators. {@code label} is the non-identifying name authors pick it by.
 */
@Entity
@Table(name = "consent")
public class Consent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	private String label;

	private String patientRef;

	private String documentRef;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "consent_use", joinColumns = @JoinColumn(name = "consent_id"))
	@Column(name = "use_kind")
	@Enumerated(EnumType.STRING)
	private Set<ConsentUse> uses = EnumSet.noneOf(ConsentUse.class);

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "consent_channel", joinColumns = @JoinColumn(name = "consent_id"))
	@Column(name = "platform")
	@Enumerated(EnumType.STRING)
	private Set<Platform> channels = EnumSet.noneOf(Platform.class);

	private Instant expiresAt;

	private String recordedBy;

	private Instant recordedAt;

	private Instant revokedAt;

	private String revokedBy;

	@Column(length = 2000)
	private String revocationReason;

	protected Consent() {
	}

	Consent(String label, String patientRef, String documentRef, Collection<ConsentUse> uses,
			Collection<Platform> channels, Instant expiresAt, String recordedBy, Instant now) {
		if (uses == null || uses.isEmpty() || channels == null || channels.isEmpty()) {
			throw new InvalidRequestException("consent-scope", "A consent names at least one use and one channel.");
		}
		if (expiresAt != null && !expiresAt.isAfter(now)) {
			throw new InvalidRequestException("consent-expired", "The consent's expiry " + expiresAt + " has passed.");
		}
		this.label = label;
		this.patientRef = patientRef;
		this.documentRef = documentRef;
		this.uses = EnumSet.copyOf(uses);
		this.channels = EnumSet.copyOf(channels);
		this.expiresAt = expiresAt;
		this.recordedBy = recordedBy;
		this.recordedAt = now;
	}

	/** Whether the consent is in force at {@code now} for publication on {@code platform}. */
	public boolean covers(Platform platform, Instant now) {
		return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now)) && channels.contains(platform);
	}

	void revoke(String by, String reason, Instant now) {
		if (revokedAt != null) {
			throw new ConflictException("consent-revoked", "Consent " + id + " was already revoked on " + revokedAt + ".");
		}
		if (reason == null || reason.isBlank()) {
			throw new InvalidRequestException("reason-required", "Say why the consent is revoked.");
		}
		this.revokedAt = now;
		this.revokedBy = by;
		this.revocationReason = reason;
	}

	public Long id() {
		return id;
	}

	public long version() {
		return version;
	}

	public String label() {
		return label;
	}

	public String patientRef() {
		return patientRef;
	}

	public String documentRef() {
		return documentRef;
	}

	public Set<ConsentUse> uses() {
		return uses.isEmpty() ? EnumSet.noneOf(ConsentUse.class) : EnumSet.copyOf(uses);
	}

	public Set<Platform> channels() {
		return channels.isEmpty() ? EnumSet.noneOf(Platform.class) : EnumSet.copyOf(channels);
	}

	public Instant expiresAt() {
		return expiresAt;
	}

	public String recordedBy() {
		return recordedBy;
	}

	public Instant recordedAt() {
		return recordedAt;
	}

	public Instant revokedAt() {
		return revokedAt;
	}

	public String revokedBy() {
		return revokedBy;
	}

	public String revocationReason() {
		return revocationReason;
	}
}
