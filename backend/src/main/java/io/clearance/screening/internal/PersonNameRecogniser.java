package io.clearance.screening.internal;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.clearance.screening.internal.TextIndex.Word;

/**
 * Finds name-shaped words and tells whether the sentence ties them to a patient. There is no dictionary of
 * names: a name is two or three capitalised words that are not common capitalised words ("Heart Month",
 * "Emergency Department"), an honorific and a surname, or one capitalised word right after "patient"/"baby".
 * Scripts without capital letters (Arabic, Hebrew, Chinese...) yield no names.
 */
final class PersonNameRecogniser implements Recogniser {

	/**
	 * A capitalised name word; also with a second capital after a prefix ("McKenzie", "O'Brien", and "LaDonna",
	 * "DeShawn", "LeAnn", "DaQuan", "DiMarco", "DuBois"; seventy-fourth round).
	 */
	private static final Pattern NAME_WORD = Pattern
		.compile("(?:Mc|Mac|O['’]|D['’]|La|Le|De|Da|Di|Du|Lu|Jo|Ja)?\\p{Lu}\\p{Ll}+(?:[-'’]\\p{Lu}?\\p{Ll}+)*");

	static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "mx", "miss",
			// a Spanish lady's and an Indian married woman's titles ("Doña Gumersinda Sanz Arranz, de Samboal",
			// "Smt. Basanti Devi Bhandari"; hundred-and-sixteenth round): the name after them may have three words
			"doña", "smt", "shri", "shrimati");

	private static final Set<String> PATIENT_WORDS = Set.of("patient", "patients", "patient's", "patients'",
			"patient’s", "patients’", "survivor", "recipient",
			// the word in European languages (fifteenth blind round: "para a paciente Maria das Graças Lins")
			"paciente", "pacientes", "patiente", "paziente", "pazienti", "patiënt", "patiënte", "patientin",
			"pacjent", "pacjentka", "pacient", "pacienta", "pacientul", "pacientei", "potilas", "ασθενής");

	private static final Set<String> NEWBORN_WORDS = Set.of("baby", "newborn", "infant");

	/** The verbs of a nickname after a patient word, and the one it is given: "patients call her ...". */
	private static final Set<String> NICKNAME_VERBS = Set.of("call", "calls", "called", "nicknamed", "nickname");

	private static final Set<String> NICKNAMED = Set.of("her", "him", "them");

	/** After "patient" these words make a job or a service, not a patient: "patient advocate Maria Lopez". */
	private static final Set<String> PATIENT_MODIFIERS = words("advocate", "advocates", "coordinator",
			"coordinators", "navigator", "navigators", "experience", "liaison", "liaisons", "care", "safety",
			"services", "service", "relations", "access", "portal", "financial", "representative", "representatives",
			"satisfaction", "education", "educator", "transport", "transporter", "ambassador", "ambassadors",
			"engagement", "rights", "centered", "centred", "flow", "support", "registration", "volunteer",
			"volunteers", "information", "guide", "handbook", "council", "committee", "advisory", "partner",
			"partners", "appreciation", "and", "or");

	/** "Patient story: ..." heads a sentence about one patient, however far the name comes after it. */
	private static final Set<String> STORY_WORDS = Set.of("story", "stories", "spotlight", "journey", "profile");

	private static final Set<String> ARTICLES = Set.of("the", "a", "an", "our");

	/** Lower-case particles inside surnames. */
	private static final Set<String> PARTICLES = Set.of("de", "van", "von", "der", "den", "da", "di", "du", "del",
			"della", "le", "la", "ter", "ten", "bin", "al");

	/** Two particles in a row inside a surname. */
	private static final Set<String> TWO_PARTICLES = Set.of("van den", "van der", "van de", "de la", "de los",
			"de las");

	/**
	 * One capitalised word right after these is a place ("from Lyon", "aus Pasing"); "to" and "of" also come before
	 * people.
	 */
	private static final Set<String> PLACE_PREPOSITIONS = Set.of("at", "in", "from", "near", "across", "around",
			"throughout", "via", "aus", "uit", "från",
			// a village after a casualty's age ("Julien Escaro (38) de Saillagouse, is in the intensive care unit";
			// hundred-and-nineteenth round)
			"de");

	/**
	 * A capitalised word (the end of a name) or an age, then "of", or an age then "from", right before a name: the
	 * name is a place.
	 */
	private static final Pattern NAME_OR_AGE_THEN_OF = Pattern.compile(
			"(?:(?<![\\p{L}.])\\p{Lu}\\p{Ll}+|(?<![\\d.,])\\d{1,3},)\\s+of\\s+\\z"
					// "Geoffrey Ash, 74, from Charlton Kings", "Pádraig Fallon (68) from Moate" (twenty-fourth round)
					+ "|(?:(?<![\\d.,])\\d{1,3},|\\(\\d{1,3}\\))\\s+from\\s+\\z");

	/**
	 * A journey's verb and "to" (or "to the top of"; eighty-second round: "she hiked to the top of Enchanted Rock")
	 * right before a name: the name is where they went ("I kayaked down to La Roche this
	 * summer"; sixtieth round).
	 */
	private static final Pattern JOURNEY_TO_BEFORE = Pattern.compile("\\b(?:hiked|climbed|swam|cycled|skied|sailed|"
			+ "kayaked|paddled|trekked|rowed|biked|drove|walked|ran|flew)\\s+(?:(?:down|up|over|out|back|across|along)"
			+ "\\s+)?(?:to|into)\\s+(?:the\\s+(?:top|summit|peak|foot|end)\\s+of\\s+)?\\z"
			// a mountain one heads up ("Heading up Trzy Korony this winter?"; hundred-and-fourteenth round)
			+ "|\\b(?i:heading|headed|head|going|go|went|walking|walked|hiking|climbing|skiing)\\s+up\\s+\\z");

	/**
	 * The top or the slopes of something, or the shore of a lake, right before a name: the name is a mountain's or a
	 * lake's ("From knee replacement to the summit of the Pania della Croce"; hundredth round; "he leads the Tuesday walk
	 * along the shore of Megali Prespa"; hundred-and-twenty-first round).
	 */
	private static final Pattern MOUNTAIN_PART_OF_BEFORE = Pattern.compile(
			"\\b(?:summit|top|slopes?|flanks?|ridge|shores?|banks?|lakeshore|waters)\\s+of\\s+(?:the\\s+)?\\z");

	/** The prepositions after which any name is a place's. */
	private static final Set<String> IN_OR_NEAR = Set.of("in", "near");

	/**
	 * A name's last word that makes it a place after "from", "in", "at", "near" or "to" ("a trucker from Nimpo Lake, who
	 * now sees his kidney specialist"; hundred-and-fifteenth round).
	 */
	private static final Set<String> PLACE_LAST_WORDS = Set.of("lake", "lakes", "river", "creek", "falls", "bay",
			"harbour", "harbor", "springs", "island", "crossing", "landing", "junction", "beach", "hills", "valley");

	/** The prepositions before a place named by its last word. */
	private static final Set<String> BEFORE_A_PLACE = Set.of("from", "in", "at", "near", "to");

	/** Verbs that take "in" as their particle: "brought in Zdravko Kodelja", "checked in Mrs Lee". */
	private static final Set<String> VERBS_BEFORE_IN = Set.of("brought", "bring", "brings", "bringing", "checked",
			"check", "wheeled", "carried", "flew", "flown", "rushed", "called", "let", "took", "taken", "welcomed",
			"helped", "walked", "came", "come", "sent", "drove", "driven", "admitted", "booked", "fitted", "squeezed");

	/** Verbs whose object is a place, never a person: "hiked Table Rock", "summited Mount Rainier". */
	private static final Set<String> PLACE_VERBS = Set.of("hiked", "climbed", "summited", "swam", "cycled", "skied",
			"sailed", "kayaked", "paddled", "trekked");

	/**
	 * The same verbs and walking, also as a wish, before "the" and a name ("to walk the Sallandse Heuvelrug with his
	 * granddaughter again"; seventy-eighth round); without "the" they may take a person ("walked Emma down the aisle").
	 */
	private static final Set<String> PLACE_VERBS_BEFORE_THE = Set.of("hiked", "climbed", "summited", "swam", "cycled",
			"skied", "sailed", "kayaked", "paddled", "trekked", "walk", "walked", "hike", "climb", "cycle", "swim", "ski",
			"sail", "kayak", "paddle", "trek", "summit");

	/** A name right after these is a place: "patients from Grand Rapids". */
	private static final Set<String> LOCATIVES = Set.of("at", "in", "from", "near", "to", "into", "across",
			"around", "throughout", "via", "on", "of");

	/** Possessives before "Sister" that make her a relative, not a ward sister. */
	private static final Set<String> POSSESSIVES = Set.of("my", "his", "her", "their", "your", "our", "whose");

	/** Roles named by what they lead: "head of physiotherapy, ...", "lead for infection control, ...". */
	private static final Set<String> HEADS_OF = Set.of("head", "lead", "director", "chief", "manager", "leader");

	private static final Set<String> OF_FOR = Set.of("of", "for");

	/** The years in a staff role before a name: "After 41 years as a nurse on our surgical ward, Birutė Stonkienė". */
	private static final Set<String> YEARS = Set.of("years", "decades", "year");

	/** Community roles after "volunteer": "Volunteer firefighter Manolis Tzanakis" is no volunteer of ours. */
	private static final Set<String> COMMUNITY_ROLES = Set.of("firefighter", "firefighters", "fireman", "firewoman",
			"lifeguard", "lifeboat", "coastguard", "rescuer", "searcher", "crew", "ambulance");

	/**
	 * The community roles written with a capital before a name, which are no name words themselves ("Firefighter Ante
	 * Vuković", "Skipper Ragnvald"); not the services' words, which end organisations' names ("Åland Sea Ambulance").
	 */
	private static final Set<String> ROLES_BEFORE_A_NAME = Set.of("firefighter", "fireman", "firewoman", "lifeguard",
			"rescuer", "searcher", "skipper", "coxswain",
			// what a casualty was doing, written with a capital before the name ("Hiker Styliani Karalis, 34, from
			// Chania is being treated here"; hundred-and-eighth round)
			"hiker", "climber", "trekker", "walker", "cyclist", "skier", "snowboarder", "swimmer", "surfer",
			"windsurfer", "kitesurfer", "kayaker", "canoeist", "diver", "motorcyclist", "biker", "paraglider",
			"mountaineer", "rambler");

	/** The words before "resident" that make it a doctor's grade: "chief resident", "surgical resident". */
	private static final Set<String> RESIDENT_GRADES = Set.of("chief", "senior", "junior", "surgical", "medical",
			"surgery", "pediatric", "paediatric", "psychiatry", "psychiatric", "radiology", "anesthesia", "anaesthesia",
			"family", "dental", "pharmacy", "orthopaedic", "orthopedic", "emergency", "first-year", "second-year",
			"third-year", "fourth-year", "pgy", "year");

	/** Offices held for a place ("the mayor of ..."): one capitalised word after "of" is the place. */
	private static final Set<String> OFFICES_OF_A_PLACE = Set.of("mayor", "mayoress", "priest", "vicar", "rector",
			"sheriff", "governor", "warden", "skipper", "postmaster", "harbourmaster", "harbormaster", "bishop", "abbot",
			"prefect", "councillor", "councilor", "chief");

	/** What a team does to a patient, between the team and the name: the name is not one of the team. */
	private static final Set<String> CARE_VERBS_BEFORE_A_PATIENT = Set.of("brought", "rescued", "evacuated", "carried",
			"airlifted", "treated", "found", "pulled", "admitted", "discharged", "transferred", "stabilised", "stabilized",
			"resuscitated", "flew", "drove", "took");

	/** Services before "officer" that are not ours: "police officer Tom Reed" is no officer of ours. */
	private static final Set<String> OTHER_SERVICES = Set.of("police", "prison", "probation", "parole", "fire",
			"customs", "army", "naval", "correctional", "petty", "warrant", "immigration", "border");

	/** Titles and roles before a name, and credentials after it, that make the person staff. */
	private static final Set<String> STAFF_TITLES = words("dr", "doctor", "nurse", "prof", "professor", "surgeon",
			"physician", "cardiologist", "oncologist", "pediatrician", "paediatrician", "neurologist", "radiologist",
			"anesthesiologist", "anaesthetist", "obstetrician", "gynecologist", "dermatologist", "psychiatrist",
			"psychologist", "therapist", "pharmacist", "chaplain", "director", "ceo", "cfo", "coo", "cmo", "cno",
			"president", "vp", "manager", "coordinator", "navigator", "advocate", "volunteer", "technician", "tech",
			"midwife", "dietitian", "dietician", "practitioner", "specialist", "resident", "fellow", "dean", "chief",
			"administrator", "paramedic", "emt", "chair", "chairman", "chairwoman", "trustee", "colleague",
			"coworker", "teammate", "employee", "staff", "dentist", "hygienist", "counselor", "counsellor", "educator",
			"worker", "receptionist", "scheduler", "assistant", "aide", "intern", "provider", "team", "member",
			"recruiter", "optometrist", "audiologist", "chiropractor", "physiotherapist", "physio", "sonographer",
			"phlebotomist", "radiographer", "optician", "orthodontist", "podiatrist", "ophthalmologist", "hospitalist",
			"supervisor", "spokesperson", "spokeswoman", "spokesman",
			// a role before a comma, an Austrian academic title (forty-fourth and forty-seventh rounds: "our HR lead,
			// Mag. Verena Hörtnagl", "our DPO, Edgars Zariņš")
			"lead", "dpo", "officer", "mag", "dipl",
			// Czech and Slovak doctors' and academic titles ("led by MUDr. Petra Šindelářová"; seventy-seventh round)
			"mudr", "mddr", "mvdr", "phdr", "doc",
			// British hospital grades and specialists by their title after a name ("Dr Aisha Rahman, Consultant
			// Geriatrician"; thirteenth session)
			"consultant", "registrar", "matron", "geriatrician", "technologist", "sonographers", "therapists", "anaesthesiologist", "haematologist",
			"hematologist", "gastroenterologist", "urologist", "nephrologist", "rheumatologist", "endocrinologist",
			// the same in European languages (eighteenth blind round: "la dott.ssa Chiara Ferrandi")
			"dott", "ssa", "dottoressa", "dottore", "dra", "doctora", "docteur", "docteure", "ärztin", "arzt",
			"oberarzt", "oberärztin", "chefarzt", "chefärztin", "primario", "primaria", "infermiera", "infermiere",
			"enfermera", "enfermero", "enfermeira", "enfermeiro", "pflegerin", "pfleger", "hebamme", "ostetrica",
			"matrona", "apothekerin", "apotheker", "farmacista", "farmacéutica", "farmacéutico", "pharmacienne",
			"pharmacien", "lekarz", "lékař", "lékařka", "lekár", "lekárka", "sykepleier", "sjuksköterska", "läkare",
			"lege", "læge", "hoitaja", "lääkäri", "verpleegkundige", "huisarts", "fisioterapeuta", "kinésithérapeute",
			"physiothérapeute", "psychologue", "psicóloga", "psicólogo", "psicologa", "psicologo");

	private static final Pattern CREDENTIAL_AFTER = Pattern.compile(
			"^,?\\s*(?:MD|M\\.D\\.|DO|D\\.O\\.|RN|NP|PA|PA-C|PhD|DNP|BSN|MSN|APRN|CNM|CRNA|FACS|FACC|PharmD|DPT|LCSW|DDS"
					// more US credentials, and a British grade written after the name as a title ("Carla Dove, FNP, is
					// back home in the valley", "Mr Tomasz Wróblewski, Consultant Orthopaedic Surgeon, who joins";
					// fortieth and forty-third rounds)
					+ "|FNP|FNP-BC|FNP-C|CNP|LPN|LVN|RDN|DMD|DPM|MBBS|MRCP|FRCS|FRCP|MRCGP|Consultant|Specialty\\s+Doctor"
					+ "|Staff\\s+Nurse|Charge\\s+Nurse|Ward\\s+Sister|Advanced\\s+Nurse\\s+Practitioner|Clinical\\s+(?:Lead|Director|Nurse))\\b");

	/** An age right after a name: ", 74," or " (74)". */
	private static final Pattern AGE_RIGHT_AFTER = Pattern.compile("\\s*(?:,\\s*\\d{1,3}\\b|\\(\\d{1,3}\\))");

	/** Capitalised words that are never part of a name. Compared in lower case. */
	private static final Set<String> NOT_NAMES = words("the", "a", "an", "our", "your", "my", "his", "her", "their",
			"its", "we", "you", "i", "he", "she", "they", "it", "this", "that", "these", "those", "there", "here",
			"what", "when", "where", "who", "why", "how", "all", "every", "each", "some", "any", "no", "not", "and",
			"or", "but", "if", "so", "as", "at", "in", "on", "of", "for", "to", "from", "with", "by", "after",
			"before", "during", "thanks", "thank", "welcome",
			// a storm's kind before its name, an office after a title ("Tropical Cyclone Lusi", "Monsieur le Maire";
			// sixty-second and sixty-third rounds)
			"hurricane", "typhoon", "cyclone", "tropical", "tornado", "maire", "mayor", "bürgermeister", "sindaco",
			"alcalde",
			// days in the plural ("will see patients Tuesdays and Thursdays"; sixty-fourth round)
			"mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays",
			"congratulations", "congrats", "happy", "join", "meet",
			// congratulations in other languages before a first name ("Félicitations Maïwenn!"; seventy-seventh round)
			"félicitations", "felicitations", "felicidades", "felicitaciones", "parabéns", "gefeliciteerd",
			"glückwunsch", "auguri", "complimenti", "gratulacje", "gratulujeme", "onnittelut", "grattis",
			"please", "call", "visit", "learn", "read", "see", "come", "get", "find", "book", "schedule", "register",
			// a request to get in touch before the name of whom to ask ("Contact Nadine Cloutier, Director of
			// Nursing: (418) 555-0163"; seventy-sixth round)
			"contact", "ask", "email", "e-mail", "message", "ring", "text",
			// a survey after "Patient" ("In this year's GP Patient Survey, 89% of our patients"; seventy-eighth round)
			"survey", "surveys", "questionnaire", "questionnaires",
			// a number at the start of a sentence ("One of our patients tells how ..."; seventy-ninth round's reading)
			"one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
			"sign", "follow", "share", "like", "watch", "hear", "listen", "discover",
			"today", "tomorrow", "yesterday", "tonight", "now", "new", "next",
			"last", "great", "big", "good", "best", "more", "free", "open", "closed", "celebrating", "introducing",
			"welcoming", "congratulating", "honoring", "honouring", "wishing", "remembering", "thanking", "announcing",
			"presenting", "featuring", "spotlight", "shoutout", "kudos", "cheers", "monday", "tuesday", "wednesday",
			"thursday", "friday", "saturday", "sunday", "january", "february", "march", "july", "september",
			"october", "november", "december", "christmas", "easter", "thanksgiving", "halloween", "hanukkah",
			"ramadan", "diwali", "outpatient", "inpatient", "hospital", "hospitals", "medical", "medicine", "center", "centre", "clinic",
			"clinics", "health", "healthcare", "care", "emergency", "department", "unit", "cancer", "heart",
			"institute", "university", "college", "school", "foundation", "children's", "women's", "general",
			"memorial", "regional", "community", "county", "city", "state", "national", "american", "association",
			"society", "network", "system", "services", "service", "group", "team", "program", "month", "week", "day",
			"year", "awareness", "street", "avenue", "road", "suite", "floor", "building", "wing", "campus",
			"pavilion", "tower", "north", "south", "east", "west", "central", "valley", "saint", "st", "cardiology",
			"oncology", "pediatrics", "radiology", "surgery", "orthopedics", "neurology", "maternity", "labor",
			"delivery", "family", "women", "men", "kids", "nurses", "nurse", "doctor", "doctors", "dr", "surgeon",
			"physician", "therapy", "rehab", "rehabilitation", "pharmacy", "lab", "laboratory", "urgent", "primary",
			"behavioral", "mental", "wellness", "fitness", "nutrition", "vaccine", "vaccines", "flu", "patient",
			"patients", "baby", "newborn", "mom", "mother", "dad", "father", "grandma", "grandpa", "grandmother", "sister",
			"grandfather",
			// Filipino honorifics of elders before a first name ("Manong Bayyang tells his story"; hundred-and-tenth
			// round): a grandma's, not a full name
			"manong", "manang", "mang", "aling", "lolo", "nanay", "tatay", "tito", "tita",
			"facebook", "instagram", "twitter", "linkedin", "youtube", "google", "mychart", "covid",
			"pink", "red", "blue", "green", "gold", "walk", "run", "race", "gala", "fair", "drive", "awards", "award",
			"prize", "fund", "research", "trial", "study", "news", "update", "alert", "notice", "stay", "keep",
			"make", "help", "support", "protect", "wash", "wear", "don't", "do", "is", "are", "was", "were", "be",
			"can", "will", "did", "has", "have", "had", "may", "must", "should", "would", "could", "also", "just",
			"then", "than", "while", "because", "since", "until", "once", "again", "always", "never", "every",
			"even", "still", "yes", "hi", "hello", "hey", "dear", "love", "proud", "ready", "together", "world",
			"global", "international", "awareness", "hope", "bless",
			// days and months shortened on event posts ("Sat Dec 12, 9am-2pm"; fortieth round), not "Jan", "Mar",
			// "May" or "Sun", which are names too
			"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "feb", "apr", "jun", "jul", "aug",
			"sep", "sept", "oct", "nov", "dec",
			// greetings of other languages before a first name ("Ciao Sofia, thank you ..."; fortieth round)
			"ciao", "hola", "bonjour", "bonsoir", "hallo", "hej", "hei", "salut", "servus", "moin", "olá", "ahoj",
			"aloha",
			// ... and before a town ("Buongiorno da Peschici!"; ninety-seventh round)
			"buongiorno", "buonasera", "buenos", "bom", "guten", "goedemorgen", "kalimera",
			// ... and praise ("Slavă Domnului!"; hundred-and-second round; not "Slava", a first name)
			"slavă", "domnului",
			// ... and cheers ("Forza Ettore, from all of us at ..."; hundred-and-third round)
			"forza",
			// ... and a Bavarian and Austrian hello ("Grüß Gott from the Teddybärkrankenhaus!"; hundred-and-fifteenth
			// round)
			"grüß", "grüss", "gott",
			// a French thanks before a first name, a preposition before a month, a mayor's title ("Merci Gervais for
			// opening your cabane à sucre to us!", "Between August and October, ...", "Monsieur le Bourgmestre
			// d'Étalle"; hundred-and-fifth and hundred-and-sixth rounds)
			"merci", "between", "bourgmestre", "burgomaster", "burgemeester", "bürgermeister", "sindaco",
			// "Call Human Resources at (501) 555-0138" (fiftieth round)
			"resources",
			// an adjective before a place's name ("Old Tydal wisdom from your team"; hundred-and-thirty-sixth round)
			"old",
			// a French cheer before a first name ("Allez Marcelin !"; hundred-and-thirty-ninth round)
			"allez",
			// an apology before the word that follows ("(Sorry, patients, the waiting room only gets the recipe.)";
			// hundred-and-forty-first round)
			"sorry",
			// an office greeted after its honorific ("Alles Gute, Herr Kommandant!"; hundred-and-forty-eighth round)
			"kommandant", "kommandantin", "pfarrer", "direktor", "direktorin");

	/** Days and months, whose spans ("Monday-Friday", "April-October") are no double-barrelled names. */
	private static final Set<String> DAYS_AND_MONTHS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
			"saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "january",
			"february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
			"december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

	/**
	 * An article that starts a place's name ("in La Pocatière", "the Las Merindades hospital"), when a preposition of
	 * place or "the" comes before it; not "Le" or "La" alone at a name's start, Vietnamese surnames.
	 */
	private static final Set<String> PLACE_ARTICLES = Set.of("La", "Las", "Los", "Les", "El", "Le", "Lo", "Il");

	private static final Set<String> BEFORE_A_PLACE_ARTICLE = Set.of("in", "at", "from", "near", "to", "towards",
			"toward", "the", "via", "outside", "around", "across", "of", "between", "and");

	/**
	 * "towards", "across" or "throughout" before a name: a road's or a journey's end, or a region ("the N-629 towards
	 * Medina de Pomar is closed", "at 41 village camps across Pauri Garhwal"; hundred-and-eighth and hundred-and-twelfth
	 * rounds).
	 */
	private static final Set<String> TOWARDS = Set.of("towards", "toward", "across", "throughout");

	/**
	 * A German article and an adjective of praise or rank before a capitalised word: a German noun, not a name ("Die
	 * beste Hüftendoprothetik Sachsens"; hundred-and-tenth round). Not an article alone ("die kleine Lena" is a girl).
	 */
	private static final Pattern GERMAN_ARTICLE_BEFORE = Pattern.compile(
			"(?<![\\p{L}])(?:[Dd]ie|[Dd]er|[Dd]as|[Dd]en|[Dd]em|[Dd]es|[Ee]ine[mnrs]?)\\s+"
					+ "(?:beste|neue|erste|größte|modernste|schönste|führende|einzige)[nmrs]?\\s+\\z");

	/**
	 * ", a patient", ", one of our patients" after a name: a patient context. Not a new clause that speaks of patients
	 * ("closed between Saillans and Vercheny, so patients coming up ...", "the landslide on the Dalton Pass, how patients
	 * from Aritao ..."; hundred-and-twenty-fourth round).
	 */
	private static final Pattern PATIENT_AFTER = Pattern.compile(
			"^'?s?(?:\\s*\\(\\d{1,3}\\))?\\s*,\\s*(?:(?:a|an|our|the|one\\s+of\\s+our|another)\\s+)?(?:(?!(?:and|or|every|each|all|any|no|many|most|some|other|so|but|then|while|when|where|whether|because|as|since|if|though|although|yet|how|why|what|which|that|with|for|from|to)\\s)[\\w-]+\\s+){0,3}?(?:patients?|survivors?|recipients?)\\b(?!['’]?s?\\s+(?:advocate|coordinator|navigator|experience|liaison|care|safety|services|relations|access|representative|ambassador))",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/** "Harriet Moss is our oldest hip fracture patient": only after a full name (two or three words). */
	private static final Pattern IS_A_PATIENT_AFTER = Pattern.compile(
			"^\\s+(?:is|was|became)\\s+(?:a|an|our|the|one\\s+of\\s+our)\\s+(?:[\\w-]+\\s+){0,3}?(?:patient|survivor|recipient)\\b(?!['’]?s?\\s+(?:advocate|coordinator|navigator|experience|liaison|care|safety|services|relations|access|representative|ambassador))",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/**
	 * One person's care event after a name, past an age, a home town and one or two clauses between commas ("Hiker
	 * Styliani Karalis (36) from Agrinio, caught in the rockfall below the monastery, is being treated here";
	 * hundred-and-eighth round).
	 */
	private static final Pattern CARE_EVENT_AFTER = Pattern.compile(
			"^\\s*(?:\\(\\d{1,3}\\)\\s*(?:(?:(?:from|of|de|aus)\\s+|d['’])\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+)?(?=,))?)?(?:(?:,[^,.;!?]{1,50}){1,2},\\s*|,\\s*(?=(?:who|rang|underwent|recovered|is|was)\\b))?(?:(?:from|of|aus)\\s+\\p{Lu}[\\p{L}-]+(?:,?\\s+\\p{Lu}[\\p{L}-]+)?,?\\s+)?(?:who\\s+)?(?:(?:was|is|has\\s+been|had\\s+been|got|just\\s+got)\\s+(?:\\w+\\s+)?(?:admitted|readmitted|discharged|diagnosed|treated|transferred|airlifted|hospitali[sz]ed|rushed|intubated|sedated|born|delivered|resuscitated|operated)|underwent|is\\s+recovering|recovered|gave\\s+birth|(?:finally\\s+)?went\\s+home\\s+(?:after|from)|spent\\s+(?:\\w+\\s+){1,3}?(?:in|at)\\s+(?:our|the)\\s+(?:[\\w-]+\\s+)?(?:ICU|NICU|hospital|ED|ER|unit|care)|had\\s+(?:his|her|their)\\s+(?:(?:left|right)\\s+)?[\\w-]+\\s+(?:removed|repaired|replaced|amputated)|had\\s+(?:a\\s+|an\\s+|his\\s+|her\\s+|their\\s+)?(?:[\\w-]+\\s+){0,2}?(?:surgery|operation|transplant|bypass|amputation)\\b|is\\s+in\\s+(?:critical|serious|stable|fair|good)\\s+condition|received\\s+(?:a\\s+|an\\s+|his\\s+|her\\s+|their\\s+)?(?:new\\s+)?(?:transplant|diagnosis|surgery|treatment|kidney|liver|heart|lung)|rang\\s+the\\s+(?:chemo\\s+|cancer\\s+)?bell|beat\\s+(?:cancer|covid|leukemia)|completed\\s+(?:his|her|their)\\s+(?:final\\s+|last\\s+)?(?:(?:round|course|dose|session)\\s+of\\s+)?(?:chemo|chemotherapy|treatment|radiation)|(?:is|was)\\s+(?:finally\\s+)?(?:heading|headed|going|back)\\s+home|left\\s+our\\s+(?:[\\w-]+\\s+){0,2}?(?:unit|ICU|NICU|PICU|ward|floor|hospice|hospital)|made\\s+a\\s+(?:full\\s+)?recovery|came\\s+(?:in|to\\s+(?:our|the)\\s+[\\w-]+)\\s+with\\s+(?:a|an)\\s+(?:[\\w-]+\\s+)?(?:broken|fractured|sprained|cut|burn|fever|concussion|infection|asthma)"
					// regular visits, and the story of one's care told (seventy-ninth round: "Toivo from Erastvere has
					// been coming to our diabetes nurse clinic every month", "Albano Morais, 67, from Boticas, tells us
					// how cardiac rehabilitation at Hospital do Barroso got him back")
					// ... also to a clinic named by its hospital ("has been coming to Soar Valley Hospital's diabetes clinic for
					// twenty years"; hundred-and-sixteenth round)
					+ "|has\\s+been\\s+(?:coming|going)\\s+to\\s+(?:our\\s+(?:[\\w-]+\\s+){0,3}?|(?:[\\w'’-]+\\s+){1,5}?)(?:clinic|unit|ward|practice|centre|center|surgery|hospital|sessions|group|programme|program)"
					// a programme one came to, a habit one quit, home oxygen one depends on, a wound dressed, a specialist
					// seen (hundred-and-fourteenth and hundred-and-fifteenth rounds: "Tiziana Bartalini, 44, from
					// Radicofani, came to our knee programme", "Monique Chassaing, 68, from Saint-Éloy-les-Mines, quit for
					// good", "Mr. Réal Bourassa, 88, who depends on home oxygen", "where Agneta has her leg ulcer dressed",
					// "Wes Cattanach, a rancher from Anahim Lake, who now sees his heart failure specialist by video")
					+ "|came\\s+to\\s+(?:our|the)\\s+(?:[\\w-]+\\s+){0,2}?(?:programme|program|rehab\\w*|clinic|unit|ward)\\b(?!\\s+(?:as|for\\s+(?:work|a\\s+job)|to\\s+(?:work|volunteer|help|teach|train|speak|talk))\\b)"
					+ "|(?:quit|stopped)\\s+(?:smoking|drinking|for\\s+good)\\b"
					// rehabilitation done with us, intensive care (hundred-and-eighteenth and hundred-and-nineteenth rounds:
					// "Meet Ruihi Wihongi from Kimbell, who did her knee and shoulder rehab with our physio team", "Julien
					// Escaro (38) de Saillagouse, is in the intensive care unit at Clinique du Carlit")
					+ "|did\\s+(?:his|her|their)\\s+(?:[\\w-]+\\s+){0,4}?(?:rehab\\w*|physio\\w*|therapy|treatment|chemo\\w*|radiotherapy)\\s+(?:with|at)\\s+(?:us|our)\\b"
					+ "|(?:is|was)\\s+(?:now\\s+|still\\s+)?in\\s+(?:the\\s+|our\\s+)?(?:intensive\\s+care|ICU|intensive\\s+therapy|critical\\s+care|high\\s+dependency)\\b"
					+ "|(?:depends|relies)\\s+on\\s+(?:home\\s+|a\\s+)?(?:oxygen|dialysis|ventilator|feeding\\s+tube)"
					+ "|(?:has|had|gets)\\s+(?:his|her|their)\\s+(?:[\\w-]+\\s+){0,2}?(?:ulcer|wound|dressings?|stitches|bandages?|catheter|drain)\\s+(?:dressed|changed|checked|removed|cleaned|redressed)"
					+ "|(?:now\\s+)?(?:sees|saw)\\s+(?:his|her|their)\\s+(?:[\\w-]+\\s+){0,3}?(?:specialist|cardiologist|oncologist|nephrologist|neurologist|diabetologist|consultant|surgeon|physiotherapist|dietitian)"
					+ "|tells\\s+(?:us\\s+)?(?:how|what|why)\\s+(?:[\\w-]+\\s+){0,4}?(?:rehabilitation|rehab|surgery|treatment|therapy|physiotherapy|chemotherapy|care|review|diagnosis|operation)\\b"
					// "Kelda, Copplestone's favourite lollipop lady, who's home recovering from her hip operation" (eighty-fifth
					// round)
					+ "|who['’]s\\s+(?:now\\s+)?(?:back\\s+)?(?:home\\s+|at\\s+home\\s+)?recovering\\s+(?:from|after)\\b"
					// "Garry Cutmore started haemodialysis with us on 2 December 2016" (eighty-sixth round)
					+ "|started\\s+(?:(?:his|her|their)\\s+)?(?:[\\w-]+\\s+)?(?:haemodialysis|hemodialysis|dialysis|chemo\\w*|radiotherapy|rehab\\w*|treatment)\\s+(?:with\\s+us|here|at\\s+our)\\b"
					// the same in French, Portuguese, Spanish, Italian, German and Dutch (fifteenth blind round:
					// "M. Jean-Luc Técher, 58 ans, de la Ravine des Cabris, a quitté notre service")
					+ "|a\\s+(?:quitté|été\\s+(?:opérée?|admise?|hospitalisée?|transférée?|soignée?|prise?\\s+en\\s+charge))"
					+ "|est\\s+(?:hospitalisée?|sortie?\\s+de(?!\\s+son\\s+lit)|en\\s+réanimation|soignée?)"
					+ "|(?:foi|está|esteve|ficou)\\s+(?:internad[oa]|operad[oa]|transferid[oa]|atendid[oa]|na\\s+UTI|em\\s+recuperação)"
					+ "|internad[oa]\\s+(?:no|na|em)|(?:teve|recebeu)\\s+alta"
					+ "|(?:fue|ha\\s+sido|está|estuvo)\\s+(?:operad[oa]|ingresad[oa]|dad[oa]\\s+de\\s+alta|trasladad[oa]|atendid[oa]|intervenid[oa])"
					+ "|ingresad[oa]\\s+en|recibió\\s+el\\s+alta"
					+ "|(?:è|é)\\s+stat[oa]\\s+(?:operat[oa]|ricoverat[oa]|dimess[oa]|trasferit[oa])|è\\s+ricoverat[oa]"
					+ "|wurde\\s+(?:[\\p{L}\\p{N}_]+\\s+)?(?:operiert|entlassen|aufgenommen|eingeliefert|behandelt|verlegt)"
					// "Sabine Huber (54) aus Pasing hatte ihren Eingriff im Mai" (seventeenth blind round)
					+ "|hatte\\s+(?:ihren|seinen|ihre|seine)\\s+(?:[\\p{L}-]+\\s+)?(?:Eingriff|Operation|OP|Entbindung|Transplantation|Behandlung)"
					+ "|liegt\\s+(?:[\\p{L}\\p{N}_]+\\s+){0,3}?(?:auf\\s+(?:der\\s+)?(?:Intensiv[\\p{L}\\p{N}_]*|Station)|im\\s+Krankenhaus)"
					+ "|werd\\s+(?:opgenomen|geopereerd|ontslagen)|ligt\\s+(?:[\\p{L}\\p{N}_]+\\s+){0,3}?op\\s+(?:de\\s+)?(?:intensieve\\s+zorg|IC))\\b",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/**
	 * The three patterns tried after a name, for their required literals only ({@link FastPattern.RequiredLiterals}:
	 * "patient", "survivor", "recipient"; "admitted", "discharged", "underwent" ...): they join the post's literal
	 * scan, and a pattern is tried after a name only when one of its required literals starts in the stretch it is
	 * tried on. Where none does, the pattern cannot match there, so the result is the same.
	 */
	private static final FastPattern PATIENT_AFTER_WORDS = FastPattern.compileForPieces(PATIENT_AFTER.pattern(),
			PATIENT_AFTER.flags());
	private static final FastPattern IS_A_PATIENT_AFTER_WORDS = FastPattern.compileForPieces(IS_A_PATIENT_AFTER.pattern(),
			IS_A_PATIENT_AFTER.flags());
	private static final FastPattern CARE_EVENT_AFTER_WORDS = FastPattern.compileForPieces(CARE_EVENT_AFTER.pattern(),
			CARE_EVENT_AFTER.flags());

	/** The patterns above, and the head words of organisations' names ({@link OrganisationNames#HEAD}). */
	@Override
	public List<FastPattern> patterns() {
		return List.of(PATIENT_AFTER_WORDS, IS_A_PATIENT_AFTER_WORDS, CARE_EVENT_AFTER_WORDS, OrganisationNames.HEAD);
	}

	/**
	 * Whether one of the positions (ascending) lies in [{@code from}, {@code to}); true without positions (the text
	 * was not scanned for the literals).
	 */
	private static boolean anyWithin(int[] positions, int from, int to) {
		if (positions == null) {
			return true;
		}
		int i = Arrays.binarySearch(positions, from);
		if (i < 0) {
			i = -i - 1;
		}
		return i < positions.length && positions[i] < to;
	}

	/** A set from a word list that may repeat a word (the lists are long and grouped by theme). */
	private static Set<String> words(String... words) {
		return Set.copyOf(Arrays.asList(words));
	}

	@Override
	public void recognise(TextIndex index, List<Span> facts) {
		List<Word> words = index.words();
		String text = index.text();
		// one matcher per pattern for the whole post, reset for each input
		Matcher nameWord = NAME_WORD.matcher("");
		Matcher patientAfter = PATIENT_AFTER.matcher("");
		Matcher careAfter = CARE_EVENT_AFTER.matcher("");
		Matcher credentialAfter = CREDENTIAL_AFTER.matcher("");
		// where the required literals of the patterns tried after a name occur (null: not known, try them all)
		int[] patientAt = PATIENT_AFTER_WORDS.requiredPositions(index);
		int[] isAPatientAt = IS_A_PATIENT_AFTER_WORDS.requiredPositions(index);
		int[] careAt = CARE_EVENT_AFTER_WORDS.requiredPositions(index);
		OrganisationNames organisations = new OrganisationNames(index);
		// the surnames of the staff named so far: "Mr Wróblewski specialises in ..." after "Mr Tomasz Wróblewski,
		// Consultant Orthopaedic Surgeon" is the same consultant (fortieth round)
		Set<String> staffSurnames = new HashSet<>();
		int i = 0;
		while (i < words.size()) {
			Word first = words.get(i);
			boolean honorific = Character.isUpperCase(first.text().charAt(0)) && HONORIFICS.contains(first.lower())
					&& i + 1 < words.size() && gapOk(text, first, words.get(i + 1), true);
			if (!honorific && !isNameWord(first, nameWord)) {
				i++;
				continue;
			}
			int j = honorific ? i + 1 : i;
			int nameWords = 0;
			Word prev = honorific ? first : null;
			while (j < words.size()) {
				Word cur = words.get(j);
				boolean initial = isInitial(text, cur);
				if (prev != null && !gapOk(text, prev, cur, isInitial(text, prev) || prev == first && honorific)
						&& !(nameWords > 0 && nicknameGap(text, words, j))) {
					break;
				}
				if (initial) {
					// an initial is part of a name only between or after name words
					if (nameWords == 0 && !honorific) {
						break;
					}
				}
				else if (nameWords > 0 && PARTICLES.contains(cur.text()) && j + 1 < words.size()
						&& isNameWord(words.get(j + 1), nameWord) && gapOk(text, cur, words.get(j + 1), false)) {
					// "Pieter de Vries", "Vincent van Gogh": a lower-case particle between name words
				}
				else if (nameWords > 0 && j + 2 < words.size()
						&& TWO_PARTICLES.contains(cur.text() + " " + words.get(j + 1).text())
						&& isNameWord(words.get(j + 2), nameWord)
						&& gapOk(text, cur, words.get(j + 1), false)
						&& gapOk(text, words.get(j + 1), words.get(j + 2), false)) {
					// two particles: "Joris van den Berg", "Ana de la Cruz" (sixty-first round); the second is passed
					// over as the loop goes on. Not German "von der": German capitalises its nouns ("38 Minuten von
					// der Tür")
				}
				else if (isNameWord(cur, nameWord)) {
					nameWords++;
				}
				else {
					break;
				}
				prev = cur;
				j++;
			}
			if (nameWords == 0) {
				i = Math.max(j, i + 1);
				continue;
			}
			Word last = words.get(j - 1);
			int start = first.start();
			int end = last.end();
			if (isInitial(text, last) && end < text.length() && text.charAt(end) == '.') {
				end++;
			}
			if (last.text().endsWith("'s") || last.text().endsWith("’s")) {
				end -= 2;
			}
			int sentence = first.sentence();
			int firstNameWord = honorific ? i + 1 : i;
			String before = patientWordBefore(words, i);
			String after = null;
			String following = index.after(end, 80);
			int followingEnd = end + following.length();
			patientAfter.reset(following);
			careAfter.reset(following);
			if (anyWithin(patientAt, end, followingEnd) && patientAfter.lookingAt()
					|| nameWords >= 2 && anyWithin(isAPatientAt, end, followingEnd)
							&& IS_A_PATIENT_AFTER.matcher(following).lookingAt()) {
				after = "patient";
			}
			else if (anyWithin(careAt, end, followingEnd) && careAfter.lookingAt()) {
				after = careAfter.group().replaceAll("^[\\s,]+", "").replaceAll("\\s+", " ");
			}
			boolean directlyAfterPatientWord = before != null && i > 0 && isPatientOrNewbornWord(words.get(i - 1))
					&& gapOkLoose(text, words.get(i - 1), first);
			// the holder of a patient title right before it: "Patient of the week: Janelle"
			boolean directlyAfterPatientTitle = before != null && before.contains(" of the ") && i > 0
					&& gapOkLoose(text, words.get(i - 1), first);
			// four words only with an age right after: Spanish and Portuguese names carry two given names and two
			// surnames ("María Jesús Sáenz Ochoa, 74, a retired schoolteacher"; fifty-sixth round)
			boolean fourWithAge = nameWords == 4
					&& AGE_RIGHT_AFTER.matcher(text).region(end, text.length()).lookingAt();
			boolean accepted = honorific || (nameWords >= 2 && nameWords <= 3) || fourWithAge
					|| (nameWords == 1 && (directlyAfterPatientWord || directlyAfterPatientTitle || after != null));
			if (nameWords > 3 && !fourWithAge) {
				accepted = false;
			}
			// one capitalised word right after "from", "in", "at" ... is a place: "visiting from Lyon, France, gave birth"
			if (nameWords == 1 && !honorific && i > 0 && PLACE_PREPOSITIONS.contains(words.get(i - 1).lower())
					&& words.get(i - 1).sentence() == first.sentence()) {
				accepted = false;
			}
			// one capitalised word after an office "of" is the office's place: "The mayor of Abriès, hurt this morning
			// ..." (hundred-and-forty-sixth round)
			if (nameWords == 1 && !honorific && i >= 2 && words.get(i - 1).lower().equals("of")
					&& OFFICES_OF_A_PLACE.contains(words.get(i - 2).lower())
					&& words.get(i - 2).sentence() == first.sentence()) {
				accepted = false;
			}
			// a route's stop is a place, in any number of words ("the ambulance will collect you via Le Vigan";
			// hundredth-round reading, when Norway's and France's emergency cues made it a named patient)
			if (accepted && !honorific && i > 0 && words.get(i - 1).lower().equals("via")
					&& words.get(i - 1).sentence() == first.sentence()) {
				accepted = false;
			}
			// "of" right after a name or a person's age is where they live: "Tammy Whitfield of Searcy", "Harold
			// Meyer, 71, of Grand Island" (twentieth blind round); "the daughter of Mary Smith" stays a person
			// (these two only ever turn a name down: not run for one turned down already)
			if (accepted && !honorific
					&& NAME_OR_AGE_THEN_OF.matcher(text.substring(Math.max(0, start - 40), start)).find()) {
				accepted = false;
			}
			if (accepted && !honorific
					&& JOURNEY_TO_BEFORE.matcher(text.substring(Math.max(0, start - 40), start)).find()) {
				accepted = false;
			}
			if (accepted && !honorific
					&& MOUNTAIN_PART_OF_BEFORE.matcher(text.substring(Math.max(0, start - 40), start)).find()) {
				accepted = false;
			}
			// a place's article after a preposition of place or "the", or anything after "towards": a place ("in La
			// Pocatière", "the N-629 towards Medina de Pomar"; hundred-and-eighth round)
			if (accepted && !honorific && i > 0 && words.get(i - 1).sentence() == first.sentence()
					&& (TOWARDS.contains(words.get(i - 1).lower()) || PLACE_ARTICLES.contains(first.text())
							&& BEFORE_A_PLACE_ARTICLE.contains(words.get(i - 1).lower()))) {
				accepted = false;
			}
			if (accepted && !honorific
					&& GERMAN_ARTICLE_BEFORE.matcher(text.substring(Math.max(0, start - 30), start)).find()) {
				accepted = false;
			}
			// two or three words right after "in" or "near" are a place ("the raftsmen's guild in Sromowce Niżne";
			// hundred-and-fourteenth round), unless they are someone's ("in Maria Lopez's room"), an age follows ("a
			// pacemaker in María Jesús Sáenz Ochoa, 74"), or "in" belongs to the verb ("brought in Zdravko Kodelja")
			if (accepted && !honorific && i > 0 && IN_OR_NEAR.contains(words.get(i - 1).lower())
					&& words.get(i - 1).sentence() == first.sentence() && !last.text().endsWith("'s")
					&& !last.text().endsWith("’s") && !AGE_RIGHT_AFTER.matcher(text).region(end, text.length()).lookingAt()
					&& !(i > 1 && VERBS_BEFORE_IN.contains(words.get(i - 2).lower()))) {
				accepted = false;
			}
			if (accepted && !honorific && i > 0 && nameWords >= 2 && BEFORE_A_PLACE.contains(words.get(i - 1).lower())
					&& words.get(i - 1).sentence() == first.sentence()
					&& PLACE_LAST_WORDS.contains(stripPossessive(last.lower()))) {
				accepted = false;
			}
			// what someone hiked, climbed or swam is a place: "I hiked Table Rock with my grandkids"
			if (!honorific && i > 0 && PLACE_VERBS.contains(words.get(i - 1).lower())
					&& words.get(i - 1).sentence() == first.sentence()) {
				accepted = false;
			}
			if (!honorific && i > 1 && words.get(i - 1).lower().equals("the")
					&& PLACE_VERBS_BEFORE_THE.contains(words.get(i - 2).lower())
					&& words.get(i - 2).sentence() == first.sentence()) {
				accepted = false;
			}
			if (accepted) {
				String surname = stripPossessive(last.lower());
				boolean staff = staffTitleBefore(index, words, i)
						|| credentialAfter.reset(index.after(end, 16)).lookingAt()
						|| nameWords == 1 && staffSurnames.contains(surname);
				if (staff) {
					staffSurnames.add(surname);
				}
				String cue = before != null ? before : after;
				String span = text.substring(start, end);
				boolean organisation = organisations.isOrganisation(start, end, sentence);
				facts.add(new PersonName(start, end, span, sentence, Normalize.name(span), cue != null && !staff,
						staff, cue, organisation));
				// an organisation's or a place's name makes no sentence about a person ("Lake LBJ Medical Center,
				// 3200 US-281 N, Marble Falls TX 78654"; thirty-eighth blind round)
				if (!organisation) {
					index.nameSeenIn(sentence, staff);
				}
			}
			i = Math.max(j, firstNameWord + 1);
		}
	}

	private static boolean isNameWord(Word word, Matcher nameWord) {
		char first = word.text().charAt(0);
		if (!Character.isUpperCase(first) && first != 'O' && first != 'M' && first != 'D') {
			return false;
		}
		// "Ninety-two-year-old" is an age, not a name word
		if (word.lower().endsWith("-old")) {
			return false;
		}
		// a span of days or months: "see patients Monday-Friday" (hundred-and-ninth round)
		int hyphen = word.text().indexOf('-');
		if (hyphen > 0 && DAYS_AND_MONTHS.contains(word.lower().substring(0, hyphen))) {
			return false;
		}
		// the word lists first: most capitalised words are common ones, and a look-up costs less than the pattern
		return !NOT_NAMES.contains(word.lower()) && !NOT_NAMES.contains(stripPossessive(word.lower()))
				&& !STAFF_TITLES.contains(word.lower()) && !PATIENT_MODIFIERS.contains(word.lower())
				// "Firefighter Ante Vuković (41) was treated here" (seventy-eighth round's reading)
				&& !ROLES_BEFORE_A_NAME.contains(word.lower())
				&& nameWord.reset(word.text()).matches();
	}

	private static String stripPossessive(String word) {
		return word.endsWith("'s") || word.endsWith("’s") ? word.substring(0, word.length() - 2) : word;
	}

	private static boolean isInitial(String text, Word word) {
		return word.text().length() == 1 && Character.isUpperCase(word.text().charAt(0)) && word.end() < text.length()
				&& text.charAt(word.end()) == '.';
	}

	private static boolean isPatientOrNewbornWord(Word word) {
		return PATIENT_WORDS.contains(word.lower()) || NEWBORN_WORDS.contains(word.lower());
	}

	/** Words of one name are separated by one space (after an initial or honorific: a full stop and a space). */
	private static boolean gapOk(String text, Word a, Word b, boolean dotAllowed) {
		String gap = text.substring(a.end(), b.start());
		return gap.equals(" ") || gap.equals("\u00a0") || (dotAllowed && (gap.equals(". ") || gap.equals(".")));
	}

	/**
	 * Whether word {@code k}, before the name at {@code nameIndex}, is a title of our staff: not a volunteer of another
	 * service ("Volunteer firefighter Manolis Tzanakis") nor another service's officer ("Police officer Tom Reed").
	 */
	private static boolean isOurStaffTitle(List<Word> words, int k, int nameIndex) {
		String title = words.get(k).lower();
		if (!STAFF_TITLES.contains(title)) {
			return false;
		}
		if (title.equals("volunteer") && k + 1 < nameIndex && COMMUNITY_ROLES.contains(words.get(k + 1).lower())) {
			return false;
		}
		// a resident doctor by their grade or specialty ("surgical resident Tom Reyes"), not a care home's resident ("Our
		// resident Helju Saarmets celebrated her 96th birthday", "Our oldest resident, Madame Léonie ..."; eighty-eighth
		// and eighty-ninth rounds)
		if (title.equals("resident") && (k == 0 || !RESIDENT_GRADES.contains(words.get(k - 1).lower()))) {
			return false;
		}
		return !(title.equals("officer") && k >= 1 && OTHER_SERVICES.contains(words.get(k - 1).lower()));
	}

	/**
	 * A one-word nickname in quotes between name words ("Harold "Hal" Kimball", "Ferdinand “Ferdl” Kögl"; forty-eighth
	 * round): the gap before word {@code j} opens the quote and the one after it closes it, or {@code j} follows the
	 * closed nickname.
	 */
	private static boolean nicknameGap(String text, List<Word> words, int j) {
		String open = text.substring(words.get(j - 1).end(), words.get(j).start());
		if ((open.equals(" \"") || open.equals(" “")) && j + 1 < words.size()) {
			String close = text.substring(words.get(j).end(), words.get(j + 1).start());
			return close.equals("\" ") || close.equals("” ");
		}
		if ((open.equals("\" ") || open.equals("” ")) && j >= 2) {
			String before = text.substring(words.get(j - 2).end(), words.get(j - 1).start());
			return before.equals(" \"") || before.equals(" “");
		}
		return false;
	}

	private static boolean gapOkLoose(String text, Word a, Word b) {
		String gap = text.substring(a.end(), b.start()).strip();
		return gap.isEmpty() || gap.equals(",") || gap.equals(":") || gap.equals("-") || gap.equals("–");
	}

	/**
	 * A patient word at most three words before the name in the same sentence ("our patient John Smith",
	 * "patient of the month: Maria Lopez"), a newborn word right before it ("baby Emma"), or a "patient story"
	 * heading anywhere before it in the sentence.
	 */
	private static String patientWordBefore(List<Word> words, int nameIndex) {
		if (nameIndex == 0) {
			return null;
		}
		Word name = words.get(nameIndex);
		Word previous = words.get(nameIndex - 1);
		if (previous.sentence() != name.sentence() || LOCATIVES.contains(previous.lower())) {
			return null;
		}
		// "patients at the Harbor Outpatient Center": a place, however many articles stand between
		if (ARTICLES.contains(previous.lower()) && nameIndex >= 2
				&& LOCATIVES.contains(words.get(nameIndex - 2).lower())) {
			return null;
		}
		if (NEWBORN_WORDS.contains(previous.lower())) {
			return previous.text();
		}
		for (int k = nameIndex - 1; k >= 0 && word(words, k).sentence() == name.sentence(); k--) {
			Word word = words.get(k);
			if (PATIENT_WORDS.contains(word.lower()) || k == nameIndex - 1 && isOurResident(words, k)) {
				if (k + 1 < nameIndex && STORY_WORDS.contains(words.get(k + 1).lower())) {
					return word.text() + " " + words.get(k + 1).text();
				}
				// "Patient of the week: Janelle"
				if (k + 3 < nameIndex && words.get(k + 1).lower().equals("of") && words.get(k + 2).lower().equals("the")
						&& Set.of("week", "month", "year").contains(words.get(k + 3).lower())) {
					return word.text() + " of the " + words.get(k + 3).text();
				}
				if (k < nameIndex - 4) {
					continue;
				}
				// what patients call someone: a nickname, not a patient ("Patients call her 'Pani Książka'";
				// hundred-and-twenty-third round)
				if (k + 2 < nameIndex && NICKNAME_VERBS.contains(words.get(k + 1).lower())
						&& NICKNAMED.contains(words.get(k + 2).lower())) {
					return null;
				}
				boolean modified = k + 1 < nameIndex && PATIENT_MODIFIERS.contains(words.get(k + 1).lower());
				return modified ? null : word.text();
			}
		}
		return null;
	}

	/**
	 * "resident" after "our", one or two words before, right before the name: a care home's resident, in our care ("Our
	 * resident Helju Saarmets", "Our oldest resident, Madame Léonie Wagner-Schmit"; eighty-eighth and eighty-ninth
	 * rounds). Not a town's resident ("Sligo resident Mary Kelly"), nor "our resident physiotherapist, Anna Berg".
	 */
	private static boolean isOurResident(List<Word> words, int k) {
		if (!words.get(k).lower().equals("resident")) {
			return false;
		}
		for (int j = k - 1; j >= 0 && j >= k - 2 && words.get(j).sentence() == words.get(k).sentence(); j--) {
			if (words.get(j).lower().equals("our")) {
				return true;
			}
		}
		return false;
	}

	private static Word word(List<Word> words, int index) {
		return words.get(index);
	}

	private static boolean staffTitleBefore(TextIndex index, List<Word> words, int nameIndex) {
		// "our volunteer of the year, Harold Jensen": the title stands before "of the year"
		int skip = nameIndex >= 4 && words.get(nameIndex - 3).lower().equals("of")
				&& words.get(nameIndex - 2).lower().equals("the")
				&& Set.of("year", "month", "week", "day", "quarter").contains(words.get(nameIndex - 1).lower()) ? 3 : 0;
		if (skip > 0) {
			return STAFF_TITLES.contains(words.get(nameIndex - 4).lower())
					&& words.get(nameIndex - 4).sentence() == words.get(nameIndex).sentence();
		}
		// "Sister Janet Pike hangs up her fob watch": a ward sister, written with a capital, not "my sister Jane"
		// (thirty-fourth blind round)
		if (nameIndex >= 1 && words.get(nameIndex - 1).text().equals("Sister")
				&& words.get(nameIndex - 1).sentence() == words.get(nameIndex).sentence()
				&& (nameIndex < 2 || !POSSESSIVES.contains(words.get(nameIndex - 2).lower()))) {
			return true;
		}
		// "our head of physiotherapy, Élodie Schaller", "the lead for infection control, Sam Reyes": a role by its
		// department, then a comma (thirty-fourth blind round)
		for (int of = nameIndex - 2; of >= 1 && of >= nameIndex - 4; of--) {
			if (OF_FOR.contains(words.get(of).lower()) && HEADS_OF.contains(words.get(of - 1).lower())
					&& words.get(of - 1).sentence() == words.get(nameIndex).sentence()
					&& index.text().substring(words.get(nameIndex - 1).end(), words.get(nameIndex).start()).strip()
						.equals(",")) {
				return true;
			}
		}
		// "After 41 years as a nurse on our surgical ward, Birutė Stonkienė hung up her uniform" (seventy-ninth round)
		if (nameIndex >= 1 && index.text().substring(words.get(nameIndex - 1).end(), words.get(nameIndex).start())
				.strip().equals(",")) {
			for (int as = nameIndex - 3; as >= 1 && as >= nameIndex - 12; as--) {
				if (words.get(as).sentence() != words.get(nameIndex).sentence()) {
					break;
				}
				if (words.get(as).lower().equals("as") && YEARS.contains(words.get(as - 1).lower())
						&& ARTICLES.contains(words.get(as + 1).lower())
						&& STAFF_TITLES.contains(words.get(as + 2).lower())) {
					return true;
				}
			}
		}
		for (int k = nameIndex - 1; k >= 0 && k >= nameIndex - 2; k--) {
			Word word = words.get(k);
			if (word.sentence() != words.get(nameIndex).sentence()) {
				return false;
			}
			// the team's patient, not one of the team: "Our rescue team brought Algimantas Kairys (67) from his flooded
			// farmhouse" (hundred-and-forty-fourth round)
			if (k == nameIndex - 1 && CARE_VERBS_BEFORE_A_PATIENT.contains(word.lower())) {
				return false;
			}
			String gap = index.text().substring(word.end(), words.get(k + 1).start()).strip();
			if (!(gap.isEmpty() || gap.equals(".") || gap.equals(","))) {
				return false;
			}
			if (isOurStaffTitle(words, k, nameIndex)) {
				return true;
			}
		}
		return false;
	}
}
