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
				"referrals", "records", "medicalrecords", "medical.records",
				// the same in the other languages of the organisations' posts: jobs, reception, secretariat, post room
				"job", "jobb", "jobbs", "karriere", "karriar", "karriär", "kariera", "rekrytering", "rekry", "rekrutering",
				"rekrutacja", "recruitment", "recruiting", "recrutement", "emploi", "empleo", "trabajo", "lavoro", "praca",
				"vacatures", "werkenbij", "bewerbung", "bewerbungen", "stellen", "kontakt", "kontakti", "contacto",
				"contatto", "contato", "accueil", "empfang", "rezeption", "anmeldung", "post", "postmottak", "postkasse",
				"sekretariat", "sekretariaat", "secretariaat", "secretaria", "segreteria", "secretariat", "kancelaria",
				"info.jobs", "hr.jobs",
				// the front desk's and the bookings' mailboxes (thirteenth session)
				"enquiries", "enquiry", "inquiries", "bookings", "booking", "reception", "admissions", "frontdesk",
				"recruit",
				// Welsh: jobs, enquiries, bookings (thirty-third round: "swyddi@ysbytybroidris.wales.nhs.uk")
				"swyddi", "ymholiadau", "archebion",
				// the data protection officer's mailbox, in several languages (seventy-ninth round:
				// "dpo@azkempenland.be")
				"dpo", "dataprotection", "gdpr", "rgpd", "datenschutz", "privacidad", "tietosuoja", "dataskydd",
				"personvern", "privacyofficer");

		/**
		 * The role words that also end a person's name ("john.post@", "steve.jobs@"): a role mailbox only as the whole
		 * mailbox, not as one part of a longer one.
		 */
		private static final Set<String> SURNAME_ROLES = Set.of("post", "job", "jobs", "hello", "help", "live");

		/**
		 * Free-mail providers: the label before the public suffix ("gmail" of gmail.com, "yahoo" of yahoo.co.uk). An
		 * address there is a person's own mailbox, whoever offers it.
		 */
		private static final Set<String> FREE_MAIL = Set.of("gmail", "googlemail", "yahoo", "ymail", "hotmail",
				"outlook", "live", "msn", "icloud", "me", "mac", "aol", "proton", "protonmail", "pm", "gmx", "mail",
				"yandex", "zoho", "btinternet", "sky", "virginmedia", "talktalk", "comcast", "verizon", "att",
				"sbcglobal", "bellsouth", "web", "t-online", "orange", "free", "libero", "wanadoo", "eircom", "bigpond",
				"rediffmail", "qq", "163", "naver", "seznam", "wp", "o2", "onet", "interia", "laposte", "sfr", "tiscali",
				"alice", "virgilio", "telenet", "ziggo", "kpnmail", "hetnet", "shaw", "rogers", "sympatico", "xtra");

		@Override
		public void recognise(TextIndex index, List<Span> facts) {
			String text = index.text();
			Matcher m = EMAIL.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
			int from = 0;
			for (int at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
				if (at < from) {
					continue;
				}
				// an address is at most 64 chars before its @ and 255 after it
				m.region(Math.max(from, at - 64), Math.min(text.length(), at + 256));
				if (!m.find() || m.start() > at) {
					continue;
				}
				String address = m.group().toLowerCase(Locale.ROOT);
				int sign = address.indexOf('@');
				String local = address.substring(0, sign);
				int plus = local.indexOf('+');
				String mailbox = plus > 0 ? local.substring(0, plus) : local;
				String domain = address.substring(sign + 1);
				facts.add(new EmailAddress(m.start(), m.end(), m.group(), index.sentenceOf(m.start()), address,
						domain, isRoleMailbox(mailbox, domain), isFreeMail(domain)));
				from = m.end();
			}
		}

		/**
		 * A role's mailbox: a role word as the whole mailbox ("info@"), or as one part of it with a team's or a
		 * place's name beside it ("lochaber.recruitment@", "cardiology-appointments@"; thirteenth session) on the
		 * organisation's own domain, not a free-mail provider's (where "anna.reception@gmail.com" is someone's own).
		 */
		static boolean isRoleMailbox(String mailbox, String domain) {
			if (ROLE_MAILBOXES.contains(mailbox)) {
				return true;
			}
			if (isFreeMail(domain)) {
				return false;
			}
			for (String part : mailbox.split("[._-]")) {
				if (ROLE_MAILBOXES.contains(part) && !SURNAME_ROLES.contains(part)) {
					return true;
				}
			}
			return false;
		}

		/**
		 * A provider's label followed only by a public suffix's short labels ("gmail.com", "mail.yahoo.co.uk",
		 * "web.de"); "mail.clearview-health.org" is an organisation's.
		 */
		static boolean isFreeMail(String domain) {
			String[] labels = domain.split("\\.");
			for (int i = labels.length - 2; i >= 0; i--) {
				if (FREE_MAIL.contains(labels[i])) {
					return true;
				}
				if (labels[i].length() > 3) {
					break;
				}
			}
			return false;
		}
	}

	/** US social security numbers. */
	static final class Ssns implements Recogniser {

		private static final FastPattern DASHED = FastPattern
			.compile("(?<![\\d-])(?!000|666|9\\d\\d)\\d{3}-(?!00)\\d{2}-(?!0000)\\d{4}(?![\\d-])", 0);

		private static final FastPattern LABELLED = FastPattern.compile(
				"\\b(?:SSN|SS#|social\\s+security(?:\\s+(?:number|no\\.?|#))?)\\s*[:#]?\\s*(\\d{3}[-\\s]?\\d{2}[-\\s]?\\d{4})(?![\\d-])",
				CI);

		@Override
		public List<FastPattern> patterns() {
			return List.of(LABELLED);
		}

		@Override
		public void recognise(TextIndex index, List<Span> facts) {
			String text = index.text();
			LABELLED.forEachMatch(index, labelled -> facts.add(new Ssn(labelled.start(), labelled.end(),
					labelled.group(), index.sentenceOf(labelled.start()), true)));
			DASHED.forEachMatch(index, dashed -> {
				if (!insideLabelled(facts, dashed.start())) {
					facts.add(new Ssn(dashed.start(), dashed.end(), dashed.group(), index.sentenceOf(dashed.start()),
							false));
				}
			});
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

		/**
		 * A number, or letters and a number; or a hospital's code, a year and a number between slashes, as Indian
		 * hospitals print their unique health ids ("UHID JDE/2026/04417"; hundred-and-thirty-fifth blind round).
		 */
		private static final String NUMBER = "\\s*[:#]?\\s*(?:no\\.?\\s*|number\\s*)?[:#]?\\s*([A-Z]{0,3}-?\\d[\\d-]{3,18}\\d|[A-Z]{1,4}\\d{5,18}"
				+ "|[A-Z]{2,5}/(?:19|20)\\d{2}/\\d{3,10})(?![\\w-])";

		private static final FastPattern MRN = FastPattern.compile(
				"\\b(?:MRN|UHID|MR\\s?#|MR\\s+(?:no\\.?|number)|medical\\s+record(?:\\s+(?:number|no\\.?|#))?|chart\\s+(?:number|no\\.?|#))(?![\\w])" + NUMBER,
				CI);

		private static final FastPattern HEALTH_PLAN = FastPattern.compile(
				"\\b(?:member\\s+(?:id|number|no\\.?|#)|policy\\s+(?:number|no\\.?|#)|subscriber\\s+(?:id|number)|medicaid\\s+(?:id|number|no\\.?|#)|medicare\\s+(?:id|number|no\\.?|#)|insurance\\s+(?:id|number))(?![\\w])" + NUMBER,
				CI);

		private static final FastPattern ACCOUNT = FastPattern.compile(
				"\\b(?:patient\\s+)?account\\s+(?:number|no\\.?|#)(?![\\w])" + NUMBER, CI);

		/** Licence, plate, VIN and serial numbers mix letters and digits: 5 to 20 chars, at least one digit. */
		private static final String IDENTIFIER = "(?:\\s*(?:[:#]|\\bno\\.?|\\bnumber|\\bwas|\\bis|\\bof|\\bid))*\\s*[:#]?\\s*((?=[A-Z0-9-]*\\d)(?=[A-Z0-9-]{5,20}(?![\\w-]))[A-Z0-9]+(?:-[A-Z0-9]+)*)(?![\\w-])";

		private static final FastPattern LICENCE = FastPattern.compile(
				"\\b(?:driver[\'’]?s\\s+licen[cs]e|driving\\s+licen[cs]e|DL|licen[cs]e\\s+plate|(?:plate|tag|registration)\\s+(?:number|no\\.?|#))(?![\\w])" + IDENTIFIER,
				CI);

		private static final FastPattern VEHICLE = FastPattern.compile(
				"\\b(?:VIN|vehicle\\s+identification\\s+number)(?![\\w])" + IDENTIFIER, CI);

		private static final FastPattern DEVICE = FastPattern.compile(
				"\\b(?:serial\\s+(?:number|no\\.?|#)|S/N|SN|device\\s+(?:id|identifier|serial)|UDI|IMEI|implant\\s+(?:id|serial))(?![\\w])" + IDENTIFIER,
				CI);

		@Override
		public List<FastPattern> patterns() {
			return List.of(MRN, HEALTH_PLAN, ACCOUNT, LICENCE, VEHICLE, DEVICE);
		}

		@Override
		public void recognise(TextIndex index, List<Span> facts) {
			find(index, facts, MRN, RecordNumber.MRN);
			find(index, facts, HEALTH_PLAN, RecordNumber.HEALTH_PLAN);
			find(index, facts, ACCOUNT, RecordNumber.ACCOUNT);
			find(index, facts, LICENCE, RecordNumber.LICENCE);
			find(index, facts, VEHICLE, RecordNumber.VEHICLE);
			find(index, facts, DEVICE, RecordNumber.DEVICE);
		}

		private static void find(TextIndex index, List<Span> facts, FastPattern pattern, String kind) {
			pattern.forEachMatch(index, m -> facts.add(new RecordNumber(m.start(), m.end(), m.group(),
					index.sentenceOf(m.start()), kind, m.group(1))));
		}
	}

	/** Dates with a month and a day, and what the words before them say the date is of. */
	static final class Dates implements Recogniser {

		private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)";

		private static final FastPattern[] DATES = {
				FastPattern.compile("(?<![\\d/.-])(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\\d|3[01])/(?:19|20)?\\d{2}(?![\\d/-])", 0),
				FastPattern.compile("(?<![\\d/.-])(?:0?[1-9]|1[0-2])-(?:0?[1-9]|[12]\\d|3[01])-(?:19|20)?\\d{2}(?![\\d/-])", 0),
				FastPattern.compile("(?<![\\d-])(?:19|20)\\d{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?![\\d-])", 0),
				FastPattern.compile("\\b" + MONTH + "\\.?\\s+(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\\d)(?:,?\\s+(?:19|20)\\d{2}\\b)?", 0),
				FastPattern.compile("\\b(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + "\\b\\.?(?:,?\\s+(?:19|20)\\d{2}\\b)?", 0) };

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

		/**
		 * Right before the date: a bound of a group of people by birth date ("born after", "born on or before", "born
		 * between 1 April 1945 and", "anyone born on", "if you were born in"), not one person's birthday.
		 */
		private static final Pattern COHORT = Pattern.compile(
				"\\bborn\\s+(?:(?:on\\s+or\\s+)?(?:after|before)|between|since|from|prior\\s+to|until|till|up\\s+to|no\\s+(?:later|earlier)\\s+than|between\\s+[^.;]{1,30}?\\s+and)\\s+(?:the\\s+)?$"
						+ "|\\b(?:anyone|anybody|everyone|everybody|people|those|all|children|kids|babies|adults|women|men|patients|you|if\\s+you\\s+were|if\\s+you['’]re)\\s+(?:who\\s+(?:was|were|are)\\s+)?born\\s+(?:on|in)\\s+(?:the\\s+)?$",
				CI);

		private static final String[] EVENTS = { null, DateMention.BIRTH, DateMention.ADMISSION,
				DateMention.DISCHARGE, DateMention.DEATH, DateMention.TREATMENT };

		@Override
		public List<FastPattern> patterns() {
			return List.of(DATES);
		}

		@Override
		public void recognise(TextIndex index, List<Span> facts) {
			String text = index.text();
			int firstDate = facts.size();
			for (FastPattern pattern : DATES) {
				pattern.forEachMatch(index, m -> {
					if (overlapsDate(facts, firstDate, m.start(), m.end())) {
						return;
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
					boolean cohort = DateMention.BIRTH.equals(event) && COHORT.matcher(before).find();
					facts.add(new DateMention(m.start(), m.end(), m.group(), sentence, event,
							LABEL.matcher(before).find(), index.aboutAPerson(sentence), cohort));
				});
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

		private static final FastPattern AGE = FastPattern.compile(
				"\\b(\\d{1,3})[-\\s](?:years?|yrs?)[-\\s]old\\b|\\b(?:aged|age)\\s*:?\\s+(\\d{1,3})\\b|\\b(\\d{1,3})\\s+years?\\s+young\\b",
				CI);

		/**
		 * "turned 104", "her 100th birthday", and the Nordic birthday ("Grattis på 101-årsdagen", "90-årsdag";
		 * ninety-sixth round).
		 */
		private static final FastPattern AGE_REACHED = FastPattern.compile(
				"\\b(?:turned|turns|turning)\\s+(\\d{2,3})\\b|\\b(\\d{2,3})(?:st|nd|rd|th)\\s+birthday\\b|\\b(\\d{2,3})-?årsdag(?:en)?\\b"
						// ... and a birthday in Spanish, Portuguese, Italian and French ("cumple hoy 93 años";
						// hundred-and-sixteenth round)
						+ "|\\b(?:cumple|cumplió|completa|completou|compie|fête\\s+ses)\\s+(?:hoy\\s+|hoje\\s+|oggi\\s+|aujourd['’]hui\\s+)?(\\d{2,3})\\s+(?:años|anos|anni|ans)\\b"
						// "At 96, she still insists on making them coffee" (hundred-and-nineteenth round)
						+ "|\\b(?:at|At)\\s+(\\d{2,3}),\\s+(?:she|he|they)\\b",
				CI);

		/** Ages over 89 in words: "Ninety-two-year-old", "aged ninety-five", "turned one hundred". */
		private static final FastPattern AGE_IN_WORDS = FastPattern.compile(
				"\\b(ninety(?:[-\\s](?:one|two|three|four|five|six|seven|eight|nine))?|one\\s+hundred(?:\\s+(?:and\\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten))?)[-\\s]years?[-\\s]old\\b"
						+ "|\\b(?:aged|turned|turns|turning)\\s+(ninety(?:[-\\s](?:one|two|three|four|five|six|seven|eight|nine))?|one\\s+hundred(?:\\s+(?:and\\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten))?)\\b",
				CI);

		private static final List<String> UNITS = List.of("one", "two", "three", "four", "five", "six", "seven",
				"eight", "nine", "ten");

		/** 90 to 110 from "ninety-two", "one hundred and one". */
		static int yearsInWords(String words) {
			String[] parts = words.toLowerCase(Locale.ROOT).split("[-\\s]+");
			int years = parts[0].equals("ninety") ? 90 : 100;
			String last = parts[parts.length - 1];
			int unit = UNITS.indexOf(last);
			return unit >= 0 ? years + unit + 1 : years;
		}

		/** A word for a person right after "N-year-old". */
		private static final Pattern PERSON_AFTER = Pattern.compile(
				"^\\s+(?:[\\w-]+\\s+)?(?:patient|resident|woman|man|lady|gentleman|mother|father|grandmother|grandfather|grandma|grandpa|veteran|widow|widower|boy|girl|child|person|driver|pedestrian|cyclist|survivor)s?\\b",
				CI);

		/**
		 * ", 92," after a person word or a capitalised word: "our patient, 92,", "John Smith, 92,"; also with the word
		 * for years of an EU language ("Jeannine Chassagnac, 81 ans,", "Settimo Scaramellini, 38 anni,";
		 * hundred-and-forty-seventh round).
		 */
		private static final FastPattern AGE_IN_COMMAS = FastPattern
			.compile(",\\s*(\\d{2,3})(?:\\s+(?:anni|años|anos|ans|Jahre|år|jaar))?\\s*,", 0);

		/**
		 * "(47)" after a name: "Gavin Hughes (47)", "Bridie McGettigan (84) from Ramelton" (thirteenth session); not an
		 * area code ("Riverside Clinic (555) 010-0100"), and only up to 110.
		 */
		private static final FastPattern AGE_IN_BRACKETS = FastPattern.compile("\\((\\d{1,3})\\)(?![\\s.-]*\\d)", 0);

		/** A capitalised word (a name's last) and a space right before the bracket. */
		private static final Pattern NAME_BEFORE_BRACKET = Pattern.compile("\\p{Lu}[\\p{Ll}'’-]+[\"”]?\\s$",
				Pattern.UNICODE_CASE);

		private static final Pattern PERSON_BEFORE_COMMA = Pattern.compile(
				"(?:\\b(?:patient|mother|father|mom|dad|grandmother|grandfather|grandma|grandpa|veteran|woman|man|resident)|\\p{Lu}\\p{Ll}+)\\s*$",
				Pattern.UNICODE_CASE);

		/**
		 * An age band after "aged N" ("212 people aged 90 and over had a home visit"; hundred-and-seventh round): a group's
		 * lower bound, nobody's age.
		 */
		private static final Pattern BAND_AFTER = Pattern.compile("^\\s*(?:\\+|(?:and|or)\\s+(?:over|older|above|up)\\b)",
				CI);

		@Override
		public List<FastPattern> patterns() {
			return List.of(AGE, AGE_REACHED, AGE_IN_WORDS);
		}

		@Override
		public void recognise(TextIndex index, List<Span> facts) {
			AGE.forEachMatch(index, m -> {
				if (m.group(2) != null && BAND_AFTER.matcher(index.after(m.end(), 20)).lookingAt()) {
					return;
				}
				String years = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
				// "a 93-year-old resident": the age describes a person even when nobody is named
				boolean person = m.group(1) != null && PERSON_AFTER.matcher(index.after(m.end(), 40)).lookingAt();
				add(index, facts, m.start(), m.end(), Integer.parseInt(years), person);
			});
			AGE_IN_WORDS.forEachMatch(index, m -> {
				int group = m.group(1) != null ? 1 : 2;
				boolean person = group == 1 && PERSON_AFTER.matcher(index.after(m.end(), 40)).find();
				add(index, facts, m.start(), m.end(), yearsInWords(m.group(group)), person);
			});
			AGE_REACHED.forEachMatch(index, m -> {
				int group = 1;
				while (m.group(group) == null) {
					group++;
				}
				add(index, facts, m.start(group), m.end(group), Integer.parseInt(m.group(group)));
			});
			AGE_IN_COMMAS.forEachMatch(index, m -> {
				if (PERSON_BEFORE_COMMA.matcher(index.before(m.start(), 30)).find()) {
					add(index, facts, m.start(1), m.end(1), Integer.parseInt(m.group(1)));
				}
			});
			AGE_IN_BRACKETS.forEachMatch(index, m -> {
				int years = Integer.parseInt(m.group(1));
				if (years <= 110 && NAME_BEFORE_BRACKET.matcher(index.before(m.start(), 30)).find()) {
					add(index, facts, m.start(1), m.end(1), years, true);
				}
			});
		}

		private static void add(TextIndex index, List<Span> facts, int start, int end, int years) {
			add(index, facts, start, end, years, false);
		}

		private static void add(TextIndex index, List<Span> facts, int start, int end, int years, boolean person) {
			int sentence = index.sentenceOf(start);
			facts.add(new Age(start, end, index.text().substring(start, end), sentence, years,
					person || index.aboutAPerson(sentence)));
		}
	}

	/** Street addresses, and whether the text says someone lives there. */
	static final class StreetAddresses implements Recogniser {

		private static final FastPattern ADDRESS = FastPattern.compile(
				"\\b\\d{1,6}\\s+(?:(?:[NSEW]\\.?|North|South|East|West)\\s+)?(?:\\p{Lu}[\\p{L}'’-]+|\\d{1,3}(?:st|nd|rd|th))(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,3}\\s+(?:" + OrganisationNames.STREET_WORDS
						+ "|St|Lane|Drive|Dr|Way|Court|Ct|Place|Pl|Terrace|Ter|Circle|Cir|Pike|Turnpike|Trail|Trl|Loop|Plaza|Square|Sq)\\b"
						// a numbered road ("1812 Route 73, Keene Valley NY 12943"; hundred-and-second round)
						+ "|\\b\\d{1,6}\\s+(?:(?:State|County|US|NY|CA|PA)\\s+)?(?:Route|Rte|Highway|Hwy)\\s+\\d{1,4}[A-Z]?\\b", 0);

		private static final Pattern RESIDENCE_BEFORE = Pattern.compile(
				"\\b(?:lives|living|lived|home|house|residence|resident|resides|reside|apartment|address)\\b[^.!?]{0,20}$|\\p{Lu}\\p{Ll}+(?:,\\s*\\d{1,3},)?\\s+of\\s+$",
				Pattern.UNICODE_CASE);

		/**
		 * The organisation's own address or new home ("Our address stays the same: 14 Whitecross Road", "Our new
		 * home: ..."; twenty-third blind round): not where someone lives.
		 */
		private static final Pattern ORGANISATION_ADDRESS_BEFORE = Pattern.compile(
				"\\b(?:our|the\\s+(?:practice|clinic|surgery|hospital|pharmacy|centre|center|office)['’]s|practice|clinic|"
						+ "surgery|office|postal|mailing)\\s+(?:new\\s+)?(?:address|home)\\b[^.!?]{0,25}$",
				Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

		@Override
		public List<FastPattern> patterns() {
			return List.of(ADDRESS);
		}

		@Override
		public void recognise(TextIndex index, List<Span> facts) {
			ADDRESS.forEachMatch(index, m -> {
				String before = index.before(m.start(), 40);
				facts.add(new StreetAddress(m.start(), m.end(), m.group(), index.sentenceOf(m.start()),
						Normalize.address(m.group()), RESIDENCE_BEFORE.matcher(before).find()
								&& !ORGANISATION_ADDRESS_BEFORE.matcher(before).find()));
			});
		}
	}

	/** ZIP codes after a state ("IL 62704") or a label ("ZIP code 48213"). */
	static final class ZipCodes implements Recogniser {

		private static final String STATES = "AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|PR";

		private static final FastPattern LABELLED = FastPattern.compile(
				"\\b(?:ZIP(?:\\s*code)?|postal\\s+code)(?:\\s+(?:is|of|for\\s+your\\s+GPS))?\\s*[:#]?\\s*(\\d{5}(?:-\\d{4})?)(?![\\d-])", CI);

		private static final FastPattern AFTER_STATE = FastPattern.compile(
				"\\b(?:" + STATES + ")\\.?,?\\s+(\\d{5}(?:-\\d{4})?)(?![\\d-])", 0);

		private static final Pattern RESIDENCE_BEFORE = Pattern.compile(
				"\\b(?:lives?|living|lived|home|house|resides?|resident|residence|address)\\b[^.!?]{0,40}$", CI);

		@Override
		public List<FastPattern> patterns() {
			return List.of(LABELLED, AFTER_STATE);
		}

		@Override
		public void recognise(TextIndex index, List<Span> facts) {
			int first = facts.size();
			LABELLED.forEachMatch(index, m -> add(index, facts, m.start(1), m.end(1), true));
			AFTER_STATE.forEachMatch(index, m -> {
				for (int i = first; i < facts.size(); i++) {
					if (facts.get(i).getStart() == m.start(1)) {
						return;
					}
				}
				add(index, facts, m.start(1), m.end(1), false);
			});
		}

		private static void add(TextIndex index, List<Span> facts, int start, int end, boolean labelled) {
			int sentence = index.sentenceOf(start);
			facts.add(new ZipCode(start, end, index.text().substring(start, end), sentence, labelled,
					RESIDENCE_BEFORE.matcher(index.before(start, 60)).find(), index.aboutAPerson(sentence)));
		}
	}

	/** Web addresses with a scheme, "www.", or a domain and a path. */
	static final class WebAddresses implements Recogniser {

		private static final FastPattern URL = FastPattern.compile(
				"\\b(?:https?://[^\\s<>\"]+|www\\.[^\\s<>\"]+|[a-z0-9][a-z0-9-]*(?:\\.[a-z0-9-]+)*\\.[a-z]{2,24}/[^\\s<>\"]*)", CI);

		private static final Pattern HOST = Pattern.compile("^(?:https?://)?(?:www\\.)?([^/?#:]+)", CI);

		/** Whether "www." occurs in any case (what {@code text.toLowerCase(ROOT).contains("www.")} says, without a copy). */
		static boolean containsWww(String text) {
			for (int dot = text.indexOf('.', 3); dot >= 0; dot = text.indexOf('.', dot + 1)) {
				if (isW(text.charAt(dot - 1)) && isW(text.charAt(dot - 2)) && isW(text.charAt(dot - 3))) {
					return true;
				}
			}
			return false;
		}

		private static boolean isW(char c) {
			return c == 'w' || c == 'W';
		}

		@Override
		public List<FastPattern> patterns() {
			return List.of(URL);
		}

		@Override
		public void recognise(TextIndex index, List<Span> facts) {
			String text = index.text();
			// every address this recognises has a slash or starts with www.
			if (text.indexOf('/') < 0 && !containsWww(text)) {
				return;
			}
			URL.forEachMatch(index, m -> {
				int start = m.start();
				if (start > 0 && (text.charAt(start - 1) == '@' || text.charAt(start - 1) == '.')) {
					return;
				}
				int end = m.end();
				while (end > start && ".,;:!?)]'\"’”".indexOf(text.charAt(end - 1)) >= 0) {
					end--;
				}
				String url = text.substring(start, end);
				Matcher host = HOST.matcher(url);
				if (!host.find()) {
					return;
				}
				facts.add(new WebAddress(start, end, url, index.sentenceOf(start),
						host.group(1).toLowerCase(Locale.ROOT), url.substring(host.end())));
			});
		}
	}

	/** IPv4 addresses (each part 0 to 255) and IPv6 addresses. */
	static final class IpAddresses implements Recogniser {

		private static final String OCTET = "(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";

		private static final FastPattern V4 = FastPattern.compile(
				"(?<![\\d.])" + OCTET + "\\." + OCTET + "\\." + OCTET + "\\." + OCTET + "(?!\\d|\\.\\d)", 0);

		/** Eight groups, or a "::" shortening with at least two groups; a group of four or a hex letter is needed. */
		private static final FastPattern V6 = FastPattern.compile(
				"(?<![\\w:])(?=[0-9A-Fa-f:]*(?:[A-Fa-f]|[0-9A-Fa-f]{4}))(?:(?:[0-9A-Fa-f]{1,4}:){7}[0-9A-Fa-f]{1,4}|(?:[0-9A-Fa-f]{1,4}:){1,6}:(?:[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{1,4})*)?)(?![\\w:])",
				0);

		private static final Pattern LABEL = Pattern.compile("\\bIP(?:v[46])?(?:\\s+address)?\\b[^.!?]{0,20}$", CI);

		/**
		 * Only runs of address characters ("203.0.113.58", "2001:db8::1") holding three dots or two colons can hold an
		 * address; the patterns are tried on those alone, not at every digit and hex letter of the text.
		 */
		@Override
		public void recognise(TextIndex index, List<Span> facts) {
			char[] text = index.chars();
			int n = text.length;
			int i = 0;
			while (i < n) {
				char c = text[i];
				if (!isHex(c) && c != ':' && c != '.') {
					i++;
					continue;
				}
				int start = i;
				int dots = 0;
				int colons = 0;
				while (i < n && (isHex(text[i]) || text[i] == ':' || text[i] == '.')) {
					dots += text[i] == '.' ? 1 : 0;
					colons += text[i] == ':' ? 1 : 0;
					i++;
				}
				if (dots >= 3) {
					find(index, facts, V4.pattern(), start, i, 4);
				}
				if (colons >= 2) {
					find(index, facts, V6.pattern(), start, i, 6);
				}
			}
		}

		private static boolean isHex(char c) {
			return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
		}

		private static void find(TextIndex index, List<Span> facts, Pattern pattern, int from, int to, int version) {
			Matcher m = pattern.matcher(index.text()).useTransparentBounds(true).useAnchoringBounds(false);
			m.region(from, to);
			while (m.find()) {
				add(index, facts, m.start(), m.end(), version);
			}
		}

		private static void add(TextIndex index, List<Span> facts, int start, int end, int version) {
			int sentence = index.sentenceOf(start);
			facts.add(new IpAddress(start, end, index.text().substring(start, end), sentence, version,
					LABEL.matcher(index.before(start, 40)).find(), index.aboutAPerson(sentence)));
		}
	}
}
