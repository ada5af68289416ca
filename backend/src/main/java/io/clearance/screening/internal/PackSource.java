package io.clearance.screening.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The files of one pack folder as read at one moment, by path relative to the folder ("pack.yaml",
 * "examples/names.yaml"). {@code fingerprint} changes whenever any file is added, removed or changed.
 */
record PackSource(String folder, String location, SortedMap<String, byte[]> files, String fingerprint) {

	static final String MANIFEST = "pack.yaml";

	static PackSource of(String folder, String location, Map<String, byte[]> files) {
		SortedMap<String, byte[]> sorted = new TreeMap<>(files);
		return new PackSource(folder, location, sorted, digest(sorted));
	}

	/** Only these files are part of a pack; editor back-ups and the like are ignored. */
	static boolean isPackFile(String relativePath) {
		String name = relativePath.substring(relativePath.lastIndexOf('/') + 1);
		if (name.startsWith(".")) {
			return false;
		}
		if (relativePath.startsWith("examples/")) {
			return relativePath.indexOf('/', "examples/".length()) < 0 && (name.endsWith(".yaml") || name.endsWith(".yml"));
		}
		return relativePath.indexOf('/') < 0
				&& (name.endsWith(".drl") || name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".md")
						|| name.equals(SignalModel.FILE));
	}

	String text(String path) {
		byte[] bytes = files.get(path);
		return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
	}

	static String digest(SortedMap<String, byte[]> files) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			for (Map.Entry<String, byte[]> file : files.entrySet()) {
				sha.update(file.getKey().getBytes(StandardCharsets.UTF_8));
				sha.update((byte) 0);
				sha.update(Integer.toString(file.getValue().length).getBytes(StandardCharsets.UTF_8));
				sha.update((byte) 0);
				sha.update(file.getValue());
			}
			return HexFormat.of().formatHex(sha.digest());
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
