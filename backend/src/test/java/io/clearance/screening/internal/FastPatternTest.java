package io.clearance.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The start-position filter must never change what a pattern finds. */
class FastPatternTest {

	private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

	@Test
	void worksOutWhereMatchesCanStart() {
		assertThat(FastPattern.FirstChars.of("\\bcur(?:e|es|ed)\\b")).hasToString("{99}");
		assertThat(FastPattern.FirstChars.of("\\b(?:no|Not)\\s+x|\\d{3}")).hasToString("{48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 110}");
		assertThat(FastPattern.FirstChars.of("(?<![\\w-])#\\s?1")).hasToString("{35}");
		assertThat(FastPattern.LiteralPrefixes.of("\\b(?:best|safest|top[- ]rated)\\s+x")).containsExactly("best", "safest",
				"top");
		assertThat(FastPattern.LiteralPrefixes.of("\\bcures?\\b")).containsExactly("cure");
		// a branch that starts with a group: the group's branches' words
		assertThat(FastPattern.LiteralPrefixes.of("\\b(?:ER|labou?r\\s+ward|(?:cardiac|stroke)\\s+(?:unit|team))\\b"))
			.containsExactly("ER", "labo", "cardiac", "stroke");
		assertThat(FastPattern.LiteralPrefixes.of("\\b(?:ER|(?:the\\s+)?unit)")).isNull();
		assertThat(FastPattern.LiteralPrefixes.of("\\b(?:ER|(?:a|the)\\s+unit)")).isNull();
		// a class of a few letters gives one prefix per letter; not a range, a negated or a larger class, not one
		// made optional
		assertThat(FastPattern.LiteralPrefixes.of("\\b(?:[dď]akujeme|a[cč]i[uū]|k[oö]sz|tak\\s+for)\\b"))
			.containsExactly("dakujeme", "ďakujeme", "aciu", "aciū", "ačiu", "ačiū", "kosz", "kösz", "tak");
		assertThat(FastPattern.LiteralPrefixes.of("\\bab[cd]?e|\\bxy[a-c]z|\\bpq[^r]s|\\bmn[abcde]o"))
			.containsExactly("ab", "xy", "pq", "mn");
		assertThat(FastPattern.LiteralPrefixes.of("\\ba[bc]*d")).isNull();
		assertThat(FastPattern.LiteralPrefixes.of("\\b[ab][cd][ef][gh][ij]x")).containsExactly("aceg", "aceh", "acfg",
				"acfh", "adeg", "adeh", "adfg", "adfh", "bceg", "bceh", "bcfg", "bcfh", "bdeg", "bdeh", "bdfg", "bdfh");
	}

	@Test
	void aBranchMayStartWithOneRareSymbol() {
		assertThat(FastPattern.LiteralPrefixes.of("(?:#\\s?1|\\bnumber\\s+one|\\bno\\.\\s?1)\\s+x"))
			.containsExactly("#", "number", "no");
		// an optional symbol, a metacharacter, a single letter: no prefixes
		assertThat(FastPattern.LiteralPrefixes.of("#?1|\\bnumber")).isNull();
		assertThat(FastPattern.LiteralPrefixes.of("\\$1|\\bnumber")).isNull();
		assertThat(FastPattern.LiteralPrefixes.of("a\\s+1|\\bnumber")).isNull();
	}

	@Test
	void asciiCaseTwinOnlyWhereItMatchesTheSame() {
		// no supplementary code point has an ASCII case mapping: the BMP table is all there is to look up
		List<Integer> supplementary = new ArrayList<>();
		for (int c = Character.MIN_SUPPLEMENTARY_CODE_POINT; c <= Character.MAX_CODE_POINT; c++) {
			if (FastPattern.AsciiCase.casedToAscii(c)) {
				supplementary.add(c);
			}
		}
		assertThat(supplementary).isEmpty();
		assertThat(FastPattern.AsciiCase.casedToAscii('\u212A')).isTrue();
		assertThat(FastPattern.AsciiCase.casedToAscii('ı')).isTrue();
		assertThat(FastPattern.AsciiCase.anyCasedToAscii("my \u212Aidney".toCharArray())).isTrue();
		assertThat(FastPattern.AsciiCase.anyCasedToAscii("é ü 🎉 ’".toCharArray())).isFalse();
		assertThat(FastPattern.AsciiCase.twin(Pattern.compile("\\bkidneys?\\b", CI))).isNotNull();
		// not ASCII, chars by code or property, back-references, inline flags, case-sensitive: no twin
		for (String regex : List.of("\\x{e9}", "\\u00e9", "\\p{Lu}", "(a)\\1", "(?-u)a", "\\Qa\\E",
				// ß: "ẞ" folds to it, but alone it matches only itself; a non-ASCII range end; an escaped non-ASCII char
				"straße", "[à-é]x", "[a-é]x", "x[é-ü]y", "\\é")) {
			assertThat(FastPattern.AsciiCase.twin(Pattern.compile(regex, CI))).as(regex).isNull();
		}
		// a non-ASCII char becomes the class of the chars it matches; a char without case stays itself
		assertThat(FastPattern.AsciiCase.twin(Pattern.compile("café", CI))).hasToString("caf[Éé]");
		assertThat(FastPattern.AsciiCase.twin(Pattern.compile("can['’]t|[-–—]\\s*[A-Z][\\w'’-]+|D(?:ü|ue?)", CI)))
			.hasToString("can['’]t|[-–—]\\s*[A-Z][\\w'’-]+|D(?:[Üü]|ue?)");
		assertThat(FastPattern.AsciiCase.twin(Pattern.compile("[éa]σ", CI))).hasToString("[Ééa][Σςσ]");
		// a '-' before a class's end is a char, not a range
		assertThat(FastPattern.AsciiCase.twin(Pattern.compile("x[é-]y", CI))).hasToString("x[Éé-]y");
		assertThat(FastPattern.AsciiCase.twin(Pattern.compile("kidney", Pattern.CASE_INSENSITIVE))).isNull();
		// a text with the Kelvin sign is matched with the Unicode case pattern
		List<String> found = new ArrayList<>();
		FastPattern.compile("\\bkidneys?\\b", CI).forEachMatch(new TextIndex("my \u212Aidney and KIDNEYS"),
				m -> found.add(m.group()));
		assertThat(found).containsExactly("\u212Aidney", "KIDNEYS");
	}

