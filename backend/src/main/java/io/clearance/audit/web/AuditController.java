package io.clearance.audit.web;

import io.clearance.audit.AuditTrail;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Administrators verify the audit trail's hash chain. */
@RestController
@RequestMapping("/api/audit")
class AuditController {

	private final AuditTrail audit;

	AuditController(AuditTrail audit) {
		this.audit = audit;
	}

	/** {@code intact}, the number of entries, and the sequence number of the first broken link (or null). */
	@GetMapping("/verify")
	Map<String, Object> verify() {
		Map<String, Object> result = new LinkedHashMap<>();
		var broken = audit.firstBrokenEntry();
		result.put("intact", broken.isEmpty());
		result.put("entries", audit.size());
		result.put("firstBrokenSequence", broken.orElse(null));
		return result;
	}
}
