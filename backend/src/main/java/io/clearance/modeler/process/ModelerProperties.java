package io.clearance.modeler.process;

import java.util.List;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param scriptLanguages the script languages a deployed model may use (script tasks, script listeners, script
 * conditions); a language must also have a script engine on this server. JavaScript has none on Java 17.
 */
@ConfigurationProperties("clearance.modeler")
record ModelerProperties(@DefaultValue("groovy") List<String> scriptLanguages) {

	ModelerProperties {
		scriptLanguages = scriptLanguages == null ? List.of()
				: scriptLanguages.stream().map(l -> l.toLowerCase(Locale.ROOT)).toList();
	}
}