	/**
	 * Every non-ASCII char of the packs' phrases that the ASCII-case twin writes as a class: alone, in a run of
	 * literal chars and in a class, the class matches exactly the chars of the plane that the char matches with
	 * {@code UNICODE_CASE}; and no supplementary char folds to a BMP char (the twin's classes list BMP chars only).
	 */
	@Test
	void asciiCaseTwinClassesMatchWhatTheUnicodeCasePatternMatches() throws Exception {
		java.util.TreeSet<Character> chars = new java.util.TreeSet<>();
		for (String regex : packRegexes()) {
			for (char c : regex.toCharArray()) {
				if (c >= 128 && !Character.isSurrogate(c)) {
					chars.add(c);
				}
			}
		}
		chars.addAll(List.of('é', 'σ', 'ς', 'ß', 'Ü', 'İ', 'ı', 'K', 'ſ', 'ÿ', 'µ', 'Å', 'å', 'ǅ', 'ϵ'));
		int twins = 0;
		for (char p : chars) {
			int[] variants = FastPattern.AsciiCase.variants(p);
			if (variants == null) {
				continue;
			}
			twins++;
			for (String[] context : new String[][] { { "", "" }, { "x", "y" }, { "[", "]" }, { "[0", "]" } }) {
				Matcher unicode = Pattern.compile(context[0] + p + context[1], CI).matcher("");
				Pattern twinPattern = FastPattern.AsciiCase.twin(Pattern.compile(context[0] + p + context[1], CI));
				assertThat(twinPattern).as("%s", p).isNotNull();
				Matcher twin = twinPattern.matcher("");
				for (int c = 0; c <= Character.MAX_VALUE; c++) {
					if (Character.isSurrogate((char) c)) {
						continue;
					}
					String text = context[0].equals("x") ? "x" + (char) c + "y" : String.valueOf((char) c);
					assertThat(twin.reset(text).matches()).as("%s (%s) on U+%04X", p, twinPattern, c)
						.isEqualTo(unicode.reset(text).matches());
				}
			}
		}
		assertThat(twins).isGreaterThan(50);
		for (int c = Character.MIN_SUPPLEMENTARY_CODE_POINT; c <= Character.MAX_CODE_POINT; c++) {
			assertThat(FastPattern.AsciiCase.fold(c)).as("U+%X", c).isGreaterThanOrEqualTo(Character.MIN_SUPPLEMENTARY_CODE_POINT);
		}
	}

	private static List<String> packRegexes() throws Exception {
		List<String> regexes = new ArrayList<>();
		for (String pack : List.of("medical-claims", "patient-consent", "testimonials", "review-replies",
				"misinformation", "hipaa-phi", "crisis", "endorsements", "gdpr-health-data", "platform-policies")) {
			PhraseBook.patterns(Files.readString(Fixtures.RULES.resolve(pack).resolve(PhraseBook.FILE))).values()
				.forEach(regexes::addAll);
		}
		// the head words of organisations' names, once a group of three packs
		regexes.add(OrganisationNames.HEAD.pattern().pattern());
		return regexes;
	}

	@Test
	void worksOutLiteralsEveryMatchContains() {
		assertThat(FastPattern.RequiredLiterals.in(
				"\\b(?:my|the)\\s+(?:[\\w-]+\\s+){0,2}?pain\\s+(?:is|was)\\s+(?:gone|cured|healed)\\b"))
			.containsExactly("pain");
		assertThat(FastPattern.RequiredLiterals.in("\\bI\\s+(?:lost|dropped)\\s+\\d+\\s*(?:pounds|lbs?)\\b"))
			.containsExactly("lost", "dropped");
		assertThat(FastPattern.RequiredLiterals.in("\\bcures?\\b|guarantee[sd]?")).containsExactly("cure", "guarantee");
		assertThat(FastPattern.RequiredLiterals.in("(?<=^|[.!?]\\s|\\n)(?:lost|shed)\\s+\\d+(?=[^.]*\\bmy\\b)"))
			.containsExactly("lost", "shed");
		assertThat(FastPattern.LiteralPrefixes.of("(?<=^|[.!?]\\s|\\n)(?:lost|shed)\\s+\\d+")).containsExactly("lost",
				"shed");
		// an optional piece, a branch without literals, inline flags: nothing every match must contain
		assertThat(FastPattern.RequiredLiterals.in("(?:cure)?\\d+")).isNull();
		// one letter or common mark is not worth looking for; one of the rarer symbols is
		assertThat(FastPattern.RequiredLiterals.in("\\bI\\s+\\w+")).isNull();
		assertThat(FastPattern.RequiredLiterals.in(",\\s*\\d+\\s*,")).isNull();
		assertThat(FastPattern.RequiredLiterals.in("(?<![\\d-])\\d{3}-\\d{2}-\\d{4}(?![\\d-])")).containsExactly("-");
		assertThat(FastPattern.RequiredLiterals.in("\\d{1,2}/\\d{1,2}/\\d{2,4}")).containsExactly("/");
		assertThat(FastPattern.RequiredLiterals.in("cure|\\d+")).isNull();
		assertThat(FastPattern.RequiredLiterals.in("(?i)cure")).isNull();
		assertThat(FastPattern.RequiredLiterals.in("cure\\Qx\\E")).isNull();
		// a char outside the BMP ends a literal (its case fold is the code point's, not its chars')
		assertThat(FastPattern.RequiredLiterals.in("ab\uD801\uDC00cd")).containsExactly("ab");
		// a class of a few letters: one literal per spelling, when that gives longer literals than the pieces around it
		assertThat(FastPattern.RequiredLiterals.in("\\b(?:V[aä]ster[aå]s|Ko[sš]ice|Ulm)\\b"))
			.containsExactly("Vasteras", "Vasterås", "Västeras", "Västerås", "Kosice", "Košice", "Ulm");
		assertThat(FastPattern.RequiredLiterals.in("\\bV[aä]?ster[aå]*s\\b")).containsExactly("ster");
		assertThat(FastPattern.RequiredLiterals.in("\\bab[c-e]fgh|\\bxyz[^a]w")).containsExactly("fgh", "xyz");
		// a group of a few plain words goes on in the run too
		assertThat(FastPattern.RequiredLiterals.in("\\b(?:at|in)\\s+(?:K(?:ö|oe?)ln|M(?:ü|ue?)nster)\\b"))
			.containsExactly("Köln", "Koeln", "Koln", "Münster", "Muenster", "Munster");
		assertThat(FastPattern.RequiredLiterals.in("\\bx(?:ab|c(?:d))yz")).containsExactly("yz");
		assertThat(FastPattern.RequiredLiterals.in("\\bK(?:ö|oe?)?ln")).containsExactly("ln");
		// more than sixteen spellings: the run ends before the class
		assertThat(FastPattern.RequiredLiterals.in("abc[de][fg][hi][jk][lm]")).hasSize(16);
	}

