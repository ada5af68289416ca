package io.clearance.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * A lint over every pack's phrases.yaml in the repository. In Java {@code \w} is ASCII while {@code \b} is not, so a
 * pattern written for accented words must not use {@code \w}: {@code sous-titr\w*\b} can never match "sous-titrée",
 * and a gap of {@code (?:\w+\s+)} cannot cross "ótimos" (issue 3, sixteenth and seventeenth blind rounds; rules/README.md,
 * "phrases.yaml"). Such a pattern writes {@code [\p{L}\p{N}_]} instead.
 */
class PhrasePatternsTest {

	private static final Pattern WORD_CLASS = Pattern.compile("\\\\w");

	/** A pattern that spells a non-ASCII letter is written for a language other than English. */
	private static boolean spellsANonAsciiLetter(String pattern) {
		return pattern.codePoints().anyMatch(c -> c > 127 && Character.isLetter(c));
	}

	@Test
	void noPatternForAccentedWordsUsesTheAsciiWordClass() throws IOException, PackRefusedException {
		List<String> offending = new ArrayList<>();
		int patterns = 0;
		try (Stream<Path> packs = Files.list(Fixtures.RULES)) {
			for (Path pack : packs.sorted().toList()) {
				Path phrases = pack.resolve("phrases.yaml");
				if (!Files.exists(phrases)) {
					continue;
				}
				for (Map.Entry<String, List<String>> group : PhraseBook.patterns(Files.readString(phrases)).entrySet()) {
					for (String pattern : group.getValue()) {
						patterns++;
						if (spellsANonAsciiLetter(pattern) && WORD_CLASS.matcher(pattern).find()) {
							offending.add(pack.getFileName() + " " + group.getKey() + ": " + pattern);
						}
					}
				}
			}
		}
		assertThat(patterns).as("patterns read").isGreaterThan(500);
		assertThat(offending).as("patterns with accented letters that use \\w (write [\\p{L}\\p{N}_])").isEmpty();
	}

	@Test
	void theLintSeesTheProblemItIsFor() {
		assertThat(spellsANonAsciiLetter("sous-titr\\w*\\b") && WORD_CLASS.matcher("sous-titr\\w*\\b").find()).isFalse();
		assertThat(spellsANonAsciiLetter("vidéo\\s+sous-titr\\w*\\b")).isTrue();
		assertThat(WORD_CLASS.matcher("vidéo\\s+sous-titr\\w*\\b").find()).isTrue();
		assertThat(WORD_CLASS.matcher("vidéo\\s+sous-titr[\\p{L}\\p{N}_]*").find()).isFalse();
		// the apostrophe and dashes of English patterns are not letters
		assertThat(spellsANonAsciiLetter("can['’]t\\s+\\w+")).isFalse();
		// and the Java problem itself: \w stops at an accented letter, \b does not see a boundary there
		assertThat(Pattern.compile("sous-titr\\w*\\b").matcher("sous-titrée").find()).isFalse();
		assertThat(Pattern.compile("sous-titr[\\p{L}\\p{N}_]*").matcher("sous-titrée").find()).isTrue();
	}
}
