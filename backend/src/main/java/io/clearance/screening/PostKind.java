package io.clearance.screening;

/** What a text is: an ordinary post, a reply to an online review, or a crisis update. */
public enum PostKind {
	POST, REVIEW_REPLY, CRISIS_UPDATE
}