	@Test
	void tellsWhichPatternsNeverConsumePunctuation() {
		assertThat(FastPattern.Punctuation.neverConsumed("\\b(?:the|a)\\s+(?:[\\w'’-]+\\s+){0,2}?patient\\b(?!\\s+portal)", CI))
			.isTrue();
		assertThat(FastPattern.Punctuation.neverConsumed("\\b[a-z0-9]+x", CI)).isTrue();
		assertThat(FastPattern.Punctuation.neverConsumed("\\bfoo[^.!?]{0,30}bar", CI)).isFalse();
		assertThat(FastPattern.Punctuation.neverConsumed("(?<=^|[.!?]\\s|\\n)lost", CI)).isFalse();
		assertThat(FastPattern.Punctuation.neverConsumed("a.b", CI)).isFalse();
		assertThat(FastPattern.Punctuation.neverConsumed("Dr\\.\\s", CI)).isFalse();
		assertThat(FastPattern.Punctuation.neverConsumed("[ -~]x", CI)).isFalse();
		assertThat(FastPattern.Punctuation.neverConsumed("a,b", CI)).isFalse();
		assertThat(FastPattern.Punctuation.neverConsumed("a\\Wb", CI)).isFalse();
		assertThat(FastPattern.Punctuation.neverConsumed("(?i)ab", 0)).isFalse();
		assertThat(FastPattern.Punctuation.neverConsumed("a\\x2Eb", CI)).isFalse();
		// letter and number categories hold no punctuation mark; others may, or are not read
		assertThat(FastPattern.Punctuation.neverConsumed("\\b[\\p{L}\\p{N}_]+\\s+\\p{Lu}\\p{Ll}+\\s+days", CI)).isTrue();
		assertThat(FastPattern.Punctuation.NO_PUNCTUATION_PROPERTIES).contains("L", "Lu", "Ll", "N", "Nd");
		assertThat(FastPattern.Punctuation.neverConsumed("a\\p{P}b", CI)).isFalse();
		assertThat(FastPattern.Punctuation.neverConsumed("a\\p{Punct}b", CI)).isFalse();
		assertThat(FastPattern.Punctuation.neverConsumed("a\\P{L}b", CI)).isFalse();
		assertThat(FastPattern.Punctuation.neverConsumed("a[\\P{L}]b", CI)).isFalse();
		assertThat(FastPattern.Punctuation.neverConsumed("a\\pLb", CI)).isFalse();
	}

	@Test
	void givesUpOnPatternsThatCanStartAnywhere() {
		assertThat(FastPattern.FirstChars.of("a?b")).hasToString("{97, 98}");
		assertThat(FastPattern.FirstChars.of("a*")).isNull();
		assertThat(FastPattern.FirstChars.of("\\p{Lu}\\p{Ll}+")).isNull();
		assertThat(FastPattern.FirstChars.of("[^x]y")).isNull();
		assertThat(FastPattern.FirstChars.of("(a)\\1")).isNull();
		assertThat(FastPattern.FirstChars.of("(?i)abc")).isNull();
		assertThat(FastPattern.FirstChars.of(".x")).isNull();
	}

	@Test
	void aGroupThatTurnsCaseInsensitivityOffStillHasFirstChars() {
		String regex = "\\b(?:guard|ranger)\\s+on\\s+duty\\b(?:,\\s+an?\\s+(?-i:\\p{Lu})[\\p{L}-]+)?";
		assertThat(FastPattern.FirstChars.of(regex)).hasToString("{103, 114}");
		assertThat(FastPattern.LiteralPrefixes.of(regex)).containsExactly("guard", "ranger");
		assertThat(FastPattern.compile(regex, CI).filtered()).isTrue();
		// folded (the case-sensitive analysis: the random texts below, with flags 0)
		assertThat(FastPattern.FirstChars.of("(?-i:Ma)y")).hasToString("{109}");
		// other inline flags still give up
		assertThat(FastPattern.FirstChars.of("(?i:ma)y")).isNull();
		assertThat(FastPattern.FirstChars.of("(?-u:ma)y")).isNull();
		assertThat(FastPattern.FirstChars.of("(?-i)may")).isNull();
		Random random = new Random(7);
		List<String> words = List.of("May", "may", "MAY", "3", "guard", "Guard", "on", "duty", "a", "an", "Anna", "anna",
				"Ranger", "ranger", ",", ".", "é", "Émile");
		List<String> regexes = List.of(regex, "(?-i:May)\\s+\\d", "\\b(?-i:M)ay\\b", "(?:x|(?-i:May))\\s+3",
				"\\b(?:may|(?-i:Guard))\\b");
		for (int t = 0; t < 300; t++) {
			StringBuilder text = new StringBuilder();
			for (int w = 0; w < 30; w++) {
				text.append(words.get(random.nextInt(words.size()))).append(random.nextInt(5) == 0 ? ", " : " ");
			}
			for (String r : regexes) {
				for (int flags : new int[] { CI, 0 }) {
					FastPattern fast = FastPattern.compile(r, flags);
					assertThat(fast.filtered()).as(r).isTrue();
					LiteralScanner scanner = new LiteralScanner(fast.scannedLiterals());
					TextIndex index = new TextIndex(text.toString());
					index.scanLiterals(scanner);
					List<String> expected = findMatches(r, flags, text.toString());
					assertThat(matches(fast, new TextIndex(text.toString()))).as("%s on %s", r, text).isEqualTo(expected);
					assertThat(matches(fast, index)).as("%s on %s after the scan", r, text).isEqualTo(expected);
				}
			}
		}
	}

