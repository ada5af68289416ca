package io.clearance.publishing;

import io.clearance.screening.Platform;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One post's publication on one platform, through one connected account (or the platform's default, the sandbox,
 * when the post chose none): what went out (the exact text and media descriptions), when, under which id and
 * address, and how the attempts went.
 */
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

	/** The connected account it went out on; null for the platform's default (the sandbox). */
	private Long accountId;

	@Column(unique = true)
	private String idempotencyKey;

	@Enumerated(EnumType.STRING)
	private PublicationStatus status;

	private String externalId;

	private int attempts;

	@Column(length = 2000)
	private String lastError;

	private Instant publishedAt;

	@Column(length = 2000)
	private String url;

	/** The exact text that went out (the revision's text at the time of publication). */
	@Column(length = 20000)
	private String publishedText;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "publication_media", joinColumns = @JoinColumn(name = "publication_id"))
	@OrderColumn(name = "sort_order")
	@Column(name = "description", length = 2000)
	private List<String> mediaDescriptions = new ArrayList<>();

	/** The last failure cannot be cured by retrying (a revoked token, content refused). */
	private boolean permanentFailure;

	private Instant lastAttemptAt;

	private Long likes;

	private Long shares;

	private Long comments;

	private Long reach;

	private Instant engagementFetchedAt;

	protected Publication() {
	}

	Publication(long postId, int revision, Platform platform, Long accountId) {
		this.postId = postId;
		this.revision = revision;
		this.platform = platform;
		this.accountId = accountId;
		this.idempotencyKey = accountId == null ? keyOf(postId, revision, platform) : keyOf(postId, revision, accountId);
		this.status = PublicationStatus.PENDING;
	}

	static String keyOf(long postId, int revision, Platform platform) {
		return "post-" + postId + "-r" + revision + "-" + platform.name().toLowerCase();
	}

	/** The identity of a publication through a connected account: post, revision, account. */
	static String keyOf(long postId, int revision, long accountId) {
		return "post-" + postId + "-r" + revision + "-account-" + accountId;
	}

	void attempt(Instant at) {
		attempts++;
		lastAttemptAt = at;
	}

	void succeeded(String externalId, String url, String text, List<String> media, Instant at) {
		this.status = PublicationStatus.PUBLISHED;
		this.externalId = externalId;
		this.url = url;
		this.publishedText = text;
		this.mediaDescriptions = new ArrayList<>(media);
		this.publishedAt = at;
		this.lastError = null;
		this.permanentFailure = false;
	}

	void failed(String error, boolean permanent) {
		this.status = PublicationStatus.FAILED;
		this.permanentFailure = permanent;
		this.lastError = error == null ? null : error.substring(0, Math.min(error.length(), 2000));
	}

	void engagement(Publisher.Engagement figures, Instant at) {
		likes = figures.likes();
		shares = figures.shares();
		comments = figures.comments();
		reach = figures.reach();
		engagementFetchedAt = at;
	}

	public Long likes() {
		return likes;
	}

	public Long shares() {
		return shares;
	}

	public Long comments() {
		return comments;
	}

	public Long reach() {
		return reach;
	}

	public Instant engagementFetchedAt() {
		return engagementFetchedAt;
	}

	void takenDown() {
		this.status = PublicationStatus.TAKEN_DOWN;
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

	public Long accountId() {
		return accountId;
	}

	public String url() {
		return url;
	}

	public String publishedText() {
		return publishedText;
	}

	public List<String> mediaDescriptions() {
		return List.copyOf(mediaDescriptions);
	}

	public boolean permanentFailure() {
		return permanentFailure;
	}

	public Instant lastAttemptAt() {
		return lastAttemptAt;
	}
}
