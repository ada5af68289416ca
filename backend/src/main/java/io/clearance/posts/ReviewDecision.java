package io.clearance.posts;

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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.hibernate.annotations.Immutable;

/** A reviewer's decision, bound to the revision it was made on. An approval of an older revision counts for nothing. */
@Entity
@Immutable
@Table(name = "review_decision")
public class ReviewDecision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "post_id")
	private Post post;

	private int revision;

	@Enumerated(EnumType.STRING)
	private ReviewStage stage;

	@Enumerated(EnumType.STRING)
	private Decision decision;

	private String reviewer;

	@Column(name = "review_comment", length = 4000)
	private String comment;

	private boolean escalateToLegal;

	/** The process task the decision completed; empty for decisions made outside a task. */
	private String taskId;

	private Instant decidedAt;

	/** Only on a request for changes: replacements the author may accept. */
	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SUBSELECT)
	@CollectionTable(name = "review_decision_edit", joinColumns = @JoinColumn(name = "decision_id"))
	@OrderColumn(name = "sort_order")
	private List<SuggestedEdit> suggestedEdits = new ArrayList<>();

	protected ReviewDecision() {
	}

	ReviewDecision(Post post, int revision, ReviewStage stage, Decision decision, String reviewer, String comment,
			boolean escalateToLegal, String taskId, Instant decidedAt, List<SuggestedEdit> suggestedEdits) {
		this.post = post;
		this.suggestedEdits = new ArrayList<>(suggestedEdits);
		this.revision = revision;
		this.stage = stage;
		this.decision = decision;
		this.reviewer = reviewer;
		this.comment = comment;
		this.escalateToLegal = escalateToLegal;
		this.taskId = taskId;
		this.decidedAt = decidedAt;
	}

	boolean isApprovalOf(ReviewStage stage, int revision) {
		return this.stage == stage && this.decision == Decision.APPROVE && this.revision == revision;
	}

	public int revision() {
		return revision;
	}

	public ReviewStage stage() {
		return stage;
	}

	public Decision decision() {
		return decision;
	}

	public String reviewer() {
		return reviewer;
	}

	public String comment() {
		return comment;
	}

	public boolean escalateToLegal() {
		return escalateToLegal;
	}

	public String taskId() {
		return taskId;
	}

	public Instant decidedAt() {
		return decidedAt;
	}

	public List<SuggestedEdit> suggestedEdits() {
		return List.copyOf(suggestedEdits);
	}

	public Long id() {
		return id;
	}

	/** Records the author's answer to the suggested edit at {@code index}; false if there is none there. */
	boolean answer(int index, SuggestedEdit.Response response, Instant at) {
		if (index < 0 || index >= suggestedEdits.size()) {
			return false;
		}
		suggestedEdits.set(index, suggestedEdits.get(index).answered(response, at));
		return true;
	}
}
