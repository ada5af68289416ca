package io.clearance.screening.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;

/** Where pack folders are read from: the rules directory, or the copies bundled in the jar. */
interface PackSources {

	/** Every pack folder as it is now. */
	List<PackSource> read();

	/** One pack folder as it is now; empty when there is no such pack folder. Sources override it to read only that one. */
	default Optional<PackSource> read(String folder) {
		return read().stream().filter(source -> source.folder().equals(folder)).findFirst();
	}

	/** Whether the packs can change while the server runs (a folder can, the jar cannot). */
	boolean watchable();

	String describe();

	/** A folder name that can be a pack: one plain name, not hidden ("."), not shared ("_"), no path in it. */
	static boolean isPackFolderName(String name) {
		return !name.isEmpty() && !name.startsWith(".") && !name.startsWith("_") && name.indexOf('/') < 0
				&& name.indexOf('\\') < 0;
	}

	/**
	 * Sub-folders of a directory. Folders whose name starts with "." or "_" are not packs (room for shared
	 * files later); any other folder is a pack, and one without pack.yaml is refused as such.
	 */
	record Directory(Path dir) implements PackSources {

		@Override
		public List<PackSource> read() {
			List<PackSource> packs = new ArrayList<>();
			try (Stream<Path> children = Files.list(dir)) {
				for (Path folder : children.sorted().toList()) {
					String name = folder.getFileName().toString();
					if (!Files.isDirectory(folder) || !isPackFolderName(name)) {
						continue;
					}
					packs.add(PackSource.of(name, folder.toString(), readFolder(folder)));
				}
			}
			catch (IOException e) {
				throw new UncheckedIOException("cannot read rules folder " + dir, e);
			}
			return packs;
		}

		@Override
		public Optional<PackSource> read(String folder) {
			if (!isPackFolderName(folder)) {
				return Optional.empty();
			}
			Path path = dir.resolve(folder);
			if (!Files.isDirectory(path)) {
				return Optional.empty();
			}
			try {
				return Optional.of(PackSource.of(folder, path.toString(), readFolder(path)));
			}
			catch (IOException e) {
				throw new UncheckedIOException("cannot read rule pack folder " + path, e);
			}
		}

		static Map<String, byte[]> readFolder(Path folder) throws IOException {
			Map<String, byte[]> files = new TreeMap<>();
			try (Stream<Path> all = Files.walk(folder, 2)) {
				for (Path file : all.filter(Files::isRegularFile).toList()) {
					String relative = folder.relativize(file).toString().replace('\\', '/');
					if (PackSource.isPackFile(relative)) {
						try {
							files.put(relative, Files.readAllBytes(file));
						}
						catch (java.nio.file.NoSuchFileException deletedMeanwhile) {
							// an editor replaced the file between listing and reading; the next poll sees the new one
						}
					}
				}
			}
			return files;
		}

		@Override
		public boolean watchable() {
			return true;
		}

		@Override
		public String describe() {
			return dir.toAbsolutePath().normalize().toString();
		}
	}

	/** {@code classpath*:rules/<pack>/...}: the packs the build copied into the jar. */
	record Classpath(ResourcePatternResolver resolver, String root) implements PackSources {

		@Override
		public List<PackSource> read() {
			try {
				Map<String, PackSource> packs = new LinkedHashMap<>();
				for (Resource manifest : resolver.getResources("classpath*:" + root + "/*/" + PackSource.MANIFEST)) {
					String url = manifest.getURL().toString();
					String folderUrl = url.substring(0, url.length() - PackSource.MANIFEST.length() - 1);
					String folder = folderUrl.substring(folderUrl.lastIndexOf('/') + 1);
					if (packs.containsKey(folder)) {
						continue;
					}
					packs.put(folder, load(folder));
				}
				return new ArrayList<>(packs.values());
			}
			catch (IOException e) {
				throw new UncheckedIOException("cannot read rule packs from the classpath", e);
			}
		}

		@Override
		public Optional<PackSource> read(String folder) {
			if (!isPackFolderName(folder)) {
				return Optional.empty();
			}
			try {
				if (resolver.getResources("classpath*:" + root + "/" + folder + "/" + PackSource.MANIFEST).length == 0) {
					return Optional.empty();
				}
				return Optional.of(load(folder));
			}
			catch (IOException e) {
				throw new UncheckedIOException("cannot read rule pack " + folder + " from the classpath", e);
			}
		}

		private PackSource load(String folder) throws IOException {
			Map<String, byte[]> files = new TreeMap<>();
			addAll(files, folder, "classpath*:" + root + "/" + folder + "/*", "");
			addAll(files, folder, "classpath*:" + root + "/" + folder + "/examples/*", "examples/");
			return PackSource.of(folder, "classpath:" + root + "/" + folder, files);
		}

		private void addAll(Map<String, byte[]> files, String folder, String pattern, String prefix)
				throws IOException {
			for (Resource resource : resolver.getResources(pattern)) {
				String name = resource.getFilename();
				if (name == null || !resource.isReadable() || !PackSource.isPackFile(prefix + name)
						|| files.containsKey(prefix + name)) {
					continue;
				}
				try (InputStream in = resource.getInputStream()) {
					files.put(prefix + name, in.readAllBytes());
				}
				catch (IOException directory) {
					// a directory entry: not a file
				}
			}
		}

		@Override
		public boolean watchable() {
			return false;
		}

		@Override
		public String describe() {
			return "classpath:" + root + "/";
		}
	}
}
