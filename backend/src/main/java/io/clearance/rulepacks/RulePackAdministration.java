package io.clearance.rulepacks;

import io.clearance.posts.FindingDismissals;
import io.clearance.posts.Post;
import io.clearance.posts.PostService;
import io.clearance.posts.PostService.RuleFindingCount;
import io.clearance.posts.ScreeningRecord;
import io.clearance.screening.ExampleRun;
import io.clearance.screening.Finding;
import io.clearance.screening.OrganisationAllowList;
import io.clearance.screening.PackVersion;
import io.clearance.screening.RulePackChanged;
import io.clearance.screening.RulePackStatus;
import io.clearance.screening.Route;
import io.clearance.screening.RulePacks;
import io.clearance.screening.ScreeningResult;
import io.clearance.screening.ScreeningService;
import io.clearance.shared.ConflictException;
import io.clearance.shared.NotFoundException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What rules administrators and reviewers do with the rule packs beyond screening. */
@Service
@Transactional
public class RulePackAdministration implements FindingDismissals {

	/** How far back a replay may reach. */
	public static final int MAX_REPLAY_DAYS = 366;

	private final RulePacks rulePacks;

	private final ScreeningService screening;

	private final PostService posts;

	private final Dismissals dismissals;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	RulePackAdministration(RulePacks rulePacks, ScreeningService screening, PostService posts, Dismissals dismissals,
			Clock clock, ApplicationEventPublisher events) {
		this.rulePacks = rulePacks;
		this.screening = screening;
		this.posts = posts;
		this.dismissals = dismissals;
		this.clock = clock;
		this.events = events;
	}

	/** Switches a pack on or off (its pack.yaml is rewritten), audited. */
	public RulePackStatus setEnabled(String packId, boolean enabled, String actor) {
		RulePackStatus status = rulePacks.setEnabled(packId, enabled);
		events.publishEvent(new RulePackChanged(packId, enabled ? RulePackChanged.Change.ENABLED
				: RulePackChanged.Change.DISABLED, status.version(), actor, null, clock.instant()));
		return status;
	}

	/**
	 * Installs a new version of a pack from a zip, validated exactly as a change on disk; refused uploads change
	 * nothing. Audited.
	 */
	public RulePackStatus upload(byte[] zip, String fileName, String actor) {
		RulePackStatus status = rulePacks.install(PackZip.read(zip));
		events.publishEvent(new RulePackChanged(status.id(), RulePackChanged.Change.UPLOADED, status.version(), actor,
				"uploaded" + (fileName == null ? "" : " from " + fileName) + ", " + status.status(), clock.instant()));
		return status;
	}

	/** The pack's allow list as it is on disk now; 404 when the pack has none. */
	@Transactional(readOnly = true)
	public OrganisationAllowList allowList(String packId) {
		return rulePacks.allowList(packId)
			.orElseThrow(() -> new NotFoundException("Rule pack " + packId + " has no allow list."));
	}

	/**
	 * Replaces the pack's allow list as a new version of the pack, validated like any change (a refused list changes
	 * nothing). Audited with the entries added and removed.
	 */
	public RulePackStatus replaceAllowList(String packId, OrganisationAllowList allowList, String actor) {
		OrganisationAllowList before = allowList(packId);
		RulePackStatus status = rulePacks.replaceAllowList(packId, allowList);
		String changes = AllowListChanges.between(before, allowList);
		if (!changes.isEmpty()) {
			events.publishEvent(new RulePackChanged(packId, RulePackChanged.Change.ALLOW_LIST_EDITED,
					status.version(), actor, "allow list: " + changes, clock.instant()));
		}
		return status;
	}

	/** Runs the examples of the pack as it is on disk now. */
	@Transactional(readOnly = true)
	public ExampleRun runExamples(String packId) {
		return rulePacks.runExamples(packId)
			.orElseThrow(() -> new NotFoundException("There is no rule pack " + packId + "."));
	}

	/** One post's replay: its stored screening against a screening with the current packs. */
	public record PostReplay(long postId, int revision, Integer screenedRevision, Route storedRoute,
			Route currentRoute, List<PackVersion> storedPacks, List<PackVersion> currentPacks, List<Finding> appeared,
			List<Finding> disappeared) {
	}

	/** A replay over the posts changed in the last {@code days} days. */
	public record Replay(int days, Instant since, int posts, int changed, List<PackVersion> packs,
			List<PostReplay> results) {
	}

