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

/** One post's publication on one platform: what went out, when, under which external id. */
@Entity
@Table(name = "publication")
public class Publication {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;


	@Version
	private long version;

	private long postId;

	private int revision;

	@Enumerated(EnumType.STRING)
	private Platform platform;

	@Column(unique = true)
	private String idempotencyKey;

	@Enumerated(EnumType.STRING)
	private PublicationStatus status;

	private String externalId;

	private int attempts;

	@Column(length = 2000)
	private String lastError;

	private Instant publishedAt;

	protected Publication() {
	}

	Publication(long postId, int revision, Platform platform) {
		this.postId = postId;
		this.revision = revision;
		this.platform = platform;
		this.idempotencyKey = keyOf(postId, revision, platform);
		this.status = PublicationStatus.PENDING;
	}

	static String keyOf(long postId, int revision, Platform platform) {
		return "post-" + postId + "-r" + revision + "-" + platform.name().toLowerCase();
	}

	void attempt() {
		attempts++;
	}

	void succeeded(String externalId, Instant at) {
		this.status = PublicationStatus.PUBLISHED;
		this.externalId = externalId;
		this.publishedAt = at;
		this.lastError = null;
	}

	void failed(String error) {
		this.status = PublicationStatus.FAILED;
		this.lastError = error == null ? null : error.substring(0, Math.min(error.length(), 2000));
	}

	Long id() {
		return id;
	}

	public long postId() {
		return postId;
	}

	public int revision() {
		return revision;
	}

	public Platform platform() {
		return platform;
	}

	public String idempotencyKey() {
		return idempotencyKey;
	}

	public PublicationStatus status() {
		return status;
	}

	public String externalId() {
		return externalId;
	}

	public int attempts() {
		return attempts;
	}

	public String lastError() {
		return lastError;
	}

	public Instant publishedAt() {
		return publishedAt;
	}
}
