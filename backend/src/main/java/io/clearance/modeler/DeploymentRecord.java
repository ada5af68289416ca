package io.clearance.modeler;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** Who deployed a version from the modeler, when, why, and what changed; the engine itself keeps none of this. */
@Entity
@Immutable
@Table(name = "process_deployment")
class DeploymentRecord {

	@Id
	private String definitionId;

	private String deploymentId;

	@Column(name = "process_key")
	private String key;

	private int version;

	private String deployedBy;

	private Instant deployedAt;

	@Column(length = 2000)
	private String comment;

	@Column(length = 4000)
	private String changes;

	private Long draftId;

	protected DeploymentRecord() {
	}

	DeploymentRecord(DeployedDefinition deployed, String deployedBy, Instant deployedAt, String comment,
			String changes, Long draftId) {
		this.definitionId = deployed.definitionId();
		this.deploymentId = deployed.deploymentId();
		this.key = deployed.key();
		this.version = deployed.version();
		this.deployedBy = deployedBy;
		this.deployedAt = deployedAt;
		this.comment = comment;
		this.changes = changes == null ? null : changes.substring(0, Math.min(4000, changes.length()));
		this.draftId = draftId;
	}

	String definitionId() {
		return definitionId;
	}

	String deployedBy() {
		return deployedBy;
	}

	String comment() {
		return comment;
	}

	String changes() {
		return changes;
	}
}
