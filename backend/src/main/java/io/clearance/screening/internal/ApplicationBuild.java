package io.clearance.screening.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.util.Collections;
import java.util.Optional;

/**
 * Which build of the application is running, when that can be told for certain: the digest of the
 * {@value #BUILD_INFO} that Spring Boot's {@code build-info} goal puts into the jar with the build's time, so that
 * every build has a fingerprint of its own. It counts only when it sits in the same jar as the application's classes:
 * beside them (a plain jar, or the jar {@code deploy/run-clearance.sh} extracts), or at the root of the executable jar
 * whose {@code BOOT-INF/classes/} holds them. In a folder of classes (tests, an IDE, {@code mvn spring-boot:run}) the
 * file may be left from an earlier build than the classes beside it, so there is no fingerprint there.
 */
final class ApplicationBuild {

	static final String BUILD_INFO = "META-INF/build-info.properties";

	/** Spring Boot's URL of a folder in a jar, and the executable jar's folder of the application's classes. */
	private static final String NESTED = "jar:nested:";

	private static final String BOOT_CLASSES = "/!BOOT-INF/classes/";

	private ApplicationBuild() {
	}

	/** The fingerprint of the build {@code anchor}'s class belongs to; empty when it cannot be told for certain. */
	static Optional<String> fingerprint(Class<?> anchor) {
		ClassLoader loader = anchor.getClassLoader();
		if (loader == null) {
			return Optional.empty();
		}
		URL classFile = loader.getResource(anchor.getName().replace('.', '/') + ".class");
		try {
			for (URL buildInfo : Collections.list(loader.getResources(BUILD_INFO))) {
				Optional<String> fingerprint = fingerprint(classFile, buildInfo);
				if (fingerprint.isPresent()) {
					return fingerprint;
				}
			}
		}
		catch (IOException e) {
			// no fingerprint
		}
		return Optional.empty();
	}

	/**
	 * The digest of the build information at {@code buildInfo}, when it and {@code classFile} come from the same jar
	 * (see above).
	 */
	static Optional<String> fingerprint(URL classFile, URL buildInfo) {
		if (classFile == null || buildInfo == null || !"jar".equals(classFile.getProtocol())
				|| !"jar".equals(buildInfo.getProtocol())) {
			return Optional.empty();
		}
		String classes = container(classFile);
		String info = container(buildInfo);
		boolean beside = classes.equals(info);
		boolean executableJar = classes.startsWith(NESTED) && classes.endsWith(BOOT_CLASSES)
				&& info.startsWith("jar:file:") && samePath(info.substring("jar:".length()),
						"file:" + classes.substring(NESTED.length(), classes.length() - BOOT_CLASSES.length()));
		if (!beside && !executableJar) {
			return Optional.empty();
		}
		try (InputStream in = buildInfo.openStream()) {
			byte[] bytes = in.readAllBytes();
			return bytes.length == 0 ? Optional.empty() : Optional.of(ExampleVerdicts.sha256(bytes));
		}
		catch (IOException e) {
			return Optional.empty();
		}
	}

	/** Whether two {@code file:} URLs name the same path, whatever their spelling ({@code file:/a}, {@code file:///a}). */
	private static boolean samePath(String fileUrl, String otherFileUrl) {
		try {
			String path = URI.create(fileUrl).getPath();
			return path != null && path.equals(URI.create(otherFileUrl).getPath());
		}
		catch (IllegalArgumentException e) {
			return false;
		}
	}

	/** A jar entry's URL without the entry: {@code jar:file:/app/clearance.jar!/a/B.class} → the jar's part. */
	private static String container(URL entry) {
		String url = entry.toString();
		int separator = url.lastIndexOf("!/");
		return separator < 0 ? url : url.substring(0, separator);
	}
}
