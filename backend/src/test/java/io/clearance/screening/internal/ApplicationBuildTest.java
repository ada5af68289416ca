package io.clearance.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build fingerprint counts only when the build information is in the same jar as the application's classes. */
class ApplicationBuildTest {

	static final String CLASS = "io/clearance/screening/internal/RulePackRegistry.class";

	static final String BUILD_INFO = "build.artifact=clearance-backend\nbuild.time=2026-12-01T00\\:38\\:42.005Z\n";

	@TempDir
	Path temp;

	Path jar(String name, Map<String, String> entries) throws Exception {
		Path jar = temp.resolve(name);
		try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
			for (Map.Entry<String, String> entry : entries.entrySet()) {
				out.putNextEntry(new JarEntry(entry.getKey()));
				out.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
				out.closeEntry();
			}
		}
		return jar;
	}

	static URL entry(Path jar, String entry) throws Exception {
		return new URL("jar:" + jar.toUri() + "!/" + entry);
	}

	@Test
	void theBuildInformationInTheApplicationsOwnJarIsItsFingerprint() throws Exception {
		Path jar = jar("clearance.jar", Map.of(CLASS, "code", ApplicationBuild.BUILD_INFO, BUILD_INFO));

		assertThat(ApplicationBuild.fingerprint(entry(jar, CLASS), entry(jar, ApplicationBuild.BUILD_INFO)))
			.contains(ExampleVerdicts.sha256(BUILD_INFO.getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void everyBuildHasItsOwnFingerprint() throws Exception {
		Path one = jar("one.jar", Map.of(CLASS, "code", ApplicationBuild.BUILD_INFO, BUILD_INFO));
		Path two = jar("two.jar", Map.of(CLASS, "code", ApplicationBuild.BUILD_INFO, BUILD_INFO.replace("38", "39")));

		assertThat(ApplicationBuild.fingerprint(entry(one, CLASS), entry(one, ApplicationBuild.BUILD_INFO)))
			.isNotEqualTo(ApplicationBuild.fingerprint(entry(two, CLASS), entry(two, ApplicationBuild.BUILD_INFO)))
			.isPresent();
	}

	@Test
	void noFingerprintFromAFolderOfClassesAnotherJarOrWithoutBuildInformation() throws Exception {
		Path app = jar("clearance.jar", Map.of(CLASS, "code"));
		Path library = jar("library.jar", Map.of(ApplicationBuild.BUILD_INFO, BUILD_INFO));
		Path classes = Files.createDirectories(temp.resolve("classes/META-INF"));
		Files.writeString(classes.resolve("build-info.properties"), BUILD_INFO);

		assertThat(ApplicationBuild.fingerprint(entry(app, CLASS), entry(library, ApplicationBuild.BUILD_INFO)))
			.isEmpty();
		assertThat(ApplicationBuild.fingerprint(temp.resolve("classes").resolve(CLASS).toUri().toURL(),
				classes.resolve("build-info.properties").toUri().toURL()))
			.isEmpty();
		assertThat(ApplicationBuild.fingerprint(entry(app, CLASS), null)).isEmpty();
	}

	@Test
	void theExecutableJarsBuildInformationAtItsRootCountsForTheClassesInItsBootInfFolder() throws Exception {
		Path jar = jar("clearance.jar", Map.of(ApplicationBuild.BUILD_INFO, BUILD_INFO));
		// Spring Boot's URL of the classes (never opened here); the JVM's class path gives the jar's root entries
		URL classFile = new URL(null, "jar:nested:" + jar.toAbsolutePath() + "/!BOOT-INF/classes/!/" + CLASS,
				new NoConnection());
		URL rootInfo = new URL("jar:file:" + jar.toAbsolutePath() + "!/" + ApplicationBuild.BUILD_INFO);
		URL libraryInfo = new URL(null, "jar:nested:" + jar.toAbsolutePath() + "/!BOOT-INF/lib/x.jar!/"
				+ ApplicationBuild.BUILD_INFO, new NoConnection());
		Path other = jar("other.jar", Map.of(ApplicationBuild.BUILD_INFO, BUILD_INFO));

		assertThat(ApplicationBuild.fingerprint(classFile, rootInfo))
			.contains(ExampleVerdicts.sha256(BUILD_INFO.getBytes(StandardCharsets.UTF_8)));
		assertThat(ApplicationBuild.fingerprint(classFile, entry(jar, ApplicationBuild.BUILD_INFO)))
			.as("file:/// spelling").isPresent();
		assertThat(ApplicationBuild.fingerprint(classFile, libraryInfo)).as("a library's, in the same jar").isEmpty();
		assertThat(ApplicationBuild.fingerprint(classFile, entry(other, ApplicationBuild.BUILD_INFO))).isEmpty();
	}

	/** A handler for URLs that are compared, never opened. */
	static final class NoConnection extends java.net.URLStreamHandler {

		@Override
		protected java.net.URLConnection openConnection(URL url) {
			throw new UnsupportedOperationException(url.toString());
		}
	}
}
