package io.clearance.crisis;

import io.clearance.screening.Platform;
import io.clearance.shared.NotFoundException;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The crisis module's API for incidents: declaring, closing (which lifts the freeze) and reading them. */
@Service
@Transactional
public class IncidentService {

	private static final Logger log = LoggerFactory.getLogger(IncidentService.class);

	private final Incidents incidents;

	private final HeldPosts heldPosts;

	private final Clock clock;

	IncidentService(Incidents incidents, HeldPosts heldPosts, Clock clock) {
		this.incidents = incidents;
		this.heldPosts = heldPosts;
		this.clock = clock;
	}

	public Incident declare(String title, IncidentSeverity severity, boolean allPlatforms,
			Collection<Platform> platforms, String by) {
		Incident incident = incidents.save(Incident.declare(title, severity, allPlatforms, platforms, by,
				clock.instant()));
		incident.declared();
		return incidents.save(incident);
	}

	/**
	 * Closes the incident and releases what it held, in one transaction: if a release fails, the incident stays open
	 * and nothing is released.
	 */
	public Incident close(long incidentId, String by, HeldPostsRelease release) {
		incidents.lockFreeze();
		Incident incident = get(incidentId);
		List<Long> released = incident.close(by, release == null ? HeldPostsRelease.PUBLISH_NOW : release,
				clock.instant());
		incidents.saveAndFlush(incident);
		for (long postId : released) {
			if (!heldPosts.release(postId, incident.heldPostsRelease())) {
				log.warn("Post {} was held by incident {} but its process was no longer waiting", postId, incidentId);
			}
		}
		return incident;
	}

	@Transactional(readOnly = true)
	public Incident get(long incidentId) {
		return incidents.findById(incidentId)
			.orElseThrow(() -> new NotFoundException("There is no incident " + incidentId + "."));
	}

	/** All incidents, or those of one status; the latest first. */
	@Transactional(readOnly = true)
	public List<Incident> list(IncidentStatus status) {
		return status == null ? incidents.findAllByOrderByIdDesc() : incidents.findByStatusOrderByIdDesc(status);
	}

	/** The open incident declared last, if any is open. */
	@Transactional(readOnly = true)
	public Optional<Incident> latestOpen() {
		return incidents.findByStatusOrderByIdDesc(IncidentStatus.OPEN).stream().findFirst();
	}
}
