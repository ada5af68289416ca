package io.clearance.consent;

import io.clearance.posts.PostService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Pulls the posts that use a revoked consent, in the revocation's own transaction. */
@Component
class ConsentRevocations {

	private final PostService posts;

	ConsentRevocations(PostService posts) {
		this.posts = posts;
	}

	@EventListener
	void on(ConsentRevoked event) {
		posts.consentRevoked(String.valueOf(event.consentId()));
	}
}
