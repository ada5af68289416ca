package io.clearance.process;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys the BPMN files of {@code clearance.processes.dir} (or, when that folder is missing, the copies in the
 * jar) at start-up. Unchanged files are not deployed again, so a restart creates no new versions. Duplicate filtering
 * compares with the last deployment of the same name ({@value #DEPLOYMENT_NAME}), so a version deployed from the
 * modeler (another name) stays the latest until a file in {@code processes/} changes.
 */
@Component
class ProcessDeployer implements SmartInitializingSingleton {

	static final String DEPLOYMENT_NAME = "clearance-processes";

	private static final Logger log = LoggerFactory.getLogger(ProcessDeployer.class);

	private final RepositoryService repositoryService;

	private final ProcessesProperties properties;

	ProcessDeployer(RepositoryService repositoryService, ProcessesProperties properties) {
		this.repositoryService = repositoryService;
		this.properties = properties;
	}

	/** Deploys once every bean (the delegates the processes call) exists, before the application takes requests. */
	@Override
	public void afterSingletonsInstantiated() {
		Map<String, byte[]> files = processFiles();
		if (files.isEmpty()) {
			throw new IllegalStateException("No BPMN files found in " + properties.dir().toAbsolutePath()
					+ " nor in the jar's processes/ folder");
		}
		DeploymentBuilder deployment = repositoryService.createDeployment()
			.name(DEPLOYMENT_NAME)
			.source(source())
			.enableDuplicateFiltering(true);
		files.forEach((name, bytes) -> deployment.addInputStream(name, new java.io.ByteArrayInputStream(bytes)));
		var result = deployment.deployWithResult();
		log.info("Deployed {} process file(s) from {}: {} new definition(s)", files.size(), source(),
				result.getDeployedProcessDefinitions() == null ? 0 : result.getDeployedProcessDefinitions().size());
	}

	private String source() {
		return Files.isDirectory(properties.dir()) ? properties.dir().toAbsolutePath().toString() : "classpath:processes";
	}

	/** File name → content, from the folder if it exists, otherwise from the classpath. */
	Map<String, byte[]> processFiles() {
		Map<String, byte[]> files = new LinkedHashMap<>();
		try {
			if (Files.isDirectory(properties.dir())) {
				try (Stream<Path> paths = Files.list(properties.dir())) {
					for (Path path : paths.filter(p -> p.toString().endsWith(".bpmn")).sorted().toList()) {
						files.put(path.getFileName().toString(), Files.readAllBytes(path));
					}
				}
			}
			else {
				Resource[] resources = new PathMatchingResourcePatternResolver()
					.getResources("classpath*:processes/*.bpmn");
				for (Resource resource : List.of(resources)) {
					try (InputStream in = resource.getInputStream()) {
						files.put(resource.getFilename(), in.readAllBytes());
					}
				}
			}
		}
		catch (IOException e) {
			throw new IllegalStateException("Cannot read the process files", e);
		}
		return files;
	}
}
