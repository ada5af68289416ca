package io.clearance.posts;

import io.clearance.posts.PostEvent.Type;
import io.clearance.screening.Platform;
import io.clearance.screening.PostKind;
import io.clearance.screening.Route;
import io.clearance.screening.ScreeningResult;
import io.clearance.shared.BadRequestException;
import io.clearance.shared.ConflictException;
import io.clearance.shared.ForbiddenException;
import io.clearance.shared.InvalidRequestException;
import io.clearance.shared.NotFoundException;
import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A post on its way to publication. The aggregate guards its own transitions: every method either moves the
 * post to a state the workflow allows or refuses with a reason, and every change is published as a
 * {@link PostEvent}.
 */
@Entity
@Table(name = "post")
public class Post extends AbstractAggregateRoot<Post> {

	/** Longest text a revision may hold; the longest platform limit (LinkedIn, YouTube descriptions) is far below. */
	public static final int MAX_TEXT_LENGTH = 20_000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	private String author;

	@Enumerated(EnumType.STRING)
	private PostStatus status;

	@Enumerated(EnumType.STRING)
	private PostKind kind;

	private boolean sponsored;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "post_platform", joinColumns = @JoinColumn(name = "post_id"))
	@Column(name = "platform")
	@Enumerated(EnumType.STRING)
	private Set<Platform> platforms = EnumSet.noneOf(Platform.class);

	private Instant scheduledAt;

	/** The connected accounts (publishing module ids) the post goes out on; none: each platform's default. */
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "post_account", joinColumns = @JoinColumn(name = "post_id"))
	@Column(name = "account_id")
	private Set<Long> accountIds = new java.util.TreeSet<>();

	/** A consent this published post relies on was revoked: it must come down. */
	private boolean takedownRequired;

	/** Whether the current revision needs legal sign-off (screening route or compliance escalation). */
	private boolean legalRequired;

	private int currentRevision;

	private String processInstanceId;

	private Instant createdAt;

	private Instant updatedAt;

	@OneToMany(mappedBy = "post", cascade = CascadeType.ALL, fetch = FetchType.EAGER)
	@Fetch(FetchMode.SUBSELECT)
	@OrderBy("number")
	private List<Revision> revisions = new ArrayList<>();

	@OneToMany(mappedBy = "post", cascade = CascadeType.ALL, fetch = FetchType.EAGER)
	@Fetch(FetchMode.SUBSELECT)
	@OrderBy("id")
	private List<ScreeningRecord> screenings = new ArrayList<>();

	@OneToMany(mappedBy = "post", cascade = CascadeType.ALL, fetch = FetchType.EAGER)
	@Fetch(FetchMode.SUBSELECT)
	@OrderBy("id")
	private List<ReviewDecision> decisions = new ArrayList<>();

	protected Post() {
	}

	private Post(String author, PostKind kind, boolean sponsored, Collection<Platform> platforms, Instant scheduledAt,
			Instant now) {
		this.author = author;
		this.kind = kind;
		this.sponsored = sponsored;
		this.platforms = platformsOf(platforms);
		this.scheduledAt = scheduledAt;
		this.status = PostStatus.DRAFT;
		this.createdAt = now;
		this.updatedAt = now;
	}

	/** A new draft by {@code author}, with its first revision. */
	public static Post draft(String author, PostContent content, PostKind kind, boolean sponsored,
			Collection<Platform> platforms, Instant scheduledAt, Instant now) {
		Post post = new Post(author, kind, sponsored, platforms, scheduledAt, now);
		post.addRevision(content, author, now);
		return post;
	}

	/** Registers the creation event; called once the post has its id. */
	void created() {
		event(Type.CREATED, author, null, PostStatus.DRAFT, null, updatedAt);
	}

	/**
	 * The author changes the post. Every edit is a new revision; approvals of earlier revisions no longer count,
	 * and a post that was in review or approved goes back to review.
	 *
	 * @return whether the edit reopened a review that was under way
	 */
	public boolean revise(String editor, PostContent content, boolean sponsored, Collection<Platform> platforms,
			Instant scheduledAt, Instant now) {
		requireAuthor(editor, "edit");
		if (!status.isEditable()) {
			throw illegal("edited", "a " + status + " post can no longer be changed");
		}
		PostStatus before = status;
		this.sponsored = sponsored;
		this.platforms = platformsOf(platforms);
		this.scheduledAt = scheduledAt;
		this.legalRequired = false;
		addRevision(content, editor, now);
		boolean reopened = before == PostStatus.IN_REVIEW || before == PostStatus.APPROVED
				|| before == PostStatus.SCHEDULED;
		if (reopened) {
			status = PostStatus.IN_REVIEW;
		}
		event(Type.REVISED, editor, before, status, reopened ? "earlier approvals no longer count; screened again"
				: null, now);
		return reopened;
	}

	/** The author sends the post (again) for review. */
	public void submit(String by, Instant now) {
		requireAuthor(by, "submit");
		PostStatus before = status;
		if (status == PostStatus.DRAFT) {
			status = PostStatus.IN_REVIEW;
			event(Type.SUBMITTED, by, before, status, null, now);
		}
		else if (status == PostStatus.CHANGES_REQUESTED) {
			status = PostStatus.IN_REVIEW;
			event(Type.RESUBMITTED, by, before, status, null, now);
		}
		else {
			throw illegal("submitted", "only a draft or a post with changes requested can be submitted");
		}
	}

	/** Records the screening of the current revision. A blocked post goes back to its author. */
	public void screened(ScreeningResult result, Instant now) {
		requireStatus("screened", PostStatus.IN_REVIEW);
		screenings.add(new ScreeningRecord(this, currentRevision, result, now));
		PostStatus before = status;
		if (result.route() == Route.BLOCK) {
			status = PostStatus.CHANGES_REQUESTED;
		}
		if (result.route() == Route.NEEDS_LEGAL) {
			legalRequired = true;
		}
		event(Type.SCREENED, "screening", before, status, "route " + result.route() + ", " + result.findings().size()
				+ " finding(s), packs " + result.packs().stream().map(p -> p.id() + "@" + p.version()).toList(), now);
	}

	/**
	 * A reviewer decides on the current revision. Nobody decides on their own post, and nobody gives both the
	 * compliance and the legal approval of one post.
	 */
	public void decide(ReviewStage stage, Decision decision, String reviewer, String comment,
			boolean escalateToLegal, String taskId, Instant now) {
		decide(stage, decision, reviewer, comment, escalateToLegal, taskId, List.of(), now);
	}

	/**
	 * As {@link #decide(ReviewStage, Decision, String, String, boolean, String, Instant)}, a request for changes
	 * carrying suggested edits of the current revision's text.
	 */
	public void decide(ReviewStage stage, Decision decision, String reviewer, String comment,
			boolean escalateToLegal, String taskId, List<SuggestedEdit> suggestedEdits, Instant now) {
		requireValidSuggestions(decision, suggestedEdits);
		requireStatus("reviewed", stage == ReviewStage.RETROSPECTIVE ? PostStatus.PUBLISHED : PostStatus.IN_REVIEW);
		if (reviewer.equals(author)) {
			throw new ForbiddenException("segregation-of-duties", "Nobody may review their own post.");
		}
		if (stage == ReviewStage.CRISIS && !isFastTrackEligible()) {
			throw illegal("decided on the crisis fast track",
					"only a crisis update whose current revision screening marked fast-track eligible can be");
		}
		if (stage == ReviewStage.RETROSPECTIVE) {
			requireRetrospectiveReviewer(reviewer);
		}
		ReviewStage other = stage == ReviewStage.COMPLIANCE ? ReviewStage.LEGAL : ReviewStage.COMPLIANCE;
		if (decision == Decision.APPROVE && (stage == ReviewStage.COMPLIANCE || stage == ReviewStage.LEGAL)
				&& decisions.stream()
			.anyMatch(d -> d.stage() == other && d.decision() == Decision.APPROVE && d.reviewer().equals(reviewer))) {
			throw new ForbiddenException("segregation-of-duties", "You gave the " + other.name().toLowerCase()
					+ " approval of this post; its " + stage.name().toLowerCase() + " approval needs someone else.");
		}
		if (decision != Decision.APPROVE && (comment == null || comment.isBlank())) {
			throw new InvalidRequestException("comment-required",
					"A rejection or a request for changes needs a comment the author can act on.");
		}
		if (escalateToLegal && (stage != ReviewStage.COMPLIANCE || decision != Decision.APPROVE)) {
			throw new InvalidRequestException("invalid-escalation",
					"Only a compliance approval can send a post on to legal.");
		}
		decisions.add(new ReviewDecision(this, currentRevision, stage, decision, reviewer, comment, escalateToLegal,
				taskId, now, suggestedEdits));
		PostStatus before = status;
		if (escalateToLegal) {
			legalRequired = true;
		}
		// A retrospective finding leaves the post published: the process opens a correction or takedown task.
		Decision effectOnStatus = stage == ReviewStage.RETROSPECTIVE ? Decision.APPROVE : decision;
		switch (effectOnStatus) {
			case REJECT -> status = PostStatus.REJECTED;
			case REQUEST_CHANGES -> status = PostStatus.CHANGES_REQUESTED;
			case APPROVE -> {
			}
		}
		event(Type.DECIDED, reviewer, before, status,
				stage + " " + decision + (escalateToLegal ? " (sent to legal)" : "")
						+ (comment == null || comment.isBlank() ? "" : ": " + comment),
				now);
	}

	/**
	 * A consent the current revision relies on was revoked. A post under review or approved is reviewed again: the
	 * same content becomes a new revision (so earlier approvals no longer count) and is screened again; a published
	 * post must be taken down.
	 *
	 * @return whether the review restarts
	 */
	public boolean consentRevoked(String consentId, Instant now) {
		PostStatus before = status;
		boolean reopen = before == PostStatus.IN_REVIEW || before == PostStatus.APPROVED
				|| before == PostStatus.SCHEDULED;
		String effect = "";
		if (reopen) {
			legalRequired = false;
			addRevision(currentRevision().content(), "consent-registry", now);
			status = PostStatus.IN_REVIEW;
			effect = "; earlier approvals no longer count, screened again";
		}
		else if (before == PostStatus.PUBLISHED) {
			takedownRequired = true;
			effect = "; published post must be taken down";
		}
		event(Type.CONSENT_REVOKED, "consent-registry", before, status, "consent " + consentId + " revoked" + effect,
				now);
		return reopen;
	}

	public boolean takedownRequired() {
		return takedownRequired;
	}

	/** The author chooses the accounts the post goes out on (checked by the caller against its platforms). */
	void chooseAccounts(Collection<Long> ids) {
		this.accountIds = new java.util.TreeSet<>(ids == null ? List.of() : ids);
	}

	/**
	 * A platform refused the post for good (a revoked token, content rejected): publishing stops until a person acts,
	 * and the author sees why in the post's history.
	 */
	public void publishingFailed(String detail, Instant now) {
		event(Type.PUBLISH_FAILED, "publishing", status, status, detail, now);
	}

	/** A published post was deleted on a platform through its API. */
	public void takenDown(String by, String detail, Instant now) {
		requireStatus("taken down", PostStatus.PUBLISHED);
		takedownRequired = false;
		event(Type.TAKEN_DOWN, by, status, status, detail, now);
	}

	/** A review task's SLA ran out. */
	public void escalated(ReviewStage stage, Instant now) {
		event(Type.ESCALATED, "sla", status, status, stage + " review overdue", now);
	}

	/**
	 * The reviews are complete. The post must hold the approvals its current revision needs.
	 *
	 * @return when the post is to be published
	 */
	public Instant approve(Instant now) {
		requireStatus("approved", PostStatus.IN_REVIEW);
		requireApprovals();
		PostStatus before = status;
		boolean later = scheduledAt != null && scheduledAt.isAfter(now);
		status = later ? PostStatus.SCHEDULED : PostStatus.APPROVED;
		event(Type.APPROVED, "workflow", before, status, later ? "scheduled for " + scheduledAt
				: isApprovedLate(now) ? "approved after its scheduled time " + scheduledAt
						+ "; waits for its author to publish it now or reschedule it" : null,
				now);
		return later ? scheduledAt : now;
	}

	/** Whether the post was scheduled for a time that has passed: approved now, it would go out late. */
	public boolean isApprovedLate(Instant now) {
		return scheduledAt != null && !scheduledAt.isAfter(now);
	}

	/**
	 * The author answers a reviewer's suggested edit: accepted into the text or ignored. Recorded on the edit (a later
	 * answer replaces an earlier one) and in the post's history; the text itself changes only by an edit of the post.
	 */
	public void answerSuggestedEdit(String by, long decisionId, int index, SuggestedEdit.Response response,
			Instant now) {
		requireAuthor(by, "answer suggested edits of");
		if (!status.isEditable()) {
			throw illegal("changed", "a " + status + " post can no longer be changed");
		}
		ReviewDecision decision = decisions.stream().filter(d -> Long.valueOf(decisionId).equals(d.id())).findFirst()
			.orElseThrow(() -> new NotFoundException("Post " + id + " has no decision " + decisionId + "."));
		if (!decision.answer(index, response, now)) {
			throw new NotFoundException("Decision " + decisionId + " of post " + id + " has no suggested edit "
					+ index + ".");
		}
		SuggestedEdit edit = decision.suggestedEdits().get(index);
		event(Type.SUGGESTION_ANSWERED, by, status, status, "suggested edit " + (index + 1) + " of "
				+ decision.reviewer() + " (revision " + decision.revision() + ", \"" + edit.replacement() + "\") "
				+ response.name().toLowerCase(Locale.ROOT), now);
	}

	/**
	 * The author of a post approved after its scheduled time chooses: publish now ({@code at} null) or at a new,
	 * future time. Only the time changes, so the approvals of the revision still count.
	 *
	 * @return when to publish
	 */
	public Instant choosePublicationTime(String by, Instant at, Instant now) {
		requireAuthor(by, "reschedule");
		requireStatus("rescheduled", PostStatus.APPROVED);
		requireApprovals();
		if (at != null && !at.isAfter(now)) {
			throw new InvalidRequestException("schedule-in-past",
					"The new time " + at + " has passed too; choose a later time or publish now.");
		}
		PostStatus before = status;
		if (at != null) {
			scheduledAt = at;
			status = PostStatus.SCHEDULED;
		}
		event(Type.RESCHEDULED, by, before, status, at == null ? "publish now" : "rescheduled for " + at, now);
		return at == null ? now : at;
	}

	/** Refuses unless the post may be published as it stands now. */
	public void requirePublishable() {
		if (status != PostStatus.APPROVED && status != PostStatus.SCHEDULED) {
			throw illegal("published", "only an approved post can be published");
		}
		requireApprovals();
	}

	/** The post went out on all its platforms. */
	public void published(Instant now) {
		requirePublishable();
		PostStatus before = status;
		status = PostStatus.PUBLISHED;
		event(Type.PUBLISHED, "workflow", before, status, null, now);
	}

	/**
	 * A publication held by a publishing freeze goes back to its author to be rescheduled; once resubmitted it is
	 * screened and reviewed again.
	 */
	public void returnToAuthor(String reason, Instant now) {
		if (status != PostStatus.APPROVED && status != PostStatus.SCHEDULED) {
			throw illegal("returned to its author", "only an approved or scheduled post waits for publication");
		}
		PostStatus before = status;
		status = PostStatus.CHANGES_REQUESTED;
		event(Type.RETURNED, "workflow", before, status, reason, now);
	}

	/**
	 * A crisis lead records what was done about a retrospective finding on a fast-tracked update: a correction was
	 * published, or the update was taken down.
	 */
	public void correctionRecorded(Correction correction, String by, String comment, Instant now) {
		requireStatus("corrected", PostStatus.PUBLISHED);
		boolean finding = decisions.stream()
			.anyMatch(d -> d.stage() == ReviewStage.RETROSPECTIVE && d.decision() != Decision.APPROVE
					&& d.revision() == currentRevision);
		if (!finding) {
			throw illegal("corrected", "its retrospective review found nothing to correct");
		}
		if (comment == null || comment.isBlank()) {
			throw new InvalidRequestException("comment-required",
					"Say what was corrected or where the update was taken down.");
		}
		event(correction == Correction.TAKEN_DOWN ? Type.TAKEN_DOWN : Type.CORRECTED, by, status, status, comment, now);
	}

	/** The author takes the post back. */
	public void withdraw(String by, Instant now) {
		requireAuthor(by, "withdraw");
		if (status.isFinal()) {
			throw illegal("withdrawn", "a " + status + " post can no longer be withdrawn");
		}
		PostStatus before = status;
		status = PostStatus.WITHDRAWN;
		event(Type.WITHDRAWN, by, before, status, null, now);
	}

	public void attachProcess(String processInstanceId) {
		this.processInstanceId = processInstanceId;
	}

	/** The decision recorded for a process task, if any. */
	/** Suggested edits go with a request for changes only, and each must replace a span of the current text. */
	private void requireValidSuggestions(Decision decision, List<SuggestedEdit> edits) {
		if (edits.isEmpty()) {
			return;
		}
		if (decision != Decision.REQUEST_CHANGES) {
			throw new BadRequestException("invalid-suggested-edit",
					"Suggested edits go with a request for changes only, not with " + decision + ".");
		}
		if (edits.size() > SuggestedEdit.MAX_EDITS) {
			throw new BadRequestException("invalid-suggested-edit",
					"At most " + SuggestedEdit.MAX_EDITS + " suggested edits per decision; got " + edits.size() + ".");
		}
		int length = currentRevision().content().text().length();
		List<SuggestedEdit> sorted = edits.stream()
			.sorted(Comparator.comparingInt(SuggestedEdit::start).thenComparingInt(SuggestedEdit::end))
			.toList();
		int previousEnd = -1;
		boolean previousEmpty = false;
		for (SuggestedEdit edit : sorted) {
			if (edit.start() < 0 || edit.end() < edit.start() || edit.end() > length) {
				throw new BadRequestException("invalid-suggested-edit", "Suggested edit [" + edit.start() + ", "
						+ edit.end() + ") is not a span of revision " + currentRevision + " (" + length + " characters).");
			}
			if (edit.replacement().length() > SuggestedEdit.MAX_REPLACEMENT) {
				throw new BadRequestException("invalid-suggested-edit",
						"A suggested replacement has at most " + SuggestedEdit.MAX_REPLACEMENT + " characters.");
			}
			if (edit.note() != null && edit.note().length() > SuggestedEdit.MAX_NOTE) {
				throw new BadRequestException("invalid-suggested-edit",
						"A suggestion's note has at most " + SuggestedEdit.MAX_NOTE + " characters.");
			}
			boolean empty = edit.start() == edit.end();
			// Two edits touching where one of them inserts would apply in an order nobody chose.
			if (edit.start() < previousEnd || (edit.start() == previousEnd && (empty || previousEmpty))) {
				throw new BadRequestException("invalid-suggested-edit",
						"Suggested edits overlap at offset " + edit.start() + ".");
			}
			previousEnd = edit.end();
			previousEmpty = empty;
		}
	}

	public Optional<ReviewDecision> decisionFor(String taskId) {
		return decisions.stream().filter(d -> taskId.equals(d.taskId())).findFirst();
	}

	/** Whether the current revision holds every approval it needs. */
	public boolean isApprovedAtCurrentRevision() {
		return isFastTrackApproved()
				|| hasApproval(ReviewStage.COMPLIANCE) && (!legalRequired || hasApproval(ReviewStage.LEGAL));
	}

	/**
	 * Whether this is a crisis update whose current revision screening marked eligible for the crisis fast track
	 * (the rule packs decide; a privacy finding always rules it out).
	 */
	public boolean isFastTrackEligible() {
		return kind == PostKind.CRISIS_UPDATE && latestScreening().filter(s -> s.revision() == currentRevision)
			.map(s -> s.result().fastTrackEligible())
			.orElse(false);
	}

	/** The fast track's one approval: a crisis approval of an eligible current revision stands in for all others. */
	private boolean isFastTrackApproved() {
		return isFastTrackEligible() && hasApproval(ReviewStage.CRISIS);
	}

	/** The retrospective review checks the crisis approval, so it needs someone other than the crisis approver. */
	private void requireRetrospectiveReviewer(String reviewer) {
		if (!isFastTrackApproved()) {
			throw illegal("reviewed retrospectively", "it was not published on the crisis fast track");
		}
		if (decisions.stream().anyMatch(d -> d.isApprovalOf(ReviewStage.CRISIS, currentRevision)
				&& d.reviewer().equals(reviewer))) {
			throw new ForbiddenException("segregation-of-duties",
					"You gave this crisis update its fast-track approval; its retrospective review needs someone "
							+ "else.");
		}
	}

	private boolean hasApproval(ReviewStage stage) {
		return decisions.stream().anyMatch(d -> d.isApprovalOf(stage, currentRevision));
	}

	private void requireApprovals() {
		if (isFastTrackApproved()) {
			return;
		}
		if (!hasApproval(ReviewStage.COMPLIANCE)) {
			throw illegal("approved", "revision " + currentRevision + " has no compliance approval");
		}
		if (legalRequired && !hasApproval(ReviewStage.LEGAL)) {
			throw illegal("approved", "revision " + currentRevision + " needs legal sign-off");
		}
	}

	private void addRevision(PostContent content, String by, Instant now) {
		if (content.text().length() > MAX_TEXT_LENGTH) {
			throw new InvalidRequestException("text-too-long",
					"A post's text may be at most " + MAX_TEXT_LENGTH + " characters.");
		}
		currentRevision++;
		revisions.add(new Revision(this, currentRevision, content, by, now));
		updatedAt = now;
	}

	private void requireAuthor(String who, String action) {
		if (!author.equals(who)) {
			throw new ForbiddenException("not-the-author", "Only the author of a post may " + action + " it.");
		}
	}

	private void requireStatus(String action, PostStatus expected) {
		if (status != expected) {
			throw illegal(action, "it is " + status + ", not " + expected);
		}
	}

	private ConflictException illegal(String action, String reason) {
		return new ConflictException("illegal-transition", "Post " + id + " cannot be " + action + ": " + reason + ".");
	}

	private void event(Type type, String actor, PostStatus from, PostStatus to, String detail, Instant now) {
		updatedAt = now;
		if (id != null) {
			registerEvent(new PostEvent(id, type, actor, currentRevision, currentRevision().contentHash(), from, to,
					detail, now));
		}
	}

	private static Set<Platform> platformsOf(Collection<Platform> platforms) {
		if (platforms == null || platforms.isEmpty()) {
			throw new InvalidRequestException("no-platform", "A post needs at least one platform.");
		}
		return EnumSet.copyOf(platforms);
	}

	public Long id() {
		return id;
	}

	public long version() {
		return version;
	}

	public String author() {
		return author;
	}

	public PostStatus status() {
		return status;
	}

	public PostKind kind() {
		return kind;
	}

	public boolean sponsored() {
		return sponsored;
	}

	public Set<Platform> platforms() {
		return EnumSet.copyOf(platforms);
	}

	public Instant scheduledAt() {
		return scheduledAt;
	}

	public Set<Long> accountIds() {
		return Set.copyOf(accountIds);
	}

	public boolean legalRequired() {
		return legalRequired;
	}

	public String processInstanceId() {
		return processInstanceId;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public Instant updatedAt() {
		return updatedAt;
	}

	public Revision currentRevision() {
		return revisions.get(revisions.size() - 1);
	}

	public List<Revision> revisions() {
		return List.copyOf(revisions);
	}

	public Optional<ScreeningRecord> latestScreening() {
		return screenings.isEmpty() ? Optional.empty() : Optional.of(screenings.get(screenings.size() - 1));
	}

	public List<ScreeningRecord> screenings() {
		return List.copyOf(screenings);
	}

	public List<ReviewDecision> decisions() {
		return List.copyOf(decisions);
	}
}
