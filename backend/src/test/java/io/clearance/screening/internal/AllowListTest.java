package io.clearance.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clearance.screening.OrganisationAllowList;
import io.clearance.screening.OrganisationAllowList.Item;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The allow list as the console edits it: read with the notes beside its entries, written back keeping comments. */
class AllowListTest {

	static final String FILE = """
			# The organisation's own identifiers: never PHI.
			# Edit this file to match your organisation.
			phones:
			  - "(555) 010-0100"   # main line / switchboard
			  - 555-010-0199
			emails: []
			domains: [clearview-health.org, example.org]
			addresses:
			  - '200 Oak Street'   # main campus
			names:                 # the staff directory
			  - Sarah Chen
			""";

	@Test
	void readsEachEntryWithTheCommentBesideIt() throws PackRefusedException {
		OrganisationAllowList list = AllowList.read(FILE);

		assertThat(list.phones()).containsExactly(new Item("(555) 010-0100", "main line / switchboard"),
				new Item("555-010-0199", null));
		assertThat(list.emails()).isEmpty();
		assertThat(list.domains()).containsExactly(new Item("clearview-health.org", null), new Item("example.org", null));
		assertThat(list.addresses()).containsExactly(new Item("200 Oak Street", "main campus"));
		assertThat(list.names()).containsExactly(new Item("Sarah Chen", null));
	}

	@Test
	void writesBackTheHeaderKeyCommentsAndNotesAndReadsTheSameAgain() throws PackRefusedException {
		OrganisationAllowList edited = new OrganisationAllowList(
				List.of(new Item("(555) 010-0100", "main line / switchboard"), new Item("+1 555 010 0177", "helpline")),
				List.of(new Item("press@clearview-health.org", "media\nrelations")), null,
				List.of(new Item("200 Oak Street", "main campus"), new Item("  ", "left out")),
				List.of(new Item("Sarah \"Sally\" Chen", null), new Item("Back\\slash", null)));

		String yaml = AllowList.write(FILE, edited);

		assertThat(yaml).startsWith("# The organisation's own identifiers: never PHI.\n# Edit this file to match "
				+ "your organisation.\nphones:\n  - \"(555) 010-0100\"   # main line / switchboard\n")
			.contains("  - \"press@clearview-health.org\"   # media relations\n")
			.contains("domains: []\n")
			.contains("names:   # the staff directory\n  - \"Sarah \\\"Sally\\\" Chen\"\n")
			.doesNotContain("left out");
		assertThat(AllowList.read(yaml)).isEqualTo(new OrganisationAllowList(edited.phones(), List.of(new Item(
				"press@clearview-health.org", "media relations")), List.of(),
				List.of(new Item("200 Oak Street", "main campus")), edited.names()));
		assertThat(AllowList.write(yaml, AllowList.read(yaml))).as("writing what was read changes nothing")
			.isEqualTo(yaml);
	}

	@Test
	void anEntryTheListCannotHoldIsRefusedWhenTheFileIsParsed() {
		String yaml = AllowList.write(FILE, new OrganisationAllowList(List.of(new Item("call us", null)), null, null,
				null, null));

		assertThatThrownBy(() -> AllowList.parse(yaml, new PhoneRecogniser("US")))
			.isInstanceOf(PackRefusedException.class)
			.hasMessageContaining("\"call us\" is not a phone number");
	}
}
