package io.clearance.posts;

import io.clearance.posts.PostService.Draft;
import io.clearance.screening.Platform;
import io.clearance.screening.PostKind;
import java.time.Instant;
import java.util.List;

/** Named drafts for tests. Their routes come from the real rule packs in {@code rules/}. */
public final class PostFixtures {

	private PostFixtures() {
	}

	/** Nothing for the screener to find: route PASS. */
	public static Draft aHarmlessEvent() {
		return draft("Join us this Saturday for our free community health fair at the main campus. "
				+ "Blood pressure checks, healthy cooking demos and games for kids!");
	}

	/** A medical claim: route NEEDS_LEGAL. */
	public static Draft aMiracleCureClaim() {
		return draft("Our new knee therapy is guaranteed to cure arthritis, 100% effective with no side effects!");
	}

	/** A patient named with a medical record number: route BLOCK. */
	public static Draft aDraftNamingAPatient() {
		return draft("Congratulations to our patient John Smith (MRN 12345678) who was discharged today after "
				+ "his heart surgery!");
	}

	public static Draft aHarmlessEventScheduledAt(Instant when) {
		Draft d = aHarmlessEvent();
		return new Draft(d.content(), d.kind(), d.sponsored(), d.platforms(), when);
	}

	public static Draft draft(String text) {
		return new Draft(new PostContent(text, List.of(), List.of()), PostKind.POST, false,
				List.of(Platform.FACEBOOK, Platform.LINKEDIN), null);
	}
}
