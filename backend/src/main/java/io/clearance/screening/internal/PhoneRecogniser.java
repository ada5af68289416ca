package io.clearance.screening.internal;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.Leniency;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber;

/**
 * Telephone numbers, found by libphonenumber. Leniency is POSSIBLE (the right length for the region), not VALID:
 * VALID would miss numbers in ranges libphonenumber does not know yet, and every fictional 555 number in
 * examples. To keep precision, a match needs ten or more digits, or separators as a phone number is written
 * ("555-0100"): bare 7-to-9-digit runs are more often ids or amounts. Postal codes written in a national format that
 * looks like a phone number are not candidates (see {@link #isPostcode}).
 */
final class PhoneRecogniser implements Recogniser {

	private static final Set<String> NANP_TOLL_FREE = Set.of("800", "833", "844", "855", "866", "877", "888");

	/** Digits separated as a phone number is written ("555-0100", "(555) 010 0100"). */
	private static final Pattern FORMATTED = Pattern.compile(".*\\d[\\s.\\-)]+\\d.*");

	/**
	 * Postcodes grouped like a phone number: Portuguese "4050-265" (4-3), Brazilian "01310-100" (5-3), and Polish
	 * "31-147" (2-3) after a house number ("Długa 12 31-147"), the whole match. No numbering plan writes its numbers
	 * that way.
	 */
	private static final Pattern HYPHENATED_POSTCODE = Pattern.compile("(?:\\d{1,4}\\s)?(?:\\d{4,5}|\\d{2})-\\d{3}");

	/** Right before the match: a postcode label ("CEP", "PLZ", "post code:", "〒") or a Japanese postal mark. */
	private static final Pattern POSTCODE_LABEL = Pattern.compile(
			"(?i)(?:\\b(?:post\\s?code|postal\\s+code|zip(?:\\s+code)?|postcode|CEP|PLZ|CAP|C\\.?P\\.?|kod\\s+pocztowy)\\s*[:#]?\\s*|〒\\s*)$");

	private final PhoneNumberUtil util = PhoneNumberUtil.getInstance();
	private final String region;

	PhoneRecogniser(String region) {
		this.region = region;
	}

	/**
	 * libphonenumber scans the whole text with a large pattern; only stretches of digits and phone punctuation
	 * holding seven digits or more can contain a number, so only those (with two chars of context on each side,
	 * which the matcher looks at) are handed to it.
	 */
	@Override
	public void recognise(TextIndex index, List<Span> facts) {
		char[] text = index.chars();
		int n = text.length;
		int i = 0;
		while (i < n) {
			if (!Character.isDigit(text[i]) && text[i] != '+' && text[i] != '(') {
				i++;
				continue;
			}
			int start = i;
			int digits = 0;
			int lastDigit = i;
			while (i < n && isPhoneChar(text[i])) {
				if (Character.isDigit(text[i])) {
					digits++;
					lastDigit = i;
				}
				i++;
			}
			if (digits >= 7) {
				find(index, Math.max(0, start - 2), Math.min(n, lastDigit + 3), facts);
			}
			if (i == start) {
				i++;
			}
		}
	}

	private static boolean isPhoneChar(char c) {
		return Character.isDigit(c) || c == ' ' || c == '\u00a0' || c == '-' || c == '.' || c == '(' || c == ')'
				|| c == '+' || c == '/' || c == '–' || c == '‑';
	}

	private void find(TextIndex index, int from, int to, List<Span> facts) {
		String text = index.text();
		String window = text.substring(from, to);
		for (PhoneNumberMatch match : util.findNumbers(window, region, Leniency.POSSIBLE, Long.MAX_VALUE)) {
			String raw = match.rawString();
			int digits = countDigits(raw);
			boolean formatted = FORMATTED.matcher(raw).matches() || raw.startsWith("+") || raw.startsWith("(");
			if (digits < 10 && !formatted) {
				continue;
			}
			int start = from + match.start();
			if (isPostcode(text, raw, start, from + match.end())) {
				continue;
			}
			Phonenumber.PhoneNumber number = match.number();
			String national = String.valueOf(number.getNationalNumber());
			boolean tollFree = number.getCountryCode() == 1 && national.length() == 10
					&& NANP_TOLL_FREE.contains(national.substring(0, 3));
			facts.add(new PhoneNumber(start, from + match.end(), raw, index.sentenceOf(start),
					util.format(number, PhoneNumberFormat.E164), national,
					util.getRegionCodeForCountryCode(number.getCountryCode()), tollFree,
					() -> util.isValidNumber(number)));
		}
	}

	/**
	 * A postcode in a national format that libphonenumber reads as a possible number: Portuguese "4050-265", Brazilian
	 * "01310-100", a Dutch "1012 AB" after a house number ("Kerkstraat 120 1012 AB" is seven digits and two letters),
	 * or any number after a postcode label or a Japanese postal mark ("〒100-0001").
	 */
	static boolean isPostcode(String text, String raw, int start, int end) {
		if (HYPHENATED_POSTCODE.matcher(raw).matches()) {
			return true;
		}
		if (dutchPostcodeLetters(text, raw, end)) {
			return true;
		}
		return POSTCODE_LABEL.matcher(text.substring(Math.max(0, start - 20), start)).find();
	}

	/** Four digits at the end of the match, then (after one space at most) two capital letters and no third letter. */
	private static boolean dutchPostcodeLetters(String text, String raw, int end) {
		int n = raw.length();
		if (n < 5 || !Character.isDigit(raw.charAt(n - 1)) || !raw.substring(n - 5).matches("\\D\\d{4}")) {
			return false;
		}
		int i = end < text.length() && text.charAt(end) == ' ' ? end + 1 : end;
		return i + 1 < text.length() && isCapital(text.charAt(i)) && isCapital(text.charAt(i + 1))
				&& (i + 2 == text.length() || !Character.isLetter(text.charAt(i + 2)));
	}

	private static boolean isCapital(char c) {
		return c >= 'A' && c <= 'Z';
	}

	/** E.164 form of a number written for the region, or null when it is not a possible number. */
	String e164(String written) {
		try {
			Phonenumber.PhoneNumber number = util.parse(written, region);
			return util.isPossibleNumber(number) ? util.format(number, PhoneNumberFormat.E164) : null;
		}
		catch (com.google.i18n.phonenumbers.NumberParseException e) {
			return null;
		}
	}

	private static int countDigits(String s) {
		int n = 0;
		for (int i = 0; i < s.length(); i++) {
			if (Character.isDigit(s.charAt(i))) {
				n++;
			}
		}
		return n;
	}
}
