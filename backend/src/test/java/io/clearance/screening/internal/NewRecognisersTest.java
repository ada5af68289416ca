package io.clearance.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** ZIP codes, web addresses, IP addresses, licence, vehicle and device numbers, media facts. */
class NewRecognisersTest {

	static final Recognisers RECOGNISERS = new Recognisers("US");

	static <T extends Span> List<T> facts(String text, Class<T> type) {
		return RECOGNISERS.recognise(text).spans().stream().filter(type::isInstance).map(type::cast).toList();
	}

	@Test
	void findsZipCodesAfterAStateOrALabelOnly() {
		List<ZipCode> zips = facts("Visit 1550 Lakeview Drive, Springfield, IL 62704. He lives in ZIP code 48213. "
				+ "We walked 48213 steps.", ZipCode.class);

		assertThat(zips).extracting(Span::getText).containsExactly("48213", "62704");
		assertThat(zips.get(0).isLabelled()).isTrue();
		assertThat(zips.get(0).isResidence()).isTrue();
		assertThat(zips.get(1).isAboutAPerson()).isFalse();
	}

	@Test
	void findsAnAddressOnANumberedRoad() {
		// a clinic on a numbered road (hundred-and-second round); a route number alone is no address
		List<StreetAddress> addresses = facts("Meet at our clinic, 1812 Route 73, Keene Valley NY 12943. Take Route 9 north.",
				StreetAddress.class);

		assertThat(addresses).extracting(Span::getText).containsExactly("1812 Route 73");
		assertThat(addresses.get(0).isResidence()).isFalse();
	}

	@Test
	void findsWebAddressesWithTheirHostAndPathButNotBareDomains() {
		List<WebAddress> urls = facts("See https://www.Example.org/patient/123?x=1. Or clearview-health.org, "
				+ "or mychart.example.org/login.", WebAddress.class);

		assertThat(urls).extracting(Span::getText)
			.containsExactly("https://www.Example.org/patient/123?x=1", "mychart.example.org/login");
		assertThat(urls.get(0).getHost()).isEqualTo("example.org");
		assertThat(urls.get(0).getPath()).isEqualTo("/patient/123?x=1");
	}

	@Test
	void findsIpAddressesButNotVersionsOrTimes() {
		List<IpAddress> ips = facts("Traced to IP 203.0.113.58. Also 2001:db8:85a3::8a2e:370:7334. Version 2.10.4, "
				+ "10:30 to 11:45, 999.1.1.1.", IpAddress.class);

		assertThat(ips).extracting(Span::getText).containsExactly("203.0.113.58", "2001:db8:85a3::8a2e:370:7334");
		assertThat(ips.get(0).isLabelled()).isTrue();
		assertThat(ips).extracting(IpAddress::getVersion).containsExactly(4, 6);
	}

	@Test
	void knowsAPhoneNumbersCountryFromItsCallingCodeOnly() {
		List<PhoneNumber> phones = facts("Call +351 214 555 090 or +49 30 5550 1234, in the UK +44 1632 960 555, "
				+ "here (555) 010-0199.", PhoneNumber.class);
		assertThat(phones).extracting(PhoneNumber::getRegion).containsExactly("PT", "DE", "GB", "US");
		assertThat(phones).extracting(PhoneNumber::isEuropean).containsExactly(true, true, false, false);
	}

