package io.clearance.screening.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The recognisers that are a regular expression and a look at the words around the match. */
final class PatternRecognisers {

	private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

	private PatternRecognisers() {
	}

	/** E-mail addresses; role mailboxes (info@, appointments@...) are marked. */
	static final class Emails implements Recogniser {

		private static final Pattern EMAIL = Pattern.compile(
				"(?<![\\w.+%-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,24}(?![\\w-])");

		private static final Set<String> ROLE_MAILBOXES = Set.of("info", "contact", "contactus", "media", "press",
				"news", "appointments", "appointment", "scheduling", "careers", "jobs", "hr", "hello", "support", "help",
				"helpdesk", "admin", "office", "feedback", "events", "pr", "communications", "comms", "marketing",
				"volunteer", "volunteers", "foundation", "giving", "donate", "billing", "privacy", "compliance",
				"webmaster", "noreply", "no-reply", "patientrelations", "patient.relations", "patientexperience",
				"referrals", "records", "medicalrecords", "medical.records");

		@Override
		public void recognise(TextIndex index, List<Span> facts) {
			Matcher m = EMAIL.matcher(index.text());
			while (m.find()) {
				String address = m.group().toLowerCase(Locale.ROOT);
				int at = address.indexOf('@');
				String local = address.substring(0, at);
				int plus = local.indexOf('+');
				String mailbox = plus > 0 ? local.substring(0, plus) : local;
				facts.add(new EmailAddress(m.start(), m.end(), m.group(), index.sentenceOf(m.start()), address,
						address.substring(at + 1), ROLE_MAILBOXES.contains(mailbox)));
			}
		}
	}

	/** US social security numbers. */
	static final class Ssns implements Recogniser {

		private static final Pattern DASHED = Pattern
			.compile("(?<![\\d-])(?!000|666|9\\d\\d)\\d{3}-(?!00)\\d{2}-(?!0000)\\d{4}(?![\\d-])");

		private static final Pattern LABELLED = Pattern.compile(
				"\\b(?:SSN|SS#|social\\s+security(?:\\s+(?:number|no\\.?|#))?)\\s*[:#]?\\s*(\\d{3}[-\\s]?\\d{2}[-\\s]?\\d{4})(?![\\d-])",
				CI);

		@Override
		public void recognise(TextIndex index, List<Span> facts) {
			String text = index.text();
			Matcher labelled = LABELLED.matcher(text);
			while (labelled.find()) {
				facts.add(new Ssn(labelled.start(), labelled.end(), labelled.group(), index.sentenceOf(labelled.start()),
						true));
			}
			Matcher dashed = DASHED.matcher(text);
			while (dashed.find()) {
				if (!insideLabelled(facts, dashed.start())) {
					facts.add(new Ssn(dashed.start(), dashed.end(), dashed.group(), index.sentenceOf(dashed.start()),
							false));
				}
			}
		}

		private static boolean insideLabelled(List<Span> facts, int offset) {
			for (Span span : facts) {
				if (span instanceof Ssn ssn && ssn.isLabelled() && ssn.getStart() <= offset && offset < ssn.getEnd()) {
					return true;
				}
			}
			return false;
		}
	}

	/** Labelled record numbers: medical record, health plan member/policy, patient account. */
	static final class RecordNumbers implements Recogniser {

		private static final String NUMBER = "\\s*[:#]?\\s*(?:no\\.?\\s*|number\\s*)?[:#]?\\s*([A-Z]{0,3}-?\\d[\\d-]{3,18}\\d|[A-Z]{1,4}\\d{5,18})(?![\\w-])";

		private static final Pattern MRN = Pattern.compile(
				"\\b(?:MRN|MR\\s?#|MR\\s+(?:no\\.?|number)|medical\\s+record(?:\\s+(?:number|no\\.?|#))?|chart\\s+(?:number|no\\.?|#))(?![\\w])" + NUMBER,
				CI);

		private static final Pattern HEALTH_PLAN = Pattern.compile(
				"\\b(?:member\\s+(?:id|number|no\\.?|#)|policy\\s+(?:number|no\\.?|#)|subscriber\\s+(?:id|number)|medicaid\\s+(?:id|number|no\\.?|#)|medicare\\s+(?:id|number|no\\.?|#)|insurance\\s+(?:id|number))(?![\\w])" + NUMBER,
				CI);

		private static final Pattern ACCOUNT = Pattern.compile(
				"\\b(?:patient\\s+)?account\\s+(?:number|no\\.?|#)(?![\\w])" + NUMBER, CI);

		@Override
		public void recognise(TextIndex index, List<Span> facts) {
			find(index, facts, MRN, RecordNumber.MRN);
			find(index, facts, HEALTH_PLAN, RecordNumber.HEALTH_PLAN);
			find(index, facts, ACCOUNT, RecordNumber.ACCOUNT);
		}

		private static void find(TextIndex index, List<Span> facts, Pattern pattern, String kind) {
			Matcher m = pattern.matcher(index.text());
			while (m.find()) {
				facts.add(new RecordNumber(m.start(), m.end(), m.group(), index.sentenceOf(m.start()), kind,
						m.group(1)));
			}
		}
	}

	/** Dates with a month and a day, and what the words before them say the date is of. */
	static final class Dates implements Recogniser {

		private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)";