	/**
	 * A scan that leaves out the starts of literals wanted only after a non-word char ({@link FastPattern#literalsAnywhere}
	 * of every pattern: \\b before them) where they follow an ASCII letter, digit or underscore: every pattern still
	 * finds what find() finds, also one that needs such a literal anywhere but did not join the scan (it must not use
	 * the scan's hits of it), and a pattern matched on pieces keeps every start of its required literals.
	 */
	@Test
	void aScanThatSkipsLiteralsAfterWordCharsWhereOnlyWordStartsCountFindsWhatFindFinds() {
		List<String> registered = List.of("\\b(?:he|she|his)\\b", "\\bin\\s+(?:pain|fact)\\b",
				"(?:\\bcame|\\bhe['’]s)\\s+off\\b", "\\b(?:is|=)\\s+poison", "(?<=\\bread\\s)\\p{L}+",
				"(?<!\\bsay\\s)\\bno\\s+more\\b", "\\b(?:her|x)\\w*\\s+in\\b", "\\bpain\\b[^.]{0,20}?\\bgone\\b",
				"\\b_in\\b", "\\b9in\\b");
		// not in the scan: "he" and "in" anywhere
		List<String> unregistered = List.of("he\\w*", "(?:t|s)?he\\s+is", "\\w*in\\s+pain", "his\\w*", "x?in\\b");
		List<FastPattern> patterns = new ArrayList<>();
		List<String> literals = new ArrayList<>();
		List<String> anywhere = new ArrayList<>();
		for (String regex : registered) {
			FastPattern fast = FastPattern.compile(regex, CI);
			patterns.add(fast);
			literals.addAll(fast.scannedLiterals());
			anywhere.addAll(fast.literalsAnywhere());
		}
		LiteralScanner scanner = new LiteralScanner(literals, anywhere);
		// "his" is looked for only where \\b can stand before it; "he" also where it does not (the third pattern's
		// branches start inside a group: its prefixes count anywhere)
		assertThat(scanner.afterNonWordCharOnly(scanner.id("his"))).isTrue();
		assertThat(scanner.afterNonWordCharOnly(scanner.id("he"))).isFalse();
		TextIndex the = new TextIndex("this his the");
		the.scanLiterals(scanner);
		assertThat(the.literalHits(scanner, scanner.id("his"))).containsExactly(5);
		assertThat(the.literalHits(scanner, scanner.id("he"))).containsExactly(10);
		// a pattern matched on pieces wants every start
		FastPattern pieces = FastPattern.compileForPieces("\\bin\\s+pain\\b", CI);
		assertThat(pieces.literalsAnywhere()).containsAll(pieces.scannedLiterals());
		List<String> withPieces = new ArrayList<>(literals);
		withPieces.addAll(pieces.scannedLiterals());
		List<String> anywhereWithPieces = new ArrayList<>(anywhere);
		anywhereWithPieces.addAll(pieces.literalsAnywhere());
		LiteralScanner piecesScanner = new LiteralScanner(withPieces, anywhereWithPieces);
		TextIndex pain = new TextIndex("Xin pain, in pain");
		pain.scanLiterals(piecesScanner);
		assertThat(pieces.requiredPositions(pain)).isNotNull().contains(4, 13);
		Random random = new Random(13);
		List<String> words = List.of("he", "He", "the", "she", "shes", "his", "this", "her", "hers", "in", "IN", "pain",
				"fact", "came", "he's", "he’s", "off", "is", "=", "poison", "read", "say", "no", "more", "gone", "x",
				"_", "9", "é", "\u212Aa", "ſhe");
		String glue = "  ,._-'";
		for (int t = 0; t < 400; t++) {
			StringBuilder text = new StringBuilder();
			for (int w = 0; w < 30; w++) {
				text.append(words.get(random.nextInt(words.size())));
				// words often run into each other: "tshe", "xin", "_in"
				if (random.nextInt(3) > 0) {
					text.append(glue.charAt(random.nextInt(glue.length())));
				}
			}
			String s = text.toString();
			TextIndex index = new TextIndex(s);
			index.scanLiterals(scanner);
			for (int i = 0; i < registered.size(); i++) {
				assertThat(matches(patterns.get(i), index)).as("%s on %s", registered.get(i), s)
					.isEqualTo(findMatches(registered.get(i), CI, s));
			}
			for (String regex : unregistered) {
				assertThat(matches(FastPattern.compile(regex, CI), index)).as("%s on %s", regex, s)
					.isEqualTo(findMatches(regex, CI, s));
			}
		}
	}

	/**
	 * A pattern whose first chars are not known, that never consumes punctuation and has required literals is run over
	 * the stretches between punctuation marks that hold one of them: each stretch's matches, look-behind, look-ahead,
	 * {@code \\b} and {@code $} at its ends, and matches right after a punctuation mark must be find()'s.
	 */
	@Test
	void runsPatternsWithoutFirstCharsOverTheStretchesThatHoldARequiredLiteral() {
		List<String> regexes = List.of(
				"\\b(?:[\\p{L}\\p{N}_]+|\\d+)\\s+(?:days?|weeks?)\\s+(?:after|ago|since)\\b|\\blast\\s+(?:week|year)[\'’]s\\b",
				"(?<!\\bnot\\s)[\\p{L}]+\\s+days?", "[\\p{L}]+\\s+days?$", "[\\p{Lu}]\\p{Ll}*\\s+days?\\b(?!\\s+ago)",
				"(?<=\\s)\\p{L}+\\s+ago", "\\p{L}*days?");
		for (String regex : regexes) {
			assertThat(FastPattern.FirstChars.of(regex)).as(regex).isNull();
			assertThat(FastPattern.Punctuation.neverConsumed(regex, CI)).as(regex).isTrue();
			assertThat(FastPattern.compile(regex, CI).required()).as(regex).isNotNull();
		}
		Random random = new Random(11);
		List<String> words = List.of("days", "DAYS", "day", "ago", "Ago", "after", "since", "two", "Two", "2", "weeks",
				"week", "last", "week's", "year’s", "not", "NOT", "é", "Été", "ünd", "_", "x", "Mondays", "today");
		String between = " ,.!?;:";
		for (int t = 0; t < 500; t++) {
			StringBuilder text = new StringBuilder();
			for (int w = 0; w < 25; w++) {
				text.append(words.get(random.nextInt(words.size())));
				int separator = random.nextInt(10);
				text.append(separator < 6 ? " " : separator < 9 ? between.charAt(random.nextInt(between.length())) + " "
						: String.valueOf(between.charAt(random.nextInt(between.length()))));
			}
			String s = random.nextBoolean() ? text.toString().strip() : text.toString();
			for (String regex : regexes) {
				for (int flags : new int[] { CI, 0 }) {
					FastPattern fast = FastPattern.compile(regex, flags);
					TextIndex index = new TextIndex(s);
					index.scanLiterals(new LiteralScanner(fast.scannedLiterals()));
					assertThat(matches(fast, index)).as("%s on %s", regex, s).isEqualTo(findMatches(regex, flags, s));
				}
			}
		}
	}

