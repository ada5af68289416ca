package io.clearance.audit;

import io.clearance.shared.Hashes;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.springframework.data.domain.Persistable;

/**
 * One line of the audit trail. Written once, never updated. Its id is the sequence number the trail assigns, so it
 * tells the repository that a new entry is new ({@link Persistable}): saving it inserts at once instead of first
 * selecting the row by id to decide between insert and update.
 */
@Entity
@Immutable
@Table(name = "audit_entry")
public class AuditEntry implements Persistable<Long> {

	static final String GENESIS = "0".repeat(64);

	/** Position in the chain, 1-based, gapless. */
	@Id
	@Column(name = "seq")
	private long sequence;

	private Long postId;

	/** The incident the entry is about (declared, closed, a publication held or released), if any. */
	private Long incidentId;

	private String type;

	private String actor;

	private Integer revision;

	private String contentHash;

	private String fromStatus;

	private String toStatus;

	@Column(length = 4000)
	private String detail;

	private Instant occurredAt;

	private String previousHash;

	private String hash;

	/** Constructed here and not yet saved; false once loaded or persisted. */
	@Transient
	private boolean unsaved = true;

	protected AuditEntry() {
	}

	@PostLoad
	@PostPersist
	void saved() {
		unsaved = false;
	}

	@Override
	public Long getId() {
		return sequence;
	}

	@Override
	public boolean isNew() {
		return unsaved;
	}

	AuditEntry(long sequence, Long postId, Long incidentId, String type, String actor, Integer revision,
			String contentHash, String fromStatus, String toStatus, String detail, Instant occurredAt,
			String previousHash) {
		this.sequence = sequence;
		this.postId = postId;
		this.incidentId = incidentId;
		this.type = type;
		this.actor = actor;
		this.revision = revision;
		this.contentHash = contentHash;
		this.fromStatus = fromStatus;
		this.toStatus = toStatus;
		this.detail = detail == null ? null : detail.substring(0, Math.min(detail.length(), 4000));
		this.occurredAt = occurredAt;
		this.previousHash = previousHash;
		this.hash = computeHash();
	}

	/** SHA-256 over every field and the previous hash. */
	String computeHash() {
		String canonical = String.join("\u001f", String.valueOf(sequence), String.valueOf(postId), type,
				String.valueOf(actor), String.valueOf(revision), String.valueOf(contentHash), String.valueOf(fromStatus), String.valueOf(toStatus),
				String.valueOf(detail), String.valueOf(occurredAt.toEpochMilli()), previousHash);
		if (incidentId != null) {
			// Only entries about an incident carry it, so the hashes of every earlier entry stay as they were.
			canonical += "\u001fincident=" + incidentId;
		}
		return Hashes.sha256(canonical);
	}

	public long sequence() {
		return sequence;
	}

	public Long postId() {
		return postId;
	}

	public Long incidentId() {
		return incidentId;
	}

	public String type() {
		return type;
	}

	public String actor() {
		return actor;
	}

	public Integer revision() {
		return revision;
	}

	public String contentHash() {
		return contentHash;
	}

	public String fromStatus() {
		return fromStatus;
	}

	public String toStatus() {
		return toStatus;
	}

	public String detail() {
		return detail;
	}

	public Instant occurredAt() {
		return occurredAt;
	}

	public String previousHash() {
		return previousHash;
	}

	public String hash() {
		return hash;
	}
}
