package io.clearance.screening.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Trains one head of a {@link SignalModel}: L2-regularised logistic regression on presence features, by full-batch
 * gradient descent with per-feature step sizes (AdaGrad) for a fixed number of epochs. Deterministic: documents and
 * features are visited in a fixed order (features sorted), no randomness, so the same posts give the same file.
 * Positive posts are weighted by the square root of the negative-to-positive ratio (they are rare), which moves the
 * scores' scale but not their order; the threshold is chosen separately, on posts the head was not trained on.
 */
final class SignalTraining {

	/** A feature counts only if it occurs in at least this many training posts. */
	static final int MIN_POSTS = 2;
	static final double L2 = 1e-3;
	static final int EPOCHS = 300;
	static final double RATE = 0.3;
	/** Weights closer to zero than this are left out of the file. */
	static final double KEPT = 0.02;

	private SignalTraining() {
	}

	/** A trained head: bias, weight per feature, and its training loss before and after (for the tests). */
	record Fit(double bias, Map<String, Double> weights, double lossBefore, double lossAfter) {
	}

	static Fit fit(List<Set<String>> posts, boolean[] labels) {
		return fit(posts, labels, EPOCHS);
	}

	static Fit fit(List<Set<String>> posts, boolean[] labels, int epochs) {
		if (posts.size() != labels.length) {
			throw new IllegalArgumentException("one label per post");
		}
		Map<String, Integer> frequency = new TreeMap<>();
		for (Set<String> post : posts) {
			for (String feature : post) {
				frequency.merge(feature, 1, Integer::sum);
			}
		}
		Map<String, Integer> ids = new LinkedHashMap<>();
		for (Map.Entry<String, Integer> f : frequency.entrySet()) {
			if (f.getValue() >= MIN_POSTS) {
				ids.put(f.getKey(), ids.size());
			}
		}
		int[][] x = new int[posts.size()][];
		int positives = 0;
		for (int i = 0; i < posts.size(); i++) {
			List<Integer> row = new ArrayList<>();
			for (String feature : posts.get(i)) {
				Integer id = ids.get(feature);
				if (id != null) {
					row.add(id);
				}
			}
			x[i] = row.stream().mapToInt(Integer::intValue).sorted().toArray();
			positives += labels[i] ? 1 : 0;
		}
		int negatives = posts.size() - positives;
		double positiveWeight = positives == 0 ? 1 : Math.max(1, Math.sqrt((double) negatives / positives));
		double totalWeight = negatives + positives * positiveWeight;
		int m = ids.size();
		double[] w = new double[m];
		double b = 0;
		double[] sumSquares = new double[m];
		double biasSquares = 0;
		double[] gradient = new double[m];
		double lossBefore = Double.NaN;
		double loss = 0;
		for (int epoch = 0; epoch <= epochs; epoch++) {
			java.util.Arrays.fill(gradient, 0);
			double biasGradient = 0;
			loss = 0;
			for (int i = 0; i < x.length; i++) {
				double z = b;
				for (int j : x[i]) {
					z += w[j];
				}
				double p = SignalModel.sigmoid(z);
				double weight = labels[i] ? positiveWeight : 1;
				double y = labels[i] ? 1 : 0;
				loss += weight * (labels[i] ? -Math.log(Math.max(p, 1e-12)) : -Math.log(Math.max(1 - p, 1e-12)));
				double g = weight * (p - y);
				biasGradient += g;
				for (int j : x[i]) {
					gradient[j] += g;
				}
			}
			double penalty = 0;
			for (int j = 0; j < m; j++) {
				penalty += w[j] * w[j];
			}
			loss = loss / totalWeight + L2 / 2 * penalty;
			if (epoch == 0) {
				lossBefore = loss;
			}
			if (epoch == epochs) {
				break;
			}
			biasGradient /= totalWeight;
			biasSquares += biasGradient * biasGradient;
			b -= RATE * biasGradient / (Math.sqrt(biasSquares) + 1e-8);
			for (int j = 0; j < m; j++) {
				double g = gradient[j] / totalWeight + L2 * w[j];
				sumSquares[j] += g * g;
				w[j] -= RATE * g / (Math.sqrt(sumSquares[j]) + 1e-8);
			}
		}
		Map<String, Double> weights = new HashMap<>();
		for (Map.Entry<String, Integer> f : ids.entrySet()) {
			double weight = w[f.getValue()];
			if (Math.abs(weight) >= KEPT) {
				weights.put(f.getKey(), Math.round(weight * 10_000) / 10_000.0);
			}
		}
		return new Fit(Math.round(b * 10_000) / 10_000.0, weights, lossBefore, loss);
	}
}
