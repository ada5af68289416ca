package io.clearance.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Named lists in phrases.yaml ({@link PhraseBook#LIST_PREFIX}): written once, used by several groups' patterns. */
class PhraseBookListsTest {

	private static final String BOOK = """
			LIST_TOWNS:
			  - 'Kiel|L(?:ü|ue?)beck'
			  - 'Le\\s+Havre'
			FROM:
			  - '\\bfrom\\s+{LIST_TOWNS}\\b'
			IN:
			  - '\\b(?:at|in)\\s+{LIST_TOWNS}\\b'
			  - '\\{LIST_TOWNS}'
			""";

	private static List<String> found(PhraseBook book, String text, boolean scanned) {
		TextIndex index = new TextIndex(text);
		if (scanned) {
			index.scanLiterals(new LiteralScanner(book.literals()));
		}
		return book.find(index).stream().map(p -> p.getGroup() + " " + p.getText()).toList();
	}

	@Test
	void aListStandsForItsItemsAsAlternativesInEveryPatternThatNamesIt() throws PackRefusedException {
		PhraseBook book = PhraseBook.parse(BOOK);
		String text = "Visitors from Luebeck and Le Havre, friends in Kiel; from Berlin; the text {LIST_TOWNS}.";

		// a list is no group, and a reference after a backslash is the literal text
		assertThat(found(book, text, false)).containsExactly("FROM from Luebeck", "IN in Kiel", "IN {LIST_TOWNS}");
		// the literal prefilter sees the expanded patterns: the same phrases
		assertThat(found(book, text, true)).isEqualTo(found(book, text, false));
		assertThat(book.size()).isEqualTo(2);
	}

	@Test
	void theExpandedPatternIsTheListsAlternationInPlace() throws PackRefusedException {
		assertThat(PhraseBook.expand("\\bfrom\\s+{LIST_TOWNS}\\b", Map.of("LIST_TOWNS", "(?:Kiel|Ulm)"), "test"))
			.isEqualTo("\\bfrom\\s+(?:Kiel|Ulm)\\b");
		assertThat(PhraseBook.expand("\\bx{2}\\b", Map.of(), "test")).isEqualTo("\\bx{2}\\b");
	}

	@Test
	void aMissingEmptyOrNestedListRefusesThePack() {
		assertThatThrownBy(() -> PhraseBook.parse("A: ['\\bfrom\\s+{LIST_NONE}']"))
			.isInstanceOf(PackRefusedException.class)
			.hasMessageContaining("group A, pattern 1: no list LIST_NONE");
		assertThatThrownBy(() -> PhraseBook.parse("LIST_EMPTY: []\nA: ['a']"))
			.isInstanceOf(PackRefusedException.class)
			.hasMessageContaining("list LIST_EMPTY is empty");
		assertThatThrownBy(() -> PhraseBook.parse("LIST_A: ['x']\nLIST_B: ['{LIST_A}']\nA: ['{LIST_B}']"))
			.isInstanceOf(PackRefusedException.class)
			.hasMessageContaining("list LIST_B, item 1 refers to a list");
	}
}