	@Test
	void findsEuropeanTownsWithTheWordBeforeThemButNotNamesSharedWithTownsElsewhereOrEnglishWords() {
		List<EuPlace> places = facts("Bridie (84) from Ramelton is home. Our unit in Cesson-Sévigné, and Clinique du "
				+ "Parc, Landerneau. Lohr am Main is lovely. Waterloo, Lund and Split are not cues; nor is Nice. "
				+ "Everyone at Drauklinik Villach cheers. Rehab in #Ballinasloe. Anna Maria Villach smiled.",
				EuPlace.class);

		assertThat(places).extracting(Span::getText)
			.containsExactly("Ramelton", "Cesson-Sévigné", "Landerneau", "Lohr am Main", "Villach", "Ballinasloe",
					"Villach");
		assertThat(places).extracting(EuPlace::getCountry).containsExactly("IE", "FR", "FR", "DE", "AT", "IE", "AT");
		assertThat(places).extracting(EuPlace::getPreposition)
			.containsExactly("from", "in", ",", "", "at", "#", "");
		List<EuPlace> more = facts("The commander of Tábor's fire brigade is at Sigulda Regional Hospital.", EuPlace.class);
		assertThat(more).extracting(Span::getText).containsExactly("Tábor", "Sigulda");
		assertThat(more).extracting(EuPlace::isOrganisation).containsExactly(false, true);
	}

	@Test
	void findsTownsWrittenWithAccentsTheGazetteerHasWithoutAndGreekTownsInTheirOtherSpellings() {
		// GeoNames has "Silute" and "Palaiochora", "Anogeia"; posts write "Šilutė", "Paleochora", "Anogia" (ninety-first
		// round). Accents folded never make an English word a town: "Café" and "Résumé" stay none.
		List<EuPlace> places = facts("A fire outside Šilutė. Our centre in Paleochora, and the wedding in Anogia. "
				+ "Café Résumé is closed. Our year in Nea Moudania.", EuPlace.class);

		assertThat(places).extracting(Span::getText).containsExactly("Šilutė", "Paleochora", "Anogia", "Nea Moudania");
		assertThat(places).extracting(EuPlace::getCountry).containsExactly("LT", "GR", "GR", "GR");
		assertThat(EuPlaces.folded("Łódź Ærøskøbing Straße")).isEqualTo("Lodz Aeroskobing Strasse");
		assertThat(EuPlaces.otherGreekSpelling("Palaiochora")).isEqualTo("Paleochora");
		assertThat(EuPlaces.otherGreekSpelling("Chania")).isNull();
		assertThat(EuPlaces.otherGreekSpelling("Nea Moudhania")).isEqualTo("Nea Moudania");
		assertThat(EuPlaces.otherGreekSpelling("Dhafni")).isEqualTo("Dafni");
	}

	@Test
	void aTownThatEndsAnOrganisationsNameIsPartOfIt() {
		List<EuPlace> places = facts("Get well soon! Upstalsboom Hospital Aurich", EuPlace.class);

		assertThat(places).extracting(Span::getText).containsExactly("Aurich");
		assertThat(places).extracting(EuPlace::isOrganisation).containsExactly(true);
	}

	@Test
	void aTownsOwnPersonIsFromThatTown() {
		List<EuPlace> places = facts("Kangasniemi's own Aino, 9, broke her arm. Tábor's fire brigade came.", EuPlace.class);

		assertThat(places).extracting(Span::getText).containsExactly("Kangasniemi", "Tábor");
		assertThat(places).extracting(EuPlace::getPreposition).containsExactly("from", "");
	}

	@Test
	void aRoleWordInAnOrganisationsMailboxMakesItARoleMailboxButNotInAFreeMailOrAsASurname() {
		List<EmailAddress> emails = facts("Write to lochaber.recruitment@glenhealth.scot, cardiology-appointments@"
				+ "example.org, enquiries@example.ie, anna.reception@gmail.com, steve.jobs@example.com or "
				+ "mary.smith@example.org.", EmailAddress.class);

		assertThat(emails).extracting(EmailAddress::isRoleMailbox)
			.containsExactly(true, true, true, false, false, false);
		// the data protection officer's mailbox (seventy-ninth round)
		assertThat(facts("Write to dpo@azkempenland.be or datenschutz@klinik-example.de.", EmailAddress.class))
			.extracting(EmailAddress::isRoleMailbox).containsExactly(true, true);
	}

