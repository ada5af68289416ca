package io.clearance.crisis;

import io.clearance.posts.PostContent;
import io.clearance.posts.PostService.Draft;
import io.clearance.screening.Platform;
import io.clearance.screening.PostKind;
import io.clearance.security.Caller;
import io.clearance.security.Groups;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Named crisis updates and people for tests. Eligibility comes from the test rules ({@link CrisisTestRules}). */
public final class CrisisFixtures {

	/** The crisis lead who writes the updates. */
	public static final Caller CRIS = new Caller("cris", Set.of(Groups.CRISIS_LEADS, Groups.AUTHORS));

	/** Another crisis lead: may approve Cris's updates. */
	public static final Caller MORGAN = new Caller("morgan", Set.of(Groups.CRISIS_LEADS));

	public static final Caller COMPLIANCE = new Caller("compliance", Set.of(Groups.COMPLIANCE));

	public static final Caller ADMIN = new Caller("admin", Set.of(Groups.ADMINS));

	private CrisisFixtures() {
	}

	/** A crisis update screening lets onto the fast track. */
	public static Draft aDiversionUpdate() {
		return update("The emergency department at the main campus is on diversion until 6 pm. Ambulances go to "
				+ "Lakeside General Hospital. In a life-threatening emergency, call 911.", false, null);
	}

	/** A crisis update naming an injured patient with a record number: BLOCK for PHI. */
	public static Draft anUpdateNamingAnInjuredPatient() {
		return update("Update on the fire in the east wing: our patient John Smith, MRN 12345678, was injured and is "
				+ "being treated. All other patients are safe.", false, null);
	}

	/** A crisis update the fast track refuses (the test pack refuses sponsored updates). */
	public static Draft aSponsoredUpdate() {
		return update("Our flu clinics are open late all week during the outbreak. Book a slot online.", true, null);
	}

	public static Draft aDiversionUpdateScheduledAt(Instant when) {
		Draft d = aDiversionUpdate();
		return new Draft(d.content(), d.kind(), d.sponsored(), d.platforms(), when);
	}

	public static Draft withText(Draft draft, String text) {
		return new Draft(new PostContent(text, List.of(), List.of()), draft.kind(), draft.sponsored(),
				draft.platforms(), draft.scheduledAt());
	}

	static Draft update(String text, boolean sponsored, Instant scheduledAt) {
		return new Draft(new PostContent(text, List.of(), List.of()), PostKind.CRISIS_UPDATE, sponsored,
				List.of(Platform.TWITTER, Platform.FACEBOOK), scheduledAt);
	}
}
