package io.clearance.modeler;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A modeler's work in progress: BPMN that is saved but not deployed (it may be invalid). Optimistically locked: a
 * save based on a stale version is refused. Deploying a draft keeps it and notes which version it became.
 */
@Entity
@Table(name = "process_draft")
public class ProcessDraft {

	/** The largest model a draft holds, in characters (the shipped processes are about 30 000). */
	public static final int MAX_XML = 1_000_000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	private String name;

	@Column(name = "process_key")
	private String key;

	private String basedOnDefinitionId;

	@Column(length = MAX_XML)
	private String xml;

	private Instant updatedAt;

	private String updatedBy;

	private String deployedDefinitionId;

	private Instant deployedAt;

	protected ProcessDraft() {
	}

	ProcessDraft(String name, String basedOnDefinitionId, String xml, String key, String by, Instant at) {
		this.name = name;
		this.basedOnDefinitionId = basedOnDefinitionId;
		update(name, xml, key, by, at);
	}

	final void update(String name, String xml, String key, String by, Instant at) {
		this.name = name;
		this.xml = xml;
		this.key = key;
		this.updatedBy = by;
		this.updatedAt = at;
	}

	void deployed(String definitionId, Instant at) {
		this.deployedDefinitionId = definitionId;
		this.deployedAt = at;
	}

	public Long id() {
		return id;
	}

	public long version() {
		return version;
	}

	public String name() {
		return name;
	}

	public String key() {
		return key;
	}

	public String basedOnDefinitionId() {
		return basedOnDefinitionId;
	}

	public String xml() {
		return xml;
	}

	public Instant updatedAt() {
		return updatedAt;
	}

	public String updatedBy() {
		return updatedBy;
	}

	public String deployedDefinitionId() {
		return deployedDefinitionId;
	}

	public Instant deployedAt() {
		return deployedAt;
	}
}
