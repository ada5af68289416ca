package io.clearance.screening.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
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
	static final SignalModel NONE = new SignalModel(new String[0], new double[0], new double[0], new HashMap<>(),
			new String[0], new double[0][0]);

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
	/** A word of the model: its own feature id (-1 if it has none) and the pairs it starts (second word → id). */
	private static final class Word {
		int unigram = -1;
		Map<String, Integer> next;
	}

	/** Every word of the model's features: one hash lookup per word of the post finds both its features. */
	private final Map<String, Word> vocabulary;
	/**
	 * {@link #vocabulary} by the words' {@link SignalTokens} numbers (null where the model does not know the word;
	 * numbers given after this model was built are past its end): the post's words are looked up once for all
	 * models ({@link TextIndex#signalTokens}).
	 */
	private final Word[] byToken;
	/**
	 * The word pairs' feature ids by {@code first << 32 | second} (the two words' {@link SignalTokens} numbers), open
	 * addressing with linear probing, at most half full; an empty slot holds -1.
	 */
	private final long[] pairKeys;
	private final int[] pairIds;
	private final String[] featureText;
	/** weights[head][feature]. */
	private final double[][] weights;

	private SignalModel(String[] heads, double[] bias, double[] threshold, Map<String, Word> vocabulary,
			String[] featureText, double[][] weights) {
		this.heads = heads;
		this.bias = bias;
		this.threshold = threshold;
		this.vocabulary = vocabulary;
		this.featureText = featureText;
		this.weights = weights;
		for (Map.Entry<String, Word> word : vocabulary.entrySet()) {
			SignalTokens.register(word.getKey());
			if (word.getValue().next != null) {
				word.getValue().next.keySet().forEach(SignalTokens::register);
			}
		}
		this.byToken = new Word[SignalTokens.count()];
		int pairs = 0;
		for (Map.Entry<String, Word> entry : vocabulary.entrySet()) {
			byToken[SignalTokens.of(entry.getKey())] = entry.getValue();
			pairs += entry.getValue().next == null ? 0 : entry.getValue().next.size();
		}
		this.pairKeys = new long[Integer.highestOneBit(Math.max(1, pairs)) * 4];
		this.pairIds = new int[pairKeys.length];
		Arrays.fill(pairKeys, -1);
		for (Map.Entry<String, Word> entry : vocabulary.entrySet()) {
			if (entry.getValue().next != null) {
				long first = (long) SignalTokens.of(entry.getKey()) << 32;
				for (Map.Entry<String, Integer> pair : entry.getValue().next.entrySet()) {
					long key = first | SignalTokens.of(pair.getKey());
					int slot = slot(key);
					while (pairKeys[slot] != -1) {
						slot = slot + 1 & pairKeys.length - 1;
					}
					pairKeys[slot] = key;
					pairIds[slot] = pair.getValue();
				}
			}
		}
	}

	private int slot(long key) {
		long h = key * 0x9E3779B97F4A7C15L;
		return (int) (h >>> 32) & pairKeys.length - 1;
	}

	/** The feature id of the pair (first, second), by their {@link SignalTokens} numbers; -1 when it has none. */
	private int pair(int first, int second) {
		long key = (long) first << 32 | second;
		for (int slot = slot(key);; slot = slot + 1 & pairKeys.length - 1) {
			long k = pairKeys[slot];
			if (k == key) {
				return pairIds[slot];
			}
			if (k == -1) {
				return -1;
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
		Map<String, Word> vocabulary = new HashMap<>();
		String[] featureText = new String[ids.size()];
		for (Map.Entry<String, Integer> feature : ids.entrySet()) {
			String text = feature.getKey();
			featureText[feature.getValue()] = text;
			int space = text.indexOf(' ');
			if (space < 0) {
				vocabulary.computeIfAbsent(text, k -> new Word()).unigram = feature.getValue();
			}
			else {
				Word first = vocabulary.computeIfAbsent(text.substring(0, space), k -> new Word());
				if (first.next == null) {
					first.next = new HashMap<>();
				}
				first.next.put(text.substring(space + 1), feature.getValue());
			}
		}
		return new SignalModel(names, bias, threshold, vocabulary, featureText, weights);
	}

	/** Parses a {@code signals.tsv}; an absent file (null) is {@link #NONE}. */
	static SignalModel parse(String tsv) throws PackRefusedException {
		if (tsv == null) {
			return NONE;
		}
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
		return of(heads);
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
		for (int feature : featureIds(index, 0, index.words().size())) {
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
		int[] all = featureIds(index, 0, words.size());
		List<Signal> signals = null;
		for (int h = 0; h < heads.length; h++) {
			double logit = bias[h];
			for (int feature : all) {
				logit += weights[h][feature];
			}
			double score = sigmoid(logit);
			if (score < FLOOR * threshold[h]) {
				continue;
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

	/** The distinct model features of words [from, to), bigrams only within a sentence. */
	private int[] featureIds(TextIndex index, int from, int to) {
		List<TextIndex.Word> words = index.words();
		int[] tokens = index.signalTokens(byToken.length);
		Word[] known = byToken;
		int[] ids = new int[Math.max(4, 2 * (to - from))];
		int n = 0;
		long[] seen = new long[(featureText.length >>> 6) + 1];
		Word previous = null;
		int previousToken = -1;
		int previousSentence = -1;
		for (int i = from; i < to; i++) {
			int token = tokens[i];
			Word word = token >= 0 && token < known.length ? known[token] : null;
			int sentence = words.get(i).sentence();
			if (word != null && word.unigram >= 0 && mark(seen, word.unigram)) {
				ids[n++] = word.unigram;
			}
			if (previous != null && previous.next != null && previousSentence == sentence && token >= 0) {
				int pair = pair(previousToken, token);
				if (pair >= 0 && mark(seen, pair)) {
					ids[n++] = pair;
				}
			}
			previous = word;
			previousToken = token;
			previousSentence = sentence;
		}
		return Arrays.copyOf(ids, n);
	}

	private static boolean mark(long[] seen, int id) {
		long bit = 1L << (id & 63);
		if ((seen[id >>> 6] & bit) != 0) {
			return false;
		}
		seen[id >>> 6] |= bit;
		return true;
	}

	static double sigmoid(double x) {
		return 1 / (1 + Math.exp(-x));
	}
}
