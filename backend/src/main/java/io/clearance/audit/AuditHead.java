package io.clearance.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The single row that holds the end of the chain; locking it serialises appends across nodes. */
@Entity
@Table(name = "audit_head")
class AuditHead {

	/** The id of the one row. */
	static final int ID = 1;

	@Id
	private int id;

	private long lastSequence;

	private String lastHash;

	protected AuditHead() {
	}

	long lastSequence() {
		return lastSequence;
	}

	String lastHash() {
		return lastHash;
	}

	void advance(AuditEntry entry) {
		this.lastSequence = entry.sequence();
		this.lastHash = entry.hash();
	}
}
