package io.clearance.posts;

import java.util.Optional;

/**
 * The crisis fast track, as the posts module needs it: a crisis update submitted while an incident is open takes it
 * instead of the {@link ApprovalWorkflow}. Implemented by the crisis module, so that this module knows nothing of
 * incidents or the engine. An edit during the fast track reaches it through {@link ApprovalWorkflow#revised}, whose
 * message both processes listen to.
 */
public interface FastTrackWorkflow {

	/**
	 * Starts the fast track for a post just submitted, if it takes it (a crisis update while an incident is open).
	 *
	 * @return the process instance id, or empty when the post goes the normal way
	 */
	Optional<String> startIfApplicable(Post post);

	/** Whether the post's fast-track process is under way. */
	boolean runs(long postId);

	/** The author resubmitted an update that was sent back: screening starts again. */
	void resubmitted(long postId);

	/** The author withdrew the post: its fast-track process, if any, ends. */
	void withdrawn(long postId);
}
