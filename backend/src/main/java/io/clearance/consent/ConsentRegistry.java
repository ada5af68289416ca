package io.clearance.consent;

import io.clearance.posts.ConsentCheck;
import io.clearance.screening.Platform;
import io.clearance.shared.NotFoundException;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records, lists and revokes consents, and tells screening whether a post's consents cover it. */
@Service
@Transactional
public class ConsentRegistry implements ConsentCheck {

	private final Consents consents;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ConsentRegistry(Consents consents, ApplicationEventPublisher events, Clock clock) {
		this.consents = consents;
		this.events = events;
		this.clock = clock;
	}

	public Consent record(String label, String patientRef, String documentRef, Collection<ConsentUse> uses,
			Collection<Platform> channels, java.time.Instant expiresAt, String by) {
		return consents.save(new Consent(label, patientRef, documentRef, uses, channels, expiresAt, by, clock.instant()));
	}

	public Consent revoke(long id, String by, String reason) {
		Consent consent = get(id);
		consent.revoke(by, reason, clock.instant());
		consents.save(consent);
		events.publishEvent(new ConsentRevoked(id, by, reason));
		return consent;
	}

	@Transactional(readOnly = true)
	public Consent get(long id) {
		return consents.findById(id).orElseThrow(() -> new NotFoundException("There is no consent " + id + "."));
	}

	@Transactional(readOnly = true)
	public List<Consent> list() {
		return consents.findAllByOrderByIdDesc();
	}

	/** Every referenced consent exists and is in force for the platform (ids that are not numbers cover nothing). */
	@Override
	@Transactional(readOnly = true)
	public boolean covers(List<String> consentIds, Platform platform) {
		if (consentIds.isEmpty()) {
			return false;
		}
		for (String consentId : consentIds) {
			Long id = parse(consentId);
			if (id == null || consents.findById(id).filter(c -> c.covers(platform, clock.instant())).isEmpty()) {
				return false;
			}
		}
		return true;
	}

	private static Long parse(String id) {
		try {
			return Long.valueOf(id.trim());
		}
		catch (NumberFormatException e) {
			return null;
		}
	}
}