	/**
	 * A literal inside a group that turns case-insensitivity off still counts as required (the case-insensitive scan
	 * finds it as written), and such a group consumes no punctuation when its content does not.
	 */
	@Test
	void aGroupThatTurnsCaseInsensitivityOffStillHasRequiredLiterals() {
		String regex = "(?-i:\\b(?:\\p{Lu}[\\p{L}'’-]+\\s+){1,3}(?:Mountain|Peak|Island))\\b";
		assertThat(FastPattern.RequiredLiterals.in(regex)).containsExactly("Mountain", "Peak", "Island");
		assertThat(FastPattern.Punctuation.neverConsumed(regex, CI)).isTrue();
		assertThat(FastPattern.Punctuation.neverConsumed("(?-i:a.b)", CI)).isFalse();
		assertThat(FastPattern.RequiredLiterals.in("\\bthe\\s+(?-i:Dr)\\s+x")).containsExactly("the");
		assertThat(FastPattern.RequiredLiterals.in("(?-i:Mount)?x")).isNull();
		assertThat(FastPattern.RequiredLiterals.in("(?i:Mount)x")).isNull();
		List<String> regexes = List.of(regex, "\\b(?-i:Big\\s+\\p{Lu}\\p{L}*)", "(?-i:\\p{Lu}\\p{L}+)\\s+(?:island|peak)s?\\b",
				"\\p{L}+\\s+(?-i:PEAK|Peak)");
		for (String r : regexes) {
			assertThat(FastPattern.compile(r, CI).required()).as(r).isNotNull();
		}
		Random random = new Random(5);
		List<String> words = List.of("Mountain", "mountain", "MOUNTAIN", "Peak", "peak", "PEAK", "Peaks", "Island",
				"island", "Big", "big", "BIG", "Ben", "Émile", "été", "x", "-", "’", "ſ", "\u212Aelvin", "𝐀bc");
		String between = " ,.!?;:";
		for (int t = 0; t < 400; t++) {
			StringBuilder text = new StringBuilder();
			for (int w = 0; w < 25; w++) {
				text.append(words.get(random.nextInt(words.size())));
				int separator = random.nextInt(10);
				text.append(separator < 7 ? " " : between.charAt(random.nextInt(between.length())) + " ");
			}
			String s = text.toString();
			for (String r : regexes) {
				for (int flags : new int[] { CI, 0 }) {
					FastPattern fast = FastPattern.compile(r, flags);
					TextIndex index = new TextIndex(s);
					index.scanLiterals(new LiteralScanner(fast.scannedLiterals()));
					assertThat(matches(fast, index)).as("%s on %s", r, s).isEqualTo(findMatches(r, flags, s));
				}
			}
		}
	}

	@Test
	void boundsHowManyCharsAMatchSpans() {
		assertThat(FastPattern.MaxLength.of("abc", CI)).isEqualTo(3);
		assertThat(FastPattern.MaxLength.of("\\bread\\sthe\\s|\\breading\\sthe\\s", CI)).isEqualTo(14);
		assertThat(FastPattern.MaxLength.of("(?:ab|cde)x{2,3}", CI)).isEqualTo(6);
		assertThat(FastPattern.MaxLength.of("[a-z]{1,2}\\p{L}?", CI)).isEqualTo(6);
		assertThat(FastPattern.MaxLength.of("(?=xyz)ab(?<!q)\\b$", CI)).isEqualTo(2);
		assertThat(FastPattern.MaxLength.of("(?-i:Dr)\\.", CI)).isEqualTo(3);
		assertThat(FastPattern.MaxLength.of("😀|\\x{1F600}", CI)).isEqualTo(2);
		for (String unbounded : List.of("a*", "a+", "a{2,}", "(a)\\1", "(?i:a)", "\\Qab\\E", "a\\X")) {
			assertThat(FastPattern.MaxLength.of(unbounded, CI)).as(unbounded).isEqualTo(-1);
		}
		// never less than a match's length, on texts with supplementary letters
		List<String> regexes = List.of("\\p{L}{1,3}", "[^x]{2}", "\\w\\s.", "(?:ab|\\p{Lu})?\\S", "\\b\\X?", "\\R");
		Random random = new Random(3);
		String alphabet = "ab xAB\r\n\u0301é";
		for (int t = 0; t < 300; t++) {
			StringBuilder text = new StringBuilder();
			for (int i = 0; i < 30; i++) {
				if (random.nextInt(4) == 0) {
					text.appendCodePoint(0x1D400 + random.nextInt(50));
				}
				else {
					text.append(alphabet.charAt(random.nextInt(alphabet.length())));
				}
			}
			for (String r : regexes) {
				int max = FastPattern.MaxLength.of(r, CI);
				if (max < 0) {
					continue;
				}
				Matcher m = Pattern.compile(r, CI).matcher(text);
				while (m.find()) {
					assertThat(m.end() - m.start()).as("%s on %s", r, text).isLessThanOrEqualTo(max);
				}
			}
		}
	}

	/**
	 * A pattern that starts with a positive look-behind with literals is tried only within reach of them: what it finds
	 * must be find()'s, empty matches and supplementary chars included; with the literal scan and without.
	 */
	@Test
	void aPatternThatStartsWithALookBehindIsTriedOnlyWithinReachOfItsLiterals() {
		List<String> regexes = List.of(
				"(?<=\\bread\\sthe\\s|\\breading\\sthe\\s)(?-i:\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){1,3})",
				"(?<=ab|cd\\p{L}{0,2}ef)x?", "(?<=\\bthe\\s(?-i:Dr)\\.\\s)\\p{Lu}+", "(?<=😀ab)\\w", "(?<=\\bnot\\s)(?!very)\\p{L}+",
				"(?<=read\\s{1,3})\\p{L}+(?=\\s)", "(?<=\\bab\\b.{0,3})\\S");
		for (String r : regexes) {
			assertThat(FastPattern.Behind.of(r, CI)).as(r).isNotNull();
		}
		assertThat(FastPattern.Behind.of(regexes.get(0), CI).maxLength).isEqualTo(14);
		// no literal in the look-behind, two top-level branches, a quantified look-behind, none at the start
		for (String r : List.of("(?<=[,–—-]\\s)\\p{Lu}", "(?<=read\\s)x|y", "(?<=read)?x", "x(?<=read)", "(?<!read)x")) {
			assertThat(FastPattern.Behind.of(r, CI)).as(r).isNull();
		}
		Random random = new Random(13);
		List<String> words = List.of("read", "Read", "READ", "reading", "the", "THE", "Anna", "Émile", "Big", "Ben", "ab",
				"cd", "ef", "cdéef", "x", "X", "Dr.", "dr.", "DR.", "not", "very", "Very", "😀ab", "😀", "𝐀nna", "𝐀", "’",
				"-", "_", "\u212Aab");
		for (int t = 0; t < 400; t++) {
			StringBuilder text = new StringBuilder();
			for (int w = 0; w < 30; w++) {
				text.append(words.get(random.nextInt(words.size())));
				int separator = random.nextInt(10);
				text.append(separator < 6 ? " " : separator < 8 ? "" : separator == 8 ? ", " : "  ");
			}
			String s = text.toString();
			for (String r : regexes) {
				for (int flags : new int[] { CI, 0 }) {
					FastPattern fast = FastPattern.compile(r, flags);
					List<String> expected = findMatches(r, flags, s);
					TextIndex index = new TextIndex(s);
					index.scanLiterals(new LiteralScanner(fast.scannedLiterals()));
					assertThat(matches(fast, index)).as("%s on %s", r, s).isEqualTo(expected);
					assertThat(matches(fast, new TextIndex(s))).as("%s on %s without the scan", r, s).isEqualTo(expected);
				}
			}
		}
	}

