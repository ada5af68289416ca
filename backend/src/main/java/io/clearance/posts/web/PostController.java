package io.clearance.posts.web;

import io.clearance.audit.AuditEntry;
import io.clearance.audit.AuditTrail;
import io.clearance.posts.FindingDismissals;
import io.clearance.posts.FindingDismissals.DismissedFinding;
import io.clearance.posts.Post;
import io.clearance.posts.PostContent;
import io.clearance.posts.PostService;
import io.clearance.posts.PostService.Draft;
import io.clearance.posts.PostStatus;
import io.clearance.posts.Revision;
import io.clearance.posts.SuggestedEdit;
import io.clearance.publishing.Publication;
import io.clearance.publishing.PublishingService;
import io.clearance.screening.Platform;
import io.clearance.screening.PostKind;
import io.clearance.security.Caller;
import io.clearance.security.Groups;
import io.clearance.shared.ForbiddenException;
import io.clearance.shared.InvalidRequestException;
import io.clearance.shared.NotFoundException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Posts: drafting, editing, submitting, withdrawing, and their history and publications. */
@RestController
@RequestMapping("/api/posts")
class PostController {

	private final PostService posts;

	private final AuditTrail audit;

	private final PublishingService publishing;

	private final FindingDismissals dismissals;

	PostController(PostService posts, AuditTrail audit, PublishingService publishing, FindingDismissals dismissals) {
		this.posts = posts;
		this.audit = audit;
		this.publishing = publishing;
		this.dismissals = dismissals;
	}

	private PostView view(Post post) {
		return PostView.of(post, dismissals);
	}

	@PostMapping
	ResponseEntity<PostView> create(@Valid @RequestBody PostRequest request, Caller caller) {
		requireAuthor(caller, request.kind());
		Post post = posts.create(caller.username(), draft(request, PostKind.POST));
		return ResponseEntity.created(URI.create("/api/posts/" + post.id())).body(view(post));
	}

