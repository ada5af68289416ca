package io.clearance.crisis;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One publication an incident holds: from when the post came due until the incident released it. */
@Entity
@Table(name = "incident_hold")
public class Hold {

	/** How a hold ended. */
	public enum Release {
		/** The incident closed and the post went out. */
		PUBLISH_NOW,
		/** The incident closed and the post went back to its author. */
		BACK_TO_AUTHOR,
		/** The author edited the post while it was held: it is screened and reviewed again. */
		EDITED,
		/** The author withdrew the post while it was held. */
		WITHDRAWN
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "incident_id")
	private Incident incident;

	private long postId;

	private Instant heldAt;

	private Instant releasedAt;

	@Enumerated(EnumType.STRING)
	@Column(name = "released_as")
	private Release release;

	protected Hold() {
	}

	Hold(Incident incident, long postId, Instant heldAt) {
		this.incident = incident;
		this.postId = postId;
		this.heldAt = heldAt;
	}

	void released(Release release, Instant at) {
		this.release = release;
		this.releasedAt = at;
	}

	public boolean isActive() {
		return releasedAt == null;
	}

	public long postId() {
		return postId;
	}

	public Instant heldAt() {
		return heldAt;
	}

	public Instant releasedAt() {
		return releasedAt;
	}

	public Release release() {
		return release;
	}
}