	@Test
	void charsWrittenByCodeStartMatchesLikeTheRegexEngineSaysOnEveryBmpChar() {
		List<String> regexes = List.of("[\\x{0370}-\\x{03FF}\\x{1F00}-\\x{1FFF}]{4,}", "\\x{00E9}t|[\\u00e0-\\u00ff]{2}",
				"[\\x41-\\x5A]\\d", "\\u00b5x|\\x{212A}", "[\\x{0130}\\x{0131}ſ]+");
		for (String regex : regexes) {
			assertThat(FastPattern.compile(regex, CI).filtered()).as(regex).isTrue();
		}
		assertThat(FastPattern.FirstChars.of("[\\x{41}-b]")).isNull();
		assertThat(FastPattern.FirstChars.of("\\x{1F600}")).isNull();
		// every BMP char, four times in a row, then a digit and an "x", in texts of 64 chars' runs
		List<String> texts = new ArrayList<>();
		for (int block = 0; block <= Character.MAX_VALUE; block += 64) {
			StringBuilder text = new StringBuilder();
			for (int c = block; c < block + 64; c++) {
				if (!Character.isSurrogate((char) c)) {
					text.append(String.valueOf((char) c).repeat(4)).append("1x ");
				}
			}
			texts.add(text.toString());
		}
		for (String regex : regexes) {
			for (int flags : new int[] { CI, Pattern.CASE_INSENSITIVE, 0 }) {
				FastPattern fast = FastPattern.compile(regex, flags);
				for (String text : texts) {
					assertThat(matches(fast, new TextIndex(text))).as("%s (flags %d) on %s", regex, flags, text)
						.isEqualTo(findMatches(regex, flags, text));
				}
			}
		}
	}

	@Test
	void findsExactlyWhatFindFindsForEveryPackPatternOnExampleAndRandomTexts() throws Exception {
		List<String> regexes = packRegexes();
		regexes.addAll(List.of("\\bMay\\s+\\d", "(?<!\\d)\\d{3}-\\d{2}", "\\b\\d{1,6}\\s+\\p{Lu}", "x|\\by", "a+", "é\\w"));
		List<String> texts = new ArrayList<>();
		for (PackSource source : new PackSources.Directory(Fixtures.RULES).read()) {
			for (Map.Entry<String, byte[]> file : source.files().entrySet()) {
				if (file.getKey().startsWith("examples/")) {
					for (Example example : Example.parse(file.getKey(), new String(file.getValue()))) {
						texts.add(example.request().text());
					}
				}
			}
		}
		Random random = new Random(42);
		String alphabet = "abcdeéfghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 ,.;:'’-#%!?\n🎉";
		List<String> words = List.of("cure", "cures", "best", "no", "side effects", "100%", "guaranteed", "results",
				"miracle", "pill", "hospital", "May", "3", "219-09-9999", "the", "salt-cured", "Best", "CURE", "my",
				"pain", "is", "gone", "lost", "20", "pounds", "I", "our", "patient", "xgone", "_pain", "Lost", "1",
				// chars whose case mapping is ASCII (Kelvin sign, dotless i, long s, dotted capital I): the patterns
				// must then match as with UNICODE_CASE
				"\u212Aidney", "paın", "ſide effects", "İnfection", "#1 hospital",
				// non-ASCII letters of the patterns in either case, and chars that fold to them (the ASCII-case twin
				// lists them in classes; the prefixes spell their classes out)
				"Ďakujeme", "DAKUJEME", "ačiū", "AČIŪ", "KÖSZÖNJÜK", "köszönjük", "Düsseldorf", "DÜSSELDORF",
				"ευχαριστούμε", "ΕΥΧΑΡΙΣΤΟΎΜΕ", "περαστικά", "ΠΕΡΑΣΤΙΚΆ", "Žilina", "in ŽILINA", "at Kraków",
				"can’t", "CAN’T", "straße", "STRAẞE", "in München", "IN MÜNCHEN", "ϵ", "ς");
		for (int t = 0; t < 300; t++) {
			StringBuilder text = new StringBuilder();
			for (int w = 0; w < 40; w++) {
				if (random.nextBoolean()) {
					text.append(words.get(random.nextInt(words.size())));
				}
				else {
					text.appendCodePoint(alphabet.codePointAt(random.nextInt(alphabet.length() - 2)));
				}
				text.append(random.nextInt(4) == 0 ? "" : " ");
			}
			texts.add(text.toString());
		}
		List<String> literals = new ArrayList<>();
		for (String regex : regexes) {
			literals.addAll(FastPattern.compile(regex, CI).scannedLiterals());
		}
		LiteralScanner scanner = new LiteralScanner(literals);
		int filtered = 0;
		for (String regex : regexes) {
			for (int flags : new int[] { CI, 0 }) {
				FastPattern fast = FastPattern.compile(regex, flags);
				filtered += fast.filtered() ? 1 : 0;
				for (String text : texts) {
					List<String> expected = findMatches(regex, flags, text);
					assertThat(matches(fast, new TextIndex(text))).as("%s on %s", regex, text).isEqualTo(expected);
					TextIndex index = new TextIndex(text);
					index.scanLiterals(scanner);
					assertThat(matches(fast, index)).as("%s on %s after the literal scan", regex, text).isEqualTo(expected);
				}
			}
		}
		assertThat(filtered).isGreaterThan(regexes.size());
	}

	@Test
	void literalScanFindsEveryOccurrenceOfEveryLiteralInOnePassWhateverTheCase() {
		List<String> literals = List.of("he", "she", "his", "hers", "cur", "cure", "Ärzt", "no", "not", "s/n");
		LiteralScanner scanner = new LiteralScanner(literals);
		Random random = new Random(7);
		String alphabet = "hesirHESIRcuCUäÄrztnot/S 🎉";
		for (int t = 0; t < 500; t++) {
			StringBuilder text = new StringBuilder();
			for (int i = 0; i < 60; i++) {
				text.appendCodePoint(alphabet.codePointAt(random.nextInt(alphabet.length() - 2)));
			}
			String s = text.append(t % 3 == 0 ? "🎉" : "").toString();
			assertFindsEveryOccurrence(scanner, literals, s);
		}
		assertThat(scanner.id("unknown")).isEqualTo(-1);
		assertThat(scanner.id("CURE")).isEqualTo(scanner.id("cure"));
	}

