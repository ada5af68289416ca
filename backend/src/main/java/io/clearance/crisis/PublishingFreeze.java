package io.clearance.crisis;

import io.clearance.posts.PostEvent;
import io.clearance.posts.PostService;
import io.clearance.posts.PostStatus;
import io.clearance.screening.Platform;
import io.clearance.screening.PostKind;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The publishing freeze: while an incident is open, a non-crisis publication in its scope that comes due is held
 * instead of published, until the incident closes. Crisis updates are never held.
 */
@Service
@Transactional
public class PublishingFreeze {

	private static final Set<PostStatus> WAITING_FOR_PUBLICATION = Set.of(PostStatus.APPROVED, PostStatus.SCHEDULED);

	/** An edit, a revoked consent (a new revision, reviewed again) or a withdrawal takes a post out of a hold. */
	private static final Set<PostEvent.Type> LEAVE_A_HOLD = Set.of(PostEvent.Type.REVISED,
			PostEvent.Type.CONSENT_REVOKED, PostEvent.Type.WITHDRAWN);

	private final Incidents incidents;

	private final PostService posts;

	private final Clock clock;

	PublishingFreeze(Incidents incidents, PostService posts, Clock clock) {
		this.incidents = incidents;
		this.posts = posts;
		this.clock = clock;
	}

	/**
	 * Called when a post's publication comes due: holds it if an open incident covers one of its platforms.
	 *
	 * @return the id of the incident that holds it, or empty when it may go out
	 */
	public Optional<Long> holdIfFrozen(long postId) {
		if (posts.kindOf(postId) == PostKind.CRISIS_UPDATE) {
			return Optional.empty();
		}
		incidents.lockFreeze();
		List<Incident> open = incidents.findByStatusOrderByIdAsc(IncidentStatus.OPEN);
		if (open.isEmpty()) {
			// the usual case: nothing can hold the post, so the aggregate need not be loaded
			return Optional.empty();
		}
		Set<Platform> platforms = posts.get(postId).platforms();
		Optional<Incident> freezing = open.stream().filter(incident -> incident.covers(platforms)).findFirst();
		freezing.ifPresent(incident -> {
			incident.hold(postId, clock.instant());
			incidents.save(incident);
		});
		return freezing.map(Incident::id);
	}

	/**
	 * An author edited or withdrew a post that was waiting for publication, or a consent it relies on was revoked
	 * (which makes a new revision): if an incident held it, the hold ends
	 * here (the edited post is screened and reviewed again, and held again if it comes due during a freeze). Runs
	 * before the audit trail's listener so that the freeze lock is always taken before the audit chain's.
	 */
	@EventListener
	@Order(Ordered.HIGHEST_PRECEDENCE)
	@Transactional(propagation = Propagation.MANDATORY)
	void on(PostEvent event) {
		boolean leftWaiting = LEAVE_A_HOLD.contains(event.type()) && WAITING_FOR_PUBLICATION.contains(event.from());
		// A revocation pulls several posts in one transaction: lock on the first, before any of them is audited.
		if (!leftWaiting && event.type() != PostEvent.Type.CONSENT_REVOKED) {
			return;
		}
		incidents.lockFreeze();
		Hold.Release why = event.type() == PostEvent.Type.WITHDRAWN ? Hold.Release.WITHDRAWN : Hold.Release.EDITED;
		for (Incident incident : incidents.holding(event.postId())) {
			incident.holdEnded(event.postId(), why, event.actor(), clock.instant());
			incidents.save(incident);
		}
	}
}
