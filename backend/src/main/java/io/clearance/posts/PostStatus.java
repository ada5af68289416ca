package io.clearance.posts;

/** Where a post stands. */
public enum PostStatus {
	DRAFT, IN_REVIEW, CHANGES_REQUESTED, APPROVED, SCHEDULED, PUBLISHED, REJECTED, WITHDRAWN;

	/** Whether the author may still change the post (a new revision). */
	boolean isEditable() {
		return this == DRAFT || this == CHANGES_REQUESTED || this == IN_REVIEW || this == APPROVED
				|| this == SCHEDULED;
	}

	/** Whether the post is over: nothing changes it any more. */
	public boolean isFinal() {
		return this == PUBLISHED || this == REJECTED || this == WITHDRAWN;
	}
}
