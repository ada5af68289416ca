package io.clearance.crisis;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The single row that serialises the freeze: the freeze check of a publication coming due, closing an incident and
 * an author's edit of a held post all lock it first, so a post is never held by an incident that is closing at the
 * same moment (on one node or several).
 */
@Entity
@Table(name = "freeze_lock")
class FreezeLock {

	@Id
	private int id;

	protected FreezeLock() {
	}
}