	/**
	 * Non-ASCII chars have no column in the scanner's table: their transitions follow the trie's edges and the fail
	 * links. Literals that mix them with ASCII chars and share suffixes and prefixes across both must still be found
	 * everywhere.
	 */
	@Test
	void literalsWithNonAsciiCharsAreFoundEverywhere() {
		List<String> literals = List.of("ää", "äb", "bä", "häh", "über", "ber", "rä", "Ärzt", "σοφ", "οφία", "φ", "ία",
				"aä", "äa", "b", "ďak", "dak", "akuj", "ď");
		LiteralScanner scanner = new LiteralScanner(literals);
		Random random = new Random(3);
		String alphabet = "äÄbBhHaüÜerzσΣςοΟφίαΊďĎdkuj t🎉";
		for (int t = 0; t < 1_000; t++) {
			StringBuilder text = new StringBuilder();
			for (int i = random.nextInt(80); i > 0; i--) {
				if (random.nextInt(6) == 0) {
					text.append(literals.get(random.nextInt(literals.size())));
				}
				else {
					text.appendCodePoint(alphabet.codePointAt(random.nextInt(alphabet.length() - 2)));
				}
			}
			assertFindsEveryOccurrence(scanner, literals, text.toString());
		}
	}

	/** An automaton of more states than a {@code char} table can number (its table then has an {@code int} per entry). */
	@Test
	void aLargeAutomatonFindsEveryOccurrenceToo() {
		Random random = new Random(11);
		List<String> literals = new ArrayList<>();
		for (int i = 0; i < 9_000; i++) {
			StringBuilder literal = new StringBuilder();
			// short ones occur often, long ones make the states
			for (int k = i % 2 == 0 ? 2 + random.nextInt(3) : 8 + random.nextInt(9); k > 0; k--) {
				literal.append((char) ('a' + random.nextInt(12)));
			}
			literals.add(literal.toString());
		}
		LiteralScanner scanner = new LiteralScanner(literals);
		for (int t = 0; t < 12; t++) {
			StringBuilder text = new StringBuilder();
			for (int i = 0; i < 400; i++) {
				text.append((char) ((random.nextBoolean() ? 'a' : 'A') + random.nextInt(12)));
			}
			String s = text.toString();
			assertFindsEveryOccurrence(scanner, literals, s);
		}
	}

	@Test
	void literalScanTellsWhereEachLiteralStartsLastAndLastAfterANonWordChar() {
		Random random = new Random(5);
		List<String> literals = List.of("at", "pat", "patient", "_x", "9a", "é", "ab", "b");
		LiteralScanner scanner = new LiteralScanner(literals);
		String alphabet = "atpienbx_9é AB.-\n";
		for (int t = 0; t < 300; t++) {
			StringBuilder text = new StringBuilder();
			for (int i = random.nextInt(60); i > 0; i--) {
				text.append(random.nextInt(5) == 0 ? literals.get(random.nextInt(literals.size()))
						: String.valueOf(alphabet.charAt(random.nextInt(alphabet.length()))));
			}
			assertFindsEveryOccurrence(scanner, literals, text.toString());
		}
	}

	/**
	 * The scan walks a text in parts, four of them side by side ({@link LiteralScanner#hits(char[], int)}): each part's
	 * walk starts afresh at its first char and goes on past its end while a literal that starts in it can still end
	 * there. Literals that overlap a part's end, run across several parts or end in the last char must be found once,
	 * in order, whatever the number of parts: on texts of every length from 0 to 300 (the parts' ends at every place)
	 * made of literals that share prefixes and suffixes, and with all packs' literals on the packs' examples and
	 * random texts, against one walk. Fails when a part stops at its end, when it keeps a literal of the next part, or
	 * when the side-by-side walk's notes lose a place (tried).
	 */
	@Test
	void aScanInPartsFindsWhatOneWalkFinds() throws Exception {
		List<String> literals = List.of("he", "she", "his", "hers", "hishers", "aaa", "aa", "a", "abab", "ba", "Ärzt",
				"ä", "s/n", "_x", "9a", "ab", "b", "bbbbbbbbbbbbbbbbbbbbbb", "σοφ", "φ");
		LiteralScanner scanner = new LiteralScanner(literals, List.of("a", "ab", "ä", "he", "σοφ", "s/n", "b"));
		Random random = new Random(13);
		String alphabet = "hesirHESaAbBäÄrzt/n_x9 σΣοφ.🎉";
		for (int length = 0; length <= 300; length++) {
			for (int t = 0; t < 4; t++) {
				StringBuilder text = new StringBuilder();
				while (text.length() < length) {
					if (random.nextInt(3) == 0) {
						text.append(literals.get(random.nextInt(literals.size())));
					}
					else {
						text.appendCodePoint(alphabet.codePointAt(random.nextInt(alphabet.length() - 2)));
					}
				}
				String s = text.substring(0, length);
				for (int parts : new int[] { 1, 2, 3, 4, 5, 8 }) {
					assertFindsEveryOccurrence(scanner, literals, s, parts);
				}
			}
		}
		List<String> packLiterals = new ArrayList<>();
		for (String regex : packRegexes()) {
			packLiterals.addAll(FastPattern.compile(regex, CI).scannedLiterals());
		}
		LiteralScanner packs = new LiteralScanner(packLiterals);
		List<String> texts = new ArrayList<>();
		for (PackSource source : new PackSources.Directory(Fixtures.RULES).read()) {
			for (Map.Entry<String, byte[]> file : source.files().entrySet()) {
				if (file.getKey().startsWith("examples/")) {
					for (Example example : Example.parse(file.getKey(), new String(file.getValue()))) {
						if (example.request().text() != null) {
							texts.add(example.request().text());
						}
					}
				}
			}
		}
		texts.add(PerformanceTest.TWO_KB_POST);
		int mixes = texts.size();
		for (int t = 0; t < 200; t++) {
			StringBuilder text = new StringBuilder();
			for (int i = random.nextInt(12); i >= 0; i--) {
				String piece = texts.get(random.nextInt(mixes));
				int from = random.nextInt(piece.length() + 1);
				text.append(piece, from, Math.min(piece.length(), from + random.nextInt(400)));
			}
			texts.add(text.toString());
		}
		for (String text : texts) {
			char[] chars = text.toCharArray();
			int[] last = new int[packs.size()];
			int[] lastAfterNonWordChar = new int[packs.size()];
			int[][] one = packs.scan(chars, last, lastAfterNonWordChar, 1);
			for (int parts : new int[] { 2, 3, 4, 7 }) {
				int[] partsLast = new int[packs.size()];
				int[] partsLastAfterNonWordChar = new int[packs.size()];
				assertThat(packs.scan(chars, partsLast, partsLastAfterNonWordChar, parts)).as("%d parts: %s", parts, text)
					.isDeepEqualTo(one);
				assertThat(partsLast).isEqualTo(last);
				assertThat(partsLastAfterNonWordChar).isEqualTo(lastAfterNonWordChar);
			}
		}
		assertThat(texts).anyMatch(text -> text.length() >= LiteralScanner.PARTS * LiteralScanner.MIN_PART);
	}