	@Test
	void findsLicenceVehicleAndDeviceNumbersAfterTheirLabels() {
		List<RecordNumber> numbers = facts("Plate number 7XKM214, VIN 1HGCM82633A004352, serial number PM-2231-88470. "
				+ "Bring your serial number to the visit.", RecordNumber.class);

		assertThat(numbers).extracting(RecordNumber::getKind)
			.containsExactly(RecordNumber.LICENCE, RecordNumber.VEHICLE, RecordNumber.DEVICE);
		assertThat(numbers).extracting(RecordNumber::getNumber)
			.containsExactly("7XKM214", "1HGCM82633A004352", "PM-2231-88470");
	}

	@Test
	void anAgeInYearsBeforeAWordForAPersonIsAboutAPerson() {
		assertThat(facts("A 93-year-old resident was moved.", Age.class).get(0).isAboutAPerson()).isTrue();
		assertThat(facts("Our 100-year-old building turns heads.", Age.class).get(0).isAboutAPerson()).isFalse();
		assertThat(facts("Our oldest patient turned 104.", Age.class)).extracting(Age::getYears).containsExactly(104);
		// the Nordic birthday (ninety-sixth round); a year's anniversary in other words is no age
		assertThat(facts("Grattis på 101-årsdagen, Astrid Forsberg! And a 90-årsdag next week.", Age.class))
				.extracting(Age::getYears).containsExactly(101, 90);
		assertThat(facts("Gavin Hughes (47) and Michael \"Mickey\" Fahy (81) are home; see page (12), ward 7 (24) and Riverside Clinic (555) 010-0100.",
				Age.class)).extracting(Age::getYears).containsExactly(47, 81);
		// an age band is a group's lower bound, nobody's age (hundred-and-seventh round); one person's age stays
		assertThat(facts("212 people aged 90 and over, and 40 aged 95+, had a home visit.", Age.class)).isEmpty();
		assertThat(facts("Our oldest resident, aged 97, had a home visit.", Age.class)).extracting(Age::getYears)
			.containsExactly(97);
	}

	@Test
	void readsAnAgeInCommasWithTheWordForYearsOfAnEuLanguage() {
		// hundred-and-forty-seventh round: "Settimo Scaramellini, 38 anni, di Talamona", "Jeannine Chassagnac, 81 ans,"
		assertThat(facts("Settimo Scaramellini, 38 anni, di Talamona, è in ospedale.", Age.class))
			.extracting(Age::getYears).containsExactly(38);
		assertThat(facts("Jeannine Chassagnac, 81 ans, rentre chez elle.", Age.class)).extracting(Age::getYears)
			.containsExactly(81);
		// not a count of years between commas after a lower-case word
		assertThat(facts("In our valley, 40 anni, the clinic has grown.", Age.class)).isEmpty();
	}

	@Test
	void readsAgesOverEightyNineWrittenInWordsAndKeepsThemOutOfNames() {
		assertThat(facts("Ninety-two-year-old Frank Delgado walked out of our unit.", Age.class))
			.extracting(Age::getYears).containsExactly(92);
		assertThat(facts("She turned one hundred and one on Sunday.", Age.class)).extracting(Age::getYears)
			.containsExactly(101);
		assertThat(facts("A ninety-year-old building.", Age.class).get(0).isAboutAPerson()).isFalse();
		assertThat(facts("Ninety-two-year-old Frank Delgado walked out of our unit.", PersonName.class))
			.extracting(Span::getText).containsExactly("Frank Delgado");
	}

