package io.clearance.crisis;

import io.clearance.crisis.IncidentEvent.Type;
import io.clearance.screening.Platform;
import io.clearance.shared.ConflictException;
import io.clearance.shared.InvalidRequestException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A crisis (an outbreak, an evacuation, an ED on diversion) from its declaration to its close. While it is open,
 * non-crisis publications in its scope that come due are held; closing it releases them. Every change is published
 * as an {@link IncidentEvent}.
 */
@Entity
@Table(name = "incident")
public class Incident extends AbstractAggregateRoot<Incident> {

	public static final int MAX_TITLE_LENGTH = 200;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	private String title;

	@Enumerated(EnumType.STRING)
	private IncidentSeverity severity;

	/** The scope: every platform, or only {@link #platforms}. */
	private boolean allPlatforms;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "incident_platform", joinColumns = @JoinColumn(name = "incident_id"))
	@Column(name = "platform")
	@Enumerated(EnumType.STRING)
	private Set<Platform> platforms = EnumSet.noneOf(Platform.class);

	@Enumerated(EnumType.STRING)
	private IncidentStatus status;

	private String declaredBy;

	private Instant declaredAt;

	private String closedBy;

	private Instant closedAt;

	/** What closing did with the held publications. */
	@Enumerated(EnumType.STRING)
	private HeldPostsRelease heldPostsRelease;

	@OneToMany(mappedBy = "incident", cascade = CascadeType.ALL, fetch = FetchType.EAGER)
	@Fetch(FetchMode.SUBSELECT)
	@OrderBy("id")
	private List<Hold> holds = new ArrayList<>();

	protected Incident() {
	}

	private Incident(String title, IncidentSeverity severity, boolean allPlatforms, Collection<Platform> platforms,
			String declaredBy, Instant now) {
		if (title == null || title.isBlank()) {
			throw new InvalidRequestException("title-required", "An incident needs a title.");
		}
		if (severity == null) {
			throw new InvalidRequestException("severity-required", "An incident needs a severity.");
		}
		boolean somePlatforms = platforms != null && !platforms.isEmpty();
		if (allPlatforms == somePlatforms) {
			throw new InvalidRequestException("invalid-scope",
					"An incident's scope is either all platforms or a list of platforms.");
		}
		this.title = title.strip();
		this.severity = severity;
		this.allPlatforms = allPlatforms;
		this.platforms = somePlatforms ? EnumSet.copyOf(platforms) : EnumSet.noneOf(Platform.class);
		this.status = IncidentStatus.OPEN;
		this.declaredBy = declaredBy;
		this.declaredAt = now;
	}

	/** A crisis lead declares an incident; its scope is all platforms or the given ones. */
	public static Incident declare(String title, IncidentSeverity severity, boolean allPlatforms,
			Collection<Platform> platforms, String declaredBy, Instant now) {
		return new Incident(title, severity, allPlatforms, platforms, declaredBy, now);
	}

	/** Registers the declaration event; called once the incident has its id. */
	void declared() {
		event(Type.DECLARED, declaredBy, null, null, IncidentStatus.OPEN,
				severity + ", " + (allPlatforms ? "all platforms" : platforms) + ": " + title, declaredAt);
	}

	/** Whether the incident freezes publication on any of these platforms. */
	public boolean covers(Collection<Platform> postPlatforms) {
		return status == IncidentStatus.OPEN
				&& (allPlatforms || postPlatforms.stream().anyMatch(platforms::contains));
	}

	/** A publication in scope came due while the incident is open: it waits. */
	void hold(long postId, Instant now) {
		if (status != IncidentStatus.OPEN) {
			throw closed();
		}
		holds.add(new Hold(this, postId, now));
		event(Type.HELD, "freeze", postId, status, status,
				"publication held by incident " + id + " (" + title + ")", now);
	}

	/**
	 * Closes the incident. The held publications are released as {@code release} says.
	 *
	 * @return the ids of the posts that were held and are now released
	 */
	List<Long> close(String by, HeldPostsRelease release, Instant now) {
		if (status != IncidentStatus.OPEN) {
			throw closed();
		}
		status = IncidentStatus.CLOSED;
		closedBy = by;
		closedAt = now;
		heldPostsRelease = release;
		List<Hold> active = holds.stream().filter(Hold::isActive).toList();
		event(Type.CLOSED, by, null, IncidentStatus.OPEN, status, active.size() + " held publication(s): "
				+ (release == HeldPostsRelease.PUBLISH_NOW ? "published now" : "back to their authors"), now);
		Hold.Release how = release == HeldPostsRelease.PUBLISH_NOW ? Hold.Release.PUBLISH_NOW
				: Hold.Release.BACK_TO_AUTHOR;
		for (Hold hold : active) {
			hold.released(how, now);
			event(Type.RELEASED, by, hold.postId(), status, status, "incident " + id + " closed: "
					+ (how == Hold.Release.PUBLISH_NOW ? "published now" : "back to the author to reschedule"), now);
		}
		return active.stream().map(Hold::postId).toList();
	}

	/** A held post left the hold before the close: its author edited or withdrew it. */
	void holdEnded(long postId, Hold.Release why, String by, Instant now) {
		holds.stream().filter(h -> h.isActive() && h.postId() == postId).forEach(hold -> {
			hold.released(why, now);
			event(Type.RELEASED, by, postId, status, status, why == Hold.Release.EDITED
					? "edited by its author while held: screened and reviewed again" : "withdrawn while held", now);
		});
	}

	private ConflictException closed() {
		return new ConflictException("incident-closed", "Incident " + id + " was closed by " + closedBy + " at "
				+ closedAt + ".");
	}

	private void event(Type type, String actor, Long postId, IncidentStatus from, IncidentStatus to, String detail,
			Instant at) {
		if (id != null) {
			registerEvent(new IncidentEvent(id, type, actor, postId, from, to, detail, at));
		}
	}

	public Long id() {
		return id;
	}

	public long version() {
		return version;
	}

	public String title() {
		return title;
	}

	public IncidentSeverity severity() {
		return severity;
	}

	public boolean allPlatforms() {
		return allPlatforms;
	}

	public Set<Platform> platforms() {
		return platforms.isEmpty() ? EnumSet.noneOf(Platform.class) : EnumSet.copyOf(platforms);
	}

	public IncidentStatus status() {
		return status;
	}

	public String declaredBy() {
		return declaredBy;
	}

	public Instant declaredAt() {
		return declaredAt;
	}

	public String closedBy() {
		return closedBy;
	}

	public Instant closedAt() {
		return closedAt;
	}

	public HeldPostsRelease heldPostsRelease() {
		return heldPostsRelease;
	}

	public List<Hold> holds() {
		return Collections.unmodifiableList(holds);
	}
}
