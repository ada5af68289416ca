package io.clearance.rulepacks;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * A reviewer's judgement that one finding of a post's screening is a false positive, with the reason. Bound to the
 * revision it was made on: a new revision is screened afresh. Never changed once made.
 */
@Entity
@Immutable
@Table(name = "finding_dismissal")
public class Dismissal {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long postId;

	private int revision;

	private String pack;

	private String ruleId;

	private int startOffset;

	private int endOffset;

	@Column(length = 2000)
	private String reason;

	private String dismissedBy;

	private Instant dismissedAt;

	protected Dismissal() {
	}

	Dismissal(long postId, int revision, String pack, String ruleId, int start, int end, String reason,
			String dismissedBy, Instant dismissedAt) {
		this.postId = postId;
		this.revision = revision;
		this.pack = pack;
		this.ruleId = ruleId;
		this.startOffset = start;
		this.endOffset = end;
		this.reason = reason;
		this.dismissedBy = dismissedBy;
		this.dismissedAt = dismissedAt;
	}

	public Long id() {
		return id;
	}

	public long postId() {
		return postId;
	}

	public int revision() {
		return revision;
	}

	public String pack() {
		return pack;
	}

	public String ruleId() {
		return ruleId;
	}

	public int start() {
		return startOffset;
	}

	public int end() {
		return endOffset;
	}

	public String reason() {
		return reason;
	}

	public String dismissedBy() {
		return dismissedBy;
	}

	public Instant dismissedAt() {
		return dismissedAt;
	}
}