	@GetMapping
	List<PostView> list(@RequestParam(required = false) PostStatus status, Caller caller) {
		List<Post> found = posts.list(caller.seesAllPosts() ? null : caller.username(), status);
		Map<Long, List<DismissedFinding>> dismissed = dismissals.dismissedIn(found.stream()
			.flatMap(post -> post.latestScreening().map(s -> Map.entry(post.id(), s.revision())).stream())
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
		return found.stream().map(post -> PostView.of(post, dismissed.getOrDefault(post.id(), List.of()))).toList();
	}

	@GetMapping("/{id}")
	PostView get(@PathVariable long id, Caller caller) {
		return view(visible(id, caller));
	}

	@PutMapping("/{id}")
	PostView edit(@PathVariable long id, @Valid @RequestBody PostRequest request, Caller caller) {
		if (request.version() == null) {
			throw new InvalidRequestException("version-required",
					"An edit must carry the version of the post it was made on.");
		}
		visible(id, caller);
		return view(posts.revise(id, request.version(), caller.username(), draft(request, null)));
	}

	@PostMapping("/{id}/submit")
	PostView submit(@PathVariable long id, Caller caller) {
		visible(id, caller);
		return view(posts.submit(id, caller.username()));
	}

	@PostMapping("/{id}/withdraw")
	PostView withdraw(@PathVariable long id, Caller caller) {
		visible(id, caller);
		return view(posts.withdraw(id, caller.username()));
	}

	@GetMapping("/{id}/history")
	List<HistoryEntry> history(@PathVariable long id, Caller caller) {
		visible(id, caller);
		return audit.historyOf(id).stream().map(HistoryEntry::of).toList();
	}

	/** Every revision, oldest first, for the reviewers' diff against the previous one. */
	@GetMapping("/{id}/revisions")
	List<RevisionEntry> revisions(@PathVariable long id, Caller caller) {
		Post post = visible(id, caller);
		List<Platform> platforms = post.platforms().stream().sorted().toList();
		return post.revisions().stream().map(r -> RevisionEntry.of(r, platforms)).toList();
	}

	@GetMapping("/{id}/publications")
	List<PublicationView> publications(@PathVariable long id, Caller caller) {
		visible(id, caller);
		return publishing.publicationsOf(id).stream().map(PublicationView::of).toList();
	}

	/**
	 * Takes a published post down: deletes it on every platform through the platforms' APIs and records it
	 * (compliance and administrators).
	 */
	@PostMapping("/{id}/takedown")
	List<PublicationView> takeDown(@PathVariable long id, @RequestBody(required = false) TakedownRequest request,
			Caller caller) {
		posts.get(id);
		return publishing.takeDown(id, caller.username(), request == null ? null : request.reason()).stream()
			.map(PublicationView::of)
			.toList();
	}

	/**
	 * The author's answer to a reviewer's suggested edit, {@code {"response": "ACCEPTED" | "IGNORED"}}: {@code index}
	 * counts the decision's {@code suggestedEdits} from 0. Kept on the edit, so the composer shows it after a reload
	 * and on later revisions; recorded in the post's history. Answers the post as {@code GET} does (its version moves
	 * on).
	 */
	@PutMapping("/{id}/decisions/{decisionId}/suggested-edits/{index}")
	PostView answerSuggestedEdit(@PathVariable long id, @PathVariable long decisionId, @PathVariable int index,
			@Valid @RequestBody SuggestedEditAnswer request, Caller caller) {
		visible(id, caller);
		return view(posts.answerSuggestedEdit(id, caller.username(), decisionId, index, request.response()));
	}

	record SuggestedEditAnswer(@NotNull SuggestedEdit.Response response) {
	}

	/**
	 * The author of a post approved after its scheduled time chooses: {@code {"publishNow": true}} or
	 * {@code {"scheduledAt": "..."}}.
	 */
	@PostMapping("/{id}/publication-time")
	PostView choosePublicationTime(@PathVariable long id, @RequestBody PublicationTimeRequest request, Caller caller) {
		visible(id, caller);
		boolean now = Boolean.TRUE.equals(request.publishNow());
		if (now == (request.scheduledAt() != null)) {
			throw new InvalidRequestException("invalid-choice",
					"Choose either publishNow: true or a new scheduledAt, not both and not neither.");
		}
		return view(posts.choosePublicationTime(id, caller.username(), now ? null : request.scheduledAt()));
	}

	record PublicationTimeRequest(Boolean publishNow, Instant scheduledAt) {
	}

	record TakedownRequest(@jakarta.validation.constraints.Size(max = 2000) String reason) {
	}

	/** The complete record, for e-discovery (administrators only): JSON, or CSV with {@code ?format=csv}. */
	@GetMapping("/{id}/record")
	ResponseEntity<?> record(@PathVariable long id, @RequestParam(defaultValue = "json") String format) {
		PostRecord record = PostRecord.of(posts.get(id), publishing.publicationsOf(id), audit.historyOf(id));
		if ("csv".equalsIgnoreCase(format)) {
			return ResponseEntity.ok()
				.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
				.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"post-" + id + "-record.csv\"")
				.body(record.toCsv());
		}
		if (!"json".equalsIgnoreCase(format)) {
			throw new InvalidRequestException("unknown-format", "Export formats are json and csv.");
		}
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"post-" + id + "-record.json\"")
			.body(record);
	}

	/** A post its caller may not see is reported as missing, not as forbidden: its existence is not disclosed. */
	private Post visible(long id, Caller caller) {
		Post post = posts.get(id);
		if (!caller.seesAllPosts() && !post.author().equals(caller.username())) {
			throw new NotFoundException("There is no post " + id + ".");
		}
		return post;
	}

	private static void requireAuthor(Caller caller, PostKind kind) {
		boolean crisisUpdate = kind == PostKind.CRISIS_UPDATE;
		boolean allowed = crisisUpdate ? caller.isIn(Groups.CRISIS_LEADS)
				: caller.isIn(Groups.AUTHORS) || caller.isIn(Groups.CRISIS_LEADS);
		if (!allowed) {
			throw new ForbiddenException("not-an-author", crisisUpdate ? "Only crisis leads write crisis updates."
					: "Only members of the authors group write posts.");
		}
	}

	/** {@code defaultKind} applies when the request names none (null on an edit: the kind stays). */
	private static Draft draft(PostRequest request, PostKind defaultKind) {
		return new Draft(new PostContent(request.text(), request.mediaDescriptions(), request.consentIds()),
				request.kind() == null ? defaultKind : request.kind(), request.sponsored(), request.platforms(),
				request.scheduledAt(), request.accountIds());
	}

	record HistoryEntry(long sequence, String type, String actor, Integer revision, String from, String to,
			String detail, Instant at, String hash) {

		static HistoryEntry of(AuditEntry e) {
			return new HistoryEntry(e.sequence(), e.type(), e.actor(), e.revision(), e.fromStatus(), e.toStatus(),
					e.detail(), e.occurredAt(), e.hash());
		}
	}

	/**
	 * One revision. {@code platforms} are the post's (a revision does not record its own); {@code contentHash}
	 * identifies exactly the reviewed content, as in the audit trail.
	 */
	record RevisionEntry(int number, String text, List<Platform> platforms, List<String> mediaDescriptions,
			List<String> consentIds, Instant createdAt, String createdBy, String contentHash) {

		static RevisionEntry of(Revision r, List<Platform> platforms) {
			var content = r.content();
			return new RevisionEntry(r.number(), content.text(), platforms, content.mediaDescriptions(),
					content.consentIds(), r.createdAt(), r.createdBy(), r.contentHash());
		}
	}

	/** What went out where: the archive of one publication (text and media descriptions exactly as published). */
	record PublicationView(String platform, Long accountId, String status, String externalId, String url,
			Instant publishedAt, int attempts, int revision, String text, List<String> mediaDescriptions,
			String lastError, boolean permanentFailure, EngagementView engagement) {

		static PublicationView of(Publication p) {
			return new PublicationView(p.platform().name(), p.accountId(), p.status().name(), p.externalId(), p.url(),
					p.publishedAt(), p.attempts(), p.revision(), p.publishedText(), p.mediaDescriptions(),
					p.lastError(), p.permanentFailure(), p.engagementFetchedAt() == null ? null
							: new EngagementView(p.likes(), p.shares(), p.comments(), p.reach(),
									p.engagementFetchedAt()));
		}
	}

	/** The latest engagement figures fetched from the platform (null fields: the API does not give them). */
	record EngagementView(Long likes, Long shares, Long comments, Long reach, Instant fetchedAt) {
	}
}
