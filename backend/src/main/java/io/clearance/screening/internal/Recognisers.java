package io.clearance.screening.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * All Java recognisers, run once per screening; their facts are shared by every pack. Names run first because
 * dates, ages, ZIP codes and IP addresses ask whether their sentence names someone. Media descriptions are indexed
 * here too, once, so that each pack can match its phrases in them.
 */
final class Recognisers {

	/**
	 * The facts of one post: the text's index and spans, and its media with one index per description (for the
	 * packs' media phrases).
	 */
	record TextFacts(TextIndex index, List<Span> spans, List<Media> media, List<TextIndex> mediaIndexes) {

		TextFacts(TextIndex index, List<Span> spans) {
			this(index, spans, List.of(), List.of());
		}
	}

	private final PhoneRecogniser phones;
	private final List<Recogniser> all;

	Recognisers(String phoneRegion) {
		this.phones = new PhoneRecogniser(phoneRegion);
		this.all = List.of(new PersonNameRecogniser(), phones, new PatternRecognisers.Emails(),
				new PatternRecognisers.Ssns(), new PatternRecognisers.RecordNumbers(), new PatternRecognisers.Dates(),
				new PatternRecognisers.Ages(), new PatternRecognisers.StreetAddresses(),
				new PatternRecognisers.ZipCodes(), new PatternRecognisers.WebAddresses(),
				new PatternRecognisers.IpAddresses(), new EuPlaces());
	}

	TextFacts recognise(String text) {
		return recognise(text, List.of());
	}

	TextFacts recognise(String text, List<String> mediaDescriptions) {
		return recognise(text, mediaDescriptions, null);
	}

	/**
	 * The facts of a post; with a {@code scanner}, the text is first scanned once for every literal word the
	 * recognisers' and the packs' patterns start with.
	 */
	TextFacts recognise(String text, List<String> mediaDescriptions, LiteralScanner scanner) {
		TextIndex index = new TextIndex(text == null ? "" : text);
		if (scanner != null) {
			index.scanLiterals(scanner);
		}
		List<Span> spans = new ArrayList<>();
		for (Recogniser recogniser : all) {
			recogniser.recognise(index, spans);
		}
		if (mediaDescriptions == null || mediaDescriptions.isEmpty()) {
			return new TextFacts(index, List.copyOf(spans));
		}
		List<Media> media = new ArrayList<>(mediaDescriptions.size());
		List<TextIndex> mediaIndexes = new ArrayList<>(mediaDescriptions.size());
		for (int i = 0; i < mediaDescriptions.size(); i++) {
			String description = mediaDescriptions.get(i) == null ? "" : mediaDescriptions.get(i);
			media.add(new Media(i, description));
			mediaIndexes.add(new TextIndex(description));
		}
		return new TextFacts(index, List.copyOf(spans), List.copyOf(media), List.copyOf(mediaIndexes));
	}

	/** The literal words the recognisers' patterns start with, and those their matches must contain. */
	List<String> literals() {
		return patternLiterals(FastPattern::scannedLiterals);
	}

	/** Of {@link #literals}, those a pattern may need right after a word char ({@link FastPattern#literalsAnywhere}). */
	List<String> literalsAnywhere() {
		return patternLiterals(FastPattern::literalsAnywhere);
	}

	private List<String> patternLiterals(Function<FastPattern, List<String>> ofPattern) {
		List<String> literals = new ArrayList<>();
		for (Recogniser recogniser : all) {
			for (FastPattern pattern : recogniser.patterns()) {
				literals.addAll(ofPattern.apply(pattern));
			}
		}
		return literals;
	}

	PhoneRecogniser phones() {
		return phones;
	}
}