	@Test
	void takesOneNameAfterAPatientTitleOrBeforeTheEndOfAnAppositiveButNotAfterAPlacePreposition() {
		assertThat(facts("Patient of the week: Janelle, who completed her last round of chemo on Friday!",
				PersonName.class)).extracting(Span::getText, PersonName::isPatientContext)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Janelle", true));
		assertThat(facts("Our patient, 12-year-old Devon, rang the bell today.", PersonName.class))
			.extracting(Span::getText, PersonName::isPatientContext)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Devon", true));
		// a place closing an appositive is not a name, whatever verb follows
		assertThat(facts("Claire Dubois, visiting from Lyon, France, gave birth to twins.", PersonName.class))
			.extracting(Span::getText).containsExactly("Claire Dubois");
		// a title in another language makes the person staff (eighteenth blind round)
		assertThat(facts("Diamo il benvenuto alla dott.ssa Chiara Ferrandi, nuova responsabile.", PersonName.class))
			.extracting(Span::getText, PersonName::isStaffTitle)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Chiara Ferrandi", true));
		// an age in brackets and a district before the care event (seventeenth blind round)
		assertThat(facts("Sabine Huber (54) aus Pasing hatte ihren Eingriff im Mai.", PersonName.class))
			.extracting(Span::getText, PersonName::isPatientContext)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Sabine Huber", true));
	}

	@Test
	void describesEachAttachmentAndMatchesOnlyMediaGroupsInIt() throws PackRefusedException {
		Recognisers.TextFacts facts = RECOGNISERS.recognise("A smiling nurse.", List.of("", "A smiling patient"));
		PhraseBook phrases = PhraseBook.parse("""
				FACE: ['\\bsmiling\\b']
				MEDIA_FACE: ['\\bsmiling\\b']
				""");

		assertThat(facts.media()).extracting(Media::isBlank).containsExactly(true, false);
		assertThat(phrases.find(facts.index())).extracting(Phrase::getGroup).containsExactly("FACE");
		assertThat(phrases.findInMedia(facts.mediaIndexes())).extracting(MediaPhrase::getGroup, MediaPhrase::getMedia)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("MEDIA_FACE", 1));
	}

	@Test
	void keepsSurnameParticlesInNames() {
		assertThat(facts("Pieter de Vries, visiting from Amsterdam, spent three nights in our cardiac ICU.",
				PersonName.class)).extracting(Span::getText, PersonName::isPatientContext)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Pieter de Vries", true));
	}

	@Test
	void readsPostcodesInNationalFormatsAsNoPhoneNumbers() {
		List<PhoneNumber> phones = facts("Rua das Flores 112, 4050-265 Porto. ul. Długa 12 31-147 Kraków. "
				+ "Kerkstraat 120 1017 GC Amsterdam. CEP 01310-100 São Paulo. Call (312) 555-0188 or +351 912 555 014.",
				PhoneNumber.class);

		assertThat(phones).extracting(Span::getText).containsExactly("(312) 555-0188", "+351 912 555 014");
	}

	@Test
	void marksFreeMailAddressesButNotAnOrganisationsMailServer() {
		List<EmailAddress> emails = facts("Write to jo.bloggs@gmail.com, ann@mail.yahoo.co.uk, help@mail.harbour.org "
				+ "or pals@nhs.net.", EmailAddress.class);

		assertThat(emails).extracting(EmailAddress::isFreeMail).containsExactly(true, true, false, false);
	}

	@Test
	void aBirthDateThatBoundsAGroupIsACohortNotABirthday() {
		List<DateMention> dates = facts("If you were born after 1 January 1969, ask about MMR. People born between "
				+ "1 April 1947 and 31 March 1960 are invited. She was born on 12 May 1931.", DateMention.class);

		assertThat(dates).extracting(Span::getText, DateMention::getEvent, DateMention::isCohort).containsExactly(
				org.assertj.core.groups.Tuple.tuple("1 January 1969", DateMention.BIRTH, true),
				org.assertj.core.groups.Tuple.tuple("1 April 1947", DateMention.BIRTH, true),
				org.assertj.core.groups.Tuple.tuple("31 March 1960", DateMention.BIRTH, true),
				org.assertj.core.groups.Tuple.tuple("12 May 1931", DateMention.BIRTH, false));
	}
}