	/**
	 * Screens the current revision of every post changed in the last {@code days} days with the current packs and
	 * compares with its latest stored screening. Nothing is stored: a rule change is judged before it goes live.
	 */
	@Transactional(readOnly = true)
	public Replay replay(int days) {
		Instant since = clock.instant().minus(Duration.ofDays(days));
		List<PostReplay> results = new ArrayList<>();
		List<PackVersion> packs = List.of();
		int changed = 0;
		for (Post post : posts.updatedSince(since)) {
			ScreeningResult current = ScreeningResult
				.combine(posts.screeningRequests(post).stream().map(screening::screen).toList());
			packs = current.packs();
			Optional<ScreeningRecord> stored = post.latestScreening();
			ScreeningResult before = stored.map(ScreeningRecord::result).orElse(null);
			FindingDiff diff = FindingDiff.between(before == null ? List.of() : before.findings(), current.findings());
			changed += diff.isEmpty() && (before == null || before.route() == current.route()) ? 0 : 1;
			results.add(new PostReplay(post.id(), post.currentRevision().number(),
					stored.map(ScreeningRecord::revision).orElse(null), before == null ? null : before.route(),
					current.route(), before == null ? List.of() : before.packs(), current.packs(), diff.appeared(),
					diff.disappeared()));
		}
		return new Replay(days, since, results.size(), changed, packs, results);
	}

	/**
	 * Records a reviewer's dismissal of one finding of the post's latest screening as a false positive.
	 */
	public Dismissal dismiss(long postId, String ruleId, int start, int end, String reason, String reviewer) {
		Post post = posts.get(postId);
		ScreeningRecord latest = post.latestScreening()
			.orElseThrow(() -> new NoSuchFindingException("Post " + postId + " has not been screened yet."));
		Finding finding = latest.result().findings().stream()
			.filter(f -> f.ruleId().equals(ruleId) && f.start() == start && f.end() == end)
			.findFirst()
			.orElseThrow(() -> new NoSuchFindingException("The latest screening of post " + postId
					+ " has no finding " + ruleId + " at " + start + ".." + end + "."));
		if (dismissals.existsByPostIdAndRevisionAndPackAndRuleIdAndStartOffsetAndEndOffset(postId, latest.revision(),
				finding.pack(), ruleId, start, end)) {
			throw new ConflictException("already-dismissed", "This finding has already been dismissed.");
		}
		return dismissals.save(new Dismissal(postId, latest.revision(), finding.pack(), ruleId, start, end,
				reason.strip(), reviewer, clock.instant()));
	}

	/** Every dismissal of the post's findings, on any revision, oldest first; 404 for an unknown post. */
	@Transactional(readOnly = true)
	public List<Dismissal> dismissals(long postId) {
		posts.get(postId);
		return dismissals.findByPostIdOrderByDismissedAtAscIdAsc(postId);
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, List<DismissedFinding>> dismissedIn(Map<Long, Integer> revisionByPost) {
		Map<Long, List<DismissedFinding>> found = new HashMap<>();
		List<Long> ids = List.copyOf(revisionByPost.keySet());
		for (int from = 0; from < ids.size(); from += IN_LIST) {
			for (Dismissal d : dismissals
				.findByPostIdInOrderByDismissedAtAscIdAsc(ids.subList(from, Math.min(ids.size(), from + IN_LIST)))) {
				if (d.revision() == revisionByPost.get(d.postId())) {
					found.computeIfAbsent(d.postId(), id -> new ArrayList<>())
						.add(new DismissedFinding(d.pack(), d.ruleId(), d.start(), d.end(), d.reason(),
								d.dismissedBy(), d.dismissedAt()));
				}
			}
		}
		return found;
	}

	/** How many post ids one query's IN list takes. */
	private static final int IN_LIST = 500;

	/** How often reviewers dismiss one rule's findings. */
	public record DismissalRate(String pack, String ruleId, long findings, long dismissals, double rate) {
	}

	/**
	 * Per rule: its findings on stored revisions (each once per post and revision), how many reviewers dismissed,
	 * and the share dismissed. A rule whose findings are often dismissed cries wolf.
	 */
	@Transactional(readOnly = true)
	public List<DismissalRate> dismissalRates() {
		Map<List<String>, long[]> byRule = new TreeMap<>((a, b) -> a.get(0).equals(b.get(0))
				? a.get(1).compareTo(b.get(1)) : a.get(0).compareTo(b.get(0)));
		for (RuleFindingCount count : posts.recordedFindingCounts()) {
			byRule.computeIfAbsent(List.of(count.pack(), count.ruleId()), k -> new long[2])[0] = count.findings();
		}
		Map<List<String>, Long> dismissed = new HashMap<>();
		for (Object[] row : dismissals.countByRule()) {
			dismissed.put(List.of(String.valueOf(row[0]), String.valueOf(row[1])), ((Number) row[2]).longValue());
		}
		dismissed.forEach((key, n) -> byRule.computeIfAbsent(key, k -> new long[2])[1] = n);
		return byRule.entrySet().stream().map(e -> {
			long findings = e.getValue()[0];
			long n = e.getValue()[1];
			return new DismissalRate(e.getKey().get(0), e.getKey().get(1), findings, n,
					findings == 0 ? 0 : Math.min(1.0, (double) n / findings));
		}).toList();
	}
}
