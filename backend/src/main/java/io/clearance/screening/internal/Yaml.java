package io.clearance.screening.internal;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/** The YAML reader for pack files: strict, so a misspelt key is an error rather than silently ignored. */
final class Yaml {

	static final ObjectMapper MAPPER = new ObjectMapper(new YAMLFactory())
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.findAndRegisterModules();

	private Yaml() {
	}

	/** The parser's message without the Java class names and source references it likes to add. */
	static String problem(Exception e) {
		String message = e.getMessage() == null ? e.toString() : e.getMessage();
		int source = message.indexOf(" at [Source:");
		if (source > 0) {
			String location = message.substring(source);
			int line = location.indexOf("line: ");
			message = message.substring(0, source).trim()
					+ (line > 0 ? " (" + location.substring(line, location.indexOf(']', line)).trim() + ")" : "");
		}
		return message.replaceAll("\\(class [\\w.$]+\\)", "").replaceAll("`[\\w.$]+`", "").replaceAll("\\s+", " ")
			.trim();
	}
}