		private static final Pattern[] DATES = { Pattern.compile(
				"(?<![\\d/.-])(?:0?[1-9]|1[0-2])([/-])(?:0?[1-9]|[12]\\d|3[01])\\1(?:19|20)?\\d{2}(?![\\d/-])"),
				Pattern.compile("(?<![\\d-])(?:19|20)\\d{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?![\\d-])"),
				Pattern.compile("\\b" + MONTH + "\\.?\\s+(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\\d)(?:,?\\s+(?:19|20)\\d{2}\\b)?"),
				Pattern.compile("\\b(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + "\\b\\.?(?:,?\\s+(?:19|20)\\d{2}\\b)?") };

		/**
		 * What a date is the date of, from the words before it. Treatment needs an event of a person ("had surgery
		 * on", "was diagnosed on"), not a department ("chief of surgery on").
		 */
		private static final Pattern EVENT = Pattern.compile(
				"\\b(?:(dob|d\\.o\\.b\\.?|date\\s+of\\s+birth|birth\\s*date|born|birthday)|(admitted|readmitted|admission|admit\\s+date)|(discharged|discharge)|(died|passed\\s+away|death|deceased)|(treated|diagnosed|operated|injured|hurt|underwent|date\\s+of\\s+service|dos|(?:had|having|has|her|his|their)\\s+(?:[\\w-]+\\s+)?(?:surgery|operation|procedure|transplant|stroke|heart\\s+attack|accident|fall|delivery|c-section)))\\b",
				CI);

		private static final Pattern LABEL = Pattern.compile(
				"\\b(?:dob|d\\.o\\.b\\.?|date\\s+of\\s+(?:birth|death|admission|discharge|service)|birth\\s*date|admit(?:ted)?\\s+date|admission\\s+date|discharge\\s+date|dos)\\s*[:#-]?\\s*$",
				CI);

		private static final String[] EVENTS = { null, DateMention.BIRTH, DateMention.ADMISSION,
				DateMention.DISCHARGE, DateMention.DEATH, DateMention.TREATMENT };

		@Override
		public void recognise(TextIndex index, List<Span> facts) {
			String text = index.text();
			int firstDate = facts.size();
			for (Pattern pattern : DATES) {
				Matcher m = pattern.matcher(text);
				while (m.find()) {
					if (overlapsDate(facts, firstDate, m.start(), m.end())) {
						continue;
					}
					String before = index.before(m.start(), 60);
					String event = null;
					Matcher e = EVENT.matcher(before);
					while (e.find()) {
						for (int g = 1; g < EVENTS.length; g++) {
							if (e.group(g) != null) {
								event = EVENTS[g];
							}
						}
					}
					int sentence = index.sentenceOf(m.start());
					facts.add(new DateMention(m.start(), m.end(), m.group(), sentence, event,
							LABEL.matcher(before).find(), index.aboutAPerson(sentence)));
				}
			}
		}

		/** Patterns run longest-first, so a later, shorter match inside an earlier one is dropped. */
		private static boolean overlapsDate(List<Span> facts, int from, int start, int end) {
			for (int i = from; i < facts.size(); i++) {
				Span span = facts.get(i);
				if (span.getStart() < end && start < span.getEnd()) {
					return true;
				}
			}
			return false;
		}
	}

	/** Ages in years: "94-year-old", "aged 91", and a number in commas after a person ("our patient, 92,"). */
	static final class Ages implements Recogniser {

		private static final Pattern AGE = Pattern.compile(
				"\\b(\\d{1,3})[-\\s](?:years?|yrs?)[-\\s]old\\b|\\b(?:aged|age)\\s*:?\\s+(\\d{1,3})\\b|\\b(\\d{1,3})\\s+years?\\s+young\\b",
				CI);

		private static final Pattern AGE_IN_COMMAS = Pattern.compile(
				"(?:\\b(?:patient|mother|father|mom|dad|grandmother|grandfather|grandma|grandpa|veteran|woman|man|resident)|\\p{Lu}\\p{Ll}+)\\s*,\\s*(\\d{2,3})\\s*,",
				Pattern.UNICODE_CASE);

		@Override
		public void recognise(TextIndex index, List<Span> facts) {
			Matcher m = AGE.matcher(index.text());
			while (m.find()) {
				String years = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
				add(index, facts, m.start(), m.end(), Integer.parseInt(years));
			}
			Matcher inCommas = AGE_IN_COMMAS.matcher(index.text());
			while (inCommas.find()) {
				add(index, facts, inCommas.start(1), inCommas.end(1), Integer.parseInt(inCommas.group(1)));
			}
		}

		private static void add(TextIndex index, List<Span> facts, int start, int end, int years) {
			int sentence = index.sentenceOf(start);
			facts.add(new Age(start, end, index.text().substring(start, end), sentence, years,
					index.aboutAPerson(sentence)));
		}
	}

	/** Street addresses, and whether the text says someone lives there. */
	static final class StreetAddresses implements Recogniser {

		private static final Pattern ADDRESS = Pattern.compile(
				"\\b\\d{1,6}\\s+(?:(?:[NSEW]\\.?|North|South|East|West)\\s+)?(?:\\p{Lu}[\\p{L}'’-]+|\\d{1,3}(?:st|nd|rd|th))(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,3}\\s+(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Way|Court|Ct|Place|Pl|Terrace|Ter|Circle|Cir|Parkway|Pkwy|Highway|Hwy)\\b");

		private static final Pattern RESIDENCE_BEFORE = Pattern.compile(
				"\\b(?:lives|living|lived|home|house|residence|resident|resides|reside|apartment|address)\\b[^.!?]{0,20}$|\\p{Lu}\\p{Ll}+(?:,\\s*\\d{1,3},)?\\s+of\\s+$",
				Pattern.UNICODE_CASE);

		@Override
		public void recognise(TextIndex index, List<Span> facts) {
			Matcher m = ADDRESS.matcher(index.text());
			while (m.find()) {
				facts.add(new StreetAddress(m.start(), m.end(), m.group(), index.sentenceOf(m.start()),
						Normalize.address(m.group()), RESIDENCE_BEFORE.matcher(index.before(m.start(), 40)).find()));
			}
		}
	}
}
