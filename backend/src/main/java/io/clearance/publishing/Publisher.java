package io.clearance.publishing;

import io.clearance.screening.Platform;
import java.util.List;
import java.util.Optional;

/**
 * The SPI one platform connector implements. A connector must make a retry safe: {@link Outgoing#idempotencyKey()}
 * is the publication's identity (post, revision, account), sent where the platform honours one, and
 * {@link #find} looks for a post an earlier attempt may have made when its answer was lost. Failures are
 * {@link PlatformException}s that say whether to try again.
 */
public interface Publisher {

	/** The network this connector speaks; null for the sandbox, which serves posts without a chosen account. */
	Network network();

	/** Puts the post on the platform. */
	PublishedPost publish(Target target, Outgoing post);

	/**
	 * The post an earlier attempt put on the platform, if the platform shows it (the account's recent posts with
	 * the same text); empty where the API offers no such look-up.
	 */
	default Optional<PublishedPost> find(Target target, Outgoing post) {
		return Optional.empty();
	}

	/** Deletes a published post (takedown). */
	void delete(Target target, String externalId);

	/** The post's engagement figures as the platform reports them now; empty where the API gives none. */
	default Optional<Engagement> engagement(Target target, String externalId) {
		return Optional.empty();
	}

	/** Publishes unless a retry finds that an earlier attempt already did: what the publishing service calls. */
	default PublishedPost publishOnce(Target target, Outgoing post) {
		if (post.retry()) {
			Optional<PublishedPost> earlier = find(target, post);
			if (earlier.isPresent()) {
				return earlier.get();
			}
		}
		return publish(target, post);
	}

	/**
	 * Where a post goes: the platform, and the account with its credentials (all null for the sandbox default).
	 * {@code token} is the decrypted token: never log it, never return it.
	 */
	record Target(Platform platform, Long accountId, String platformAccountId, String apiBaseUrl, String token) {

		@Override
		public String toString() {
			return "Target[" + platform + ", account " + accountId + "]";
		}
	}

	/**
	 * What goes out. {@code retry} says an earlier attempt of this publication may have reached the platform.
	 */
	record Outgoing(String idempotencyKey, String text, List<String> mediaDescriptions, boolean retry) {
	}

	/** Likes (favourites, reactions), shares (reposts), comments (replies) and reach; null where not given. */
	record Engagement(Long likes, Long shares, Long comments, Long reach) {
	}

	/** The platform's id for the post and its public address (null when the API does not give one). */
	record PublishedPost(String externalId, String url) {
	}
}
