package io.clearance.screening.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A pack's {@code signals.tsv}: a small linear text model (one logistic-regression head per category) whose scores
 * become {@link Signal} facts for the pack's rules. Features are the post's lower-cased words and pairs of adjacent
 * words in one sentence ({@link #features}); a number is {@code <num>}, a hashtag keeps its {@code #}. A feature
 * counts once per post, however often it occurs. A head's score is {@code 1 / (1 + e^-(bias + sum of the weights
 * of the post's features))}; the sentence with the highest score (its own features only) is the signal's span.
 *
 * <p>
 * The file is text a rule owner can read, one value per line, tab-separated:
 *
 * <pre>
 * # comments and blank lines are ignored
 * MEDICAL_CLAIM	&lt;bias&gt;	-4.2
 * MEDICAL_CLAIM	&lt;threshold&gt;	0.55
 * MEDICAL_CLAIM	cure	2.31
 * MEDICAL_CLAIM	pain free	1.07
 * </pre>
 *
 * Every head needs its {@code <bias>} and {@code <threshold>} (0..1); a feature is one word or two separated by one
 * space. A line that does not parse, a number that is not finite, a head without bias or threshold, or a feature
 * listed twice refuses the pack, like DRL that does not compile. The file is written by the training command
 * (rules/README.md, "Meaning signals"); a rule owner may edit a threshold by hand.
 */
final class SignalModel {

	static final String FILE = "signals.tsv";
	static final SignalModel NONE = new SignalModel(new String[0], new double[0], new double[0], new String[0],
			new double[0][0]);

	static final String BIAS = "<bias>";
	static final String THRESHOLD = "<threshold>";
	static final String NUMBER = "<num>";

	/** Signals are made from half the threshold on, so a rule may ask for less than it (or more). */
	static final double FLOOR = 0.5;

	/** How many features a signal quotes. */
	static final int QUOTED = 3;

	private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]*");
	private static final Pattern FEATURE = Pattern.compile("[^\\s]+(?: [^\\s]+)?");

	private final String[] heads;
	private final double[] bias;
	private final double[] threshold;
	/**
	 * This model's feature id of each word by the word's {@link SignalTokens} number, -1 where the word is no feature
	 * of it (numbers given after this model was built are past its end): the post's words are looked up once for all
	 * models ({@link TextIndex#signalFeatures}).
	 */
	private final int[] wordFeature;
	/** This model's feature id of each word pair by the pair's {@link SignalTokens} number, -1 where it has none. */
	private final int[] pairFeature;
	private final String[] featureText;
	/** weights[head][feature]. */
	private final double[][] weights;

	private SignalModel(String[] heads, double[] bias, double[] threshold, String[] featureText, double[][] weights) {
		this.heads = heads;
		this.bias = bias;
		this.threshold = threshold;
		this.featureText = featureText;
		this.weights = weights;
		// every word of the features numbered at once (each number is given in one copy of the shared table)
		String[] texts = new String[2 * featureText.length];
		int n = 0;
		for (String text : featureText) {
			int space = text.indexOf(' ');
			texts[n++] = space < 0 ? text : text.substring(0, space);
			texts[n++] = space < 0 ? text : text.substring(space + 1);
		}
		int[] numbers = SignalTokens.register(texts);
		int[] wordOf = new int[featureText.length];
		int[] firsts = new int[featureText.length];
		int[] seconds = new int[featureText.length];
		int pairs = 0;
		for (int f = 0; f < featureText.length; f++) {
			if (featureText[f].indexOf(' ') < 0) {
				wordOf[f] = numbers[2 * f];
			}
			else {
				wordOf[f] = -1;
				firsts[pairs] = numbers[2 * f];
				seconds[pairs++] = numbers[2 * f + 1];
			}
		}
		int[] pairIds = SignalTokens.registerPairs(Arrays.copyOf(firsts, pairs), Arrays.copyOf(seconds, pairs));
		this.wordFeature = new int[SignalTokens.count()];
		this.pairFeature = new int[SignalTokens.pairCount()];
		Arrays.fill(wordFeature, -1);
		Arrays.fill(pairFeature, -1);
		for (int f = 0, p = 0; f < featureText.length; f++) {
			if (wordOf[f] >= 0) {
				wordFeature[wordOf[f]] = f;
			}
			else {
				pairFeature[pairIds[p++]] = f;
			}
		}
	}

	/** One head as training makes it: its name, bias, threshold and weight per feature. */
	record Head(String name, double bias, double threshold, Map<String, Double> weights) {
	}

	/** The model of these heads. */
	static SignalModel of(List<Head> heads) {
		Map<String, Integer> ids = new LinkedHashMap<>();
		for (Head head : heads) {
			for (String feature : head.weights().keySet()) {
				ids.putIfAbsent(feature, ids.size());
			}
		}
		String[] names = new String[heads.size()];
		double[] bias = new double[heads.size()];
		double[] threshold = new double[heads.size()];
		double[][] weights = new double[heads.size()][ids.size()];
		for (int h = 0; h < heads.size(); h++) {
			Head head = heads.get(h);
			names[h] = head.name();
			bias[h] = head.bias();
			threshold[h] = head.threshold();
			for (Map.Entry<String, Double> w : head.weights().entrySet()) {
				weights[h][ids.get(w.getKey())] = w.getValue();
			}
		}
		String[] featureText = new String[ids.size()];
		for (Map.Entry<String, Integer> feature : ids.entrySet()) {
			featureText[feature.getValue()] = feature.getKey();
		}
		return new SignalModel(names, bias, threshold, featureText, weights);
	}

	/** Parses a {@code signals.tsv}; an absent file (null) is {@link #NONE}. */
	static SignalModel parse(String tsv) throws PackRefusedException {
		return tsv == null ? NONE : of(parseHeads(tsv));
	}

	/** The heads of a {@code signals.tsv}, as written. */
	static List<Head> parseHeads(String tsv) throws PackRefusedException {
		Map<String, Double> bias = new LinkedHashMap<>();
		Map<String, Double> threshold = new LinkedHashMap<>();
		Map<String, Map<String, Double>> weights = new LinkedHashMap<>();
		String[] lines = tsv.split("\r?\n", -1);
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i];
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			String where = FILE + " line " + (i + 1) + ": ";
			String[] cells = line.split("\t", -1);
			if (cells.length != 3) {
				throw new PackRefusedException(where + "expected 3 tab-separated cells (head, feature, number), found "
						+ cells.length);
			}
			String head = cells[0].trim();
			String feature = cells[1];
			if (!NAME.matcher(head).matches()) {
				throw new PackRefusedException(where + "head \"" + head + "\" is not a category name");
			}
			double value;
			try {
				value = Double.parseDouble(cells[2].trim());
			}
			catch (NumberFormatException e) {
				throw new PackRefusedException(where + "\"" + cells[2] + "\" is not a number");
			}
			if (!Double.isFinite(value)) {
				throw new PackRefusedException(where + "the number must be finite");
			}
			Map<String, Double> headWeights = weights.computeIfAbsent(head, k -> new LinkedHashMap<>());
			boolean repeated;
			if (BIAS.equals(feature)) {
				repeated = bias.put(head, value) != null;
			}
			else if (THRESHOLD.equals(feature)) {
				if (value <= 0 || value >= 1) {
					throw new PackRefusedException(where + "a threshold is a probability between 0 and 1 (exclusive)");
				}
				repeated = threshold.put(head, value) != null;
			}
			else {
				if (!FEATURE.matcher(feature).matches() || !feature.equals(feature.toLowerCase(Locale.ROOT))) {
					throw new PackRefusedException(where + "feature \"" + feature
							+ "\" must be one lower-case word or two separated by one space");
				}
				repeated = headWeights.put(feature, value) != null;
			}
			if (repeated) {
				throw new PackRefusedException(where + "\"" + feature + "\" of " + head + " is listed twice");
			}
		}
		List<Head> heads = new ArrayList<>();
		for (Map.Entry<String, Map<String, Double>> head : weights.entrySet()) {
			if (!bias.containsKey(head.getKey()) || !threshold.containsKey(head.getKey())) {
				throw new PackRefusedException(FILE + ": head " + head.getKey() + " needs a " + BIAS + " and a "
						+ THRESHOLD + " line");
			}
			heads.add(new Head(head.getKey(), bias.get(head.getKey()), threshold.get(head.getKey()), head.getValue()));
		}
		return heads;
	}

	/** The file's text: heads in order, each feature by weight, strongest first (ties by feature). */
	static String write(List<Head> heads, String comment) {
		StringBuilder out = new StringBuilder();
		for (String line : comment.split("\n")) {
			out.append("# ").append(line).append('\n');
		}
		for (Head head : heads) {
			out.append(head.name()).append('\t').append(BIAS).append('\t').append(number(head.bias())).append('\n');
			out.append(head.name()).append('\t').append(THRESHOLD).append('\t').append(number(head.threshold()))
				.append('\n');
			head.weights().entrySet().stream()
				.sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
				.forEach(w -> out.append(head.name()).append('\t').append(w.getKey()).append('\t')
					.append(number(w.getValue())).append('\n'));
		}
		return out.toString();
	}

	private static String number(double value) {
		return String.format(Locale.ROOT, "%.4f", value);
	}

	boolean isEmpty() {
		return heads.length == 0;
	}

	/** The heads' names, in file order. */
	List<String> heads() {
		return List.of(heads);
	}

	double threshold(String head) {
		for (int h = 0; h < heads.length; h++) {
			if (heads[h].equals(head)) {
				return threshold[h];
			}
		}
		throw new IllegalArgumentException(head);
	}

	/** The token a word counts as: lower case, {@code <num>} for a number, {@code #tag} after a hash sign. */
	static String token(TextIndex index, TextIndex.Word word) {
		String lower = word.lower();
		boolean letter = false;
		boolean digit = false;
		for (int i = 0; i < lower.length(); i++) {
			char c = lower.charAt(i);
			if (Character.isLetter(c)) {
				letter = true;
				break;
			}
			digit |= Character.isDigit(c);
		}
		if (digit && !letter) {
			return NUMBER;
		}
		if (lower.indexOf('’') >= 0) {
			lower = lower.replace('’', '\'');
		}
		int start = word.start();
		return start > 0 && index.text().charAt(start - 1) == '#' ? "#" + lower : lower;
	}

	/** Every feature of the text, in order of first occurrence: what training counts (once per post). */
	static Set<String> features(TextIndex index) {
		Set<String> features = new LinkedHashSet<>();
		List<TextIndex.Word> words = index.words();
		String previous = null;
		int previousSentence = -1;
		for (TextIndex.Word word : words) {
			String token = token(index, word);
			features.add(token);
			if (previous != null && previousSentence == word.sentence()) {
				features.add(previous + ' ' + token);
			}
			previous = token;
			previousSentence = word.sentence();
		}
		return features;
	}

	/** The score of each head on the post (whole-post features): for training and measurement. */
	double[] scores(TextIndex index) {
		double[] logits = bias.clone();
		for (int feature : allFeatureIds(index.signalFeatures(wordFeature.length, pairFeature.length))) {
			for (int h = 0; h < heads.length; h++) {
				logits[h] += weights[h][feature];
			}
		}
		for (int h = 0; h < heads.length; h++) {
			logits[h] = sigmoid(logits[h]);
		}
		return logits;
	}

	/**
	 * The signals of the post: one per head whose score reaches {@link #FLOOR} times its threshold, spanning the
	 * sentence that scores highest for it and quoting its strongest words.
	 */
	List<Signal> signals(TextIndex index) {
		if (heads.length == 0 || index.words().isEmpty()) {
			return List.of();
		}
		List<TextIndex.Word> words = index.words();
		SignalTokens.Post post = index.signalFeatures(wordFeature.length, pairFeature.length);
		int[] all = null;
		List<Signal> signals = null;
		for (int h = 0; h < heads.length; h++) {
			// the post's features in order of first occurrence, the same sum as over allFeatureIds(post)
			double logit = bias[h];
			double[] weight = weights[h];
			for (int distinct : post.distinct()) {
				int feature = feature(distinct);
				if (feature >= 0) {
					logit += weight[feature];
				}
			}
			double score = sigmoid(logit);
			if (score < FLOOR * threshold[h]) {
				continue;
			}
			if (all == null) {
				all = allFeatureIds(post);
			}
			// the sentence that carries it: the highest score of a sentence's own features
			int bestFrom = 0;
			int bestTo = words.size();
			double best = Double.NEGATIVE_INFINITY;
			int[] bestFeatures = all;
			int from = 0;
			while (from < words.size()) {
				int sentence = words.get(from).sentence();
				int to = from;
				while (to < words.size() && words.get(to).sentence() == sentence) {
					to++;
				}
				int[] ids = featureIds(index, from, to);
				double sentenceLogit = bias[h];
				for (int feature : ids) {
					sentenceLogit += weights[h][feature];
				}
				if (sentenceLogit > best) {
					best = sentenceLogit;
					bestFrom = from;
					bestTo = to;
					bestFeatures = ids;
				}
				from = to;
			}
			int sentence = words.get(bestFrom).sentence();
			int start = index.sentenceStart(sentence);
			int end = index.sentenceEnd(sentence);
			String text = index.text();
			while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
				end--;
			}
			if (bestTo > bestFrom) {
				start = Math.min(start, words.get(bestFrom).start());
			}
			if (signals == null) {
				signals = new ArrayList<>(heads.length);
			}
			String quoted = quote(h, bestFeatures);
			signals.add(new Signal(start, end, text.substring(start, end), sentence, heads[h], score, threshold[h],
					// spread over the post, no word of the sentence adds to it: the post's strongest words then
					quoted.isEmpty() ? quote(h, all) : quoted));
		}
		return signals == null ? List.of() : signals;
	}

	/** The features with the highest positive weights, quoted: "'cure', 'for good'". */
	private String quote(int head, int[] features) {
		Integer[] order = new Integer[features.length];
		for (int i = 0; i < features.length; i++) {
			order[i] = features[i];
		}
		Arrays.sort(order, (a, b) -> {
			int byWeight = Double.compare(weights[head][b], weights[head][a]);
			return byWeight != 0 ? byWeight : featureText[a].compareTo(featureText[b]);
		});
		StringBuilder out = new StringBuilder();
		for (int i = 0, n = 0; i < order.length && n < QUOTED; i++) {
			if (weights[head][order[i]] <= 0) {
				break;
			}
			out.append(n++ == 0 ? "" : ", ").append('\'').append(featureText[order[i]]).append('\'');
		}
		return out.toString();
	}

	/** This model's feature id of a word ({@code 2w}) or pair ({@code 2p + 1}) of {@link SignalTokens.Post#distinct}. */
	private int feature(int distinct) {
		int number = distinct >>> 1;
		int[] features = (distinct & 1) == 0 ? wordFeature : pairFeature;
		return number < features.length ? features[number] : -1;
	}

	/** The distinct model features of the whole post, in order of first occurrence. */
	private int[] allFeatureIds(SignalTokens.Post post) {
		int[] distinct = post.distinct();
		int[] ids = new int[distinct.length];
		int n = 0;
		for (int d : distinct) {
			int feature = feature(d);
			if (feature >= 0) {
				ids[n++] = feature;
			}
		}
		return Arrays.copyOf(ids, n);
	}

	/** The distinct model features of words [from, to), bigrams only within a sentence. */
	private int[] featureIds(TextIndex index, int from, int to) {
		SignalTokens.Post post = index.signalFeatures(wordFeature.length, pairFeature.length);
		int[] tokens = post.tokens();
		int[] pairs = post.pairs();
		int[] ids = new int[Math.max(4, 2 * (to - from))];
		int n = 0;
		long[] seen = new long[(featureText.length >>> 6) + 1];
		for (int i = from; i < to; i++) {
			int token = tokens[i];
			int feature = token >= 0 && token < wordFeature.length ? wordFeature[token] : -1;
			if (feature >= 0 && SignalTokens.mark(seen, feature)) {
				ids[n++] = feature;
			}
			// the pair this word ends, when the word before it is in the range (and the same sentence)
			int pair = i > from ? pairs[i] : -1;
			feature = pair >= 0 && pair < pairFeature.length ? pairFeature[pair] : -1;
			if (feature >= 0 && SignalTokens.mark(seen, feature)) {
				ids[n++] = feature;
			}
		}
		return Arrays.copyOf(ids, n);
	}

	static double sigmoid(double x) {
		return 1 / (1 + Math.exp(-x));
	}
}
