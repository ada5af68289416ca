package io.clearance.screening.internal;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Something shaped like a person's name: two or three capitalised words ("Maria Lopez", "John A. Smith"), an
 * honorific and a surname ("Mrs. Lopez"), or a single capitalised word right after a patient word ("our patient
 * Maria"). Whether it names a patient is for the rules to decide from the context flags.
 */
public final class PersonName extends Span {

	/**
	 * The titles before a first name, in the languages of the evaluation set ("Mme Jeanne Bardonnet" is Jeanne): the name
	 * recogniser's honorifics and the titles it reads as name words.
	 */
	private static final Set<String> TITLES = Stream.concat(PersonNameRecogniser.HONORIFICS.stream(),
			Stream.of("mme", "mlle", "m", "dr", "don", "herr", "frau", "sig", "sra", "sr", "kyria", "kyrios"))
		.collect(Collectors.toUnmodifiableSet());

	private static final Pattern WORDS = Pattern.compile("[\\s.]+");

	private final String normalized;
	private final boolean patientContext;
	private final boolean staffTitle;
	private final String cue;
	private final boolean organisation;

	PersonName(int start, int end, String text, int sentence, String normalized, boolean patientContext,
			boolean staffTitle, String cue) {
		this(start, end, text, sentence, normalized, patientContext, staffTitle, cue, false);
	}

	PersonName(int start, int end, String text, int sentence, String normalized, boolean patientContext,
			boolean staffTitle, String cue, boolean organisation) {
		super(start, end, text, sentence);
		this.normalized = normalized;
		this.patientContext = patientContext;
		this.staffTitle = staffTitle;
		this.cue = cue;
		this.organisation = organisation;
	}

	/** Lower case, single spaces, without honorifics or titles: what allow-list names are compared with. */
	public String getNormalized() {
		return normalized;
	}

	/**
	 * True when the same sentence ties the name to care: a patient word shortly before it ("our patient John
	 * Smith", "patient of the month: Maria Lopez"), ", a patient" after it, or a care event after it ("was
	 * discharged", "underwent", "is recovering"). "patient coordinator", "patient advocate" and the like are job
	 * titles, not patient words.
	 */
	public boolean isPatientContext() {
		return patientContext;
	}

	/** True when a professional title or credential is attached: "Dr. Sarah Chen", "Sarah Chen, RN". */
	public boolean isStaffTitle() {
		return staffTitle;
	}

	/**
	 * True when the name is an organisation's, a unit's or a service's, not a person's: it runs into an organisation's
	 * head word ("our Patient Advice and Liaison Service"), ends in a health organisation's head word ("Gate City
	 * Holistic Dental"), or is a named ward or unit after "on", "at", "in" or "onto" ("arrived on Willow Ward"). The
	 * head words and the tests are {@link OrganisationNames}'. Rules that look for people match
	 * {@code PersonName(!organisation)}.
	 */
	public boolean isOrganisation() {
		return organisation;
	}

	/**
	 * Whether the phrase says this name's first word, after any title, as a whole word, alone or with a possessive ("Merci,
	 * Rollande, for sharing" and "Shared with Darren's permission" say "Rollande Dumais" and "Darren Pike"). For the
	 * shared-story rule of hipaa-phi.
	 */
	public boolean isFirstNameSaidIn(String phrase) {
		for (String word : WORDS.split(getText())) {
			if (!word.isEmpty() && !TITLES.contains(word.toLowerCase(Locale.ROOT))) {
				String first = word.endsWith("'s") || word.endsWith("’s") ? word.substring(0, word.length() - 2) : word;
				return !first.isEmpty() && containsWord(phrase, first);
			}
		}
		return false;
	}

	private static boolean containsWord(String text, String word) {
		for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
			int end = at + word.length();
			if ((at == 0 || !isWordChar(text.charAt(at - 1))) && (end == text.length() || !isWordChar(text.charAt(end)))) {
				return true;
			}
		}
		return false;
	}

	private static boolean isWordChar(char c) {
		return Character.isLetterOrDigit(c) || c == '_';
	}

	/** The words that made the context a patient context ("patient", "was discharged"), or null. */
	public String getCue() {
		return cue;
	}
}
