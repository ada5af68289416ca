package io.clearance.consent.web;

import io.clearance.consent.Consent;
import io.clearance.consent.ConsentRegistry;
import io.clearance.consent.ConsentUse;
import io.clearance.screening.Platform;
import io.clearance.security.Caller;
import io.clearance.security.Groups;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
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
import org.springframework.web.bind.annotation.RestController;

/**
 * The consent registry. Compliance and administrators record and revoke consents; everyone signed in can pick one
 * by its label, but only compliance, legal and administrators see who the patient is and where the signed form is.
 */
@RestController
@RequestMapping("/api/consents")
class ConsentController {

	private final ConsentRegistry registry;

	ConsentController(ConsentRegistry registry) {
		this.registry = registry;
	}

	@GetMapping
	List<ConsentView> list(Caller caller) {
		return registry.list().stream().map(c -> ConsentView.of(c, seesIdentity(caller))).toList();
	}

	@GetMapping("/{id}")
	ConsentView get(@PathVariable long id, Caller caller) {
		return ConsentView.of(registry.get(id), seesIdentity(caller));
	}

	@PostMapping
	ResponseEntity<ConsentView> record(@Valid @RequestBody ConsentRequest request, Caller caller) {
		Consent consent = registry.record(request.label(), request.patientRef(), request.documentRef(), request.uses(),
				request.channels(), request.expiresAt(), caller.username());
		return ResponseEntity.created(URI.create("/api/consents/" + consent.id())).body(ConsentView.of(consent, true));
	}

	@PostMapping("/{id}/revoke")
	ConsentView revoke(@PathVariable long id, @Valid @RequestBody RevokeRequest request, Caller caller) {
		return ConsentView.of(registry.revoke(id, caller.username(), request.reason()), true);
	}

	private static boolean seesIdentity(Caller caller) {
		return caller.isIn(Groups.COMPLIANCE) || caller.isIn(Groups.LEGAL) || caller.isAdmin();
	}

	record ConsentRequest(@NotBlank @Size(max = 200) String label, @NotBlank @Size(max = 200) String patientRef,
			@Size(max = 500) String documentRef, @NotEmpty List<@NotNull ConsentUse> uses,
			@NotEmpty List<@NotNull Platform> channels, Instant expiresAt) {
	}

	record RevokeRequest(@NotBlank @Size(max = 2000) String reason) {
	}

	/** {@code patientRef} and {@code documentRef} are null for callers who may not see them. */
	record ConsentView(long id, String label, String patientRef, String documentRef, List<ConsentUse> uses,
			List<Platform> channels, Instant expiresAt, String status, String recordedBy, Instant recordedAt,
			Instant revokedAt, String revocationReason) {

		static ConsentView of(Consent c, boolean identity) {
			String status = c.revokedAt() != null ? "REVOKED"
					: c.expiresAt() != null && c.expiresAt().isBefore(Instant.now()) ? "EXPIRED" : "ACTIVE";
			return new ConsentView(c.id(), c.label(), identity ? c.patientRef() : null,
					identity ? c.documentRef() : null, c.uses().stream().sorted().toList(),
					c.channels().stream().sorted().toList(), c.expiresAt(), status, c.recordedBy(), c.recordedAt(),
					c.revokedAt(), identity ? c.revocationReason() : null);
		}
	}
}
