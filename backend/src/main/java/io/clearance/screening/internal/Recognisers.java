package io.clearance.screening.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * All Java recognisers, run once per screening; their facts are shared by every pack. Names run first because
 * dates and ages ask whether their sentence names someone.
 */
final class Recognisers {

	record TextFacts(TextIndex index, List<Span> spans) {
	}

	private final PhoneRecogniser phones;
	private final List<Recogniser> all;

	Recognisers(String phoneRegion) {
		this.phones = new PhoneRecogniser(phoneRegion);
		this.all = List.of(new PersonNameRecogniser(), phones, new PatternRecognisers.Emails(),
				new PatternRecognisers.Ssns(), new PatternRecognisers.RecordNumbers(), new PatternRecognisers.Dates(),
				new PatternRecognisers.Ages(), new PatternRecognisers.StreetAddresses());
	}

	TextFacts recognise(String text) {
		TextIndex index = new TextIndex(text == null ? "" : text);
		List<Span> spans = new ArrayList<>();
		for (Recogniser recogniser : all) {
			recogniser.recognise(index, spans);
		}
		return new TextFacts(index, List.copyOf(spans));
	}

	PhoneRecogniser phones() {
		return phones;
	}
}
