package io.clearance.shared;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/**
 * Binds folder properties ({@code clearance.rules.dir}, {@code clearance.processes.dir}) as plain file-system paths,
 * relative to the working directory; Spring's default would read them as resource locations and refuse
 * {@code ../rules}.
 */
@Component
@ConfigurationPropertiesBinding
class PathConverter implements Converter<String, Path> {

	@Override
	public Path convert(String source) {
		return Path.of(source);
	}
}
