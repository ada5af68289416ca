package io.clearance.posts;

import io.clearance.screening.Category;
import io.clearance.screening.Platform;
import io.clearance.screening.PostKind;
import io.clearance.screening.Route;
import io.clearance.screening.ScreeningRequest;
import io.clearance.screening.ScreeningResult;
import io.clearance.screening.ScreeningService;
import io.clearance.shared.ConflictException;
import io.clearance.shared.InvalidRequestException;
import io.clearance.shared.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The posts module's API: every change to a post goes through here, inside one transaction. */
@Service
@Transactional
public class PostService {

	private final Posts posts;

	private final ScreeningService screening;

	private final ApprovalWorkflow workflow;

	private final FastTrackWorkflow fastTrack;

	private final ConsentCheck consents;

	private final AccountCheck accounts;

	private final Clock clock;

	PostService(Posts posts, ScreeningService screening, ApprovalWorkflow workflow, FastTrackWorkflow fastTrack,
			ConsentCheck consents, AccountCheck accounts, Clock clock) {
		this.accounts = accounts;
		this.posts = posts;
		this.screening = screening;
		this.workflow = workflow;
		this.fastTrack = fastTrack;
		this.consents = consents;
		this.clock = clock;
	}

	/** The fields an author sets on a post; the same for a new draft and for an edit. */
	public record Draft(PostContent content, PostKind kind, boolean sponsored, Collection<Platform> platforms,
			Instant scheduledAt, Collection<Long> accountIds) {

		public Draft {
			accountIds = accountIds == null ? List.of() : List.copyOf(accountIds);
		}

		/** A draft that goes out on each platform's default account. */
		public Draft(PostContent content, PostKind kind, boolean sponsored, Collection<Platform> platforms,
				Instant scheduledAt) {
			this(content, kind, sponsored, platforms, scheduledAt, List.of());
		}
	}

	public Post create(String author, Draft draft) {
		Instant now = clock.instant();
		requireFutureSchedule(draft.scheduledAt(), now);
		accounts.requireUsable(draft.accountIds(), draft.platforms());
		Post draftPost = Post.draft(author, draft.content(), draft.kind(), draft.sponsored(), draft.platforms(),
				draft.scheduledAt(), now);
		draftPost.chooseAccounts(draft.accountIds());
		Post post = posts.save(draftPost);
		post.created();
		return posts.save(post);
	}

	/** An edit: a new revision, refused when {@code expectedVersion} is not the post's current version. */
	public Post revise(long postId, long expectedVersion, String editor, Draft draft) {
		Post post = get(postId);
		if (post.version() != expectedVersion) {
			throw new ConflictException("stale-version", "Post " + postId + " has changed since you loaded it (version "
					+ expectedVersion + ", now " + post.version() + "); reload it and apply your edit again.");
		}
		if (draft.kind() != null && draft.kind() != post.kind()) {
			throw new InvalidRequestException("kind-fixed", "A post's kind cannot change; create a new post instead.");
		}
		Instant now = clock.instant();
		requireFutureSchedule(draft.scheduledAt(), now);
		accounts.requireUsable(draft.accountIds(), draft.platforms());
		post.chooseAccounts(draft.accountIds());
		boolean reopened = post.revise(editor, draft.content(), draft.sponsored(), draft.platforms(),
				draft.scheduledAt(), now);
		posts.save(post);
		if (reopened) {
			workflow.revised(postId);
		}
		return post;
	}

	public Post submit(long postId, String by) {
		Post post = get(postId);
		PostStatus before = post.status();
		post.submit(by, clock.instant());
		posts.save(post);
		if (before == PostStatus.DRAFT) {
			post.attachProcess(fastTrack.startIfApplicable(post).orElseGet(() -> workflow.start(postId, by)));
		}
		else if (fastTrack.runs(postId)) {
			fastTrack.resubmitted(postId);
		}
		else {
			workflow.resubmitted(postId);
		}
		return posts.save(post);
	}

	public Post withdraw(long postId, String by) {
		Post post = get(postId);
		boolean running = post.processInstanceId() != null;
		post.withdraw(by, clock.instant());
		posts.save(post);
		if (running) {
			workflow.withdrawn(postId);
			fastTrack.withdrawn(postId);
		}
		return post;
	}

