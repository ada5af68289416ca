package io.clearance.crisis.web;

import io.clearance.audit.AuditEntry;
import io.clearance.audit.AuditTrail;
import io.clearance.crisis.HeldPostsRelease;
import io.clearance.crisis.Hold;
import io.clearance.crisis.Incident;
import io.clearance.crisis.IncidentService;
import io.clearance.crisis.IncidentSeverity;
import io.clearance.crisis.IncidentStatus;
import io.clearance.posts.PostService;
import io.clearance.screening.Platform;
import io.clearance.security.Caller;
import io.clearance.security.Groups;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Incidents: crisis leads declare and close them; every signed-in user sees them (an open incident shows
 * everywhere). Which posts an incident held is shown to those who see all posts, and to authors for their own.
 */
@RestController
@RequestMapping("/api/incidents")
class IncidentController {

	private final IncidentService incidents;

	private final AuditTrail audit;

	private final PostService posts;

	private final Requests requests;

	IncidentController(IncidentService incidents, AuditTrail audit, PostService posts, Requests requests) {
		this.incidents = incidents;
		this.audit = audit;
		this.posts = posts;
		this.requests = requests;
	}

	@PostMapping
	ResponseEntity<IncidentView> declare(@RequestBody DeclareRequest body, Caller caller) {
		requireCrisisLead(caller, "declare");
		DeclareRequest request = requests.valid(body);
		Incident incident = incidents.declare(request.title(), request.severity(),
				Boolean.TRUE.equals(request.allPlatforms()), request.platforms(), caller.username());
		return ResponseEntity.created(URI.create("/api/incidents/" + incident.id())).body(view(incident, caller));
	}

	@PostMapping("/{id}/close")
	IncidentView close(@PathVariable long id, @RequestBody(required = false) CloseRequest request, Caller caller) {
		requireCrisisLead(caller, "close");
		return view(incidents.close(id, caller.username(), request == null ? null : request.heldPosts()), caller);
	}

	@GetMapping
	List<IncidentView> list(@RequestParam(required = false) IncidentStatus status, Caller caller) {
		return incidents.list(status).stream().map(i -> view(i, caller)).toList();
	}

	@GetMapping("/{id}")
	IncidentView get(@PathVariable long id, Caller caller) {
		return view(incidents.get(id), caller);
	}

	@GetMapping("/{id}/history")
	List<HistoryEntry> history(@PathVariable long id, Caller caller) {
		incidents.get(id);
		return audit.historyOfIncident(id).stream()
			.filter(e -> e.postId() == null || seesPost(caller, e.postId()))
			.map(HistoryEntry::of)
			.toList();
	}

	private IncidentView view(Incident incident, Caller caller) {
		return IncidentView.of(incident,
				incident.holds().stream().filter(h -> seesPost(caller, h.postId())).map(HoldView::of).toList());
	}

	private boolean seesPost(Caller caller, long postId) {
		return caller.seesAllPosts() || posts.get(postId).author().equals(caller.username());
	}

	private static void requireCrisisLead(Caller caller, String action) {
		Requests.requireGroup(caller, "not-a-crisis-lead", "Only crisis leads " + action + " incidents.",
				Groups.CRISIS_LEADS);
	}

	/** @param allPlatforms true for an incident on every platform; otherwise name the {@code platforms} */
	record DeclareRequest(@NotBlank @Size(max = Incident.MAX_TITLE_LENGTH) String title,
			@NotNull IncidentSeverity severity, Boolean allPlatforms,
			@Size(max = 5) List<@NotNull Platform> platforms) {

		@AssertTrue(message = "must be either allPlatforms: true or a non-empty list of platforms, not both")
		boolean isScope() {
			boolean all = Boolean.TRUE.equals(allPlatforms);
			boolean some = platforms != null && !platforms.isEmpty();
			return all != some;
		}
	}

	/** @param heldPosts what happens to the publications the incident held; default {@code PUBLISH_NOW} */
	record CloseRequest(HeldPostsRelease heldPosts) {
	}

	record IncidentView(long id, String title, IncidentSeverity severity, boolean allPlatforms,
			List<Platform> platforms, IncidentStatus status, String declaredBy, Instant declaredAt, String closedBy,
			Instant closedAt, HeldPostsRelease heldPostsRelease, long heldNow, List<HoldView> holds, long version) {

		static IncidentView of(Incident i, List<HoldView> visibleHolds) {
			return new IncidentView(i.id(), i.title(), i.severity(), i.allPlatforms(),
					i.platforms().stream().sorted().toList(), i.status(), i.declaredBy(), i.declaredAt(), i.closedBy(),
					i.closedAt(), i.heldPostsRelease(), i.holds().stream().filter(Hold::isActive).count(),
					visibleHolds, i.version());
		}
	}

	record HoldView(long postId, Instant heldAt, Instant releasedAt, Hold.Release release) {

		static HoldView of(Hold h) {
			return new HoldView(h.postId(), h.heldAt(), h.releasedAt(), h.release());
		}
	}

	record HistoryEntry(long sequence, String type, String actor, Long postId, String from, String to, String detail,
			Instant at, String hash) {

		static HistoryEntry of(AuditEntry e) {
			return new HistoryEntry(e.sequence(), e.type(), e.actor(), e.postId(), e.fromStatus(), e.toStatus(),
					e.detail(), e.occurredAt(), e.hash());
		}
	}
}
