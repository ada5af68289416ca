package io.clearance.rulepacks.web;

import io.clearance.rulepacks.Dismissal;
import io.clearance.rulepacks.RulePackAdministration;
import io.clearance.rulepacks.RulePackAdministration.DismissalRate;
import io.clearance.rulepacks.RulePackAdministration.Replay;
import io.clearance.screening.ExampleRun;
import io.clearance.screening.OrganisationAllowList;
import io.clearance.screening.OrganisationAllowList.Item;
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

	record EnabledRequest(@NotNull Boolean enabled) {
	}

	/** One allow-list entry as the console sends it; the note is kept as a comment beside it. */
	record AllowListItem(@NotBlank @Size(max = 300) String value, @Size(max = 200) String note) {

		Item toItem() {
			return new Item(value, note == null || note.isBlank() ? null : note);
		}
	}

	/** The whole allow list; a list left out is emptied. */
	record AllowListRequest(@Size(max = 1000) List<@Valid @NotNull AllowListItem> phones,
			@Size(max = 1000) List<@Valid @NotNull AllowListItem> emails,
			@Size(max = 1000) List<@Valid @NotNull AllowListItem> domains,
			@Size(max = 1000) List<@Valid @NotNull AllowListItem> addresses,
			@Size(max = 1000) List<@Valid @NotNull AllowListItem> names) {

		OrganisationAllowList toAllowList() {
			return new OrganisationAllowList(items(phones), items(emails), items(domains), items(addresses),
					items(names));
		}

		private static List<Item> items(List<AllowListItem> items) {
			return items == null ? List.of() : items.stream().map(AllowListItem::toItem).toList();
		}
	}

	/** The pack's allow list (the organisation's own numbers, mailboxes, domains, addresses, staff names). */
	@GetMapping("/api/rule-packs/{id}/allowlist")
	OrganisationAllowList allowList(@PathVariable String id) {
		return administration.allowList(id);
	}

	/** Replaces the allow list as a new version of the pack (its version's last number raised); 422 when refused. */
	@PutMapping("/api/rule-packs/{id}/allowlist")
	RulePackStatus replaceAllowList(@PathVariable String id, @Valid @RequestBody AllowListRequest request,
			Caller caller) {
		return administration.replaceAllowList(id, request.toAllowList(), caller.username());
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

	/** Every dismissal of the post's findings (any revision): who, when, which rule and span, and why. */
	@GetMapping("/api/posts/{id}/dismissals")
	List<DismissalView> dismissals(@PathVariable long id) {
		return administration.dismissals(id).stream().map(DismissalView::of).toList();
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
