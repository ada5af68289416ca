package io.clearance.crisis;

/**
 * The approval process's side of the freeze, as the crisis module needs it: implemented next to the BPMN process, so
 * that this module knows nothing of the engine.
 */
public interface HeldPosts {

	/**
	 * Lets a held publication continue: published at once (unless another open incident still covers it) or sent back
	 * to its author.
	 *
	 * @return whether the post's process was waiting for the release
	 */
	boolean release(long postId, HeldPostsRelease release);
}