	/** Screens the current revision on every platform of the post and records the result. */
	public ScreeningResult screen(long postId) {
		Post post = get(postId);
		List<ScreeningResult> results = screeningRequests(post).stream().map(screening::screen).toList();
		ScreeningResult result = ScreeningResult.combine(results);
		post.screened(result, clock.instant());
		posts.save(post);
		return result;
	}

	public Post decide(long postId, ReviewStage stage, Decision decision, String reviewer, String comment,
			boolean escalateToLegal, String taskId) {
		return decide(postId, stage, decision, reviewer, comment, escalateToLegal, taskId, List.of());
	}

	/** A decision with suggested edits of the current revision (a request for changes only). */
	public Post decide(long postId, ReviewStage stage, Decision decision, String reviewer, String comment,
			boolean escalateToLegal, String taskId, List<SuggestedEdit> suggestedEdits) {
		Post post = get(postId);
		post.decide(stage, decision, reviewer, comment, escalateToLegal, taskId, suggestedEdits, clock.instant());
		return posts.save(post);
	}

	public void escalated(long postId, ReviewStage stage) {
		Post post = get(postId);
		post.escalated(stage, clock.instant());
		posts.save(post);
	}

	/** The reviews are done: when the post is to be published, and whether it was approved after its scheduled time. */
	public record Approval(Instant publishAt, boolean late) {
	}

	public Approval approveForPublication(long postId) {
		Post post = get(postId);
		Instant now = clock.instant();
		boolean late = post.isApprovedLate(now);
		Instant publishAt = post.approve(now);
		posts.save(post);
		return new Approval(publishAt, late);
	}

	/** The author accepts or ignores a reviewer's suggested edit (see {@link Post#answerSuggestedEdit}). */
	public Post answerSuggestedEdit(long postId, String by, long decisionId, int index,
			SuggestedEdit.Response response) {
		Post post = get(postId);
		post.answerSuggestedEdit(by, decisionId, index, response, clock.instant());
		return posts.save(post);
	}

	/** The author of a post approved late chooses: publish now ({@code at} null) or reschedule. */
	public Post choosePublicationTime(long postId, String by, Instant at) {
		Post post = get(postId);
		Instant publishAt = post.choosePublicationTime(by, at, clock.instant());
		posts.save(post);
		workflow.publicationTimeChosen(postId, publishAt);
		return post;
	}

	/** @return when the post is to be published */
	public Instant approve(long postId) {
		Post post = get(postId);
		Instant publishAt = post.approve(clock.instant());
		posts.save(post);
		return publishAt;
	}

	public void published(long postId) {
		Post post = get(postId);
		post.published(clock.instant());
		posts.save(post);
	}

	/** A platform refused the post for good: recorded on the post, so its author sees it in the history. */
	public void publishingFailed(long postId, String detail) {
		Post post = get(postId);
		post.publishingFailed(detail, clock.instant());
		posts.save(post);
	}

	/** A published post was deleted on a platform through its API. */
	public void takenDown(long postId, String by, String detail) {
		Post post = get(postId);
		post.takenDown(by, detail, clock.instant());
		posts.save(post);
	}

	/** A held publication goes back to its author to be rescheduled. */
	public void returnToAuthor(long postId, String reason) {
		Post post = get(postId);
		post.returnToAuthor(reason, clock.instant());
		posts.save(post);
	}

	/** Records what a crisis lead did about a retrospective finding. */
	public Post recordCorrection(long postId, Correction correction, String by, String comment) {
		Post post = get(postId);
		post.correctionRecorded(correction, by, comment, clock.instant());
		return posts.save(post);
	}

	/** Pulls every post that relies on a revoked consent: see {@link Post#consentRevoked}. */
	public List<Post> consentRevoked(String consentId) {
		List<Post> affected = posts.findUsingConsent(consentId);
		for (Post post : affected) {
			boolean reopen = post.consentRevoked(consentId, clock.instant());
			posts.save(post);
			if (reopen) {
				workflow.revised(post.id());
			}
		}
		return affected;
	}

	/**
	 * What screening the post's current revision asks for: one request per platform, with whether the consents it
	 * references cover that platform.
	 */
	public List<ScreeningRequest> screeningRequests(Post post) {
		PostContent content = post.currentRevision().content();
		return post.platforms().stream().sorted()
			.map(platform -> new ScreeningRequest(content.text(), platform, post.kind(), post.sponsored(),
					consents.covers(content.consentIds(), platform), content.mediaDescriptions()))
			.toList();
	}

