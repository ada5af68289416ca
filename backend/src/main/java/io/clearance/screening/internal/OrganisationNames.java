package io.clearance.screening.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Whether a name the {@link PersonNameRecogniser} read as a person's is an organisation's, a unit's or a service's
 * (issue 3): {@link PersonName#isOrganisation()}. This is the one place the head words of organisations live; the
 * packs read the flag ({@code PersonName(!organisation)}) instead of each keeping its own copy of the rules. A name
 * is an organisation's when
 * <ul>
 * <li>it runs into an organisation's head word ({@link #HEAD_WORDS}): the first head word at or after the name's end
 * in its sentence starts 1 to 40 chars after it, is capitalised, and only capitalised words and "and", "of", "for",
 * "the", "&amp;" stand between ("our Patient Advice and Liaison Service", "at our Breast Screening Unit");</li>
 * <li>it ends in a health organisation's head word ({@link #HEALTH_HEAD_WORDS}, written exactly so): "Gate City
 * Holistic Dental", "Blue Ridge Travel Health" (nobody's surname is Dental, Medical or Wellness);</li>
 * <li>or it ends in a capitalised head word and follows "on", "at", "in", "onto" or "the": "arrived on Willow Ward",
 * "the European Medicines Agency".</li>
 * <li>or one of its words is a compound organisation word of a European language: "Nyrecenter Østjylland", or a
 * common noun by its ending ("Leitung der Neurologischen Frührehabilitation");</li>
 * <li>or it starts with an organisation's word ("Clínica Los Aromos"), runs straight into a lower-case service word
 * ("the Safe Sleep line"), or starts with a function word of a European language ("Unser Patientenservice");</li>
 * <li>or it follows an organisation's word and a particle ("Centre du Sommeil du Prado"), or an organisation's first
 * word of a European language ("Ospedale Aretusa").</li>
 * </ul>
 * A place's name is not a person's either, and the packs treat it alike: a name that starts with a word places'
 * names start with ({@link #PLACE_PREFIXES}: "Santa Fe", "San Antonio", "Fort Worth", "Los Alamos"; twelfth blind
 * round), or that ends in a street word ("S Peoria Ave"), is flagged the same way.
 * "our patient Jane Ward" stays a person's name: the head word must follow the name, be a health word, or the name
 * must follow a preposition. Head words are whole words found case-insensitively (a lower-case "ward" or "unit" is
 * found, but only a capitalised one counts).
 */
final class OrganisationNames {

	/** Health organisations' head words: a name that ends in one of these, written exactly so, is not a person's. */
	static final List<String> HEALTH_HEAD_WORDS = List.of("Health", "Healthcare", "HealthCare", "Dental",
			"Dentistry", "Medical", "Wellness", "Associates", "Physicians", "Orthopaedics", "Orthopedics", "Pediatrics",
			"Paediatrics", "Medicine", "Dermatology", "Cardiology", "Chiropractic", "Optometry", "Audiology", "Imaging",
			"Diagnostics", "Rehab", "Rehabilitation", "Aesthetics", "MedSpa", "Fertility", "Embryology", "Oncology",
			"Radiology", "Neurology", "Urology", "Maternity", "Clinic", "Clinics", "Hospital", "Hospice", "Pharmacy",
			// seventeenth blind round: "Arkansas River Physical Therapy", "Snake River Allergy & Asthma"
			"Therapy", "Therapies", "Physiotherapy", "Allergy", "Asthma", "Nephrology", "Psychiatry", "Psychology",
			"Counselling", "Counseling", "Podiatry", "Midwifery", "Orthodontics", "Gastroenterology", "Pulmonology",
			// a dialysis unit ("Branch County Dialysis", "Lakeshore Dialysis"; seventy-second round)
			"Dialysis",
			// a French health service's last word ("Book on Clic Santé"; hundred-and-sixth round)
			"Santé",
			// a Swedish health centre ("Fårösund Vårdcentral"; fiftieth round), a Danish physiotherapy ("Kerteminde
			// Fysioterapi"; fifty-second round)
			"Vårdcentral", "Vårdcentralen", "Fysioterapi", "Fysioterapeuterne", "Lægehus", "Tandlæge",
			// a Danish rehabilitation centre and a Polish medical centre ("Toftlund Genoptræning", "Centrum Medyczne
			// Darłowo"; eighty-seventh round)
			"Genoptræning", "Genoptræningscenter", "Medyczne", "Medyczny",
			// a Danish doctors' practice and island clinics ("Omø Lægepraksis is staffed tonight", "Læsø Øklinik in Byrum";
			// hundred-and-thirty-second round)
			"Lægepraksis", "Lægeklinik", "Ølægeklinik", "Øklinik",
			// hospitals' words of European languages: "Limfjord Sygehus" (nineteenth blind round)
			"Sygehus", "Sjukhus", "Sykehus", "Sairaala", "Ziekenhuis", "Krankenhaus", "Klinikum", "Klinik", "Kliniek",
			"Klinika", "Spital", "Szpital", "Nemocnice", "Nemocnica", "Bolnica", "Bolnišnica", "Kórház", "Haigla",
			"Ligoninė", "Slimnīca", "Hospitalet",
			// a German district hospital, a Danish health house, a spa house (fifty-ninth round: "Kreiskrankenhaus
			// Bitburg", "Rødby Sundhedshus", "Kurhaus Litschau")
			"Kreiskrankenhaus", "Stadtkrankenhaus", "Sundhedshus", "Sundhedshuset", "Kurhaus", "Kurklinik",
			// a walk-in centre ("the Eagle River Walk-In is open 8am–8pm"; sixty-second round)
			"Walk-In", "Walk-in",
			// a spa, a sanatorium (thirty-sixth blind round: "Nemunas Loop Spa, Birštonas, +370 ...")
			"Spa", "Spas", "Sanatorium",
			// a German or Austrian rehabilitation centre ("Oststeiermark Reha Hartberg"; seventy-fourth round)
			"Reha", "Rehaklinik", "Rehazentrum",
			// a studio and an ambulance service, which end no person's name ("Chaguanas Smile Studio, (868) 555-0115",
			// "Åland Sea Ambulance."; eightieth and eighty-first rounds)
			"Studio", "Studios", "Ambulance",
			// a clinic by the part it treats or its tool ("Causeway Foot & Ankle, Port Hawkesbury: (902) 555-0163"; eighty-fourth
			// round)
			"Ankle", "Spine", "Joint", "Vision", "Hearing", "Laser",
			// a physio practice, a GP practice, an Estonian care home and pharmacy, a Polish or Nordic pharmacy ("Leven
			// River Physio, (03) 6425 5512", "Evandale Village Practice, (03) 6391 5520", "Mooste Hooldekodu", "Rõngu
			// Apteek"; eighty-eighth round): no person's name ends in them
			"Physio", "Physios", "Fisio", "Practice", "Närsjukvård", "Hälsocentral", "Hooldekodu", "Apteek", "Apteka", "Apotek", "Apoteket", "Apotheek",
			// the same as the name's end ("Kärdla Perearstikeskus"; ninety-seventh round)
			"Perearstikeskus", "Tervisekeskus",
			// a Norwegian health house, health centre and doctors' office ("two other workers were treated at Silsand
			// Helsehus"; hundred-and-fourteenth round)
			"Helsehus", "Helsehuset", "Helsesenter", "Helsesenteret", "Legesenter", "Legekontor",
			// a Norwegian island's health service ("Myken Øyhelse stays open"; hundred-and-forty-first round)
			"Øyhelse");

	/** Head words that are not health organisations' own: a service, a unit, a team, an authority ... */
	private static final List<String> OTHER_HEAD_WORDS = List.of("Service", "Services", "Unit", "Units", "Team", "Trust",
			"Centre", "Center", "Department", "Surgery", "Partnership", "Network", "Board", "Foundation",
			"Programme", "Program", "Ward", "Wards", "Suite", "Wing", "Hub", "Helpline", "Line", "Office", "Group",
			"Society", "Association", "Institute", "Pavilion", "Lab", "Laboratory", "Authority", "Council",
			"Commission", "Agency", "Charity", "Care", "Ospedale", "Hôpital", "Clinique", "Clínica", "Clinica",
			// a service club ("the Narraguagus Lions Club"; fifty-second round), a study's name ("The Pielinen Hip
			// Recovery Study"; fifty-seventh round)
			"Club", "Clubs", "Guild", "Legion", "Auxiliary", "Study", "Trial", "Registry", "Project", "Initiative",
			// a civil protection service ("picked up by the Civil Protection 4x4s"; eighty-fourth round)
			"Protection",
			// a place of worship ("Prayers will be held at Tharpa Choling Monastery"; hundred-and-seventeenth round)
			// (not "Temple", "Church" or "Abbey", which are surnames and first names too)
			"Monastery", "Cathedral", "Mosque", "Synagogue", "Gompa",
			// a programme's, a stay's or a group's name ("Our 21-day Longevity Reset at Clinica Mare d'Ogliastra", "our
			// Diabetes Wellness Circle"; hundred-and-thirty-second round)
			"Reset", "Retreat", "Bootcamp", "Circle",
			// a guard service ("has been taken to the mainland on the Coast Guard boat"; hundred-and-thirty-sixth round)
			"Guard",
			// a military force ("flown by Air Force helicopter"; hundred-and-thirty-ninth round)
			"Force",
			// a product's model ("fits the Genuflex Pro brace most often"; hundred-and-forty-fifth round)
			"Pro");

	/**
	 * The head words of an organisation's, a unit's or a service's name ("Service", "Unit", "Ward" ... "Maternity"):
	 * the health organisations' and the others.
	 */
	static final List<String> HEAD_WORDS = concat(HEALTH_HEAD_WORDS, OTHER_HEAD_WORDS);

	/**
	 * The first words of places' names, written exactly so; nobody's first name is "Fort" or "Los". ("New", "Saint",
	 * "St" and "North" never start a name at all: the recogniser's own {@code NOT_NAMES} leaves them out.)
	 */
	static final List<String> PLACE_PREFIXES = List.of("San", "Santa", "Santo", "São", "Los", "Las", "El", "Fort",
			"Port", "Puerto", "Ciudad", "Mount", "Lake", "Sainte",
			// a region by its side or its river's course ("across the Upper Rhine", "the Northwest Ohio Rural EMS
			// Alliance"; thirty-fourth blind round): nobody's first name
			// ("North", "South", "East", "West" and "Central" never start a name: PersonNameRecogniser.NOT_NAMES)
			// (and "Low": "Proud to bring new technology to the Low Beskids"; hundred-and-thirty-fifth round)
			"Upper", "Lower", "Low", "Northwest", "Northeast", "Southwest", "Southeast", "Northern", "Southern", "Eastern",
			"Western",
			// streets, squares and beaches in European languages ("Praia de Machico", "Rua Joaquim Nabuco")
			"Praia", "Playa", "Rua", "Avenida", "Calle", "Plaza", "Praça", "Piazza", "Viale", "Rue", "Ilha", "Isla",
			"Isola",
			// a river, a lake, an island in French ("the ice jam on the Rivière du Loup"; hundred-and-fifteenth round)
			"Rivière", "Lac", "Île",
			// streets in Malay and Indonesian ("25 Jalan Burma, George Town"; twentieth blind round)
			"Jalan", "Jln", "Lorong", "Lebuh",
			// French, Italian, Portuguese and Slavic squares and streets ("Place du Châtelet 4, 4960 Malmedy"; sixtieth
			// round)
			"Place", "Avenue", "Boulevard", "Quai", "Chemin", "Via", "Largo", "Travessa", "Trg", "Náměstí", "Námestie",
			// an Italian or Spanish valley ("per la Valle Umbra"; ninety-first round)
			// ... and a French one ("at the Maison de santé de la Vallée Noire"; hundred-and-thirty-seventh round)
			"Valle", "Vallée",
			// bridges, hamlets, parish villages, hills and castles of Italian, Spanish and French towns, and a canal ("the
			// rehab programme at Ponte Gobbo", "walks the Canal du Midi towpath"; hundred-and-twentieth and
			// hundred-and-twenty-second rounds): nobody's first name
			"Ponte", "Puente", "Pont", "Borgo", "Pieve", "Poggio", "Castel", "Canal",
			// Greek villages' and islands' first words, lower, upper, big, small ("off Kato Koufonisi", "the parish priest
			// of Megalo Papingo"; hundred-and-fourth and hundred-and-thirty-eighth rounds), and a Catalan medical centre's
			// second word after "Centre" ("at Centre Medic Aran Naut"; hundred-and-thirty-eighth round)
			"Kato", "Ano", "Pano", "Megalo", "Megali", "Mikro", "Mikri", "Palaio", "Medic", "Mèdic",
			// an air force or an air rescue service ("being flown by Air Force helicopter"; hundred-and-thirty-ninth round)
			"Air");

	/**
	 * The last words of towns' names that no surname has ("our Marble Falls ER", "Colorado Springs", "Cedar Rapids";
	 * thirty-eighth blind round).
	 */
	private static final Pattern TOWN_END = Pattern.compile(".*\\s(?:Falls|Springs|Heights|Rapids|Junction|Bluffs"
			// coastal and valley towns (forty-fourth to forty-seventh rounds: "our St. Simons Island campus", "Clinch
			// River Clinical Research Institute, Oak Ridge:"); not Hill, Lake or Bay, which are surnames too
			+ "|Island|Islands|Isle|Harbor|Harbour|Creek|Gulch|Cove|Bayou|Inlet|Ridge"
			// a lake district ("Plitvice Lakes"; sixty-second round), a care home's or a rehab centre's pines
			// ("A Fairfield Pines rehab patient"; seventieth round)
			+ "|Lakes|Pines"
			// Indonesian and Malay towns by their last word ("Jl. Garuda 17, Sumbawa Besar"; hundred-and-seventh round)
			+ "|Besar|Baru|Utara|Selatan|Timur|Barat|Tengah)",
			Pattern.DOTALL);

	private static final Pattern PLACE = Pattern.compile("(?:" + String.join("|",
			PLACE_PREFIXES.stream().map(Pattern::quote).toList())
			+ ")\\s+(?:(?:de|do|da|dos|das|del|della|di|du|des|la|le|les|los|las)\\s+){0,2}[A-Z].*", Pattern.DOTALL);

	/**
	 * A landscape's or a district's word and a particle: a mountain range, a valley, a coast, a county ("patients from the
	 * Sierra de Gata", "across the Comunidad de Calatayud"; eighty-second round's reading). "Sierra" is a first name too,
	 * but not before "de".
	 */
	private static final Pattern PLACE_WITH_PARTICLE = Pattern.compile("(?:Sierra|Serra|Comunidad|Mancomunidad|Comarca"
			+ "|Valle|Vall|Val|Vale|Monte|Montes|Costa|Ría|Ria|Tierra|Terra|Campo|Campos|Cabo|Pico|Picos|Ribera|Vega|Vegas"
			+ "|Lago|Lagoa|Bosque|Concello|Parque|Parco|Riviera"
			// French valleys, gorges and passes ("The Combe du Queyras road is closed"; hundred-and-fifth round)
			+ "|Combe|Gorges|Vallée|Col|Causse|Massif|Pays)\\s+(?:de|del|dels|da|do|dos|das|di|della|delle|dei|degli|du|des)\\s+"
			+ "(?:(?:la|las|los|le|lo|l['’])\\s*)?[A-Z].*", Pattern.DOTALL);

	/**
	 * The English street words that are never a name's last word nor a title: "Lane", "Court" and "Way" are surnames,
	 * "St" and "Dr" are a saint and a doctor, so each user adds those where the context settles it. One list for the
	 * names here and the street addresses ({@code PatternRecognisers.StreetAddresses}).
	 */
	static final String STREET_WORDS = "Street|Avenue|Ave|Road|Rd|Boulevard|Blvd|Highway|Hwy|Parkway|Pkwy|Ln";

	/**
	 * A street's name: it ends in a street word ("S Peoria Ave", "Overland Rd"; seventeenth blind round). "Lane",
	 * "Court" and "Way" are surnames too, so they are not in the list.
	 */
	private static final Pattern STREET = Pattern.compile(
			".*\\s(?:" + STREET_WORDS + ")\\.?"
					// European streets, squares and harbours ("Strandby Kirkevej", "Esbjerg Havn", "Bragernes Torg";
					// twentieth blind round): a last word ending in a street word of its language, or one of
					// theirs. "-gate" is left out: "Southgate" is a surname.
					+ "|.*\\s\\p{Lu}\\p{L}*(?:vej|gade|gata|gatan|vägen|väg|veien|vei|straße|strasse|weg|laan|straat"
					+ "|plein|gracht|kade|iela|gatvė|katu|ulica|ulice)\\.?"
					+ "|.*\\s(?:Havn|Hamn|Hafen|Torg|Torget|Plads|Platz|Markt|Allé|Alle|Esplanade)",
			Pattern.DOTALL);

	/**
	 * "Patient" written as part of a service's name right before it ("Our Patient Advocacy Office"; eighth round):
	 * a name after it that ends in an organisation's word is the service's.
	 */
	private static final WindowPattern PATIENT_WORD_BEFORE = WindowPattern.compile("\\bPatients?['’]?\\s+\\z");

	/**
	 * A postcode after a comma right before the name: the name is the town of an address ("25 Jalan Burma, 10050
	 * George Town", "Bragernes torg 8, 3017 Drammen"; twentieth blind round).
	 */
	private static final WindowPattern AFTER_POSTCODE = WindowPattern.compile(",\\s*\\d{4,6}\\s+\\z");

	/** A comma, a colon or a preposition of place right before the name ("Choose the best: Slovenska Bistrica"). */
	private static final WindowPattern AFTER_COMMA_OR_PREPOSITION = WindowPattern.compile("(?:,|:|\\b(?:in|at|near|from|to|of))\\s*\\z");

	/**
	 * An organisation's word and a comma right before a name that ends the sentence: the organisation's town, as a
	 * post signs off ("Cedar Valley Orthopaedics & Sports Medicine, Cedar Rapids."; twenty-third blind round). Not
	 * when the sentence goes on: "Thanks to Riverside Hospital, Mary Smith is home" names a person.
	 */
	private static final WindowPattern AFTER_ORGANISATION_AT_THE_END = WindowPattern.compile(
			"\\b(?:Hospital|Clinic|Centre|Center|Practice|Pharmacy|Surgery|Medicine|Care|Health|Healthcare|Dental|"
					+ "Orthopaedics|Orthopedics|Physio|Physiotherapy|Chiropractic|Audiology|Optometry|Imaging|Hospice|"
					+ "Group|Partners|Associates|Institute|Unit)\\.?,\\s*\\z");

	/**
	 * A place that is not an organisation, by the last word of its name, right after "at", "in", "near" or "into"
	 * ("8am start at Page Park, Dixon", "at Our Savior's Lutheran Church"; thirty-fourth blind round; "at Jiminy Peak"). Not after
	 * "on" or "the", and not with a possessive: "an update on Jane Hall", "in Mina Park's case" are people.
	 */
	private static final Pattern PLACE_KIND_END = Pattern.compile(".*\\s(?:Park|Church|Chapel|Cathedral|Stadium|Arena|"
			+ "Field|Fields|Green|Common|Library|Hall|Gardens|Beach|Pier|Marina|Mall|Fairgrounds|Speedway|Ballpark|"
			+ "Pavilion|Museum|Theatre|Theater|Zoo|Playground|Way|"
			// mountains and ski hills ("back on the slopes at Jiminy Peak"; hundredth round)
			+ "Peak|Peaks|Mountain|Ridge|Summit|Glacier|Falls|Canyon|Gorge)", Pattern.DOTALL);

	private static final WindowPattern LOCATIVE_BEFORE = WindowPattern.compile("\\b(?:(?:at|in|near|into)\\s+(?:our\\s+|the\\s+)?|from\\s+the\\s+)\\z",
			// a flag, not "(?i)": an inline flag leaves WindowPattern without its first chars
			Pattern.CASE_INSENSITIVE);

	private static final Pattern POSSESSIVE_AFTER = Pattern.compile("['’]s?\\b");

	/** The end of a sentence or of the post, or a state or postcode after the town. */
	private static final Pattern SENTENCE_ENDS = Pattern.compile(
			"\\s*(?:[.!?:]|\\z|\\n|,\\s+(?:or\\s+)?(?:call|ring|phone|text|email|visit)\\b|,?\\s+\\p{Lu}{2,3}\\b|,?\\s+\\d{4,5}\\b|\\s*[\\p{So}\\p{Sk}\\x{1F300}-\\x{1FAFF}])");

	/**
	 * A street word and a comma right before the name: the name is the suburb or town of an address ("22 Cape Road,
	 * Newton Park, Gqeberha"; twenty-first blind round).
	 */
	private static final WindowPattern AFTER_STREET = WindowPattern.compile(
			"\\b(?:" + STREET_WORDS + "|St|Lane|Drive|Dr|Close|Crescent|Terrace)\\.?,\\s*\\z");

	/**
	 * A street word of French, Italian, Spanish or Portuguese addresses, written in lower case, right before the name:
	 * the name is the street's, after the person it honours ("4 avenue Victor Hugo, 51800 Sainte-Menehould";
	 * hundred-and-twenty-fourth round). Case-sensitive: "Avenue" or "Rue" starting a name is a place prefix already.
	 */
	private static final WindowPattern LOWER_CASE_STREET_BEFORE = WindowPattern.compile(
			"(?<![\\p{L}])(?:rue|avenue|boulevard|allée|quai|chemin|impasse|via|viale|piazza|corso|calle|avenida|paseo|"
					+ "rua|travessa|largo)\\s+(?:(?:de|du|des|de\\s+la|del|della|di|da|do|dos)\\s+)?\\z");

	/**
	 * The same street told as a place something happened, with "the" before it: the name after the comma is whoever
	 * it happened to ("a logging accident on the Renous Highway, Rémi Arseneault of Sunny Corner walked out ...";
	 * seventy-third round). An address does not say "the".
	 */
	private static final WindowPattern AFTER_THE_STREET = WindowPattern.compile(
			"\\bthe\\s+(?:\\p{Lu}[\\p{L}'’-]*\\s+){1,3}(?:" + STREET_WORDS + "|Lane|Drive|Close|Crescent|Terrace)\\.?,\\s*\\z");

	/**
	 * A house number right before a name and a street word right after it: the name is a street's ("415 Desert Lake
	 * Dr.", where "Dr." is not a doctor; thirteenth session).
	 */
	private static final WindowPattern HOUSE_NUMBER_BEFORE = WindowPattern.compile("(?<![\\d.,:/-])\\d{1,6}\\s+\\z");

	/**
	 * A house number right before a name whose last word is a street's ("112 Merchants Row, Swanton VT 05488";
	 * eightieth round): "Row", "Lane", "Way" ... are surnames too, so only after a house number.
	 */
	private static final Pattern STREET_LAST_WORD = Pattern.compile(
			".*\\s(?:Row|Lane|Way|Court|Place|Drive|Close|Crescent|Terrace|Square|Walk|Mews|Gardens|Parade|Wharf"
					// "We're at 270 Prune Alley, Eastsound WA 98245" (hundred-and-twenty-fifth round)
					+ "|Alley)");

	/**
	 * A street word written after the name, lower case, as Hungarian, Latvian, Lithuanian and Czech addresses do
	 * ("Jókai Mór utca 21, 8500 Pápa"; eightieth round).
	 */
	private static final Pattern STREET_AFTER_NAME = Pattern.compile(
			"\\s+(?:utca|út|útja|tér|tere|körút|sétány|iela|gatvė|prospektas|prospekts|náměstí|nábřeží|trieda)(?!\\p{L})");

	/**
	 * What only a place does or has, right after the name: a river that broke its banks ("When the Nysa Kłodzka broke its
	 * banks"; ninety-eighth round), a town's council or hall: a place, for every pack.
	 */
	private static final Pattern PLACE_AFTER_NAME = Pattern.compile(
			"\\s+(?:broke|burst|overflowed|overtopped)\\s+its\\s+banks\\b"
					// a town's council, hall or square after its name ("Hvala to the Beli Manastir town council for the
					// funding"; hundred-and-twenty-seventh round)
					+ "|\\s+(?:town|city|county|village|municipal|district|parish|borough)\\s+(?:council|hall|square|library|"
					+ "market|fire\\s+brigade|band|choir)\\b");

	private static final Pattern STREET_WORD_AFTER = Pattern.compile(
			"\\s+(?:" + STREET_WORDS + "|St|Dr|Drive|Lane|Way|Court|Ct|Place|Pl|Trail|Trl|Cir|Circle|Ter|Terrace)\\b");

	/**
	 * The words that start an organisation's name in other languages ("Clínica Los Aromos", "Klinikum Nord"); the
	 * English ones (Hospital, Clinic, Centre ...) never start a name at all: they are in the recogniser's
	 * {@code NOT_NAMES}.
	 */
	static final List<String> ORGANISATION_FIRST_WORDS = List.of("Clínica", "Clinica", "Clinique", "Klinik", "Klinika",
			"Klinikum", "Kliinik", "Poliklinika", "Policlínica", "Policlinico", "Hôpital", "Hopital",
			"Ospedale", "Spital", "Spitalul", "Centro", "Instituto", "Institut", "Fundación", "Fundação",
			"Sanatorio", "Sanatorium", "Farmacia", "Farmácia", "Pharmacie", "Apotheke", "Praxis", "Ziekenhuis",
			// Italian, Czech and German spas ("At Terme Fonte Ernica in Fiuggi", "Lázně Šerák"; hundred-and-twelfth
			// and hundred-and-thirteenth rounds)
			"Terme", "Lázně", "Therme",
			// a spa house, and the English word before a Portuguese or Spanish hospital's name ("Kurhaus Litschau",
			// "at Hospital Alto Tâmega in Chaves"; fifty-ninth round): "Hospital" never starts a name itself
			"Kurhaus", "Kreiskrankenhaus", "Hospital",
			// spa baths ("The moor packs and thermal baths at Moorbad Nötsch"; hundred-and-seventh round)
			"Moorbad", "Thermalbad", "Heilbad", "Kurbad",
			// Slovak, Czech, Polish and Slovenian hospitals by their first word ("Nemocnica Pod Pustým hradom")
			"Nemocnica", "Nemocnice", "Szpital", "Bolnica", "Bolnišnica",
			// a race by its French, Spanish or Portuguese name ("I finished the Course de la Sorne"; seventy-seventh round)
			"Course", "Corrida", "Carrera", "Maratón", "Maratona", "Marathon",
			// a Polish hospital's department or ward by its first word ("Dział Kadr", its HR office; "Oddział
			// Kardiologii"; seventy-fourth round)
			"Dział", "Oddział",
			// a French health house ("Maison de Santé de Lormes, 03 86 55 01 27"; seventieth round)
			"Maison",
			// Italian rescue and civil protection services ("with the Soccorso Alpino's snowcat";
			// hundred-and-forty-ninth round)
			"Soccorso", "Protezione",
			// German practices by their compound ("the Hausarztpraxis am Marktplatz Kastellaun"; hundred-and-forty-eighth
			// round)
			"Hausarztpraxis", "Arztpraxis", "Praxisklinik", "Gemeinschaftspraxis", "Zahnarztpraxis",
			// the second word of "Centre Médical Bertrange" (forty-sixth round)
			"Médical", "Médicale", "Medizinisches", "Medizinische",
			// rehabilitation centres by their first word ("Revalidatie Walcheren", "Herz-Reha Bad Radkersburg";
			// forty-eighth round)
			"Revalidatie", "Revalidatiecentrum", "Reha", "Herz-Reha", "Rehaklinik", "Rehazentrum",
			// a department or a team by its specialty, and the words a unit's name starts with (fifteenth blind round:
			// "Dermatologia Quattro Canti", "Equipa de Cardiologia")
			"Dermatologia", "Dermatología", "Dermatologie", "Cardiologia", "Cardiología", "Kardiologie", "Pediatria",
			"Pediatría", "Pädiatrie", "Ortopedia", "Ortopedía", "Orthopädie", "Oftalmologia", "Oftalmología",
			"Fisioterapia", "Fysiotherapie", "Physiotherapie", "Odontologia", "Odontología", "Ginecologia",
			"Ginecología", "Neurologia", "Neurología", "Oncologia", "Oncología", "Onkologie", "Radiologia",
			"Urologia", "Equipa", "Equipo", "Équipe", "Equipe", "Servicio", "Serviço", "Servizio", "Unidad", "Unidade",
			"Unità", "Reparto", "Consultorio", "Consultório", "Ambulatorio", "Ambulatório", "Poliambulatorio",
			"Cabinet", "Laboratorio", "Laboratório", "Laboratoire", "Szpital", "Przychodnia", "Nemocnice", "Bolnica",
			"Zentrum",
			// a Slovenian spa, a French polyclinic, a Slovenian orthopaedic hospital, Vietnamese pharmacies, clinics and
			// hospitals ("Zdravilišče Slatinski Vrelec", "Polyclinique du Val de l'Aisne", "Ortopedija Bistrica", "Nhà
			// thuốc Phố Cổ"; eighty-eighth round)
			"Zdravilišče", "Polyclinique", "Polyklinik", "Ortopedija", "Nhà thuốc", "Phòng khám", "Bệnh viện",
			// foundations by their first word ("Grazie to the Fondazione Valle Umbra"; ninety-first round)
			"Fondazione", "Fondation", "Fundacja", "Nadace", "Nadácia",
			// an Italian nursing home, football clubs by their first word ("Casa di Cura Matese", "The goalkeeper of Atlético
			// Ribereño"; ninety-second and ninety-third rounds)
			"Casa di Cura", "Atlético", "Deportivo", "Sporting",
			// an Estonian family doctors' centre ("Perearstikeskus Rannaliiv in Suuremõisa"; ninety-seventh round)
			"Perearstikeskus", "Perearst", "Tervisekeskus",
			// a Swedish health centre by its first word ("call Vårdcentral Kustbandet on 0173-555 012"; hundred-and-second
			// round)
			"Vårdcentral", "Vårdcentralen", "Hälsocentral", "Hälsocentralen",
			// Italian and Spanish family firms by their first word ("Grazie di cuore to Riseria Fratelli Bellone of
			// Gambolò"; hundred-and-fifteenth round)
			"Riseria", "Fratelli", "Azienda", "Cantina", "Caseificio", "Pastificio", "Frantoio", "Oleificio",
			"Panificio", "Bodegas", "Hermanos",
			// an Italian clinic by its first word ("after my arthroscopy at Villa Lucumone I walked ..."; hundred-and-
			// thirty-first round)
			"Villa");

	// (and an Italian town's tourist association, whose name is the two words alone: "paid for by the Pro Loco of
	// Saint-Vincent"; hundred-and-twenty-ninth round)
	private static final Pattern ORGANISATION_FIRST = Pattern.compile("(?:" + String.join("|", ORGANISATION_FIRST_WORDS)
			+ ")\\s.*|Pro\\s+Loco", Pattern.DOTALL);

	/** The particle between an organisation's word and the rest of its name ("Centre du Sommeil"), with its space. */
	private static final String PARTICLE = "(?:du|de|des|de\\s+la|del|della|dello|delle|degli|dei|di|da|do|dos|das|van|von|der|am|an\\s+der|im|zum|zur)\\s+";

	/**
	 * An organisation's word and a particle right before the name: the name is the rest of the organisation's
	 * ("Centre du Sommeil du Prado", "Clínica de Fertilidad Levante", "Hospital da Luz"; fifteenth blind round). After
	 * an organisation's first word of another language the particle may be left out ("dell'Ospedale Aretusa di
	 * Siracusa", "am Klinikum Donaubogen"; seventeenth blind round); after an English head word it may not ("our
	 * Team Sarah" is not a rule).
	 */
	private static final WindowPattern ORGANISATION_AND_PARTICLE_BEFORE = WindowPattern.compile("\\b(?:(?:"
			+ String.join("|", HEAD_WORDS) + ")\\s+" + PARTICLE + "|(?:" + String.join("|", ORGANISATION_FIRST_WORDS)
			+ ")\\s+(?:" + PARTICLE + ")?)\\z");

	/**
	 * Lower-case service words a name may run straight into ("the Safe Sleep line", "our Heart Failure clinic"): a
	 * person's name is not followed by "line" or "clinic" with nothing between.
	 */
	private static final Pattern SERVICE_WORD_AFTER = Pattern.compile(
			" (?:line|hotline|helpline|service|services|programme|program|clinic|clinics|unit|ward|centre|center|hub|"
					+ "desk|office|team|department|campaign|appeal|fund|walk|run"
					// a programme's sessions ("how our free Diabetes Kitchen sessions helped her"; hundred-and-forty-
					// fourth to hundred-and-forty-sixth rounds' reading)
					+ "|sessions|classes|workshops"
					// an event's name ("The Jingle Bell 5K is back"; thirty-fourth blind round)
					+ "|\\d{1,3}[Kk]|[Ff]un [Rr]un|Walk|Run|Gala|Marathon|Half Marathon|Triathlon|Fun Day|Golf Classic|Plunge"
					// a hospital's word of a European language, written in lower case after the name ("Latgales
					// Reģionālās slimnīcas"; nineteenth blind round)
					+ "|slimnīc\\p{L}*|ligonin\\p{L}*|haigl\\p{L}*|kórház\\p{L}*|nemocnic\\p{L}*|bolnic\\p{L}*"
					+ "|bolnišnic\\p{L}*|szpital\\p{L}*|sygehus\\p{L}*|sjukhus\\p{L}*|sykehus\\p{L}*|sairaal\\p{L}*"
					+ "|ziekenhuis|klinik\\p{L}*|kliniek|spital\\p{L}*)\\b.*", Pattern.DOTALL);

	/**
	 * Function words of European languages that start a capitalised pair the recogniser may read as a name (German
	 * capitalises every noun: "Unser Patientenservice", "Ihre Rückmeldung", "Aus Datenschutzgründen", "Freundliche
	 * Grüsse"; thirteenth blind round). Articles that are also name particles ("De", "La", "Le", "Van", "Von", "Di")
	 * are not in the list.
	 */
	static final List<String> FUNCTION_WORDS = List.of("Unser", "Unsere", "Unserer", "Unseren", "Ihr", "Ihre", "Ihren",
			"Ihrer", "Ihnen", "Aus", "Der", "Die", "Das", "Den", "Dem", "Des", "Ein", "Eine", "Einen", "Mit", "Für", "Fur",
			"Bei", "Zum", "Zur", "Im", "Am", "Nach", "Bitte", "Danke", "Vielen", "Freundliche", "Freundlichen", "Liebe",
			"Lieber", "Liebes", "Sehr", "Herzliche", "Herzlichen", "Gute", "Guten", "Alles", "Grüezi", "Hallo", "Wir",
			"Nuestra", "Nuestro", "Nuestras", "Nuestros", "Muchas", "Gracias", "Feliz", "Una", "Notre", "Nos", "Merci",
			"Bonne", "Joyeux", "Chère", "Cher", "Onze", "Het", "Een", "Bedankt", "Beste", "Nostro", "Nostra", "Grazie",
			"Buon", "Buona", "Nosso", "Nossa", "Obrigado", "Obrigada", "Vores", "Vår", "Vårt", "Våre", "Vårat", "Tak",
			"Tack", "Kiitos", "Hyvää", "Dziękujemy", "Nasz", "Nasza", "Děkujeme", "Naše", "Náš", "Köszönjük",
			// seventeenth blind round: "Il Centro Dialisi", "Neue Leitung"
			"Il", "Gli", "Neue", "Neuer", "Neues", "Neuen",
			// "Schlaganfall? Jede Minute zählt" (eighty-eighth round)
			"Jede", "Jeder", "Jedes", "Jeden",
			// a country's body ("Germany's Standing Committee on Vaccination"; ninety-fourth round)
			"Germany's", "Germany’s", "Austria's", "Austria’s", "France's", "France’s", "Italy's", "Italy’s", "Spain's",
			"Spain’s", "Europe's", "Europe’s", "Ireland's", "Ireland’s", "Britain's", "Britain’s", "Sweden's",
			"Sweden’s", "Denmark's", "Denmark’s", "Greece's", "Greece’s", "Poland's", "Poland’s");

	private static final Pattern FUNCTION_FIRST = Pattern.compile("(?:" + String.join("|", FUNCTION_WORDS)
			+ ")\\s.*", Pattern.DOTALL);

	/** Any head word, as a whole word, in any case. */
	static final FastPattern HEAD = FastPattern.compile("\\b(?:" + String.join("|", HEAD_WORDS) + ")\\b",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final Pattern HEALTH_HEAD = Pattern.compile(String.join("|", HEALTH_HEAD_WORDS));

	private static final Pattern CAPITALISED = Pattern.compile("[A-Z].*");

	/** What may stand between a name and the head word it runs into: capitalised words and "and/of/for/the/&". */
	private static final Pattern BETWEEN = Pattern.compile("(?:\\s+(?:[A-Z][\\w'’-]*|and|of|for|the|&))*\\s+");

	/**
	 * A preposition right before a named ward or unit, in the eight chars before the name, or "the" ("The European
	 * Medicines Agency", twelfth blind round: nobody calls a person "the Jane Ward"); "our", or a programme's length
	 * ("who joined our Diabetes Wellness Circle", "Our 21-day Longevity Reset at Clinica Mare d'Ogliastra";
	 * hundred-and-thirty-second round). Eight chars hold "3-month " whole.
	 */
	private static final Pattern PREPOSITION_BEFORE = Pattern.compile(
			"(?i).*(?:\\b(?:on|at|in|onto|the|our)|\\d-(?:day|week|month))\\s+");

	/**
	 * A word of the name that is an organisation's compound name in a European language ("Nyrecenter",
	 * "Augenklinik", "Gesundheitszentrum", "Universitetssjukhus"; twelfth blind round).
	 */
	// (also with a hyphen: "Reha-Zentrum Ochsenkopf"; hundred-and-sixteenth round)
	private static final Pattern COMPOUND = Pattern.compile("(?iu)\\b\\p{L}{3,}-?(?:center|centre|centrum|zentrum|"
			+ "klinik|kliniek|klinikum|kliinik|klinika|sygehus|sjukhus|sykehus|sairaala|ziekenhuis|spital|praxis|apotek|"
			// Dutch practices, out-of-hours GP posts and pharmacies ("Huisartsenpost Delft"; thirty-fifth blind round)
			+ "apotheke|artsenpost|praktijk|apotheek|"
			// Norwegian and Swedish clinics, health centres and family doctors, German therapy practices ("Hemsedal
			// Fjellklinikk", "Valdres Fjellhelse", "Ockelbo Familjeläkare", "Deichblick Physiotherapie";
			// hundred-and-eleventh to hundred-and-thirteenth rounds)
			+ "klinikk|klinikken|helse|helsa|hälsan|läkare|legesenter|legekontor|vårdcentral|therapie)\\b");

	/**
	 * Endings of common nouns and adjectives that no person's name has: German capitalises every noun, so "Leitung der
	 * Neurologischen Frührehabilitation" reads like a name (seventeenth blind round). "-ung" alone is not one of them
	 * (Hartung, Jung), its plural "-ungen" is.
	 */
	private static final Pattern COMMON_NOUN = Pattern.compile("(?u)\\b\\p{L}{2,}(?:heit|keit|schaft|ität|ation|"
			+ "ationen|ologie|ischen|ische|isches|ierung|ungen)\\b");

	/** How far after a name the head word it runs into may start. */
	private static final int MAX_GAP = 40;

	private final TextIndex index;
	/** The head words of the text, in order: starts, ends and sentences; found on the first question. */
	private List<Span> heads;

	OrganisationNames(TextIndex index) {
		this.index = index;
	}

	/** Why a name is an organisation's: the three tests, in the order they are tried. */
	enum Reason {
		/** It runs into an organisation's head word: "our Patient Advice and Liaison Service". */
		RUNS_INTO_HEAD_WORD,
		/** It ends in a health organisation's head word: "Gate City Holistic Dental". */
		ENDS_IN_HEALTH_HEAD_WORD,
		/** It has a health organisation's head word inside, its town after: "Inn-Donau Klinikum Passau". */
		CONTAINS_HEALTH_HEAD_WORD,
		/** It ends in a capitalised head word right after "on", "at", "in" or "onto": "arrived on Willow Ward". */
		HEAD_WORD_AFTER_PREPOSITION,
		/** It is a place's name: "Santa Fe", "Fort Worth". */
		PLACE_NAME,
		/** One of its words is an organisation's compound name: "Nyrecenter Østjylland". */
		COMPOUND_NAME,
		/** One of its words is a common noun or adjective by its ending: "Leitung der Neurologischen Frührehabilitation". */
		COMMON_NOUN,
		/** It starts with an organisation's word: "Clínica Los Aromos", "Hospital Pediátrico Cordillera". */
		STARTS_WITH_ORGANISATION_WORD,
		/** It runs straight into a lower-case service word: "the Safe Sleep line", "our Heart Failure clinic". */
		RUNS_INTO_SERVICE_WORD,
		/** It starts with a function word of a European language: "Unser Patientenservice", "Freundliche Grüsse". */
		STARTS_WITH_FUNCTION_WORD,
		/** It follows an organisation's word and a particle: "Centre du Sommeil du Prado". */
		AFTER_ORGANISATION_WORD_AND_PARTICLE
	}

	/** Whether the name from {@code start} to {@code end}, in sentence {@code sentence}, is an organisation's. */
	boolean isOrganisation(int start, int end, int sentence) {
		return reason(start, end, sentence) != null;
	}

	/** The first test the name passes, or null when it is a person's name. */
	Reason reason(int start, int end, int sentence) {
		String text = index.text();
		String name = text.substring(start, end);
		if (PLACE.matcher(name).matches() || PLACE_WITH_PARTICLE.matcher(name).matches()
				|| STREET.matcher(name).matches() || TOWN_END.matcher(name).matches()
				|| AFTER_POSTCODE.find(text.substring(Math.max(0, start - 12), start))
				|| AFTER_STREET.find(text.substring(Math.max(0, start - 16), start))
						&& !AFTER_THE_STREET.find(text.substring(Math.max(0, start - 48), start))
				|| LOWER_CASE_STREET_BEFORE.find(text.substring(Math.max(0, start - 20), start))
				|| HOUSE_NUMBER_BEFORE.find(text.substring(Math.max(0, start - 8), start))
						&& (STREET_WORD_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 12))).lookingAt()
								|| STREET_LAST_WORD.matcher(name).matches())
				|| STREET_AFTER_NAME.matcher(text.substring(end, Math.min(text.length(), end + 12))).lookingAt()
				|| PLACE_AFTER_NAME.matcher(text.substring(end, Math.min(text.length(), end + 30))).lookingAt()
				|| PLACE_KIND_END.matcher(name).matches()
						&& LOCATIVE_BEFORE.find(text.substring(Math.max(0, start - 12), start))
						&& !POSSESSIVE_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 3))).lookingAt()
				|| AFTER_ORGANISATION_AT_THE_END.find(text.substring(Math.max(0, start - 24), start))
						&& SENTENCE_ENDS.matcher(text.substring(end, Math.min(text.length(), end + 12))).lookingAt()
				// a town of the EU/EEA gazetteer after a comma or a preposition ("at Ospedale Giorgione, Castelfranco
				// Veneto, between October ...", "Spitalul Nord Maramureș in Baia Mare"; forty-second and fifty-seventh
				// rounds)
				|| AFTER_COMMA_OR_PREPOSITION.find(text.substring(Math.max(0, start - 6), start))
						&& EuPlaces.isTown(name)) {
			return Reason.PLACE_NAME;
		}
		if (COMPOUND.matcher(name).find()) {
			return Reason.COMPOUND_NAME;
		}
		if (COMMON_NOUN.matcher(name).find()) {
			return Reason.COMMON_NOUN;
		}
		if (ORGANISATION_FIRST.matcher(name).matches()) {
			return Reason.STARTS_WITH_ORGANISATION_WORD;
		}
		if (FUNCTION_FIRST.matcher(name).matches()) {
			return Reason.STARTS_WITH_FUNCTION_WORD;
		}
		if (SERVICE_WORD_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 16))).matches()) {
			return Reason.RUNS_INTO_SERVICE_WORD;
		}
		if (ORGANISATION_AND_PARTICLE_BEFORE.find(text.substring(Math.max(0, start - 32), start))) {
			return Reason.AFTER_ORGANISATION_WORD_AND_PARTICLE;
		}
		List<Span> found = heads();
		if (found.isEmpty()) {
			return null;
		}
		Span following = null;
		for (Span head : found) {
			if (head.getStart() >= end && head.getSentence() == sentence
					&& (following == null || head.getStart() < following.getStart())) {
				following = head;
			}
		}
		if (following != null && following.getStart() >= end + 1 && following.getStart() <= end + MAX_GAP
				&& CAPITALISED.matcher(following.getText()).matches()
				&& BETWEEN.matcher(text.substring(end, following.getStart())).matches()) {
			return Reason.RUNS_INTO_HEAD_WORD;
		}
		boolean afterPreposition = false;
		for (Span head : found) {
			// a hospital's word inside the name, the town after it: "Inn-Donau Klinikum Passau" (thirteenth session)
			if (head.getStart() > start && head.getEnd() < end && HEALTH_HEAD.matcher(head.getText()).matches()) {
				return Reason.CONTAINS_HEALTH_HEAD_WORD;
			}
			if (head.getStart() > start && head.getEnd() == end) {
				if (HEALTH_HEAD.matcher(head.getText()).matches()) {
					return Reason.ENDS_IN_HEALTH_HEAD_WORD;
				}
				afterPreposition |= start >= 3 && CAPITALISED.matcher(head.getText()).matches()
						&& (PREPOSITION_BEFORE.matcher(text.substring(Math.max(0, start - 8), start)).matches()
								|| PATIENT_WORD_BEFORE.find(text.substring(Math.max(0, start - 10), start)));
			}
		}
		return afterPreposition ? Reason.HEAD_WORD_AFTER_PREPOSITION : null;
	}

	private List<Span> heads() {
		if (heads == null) {
			List<Span> found = new ArrayList<>();
			String text = index.text();
			HEAD.forEachMatch(index, m -> {
				if (m.end() > m.start()) {
					found.add(new Phrase(m.start(), m.end(), text.substring(m.start(), m.end()),
							index.sentenceOf(m.start()), "ORG_HEAD"));
				}
			});
			heads = found;
		}
		return heads;
	}

	private static List<String> concat(List<String> first, List<String> second) {
		List<String> all = new ArrayList<>(first);
		all.addAll(second);
		return List.copyOf(all);
	}
}