	private static void assertFindsEveryOccurrence(LiteralScanner scanner, List<String> literals, String s) {
		assertFindsEveryOccurrence(scanner, literals, s, s.length() >= LiteralScanner.PARTS * LiteralScanner.MIN_PART
				? LiteralScanner.PARTS : 1);
	}

	/**
	 * Each literal's hits are exactly where a case-insensitive comparison at every position finds it; the last of
	 * them, and the last with no ASCII letter, digit or underscore before it, are the ones the scan reports.
	 */
	private static void assertFindsEveryOccurrence(LiteralScanner scanner, List<String> literals, String s, int parts) {
		int[] last = new int[scanner.size()];
		int[] lastAfterNonWordChar = new int[scanner.size()];
		int[][] hits = scanner.scan(s.toCharArray(), last, lastAfterNonWordChar, parts);
		if (parts == LiteralScanner.PARTS || parts == 1) {
			assertThat(scanner.scan(s)).isDeepEqualTo(hits);
		}
		for (String literal : literals) {
			boolean anywhere = !scanner.afterNonWordCharOnly(scanner.id(literal));
			List<Integer> expected = new ArrayList<>();
			for (int i = 0; i + literal.length() <= s.length(); i++) {
				if (s.regionMatches(true, i, literal, 0, literal.length())
						&& (anywhere || i == 0 || !String.valueOf(s.charAt(i - 1)).matches("[A-Za-z0-9_]"))) {
					expected.add(i);
				}
			}
			int[] found = hits[scanner.id(literal)];
			List<Integer> actual = new ArrayList<>();
			if (found != null) {
				for (int position : found) {
					actual.add(position);
				}
			}
			assertThat(actual).as("%s in %s", literal, s).isEqualTo(expected);
			int lastExpected = expected.isEmpty() ? -1 : expected.get(expected.size() - 1);
			int lastAfterNonWordCharExpected = expected.stream()
				.filter(i -> i == 0 || !String.valueOf(s.charAt(i - 1)).matches("[A-Za-z0-9_]"))
				.reduce(-1, Math::max);
			assertThat(last[scanner.id(literal)]).as("last %s in %s", literal, s).isEqualTo(lastExpected);
			assertThat(lastAfterNonWordChar[scanner.id(literal)]).as("last %s after a non-word char in %s", literal, s)
				.isEqualTo(lastAfterNonWordCharExpected);
		}
	}

	/** Where {@link Matcher#find()} finds the pattern in the text, as "start-end". */
	private static List<String> findMatches(String regex, int flags, String text) {
		List<String> found = new ArrayList<>();
		Matcher m = Pattern.compile(regex, flags).matcher(text);
		while (m.find()) {
			found.add(m.start() + "-" + m.end());
		}
		return found;
	}

	/** Where the fast pattern finds its matches in the indexed text, as "start-end". */
	private static List<String> matches(FastPattern fast, TextIndex index) {
		List<String> found = new ArrayList<>();
		fast.forEachMatch(index, r -> found.add(r.start() + "-" + r.end()));
		return found;
	}

	/**
	 * A {@link WindowPattern} finds in a window what {@code find()} finds: every window pattern of the organisation
	 * tests (read from the class, so a new one is tried too) and patterns that start with what the shortcut could get
	 * wrong ({@code \\b}, {@code \\B} or a look-behind at a position inside the window, a capital of a
	 * case-sensitive pattern, a case-insensitive one with the Kelvin sign and the long s), on windows cut at random
	 * from texts that hold their wordings, often starting or ending inside a word. It fails when a position is tried
	 * without seeing the chars before it (opaque bounds) or when the first chars miss a char a match can start with
	 * (tried).
	 */
	@Test
	void aWindowPatternFindsWhatFindFinds() throws Exception {
		List<WindowPattern> patterns = new ArrayList<>();
		for (java.lang.reflect.Field field : OrganisationNames.class.getDeclaredFields()) {
			if (field.getType() == WindowPattern.class) {
				field.setAccessible(true);
				patterns.add((WindowPattern) field.get(null));
			}
		}
		assertThat(patterns).hasSizeGreaterThanOrEqualTo(9);
		patterns.add(WindowPattern.compile("\\b(?:in|at)\\s*\\z"));
		patterns.add(WindowPattern.compile("(?<=[a-z])(?:in|at)\\b"));
		patterns.add(WindowPattern.compile("(?<![\\w-])\\d{1,3}\\s+\\z"));
		patterns.add(WindowPattern.compile("(?<!\\S)(?:de|la)\\s+\\z"));
		patterns.add(WindowPattern.compile("\\B(?:in|at)\\b"));
		patterns.add(WindowPattern.compile("[A-Z][a-z]+ (?:Street|Road),\\s*\\z"));
		patterns.add(WindowPattern.compile("\\b(?:kelvin|sun|ask)\\s+\\z", CI));
		patterns.add(WindowPattern.compile("(?:,|:|\\b(?:In|at))\\s*\\z"));
		for (WindowPattern pattern : patterns) {
			assertThat(pattern.filtered()).as(pattern.pattern().pattern()).isTrue();
		}
		String[] pieces = { " ", "  ", ", ", ",", ": ", ".", "\n", "the ", "The ", "in ", "In ", "at ", "near ", "from ",
				"into ", "our ", "of ", "to ", "pain ", "main", "cat", "Patient ", "Patients’ ", "patient ", "Hospital",
				"Hospital ", "Clinic", "Clinica ", "Centre ", "du ", "de ", "de la ", "del ", "da ", "Klinikum ", "Health",
				"Dental ", "Street", "Road", "Rd.", "Highway", "Lane", "Dr", "Renous ", "Cape ", "12", "415 ", "10050 ",
				"3017", "x", "-", "_", "K", "\u212a", "\u017f", "ask ", "sun ", "SUN", "é", "Ü", "\uD83D\uDE00", "Ask" };
		Random random = new Random(24);
		int found = 0;
		int tried = 0;
		for (int t = 0; t < 4_000; t++) {
			StringBuilder text = new StringBuilder();
			for (int i = 2 + random.nextInt(12); i > 0; i--) {
				text.append(pieces[random.nextInt(pieces.length)]);
			}
			int from = random.nextInt(Math.max(1, text.length() / 2));
			int to = random.nextInt(4) == 0 ? text.length() - random.nextInt(Math.min(3, text.length() - from)) : text.length();
			String window = text.substring(from, to);
			for (WindowPattern pattern : patterns) {
				boolean expected = pattern.pattern().matcher(window).find();
				assertThat(pattern.find(window)).as(pattern.pattern().pattern() + " in \"" + window + "\"")
					.isEqualTo(expected);
				found += expected ? 1 : 0;
				tried++;
			}
		}
		// the texts are such that matches are not rare
		assertThat(found).isGreaterThan(tried / 40);
	}
}
