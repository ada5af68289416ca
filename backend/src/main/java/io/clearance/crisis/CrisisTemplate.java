package io.clearance.crisis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pre-approved crisis text with {@code {{placeholders}}}, e.g. "ED on diversion". Filling it in gives the text of a
 * crisis update; the update is still screened and approved like any other.
 */
public record CrisisTemplate(String id, String name, String description, String text,
		List<Placeholder> placeholders) {

	static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z][A-Za-z0-9]*)\\s*}}");

	/** The longest value a placeholder takes: a template is filled in, not rewritten. */
	public static final int MAX_VALUE_LENGTH = 300;

	public CrisisTemplate {
		placeholders = placeholders == null ? List.of() : List.copyOf(placeholders);
	}

	/** @param example a value that fills the placeholder as intended (shown in the UI, used by the template tests) */
	public record Placeholder(String name, String label, String example) {
	}

	/** The placeholder names the text uses, in order of first use. */
	Set<String> namesInText() {
		Set<String> names = new LinkedHashSet<>();
		Matcher m = PLACEHOLDER.matcher(text);
		while (m.find()) {
			names.add(m.group(1));
		}
		return names;
	}

	/** Whether the declared placeholders are exactly those the text uses; the problem, or null. */
	String problem() {
		if (id == null || id.isBlank() || name == null || name.isBlank() || text == null || text.isBlank()) {
			return "id, name and text are required";
		}
		Set<String> declared = new LinkedHashSet<>();
		placeholders.forEach(p -> declared.add(p.name()));
		if (!declared.equals(namesInText())) {
			return "declares placeholders " + declared + " but its text uses " + namesInText();
		}
		return null;
	}

	/**
	 * The text with every placeholder replaced.
	 *
	 * @return the problems with {@code values} (missing, unknown or too long), or the filled text
	 */
	Filled fill(Map<String, String> values) {
		List<String> problems = new ArrayList<>();
		Set<String> names = namesInText();
		for (String name : names) {
			String value = values.get(name);
			if (value == null || value.isBlank()) {
				problems.add(name + " is missing");
			}
			else if (value.length() > MAX_VALUE_LENGTH) {
				problems.add(name + " is longer than " + MAX_VALUE_LENGTH + " characters");
			}
			else if (PLACEHOLDER.matcher(value).find()) {
				problems.add(name + " contains a placeholder");
			}
		}
		values.keySet().stream().filter(k -> !names.contains(k)).sorted()
			.forEach(k -> problems.add(k + " is not a placeholder of this template"));
		if (!problems.isEmpty()) {
			return new Filled(null, problems);
		}
		Matcher m = PLACEHOLDER.matcher(text);
		StringBuilder filled = new StringBuilder();
		while (m.find()) {
			m.appendReplacement(filled, Matcher.quoteReplacement(values.get(m.group(1)).strip()));
		}
		m.appendTail(filled);
		return new Filled(filled.toString(), List.of());
	}

	record Filled(String text, List<String> problems) {
	}
}
