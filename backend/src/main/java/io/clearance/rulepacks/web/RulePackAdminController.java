package io.clearance.rulepacks.web;

import io.clearance.rulepacks.Dismissal;
import io.clearance.rulepacks.RulePackAdministration;
import io.clearance.rulepacks.RulePackAdministration.DismissalRate;
import io.clearance.rulepacks.RulePackAdministration.Replay;
import io.clearance.screening.ExampleRun;
import io.clearance.screening.Platform;
import io.clearance.screening.PostKind;
import io.clearance.screening.ScreeningRequest;
import io.clearance.screening.RulePackStatus;
import io.clearance.screening.ScreeningResult;
import io.clearance.screening.ScreeningService;
import io.clearance.security.Caller;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Rules administration: examples, try-it, replay, and reviewers' dismissals of false positives. */
@RestController
class RulePackAdminController {

	private final RulePackAdministration administration;

	private final ScreeningService screening;

	RulePackAdminController(RulePackAdministration administration, ScreeningService screening) {
		this.administration = administration;
		this.screening = screening;
	}

	/** Runs every example of the pack as it is on disk now; what screens does not change. */
	@PostMapping("/api/rule-packs/{id}/examples/run")
	ExampleRun runExamples(@PathVariable String id) {
		return administration.runExamples(id);
	}

	/** The same as {@code POST /api/screenings}, for the rules administrators' try-it box. */
	@PostMapping("/api/rule-packs/try")
	ScreeningResult tryIt(@Valid @RequestBody TryRequest request) {
		return screening.screen(request.toRequest());
	}

	/** Re-screens the posts changed in the last {@code days} days and reports findings that appear or disappear. */
	@PostMapping("/api/rule-packs/replay")
	Replay replay(@Valid @RequestBody ReplayRequest request) {
		return administration.replay(request.days());
	}

	@PostMapping("/api/posts/{id}/dismissals")
	ResponseEntity<DismissalView> dismiss(@PathVariable long id, @Valid @RequestBody DismissalRequest request,
			Caller caller) {
		Dismissal dismissal = administration.dismiss(id, request.ruleId(), request.start(), request.end(),
				request.reason(), caller.username());
		return ResponseEntity.created(URI.create("/api/posts/" + id + "/dismissals/" + dismissal.id()))
			.body(DismissalView.of(dismissal));
	}

	/** The post's dismissals, so a reviewer sees which findings were already judged false positives. */
	@GetMapping("/api/posts/{id}/dismissals")
	List<DismissalView> dismissals(@PathVariable long id) {
		return administration.dismissalsOf(id).stream().map(DismissalView::of).toList();
	}

	record EnabledRequest(@NotNull Boolean enabled) {
	}

	/** Switches a pack on or off by rewriting enabled: in its pack.yaml; the pack as GET /api/rule-packs lists it. */
	@PutMapping("/api/rule-packs/{id}/enabled")
	RulePackStatus setEnabled(@PathVariable String id, @Valid @RequestBody EnabledRequest request, Caller caller) {
		return administration.setEnabled(id, request.enabled(), caller.username());
	}

	/** A new version of a pack as a zip of its folder; 201 with its status once it screens. */
	@PostMapping(path = "/api/rule-packs/uploads", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<RulePackStatus> upload(@RequestParam("file") MultipartFile file, Caller caller)
			throws java.io.IOException {
		RulePackStatus status = administration.upload(file.getBytes(), file.getOriginalFilename(), caller.username());
		return ResponseEntity.created(URI.create("/api/rule-packs/" + status.id())).body(status);
	}

	@GetMapping("/api/rule-packs/dismissal-rates")
	List<DismissalRate> dismissalRates() {
		return administration.dismissalRates();
	}

	/** The body of the try-it call: the same fields and limits as {@code POST /api/screenings}. */
	record TryRequest(@NotNull @Size(max = 20_000) String text, @NotNull Platform platform, @NotNull PostKind kind,
			Boolean sponsored, Boolean consentOnFile,
			@Size(max = 20) List<@NotNull @Size(max = 2_000) String> mediaDescriptions) {

		ScreeningRequest toRequest() {
			return new ScreeningRequest(text, platform, kind, Boolean.TRUE.equals(sponsored),
					Boolean.TRUE.equals(consentOnFile), mediaDescriptions);
		}
	}

	record ReplayRequest(@NotNull @Min(1) @Max(RulePackAdministration.MAX_REPLAY_DAYS) Integer days) {
	}

	/** A reviewer's dismissal: the finding (rule id and span, as in the post's latest screening) and why. */
	record DismissalRequest(@NotBlank @Size(max = 200) String ruleId, @NotNull @Min(0) Integer start,
			@NotNull @Min(0) Integer end, @NotBlank @Size(max = 2000) String reason) {
	}

	record DismissalView(long id, long postId, int revision, String pack, String ruleId, int start, int end,
			String reason, String dismissedBy, Instant dismissedAt) {

		static DismissalView of(Dismissal d) {
			return new DismissalView(d.id(), d.postId(), d.revision(), d.pack(), d.ruleId(), d.start(), d.end(),
					d.reason(), d.dismissedBy(), d.dismissedAt());
		}
	}
}
