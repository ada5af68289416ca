package io.clearance.rulepacks;

import io.clearance.screening.InvalidRulePackException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads an uploaded pack: a zip of one pack folder, with pack.yaml at its root or inside its one top folder. Refuses
 * (400) what is not a zip, entries that would land outside the pack (../, absolute paths, drive letters,
 * backslashes), no pack.yaml, and archives that unpack to more than {@link #MAX_UNPACKED} bytes or
 * {@link #MAX_ENTRIES} entries.
 */
final class PackZip {

	static final long MAX_UNPACKED = 10L * 1024 * 1024;

	static final int MAX_ENTRIES = 500;

	private PackZip() {
	}

	/** Path relative to the pack folder → content. */
	static Map<String, byte[]> read(byte[] zip) {
		if (zip.length < 4 || zip[0] != 'P' || zip[1] != 'K' || zip[2] != 3 || zip[3] != 4) {
			throw new InvalidRulePackException("not-a-zip", "The upload is not a zip file.");
		}
		Map<String, byte[]> entries = new LinkedHashMap<>();
		long unpacked = 0;
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				String name = entry.getName();
				if (isUnsafe(name)) {
					throw new InvalidRulePackException("unsafe-zip-entry", "The zip entry \"" + name
							+ "\" points outside the pack folder (.., an absolute path, a drive or a backslash).");
				}
				if (entries.size() >= MAX_ENTRIES) {
					throw new InvalidRulePackException("zip-too-large", "The zip has more than " + MAX_ENTRIES
							+ " entries.");
				}
				if (entry.isDirectory() || name.startsWith("__MACOSX/")) {
					continue;
				}
				byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MAX_UNPACKED - unpacked + 1));
				unpacked += content.length;
				if (unpacked > MAX_UNPACKED) {
					throw new InvalidRulePackException("zip-too-large", "The zip unpacks to more than "
							+ MAX_UNPACKED / (1024 * 1024) + " MB.");
				}
				entries.put(name, content);
			}
		}
		catch (IOException e) {
			throw new InvalidRulePackException("not-a-zip", "The zip file cannot be read: " + e.getMessage());
		}
		if (entries.isEmpty()) {
			throw new InvalidRulePackException("not-a-zip", "The zip file holds no files.");
		}
		return relativeToPack(entries);
	}

	private static boolean isUnsafe(String name) {
		return name.isEmpty() || name.startsWith("/") || name.contains("\\") || name.contains(":")
				|| name.contains("\0") || java.util.Arrays.asList(name.split("/")).contains("..");
	}

	/** Strips the one top folder when pack.yaml is inside it rather than at the root. */
	private static Map<String, byte[]> relativeToPack(Map<String, byte[]> entries) {
		if (entries.containsKey("pack.yaml")) {
			return entries;
		}
		String top = null;
		for (String name : entries.keySet()) {
			int slash = name.indexOf('/');
			String folder = slash < 0 ? "" : name.substring(0, slash + 1);
			if (top == null) {
				top = folder;
			}
			else if (!top.equals(folder)) {
				top = "";
				break;
			}
		}
		if (top == null || top.isEmpty() || !entries.containsKey(top + "pack.yaml")) {
			throw new InvalidRulePackException("missing-manifest",
					"The zip has no pack.yaml, neither at its root nor in its one top folder.");
		}
		Map<String, byte[]> files = new LinkedHashMap<>();
		String prefix = top;
		entries.forEach((name, content) -> files.put(name.substring(prefix.length()), content));
		return files;
	}
}