	/** Posts changed at or after {@code since}, oldest id first (for replaying screenings). */
	@Transactional(readOnly = true)
	public List<Post> updatedSince(Instant since) {
		return posts.findByUpdatedAtGreaterThanEqualOrderByIdAsc(since);
	}

	/** How many findings of each rule the stored screenings hold, each finding once per post and revision. */
	@Transactional(readOnly = true)
	public List<RuleFindingCount> recordedFindingCounts() {
		java.util.Map<List<String>, Long> counts = new java.util.TreeMap<>(
				java.util.Comparator.<List<String>, String>comparing(key -> key.get(0)).thenComparing(key -> key.get(1)));
		for (Object[] row : posts.distinctRecordedFindings()) {
			counts.merge(List.of(String.valueOf(row[2]), String.valueOf(row[3])), 1L, Long::sum);
		}
		return counts.entrySet().stream()
			.map(e -> new RuleFindingCount(e.getKey().get(0), e.getKey().get(1), e.getValue()))
			.toList();
	}

	/** Every finding of the screenings run at or after {@code since} (each screening counts, replays too). */
	@Transactional(readOnly = true)
	public List<ScreenedFinding> findingsScreenedSince(Instant since) {
		return posts.findingsScreenedSince(since);
	}

	/** The number of findings one rule of one pack has made on stored revisions. */
	public record RuleFindingCount(String pack, String ruleId, long findings) {
	}

	/**
	 * Summaries of the given posts, keyed by id, in two queries whatever their number (the inbox lists thousands of
	 * tasks). Ids of posts that do not exist are left out.
	 */
	@Transactional(readOnly = true)
	public Map<Long, PostSummary> summaries(Collection<Long> postIds) {
		if (postIds.isEmpty()) {
			return Map.of();
		}
		Set<Long> ids = new HashSet<>(postIds);
		Map<Long, Object[]> heads = new HashMap<>();
		Map<Long, SortedSet<Platform>> platforms = new HashMap<>();
		for (Object[] row : posts.summaryRows(ids)) {
			Long id = (Long) row[0];
			heads.putIfAbsent(id, row);
			platforms.computeIfAbsent(id, k -> new TreeSet<>()).add((Platform) row[4]);
		}
		Map<Long, Route> routes = new HashMap<>();
		Map<Long, SortedSet<Category>> categories = new HashMap<>();
		for (Object[] row : posts.latestScreeningCategories(ids)) {
			Long id = (Long) row[0];
			routes.put(id, (Route) row[1]);
			SortedSet<Category> found = categories.computeIfAbsent(id, k -> new TreeSet<>());
			if (row[2] != null) {
				found.add((Category) row[2]);
			}
		}
		Map<Long, PostSummary> summaries = new HashMap<>();
		heads.forEach((id, row) -> summaries.put(id, new PostSummary(id, (PostKind) row[1], (PostStatus) row[2],
				(String) row[3], List.copyOf(platforms.get(id)), routes.get(id),
				List.copyOf(categories.getOrDefault(id, new TreeSet<>())))));
		return summaries;
	}

	/** A post's kind, in one query (without loading the post, its revisions, screenings and decisions). */
	@Transactional(readOnly = true)
	public PostKind kindOf(long postId) {
		return posts.kindOf(postId).orElseThrow(() -> new NotFoundException("There is no post " + postId + "."));
	}

	@Transactional(readOnly = true)
	public Post get(long postId) {
		return posts.findById(postId).orElseThrow(() -> new NotFoundException("There is no post " + postId + "."));
	}

	/** Posts of one author, or all posts when {@code author} is null; optionally of one status. */
	@Transactional(readOnly = true)
	public List<Post> list(String author, PostStatus status) {
		if (author == null) {
			return status == null ? posts.findAllByOrderByIdDesc() : posts.findByStatusOrderByIdDesc(status);
		}
		return status == null ? posts.findByAuthorOrderByIdDesc(author)
				: posts.findByAuthorAndStatusOrderByIdDesc(author, status);
	}

	private static void requireFutureSchedule(Instant scheduledAt, Instant now) {
		if (scheduledAt != null && scheduledAt.isBefore(now.minusSeconds(60))) {
			throw new InvalidRequestException("schedule-in-past",
					"The scheduled time " + scheduledAt + " is in the past; leave it empty to publish on approval.");
		}
	}
}
