package io.clearance.posts;

import io.clearance.screening.Platform;
import java.util.Collection;

/** Whether the accounts a post chooses exist and serve its platforms; implemented by the publishing module. */
public interface AccountCheck {

	/** Refuses (422) unknown or disconnected accounts, and accounts on a platform the post is not for. */
	void requireUsable(Collection<Long> accountIds, Collection<Platform> platforms);
}
