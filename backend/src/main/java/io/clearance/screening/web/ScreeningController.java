package io.clearance.screening.web;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.clearance.screening.RulePackStatus;
import io.clearance.screening.RulePacks;
import io.clearance.screening.ScreeningResult;
import io.clearance.screening.ScreeningService;

/** Screening a text is stateless: nothing is stored, the result says which pack versions produced it. */
@RestController
class ScreeningController {

	private final ScreeningService screening;
	private final RulePacks rulePacks;

	ScreeningController(ScreeningService screening, RulePacks rulePacks) {
		this.screening = screening;
		this.rulePacks = rulePacks;
	}

	@PostMapping("/api/screenings")
	ScreeningResult screen(@Valid @RequestBody ScreeningRequestBody body) {
		return screening.screen(body.toRequest());
	}

	@GetMapping("/api/rule-packs")
	List<RulePackStatus> rulePacks() {
		return rulePacks.list();
	}
}
