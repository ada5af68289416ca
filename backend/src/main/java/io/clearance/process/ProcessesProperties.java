package io.clearance.process;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param dir the folder whose {@code *.bpmn} files are deployed at start-up (relative to the working directory);
 * when it does not exist, the copies inside the jar are deployed
 */
@ConfigurationProperties("clearance.processes")
public record ProcessesProperties(@DefaultValue("processes") Path dir) {
}
