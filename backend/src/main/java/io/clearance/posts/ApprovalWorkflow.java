package io.clearance.posts;

/**
 * What the posts module needs from the approval process. Implemented next to the BPMN process, so that
 * this module knows nothing of the engine.
 */
public interface ApprovalWorkflow {

	/** Starts the approval process for a submitted post and returns the process instance id. */
	String start(long postId, String author);

	/** The author has revised a post that was sent back: screening starts again. */
	void resubmitted(long postId);

	/** The author edited a post under review: the review restarts on the new revision. */
	void revised(long postId);

	/**
	 * The author of a post approved after its scheduled time chose when to publish it; refused when the process is
	 * not waiting for that choice.
	 */
	void publicationTimeChosen(long postId, java.time.Instant publishAt);

	/** The author withdrew the post: the process ends. */
	void withdrawn(long postId);
}
