package io.clearance.screening.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import org.drools.compiler.builder.impl.KnowledgeBuilderImpl;
import org.drools.drl.ast.descr.PackageDescr;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Global;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderConfiguration;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.builder.KnowledgeBuilderResult;
import org.kie.internal.builder.conf.PropertySpecificOption;
import org.kie.internal.io.ResourceFactory;

import io.clearance.screening.ScreeningResult;

/**
 * Turns a pack folder into a {@link CompiledPack}, or refuses it with a reason a rules administrator can act on:
 * a bad manifest, allow list or phrase file, DRL that does not compile (file and line from Drools), or an example
 * that does not give what it expects. Each pack gets its own KieBase, compiled from DRL by the classic
 * (non-executable-model) compiler of {@code drools-mvel}, in memory: nothing is registered in a KieRepository, so
 * reloading never leaks old modules.
 */
final class PackCompiler {

	private static final Pattern PACK_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
	private static final int MAX_REPORTED = 8;

	private final Screener screener;
	private final AtomicLong examplesRun = new AtomicLong();

	PackCompiler(Screener screener) {
		this.screener = screener;
	}

	/** Whether {@code id} may name a pack (and its folder). */
	static boolean isPackId(String id) {
		return id != null && PACK_ID.matcher(id).matches();
	}

	/** The manifest alone, to list a pack whose other files are refused. Null if pack.yaml is unreadable. */
	static PackManifest manifestOrNull(PackSource source) {
		try {
			return manifest(source);
		}
		catch (PackRefusedException e) {
			return null;
		}
	}

	static PackManifest manifest(PackSource source) throws PackRefusedException {
		String yaml = source.text(PackSource.MANIFEST);
		if (yaml == null) {
			throw new PackRefusedException("no pack.yaml in " + source.folder());
		}
		PackManifest manifest;
		try {
			manifest = Yaml.MAPPER.readValue(yaml, PackManifest.class);
		}
		catch (Exception e) {
			throw new PackRefusedException("pack.yaml: " + Yaml.problem(e));
		}
		if (manifest == null || manifest.id() == null || !manifest.id().equals(source.folder())) {
			throw new PackRefusedException("pack.yaml: id must be the folder name \"" + source.folder() + "\"");
		}
		if (!PACK_ID.matcher(manifest.id()).matches()) {
			throw new PackRefusedException("pack.yaml: id must be lower case letters, digits and dashes");
		}
		if (blank(manifest.name()) || blank(manifest.version())) {
			throw new PackRefusedException("pack.yaml: name and version are required");
		}
		return manifest;
	}

	/** Compiles the pack and runs its examples: the pack is returned only if all of them pass. */
	CompiledPack compile(PackSource source) throws PackRefusedException {
		CompiledPack pack = compileWithoutExamples(source);
		checkExamples(pack);
		return pack;
	}

	/** Runs every example of the pack; refuses it, saying which failed and how, unless all of them pass. */
	void checkExamples(CompiledPack pack) throws PackRefusedException {
		List<String> failures = new ArrayList<>();
		for (Example example : pack.examples()) {
			String problem = run(pack, example);
			if (problem != null) {
				failures.add("example \"" + example.name() + "\" (" + example.file() + "): " + problem);
			}
		}
		List<Example> examples = pack.examples();
		if (!failures.isEmpty()) {
			throw new PackRefusedException(failures.size() + " of " + examples.size() + " examples failed: "
					+ String.join(" | ", failures.subList(0, Math.min(MAX_REPORTED, failures.size())))
					+ (failures.size() > MAX_REPORTED ? " | ..." : ""));
		}
	}

	/** How many examples this compiler has run, for tests that tell a kept verdict from a run. */
	long examplesRun() {
		return examplesRun.get();
	}

	/**
	 * Everything but running the examples (they are parsed and must exist): for a pack version whose examples' pass
	 * was kept ({@link ExampleVerdicts}), for the examples run one by one, and for tests.
	 */
	CompiledPack compileWithoutExamples(PackSource source) throws PackRefusedException {
		PackManifest manifest = manifest(source);
		List<Allowed> allowed = AllowList.parse(source.text(AllowList.FILE), screener.recognisers().phones());
		PhraseBook phrases = PhraseBook.parse(source.text(PhraseBook.FILE));
		Built built = build(source);
		KieBase kieBase = built.kieBase();
		// which phrase groups the rules can use, and when: read from the compiler's own parse of the DRL when it
		// gives it, otherwise from a parse of our own
		phrases = phrases.demandedBy(built.packages() != null ? PhraseDemand.ofPackages(built.packages())
				: PhraseDemand.of(drl(source)));
		boolean declaresOutcome = checkGlobals(kieBase);
		checkRuleIds(kieBase);
		List<Example> examples = examples(source);
		SignalModel signals = SignalModel.parse(source.text(SignalModel.FILE));
		for (String head : signals.heads()) {
			if (manifest.categories().stream().noneMatch(c -> c.name().equals(head))) {
				throw new PackRefusedException(SignalModel.FILE + ": head " + head
						+ " is not a category of the pack (pack.yaml categories)");
			}
		}
		return new CompiledPack(manifest, kieBase, declaresOutcome, allowed, phrases, examples, source.fingerprint(),
				rulesDigest(source, manifest), signals);
	}

	/** Null when the example passes against the pack alone, otherwise what differed. */
	String run(CompiledPack pack, Example example) {
		examplesRun.incrementAndGet();
		try {
			ScreeningResult result = screener.screen(example.request(), List.of(pack));
			String undeclared = result.findings().stream()
				.filter(f -> !pack.manifest().categories().contains(f.category()))
				.map(f -> f.ruleId() + " made a " + f.category() + " finding, a category pack.yaml does not declare")
				.findFirst().orElse(null);
			String problem = example.check(result);
			return problem == null ? undeclared : undeclared == null ? problem : problem + "; " + undeclared;
		}
		catch (RuntimeException e) {
			return "failed: " + rootMessage(e);
		}
	}

	/** The text of the pack's DRL files. */
	private static List<String> drl(PackSource source) {
		List<String> files = new ArrayList<>();
		source.files().forEach((name, bytes) -> {
			if (name.endsWith(".drl")) {
				files.add(new String(bytes, StandardCharsets.UTF_8));
			}
		});
		return files;
	}

	/** A compiled KieBase, and the compiler's parse of the pack's DRL (null when the builder does not give it). */
	private record Built(KieBase kieBase, List<PackageDescr> packages) {
	}

	private static Built build(PackSource source) throws PackRefusedException {
		// the application's classes, with lookups remembered across packs (KnownClasses)
		KnowledgeBuilderConfiguration configuration = KnowledgeBuilderFactory
			.newKnowledgeBuilderConfiguration(KnownClasses.APPLICATION);
		// facts are immutable and never modified by rules, so property reactivity has nothing to track
		configuration.setOption(PropertySpecificOption.ALLOWED);
		KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder(configuration);
		int drlFiles = 0;
		for (Map.Entry<String, byte[]> file : source.files().entrySet()) {
			if (file.getKey().endsWith(".drl")) {
				Resource resource = ResourceFactory.newByteArrayResource(file.getValue());
				resource.setSourcePath(source.folder() + "/" + file.getKey());
				builder.add(resource, ResourceType.DRL);
				drlFiles++;
			}
		}
		if (drlFiles == 0) {
			throw new PackRefusedException("no .drl file");
		}
		if (builder.hasErrors()) {
			List<String> errors = new ArrayList<>();
			for (KnowledgeBuilderResult error : builder.getErrors()) {
				if (errors.size() == MAX_REPORTED) {
					errors.add("...");
					break;
				}
				errors.add(describe(error));
			}
			throw new PackRefusedException("DRL does not compile: " + String.join(" | ", errors));
		}
		KieBase kieBase = newKieBase(builder);
		return new Built(kieBase, packageDescrs(builder, kieBase));
	}

	/**
	 * The KieBase, with the same remembered class lookups as the compiler ({@link KnownClasses}): Drools compiles
	 * each MVEL constraint again the first time it is evaluated, through the KieBase's class loader, and that
	 * loader's parent is otherwise the thread's context class loader, where every name MVEL tries against the
	 * imports is a miss looked up in all the executable jar's nested jars: most of the time the packs' examples
	 * took at start-up (docs/benchmarks.md, start-up). The classes found are the same ones.
	 */
	private static KieBase newKieBase(KnowledgeBuilder builder) {
		if (builder instanceof KnowledgeBuilderImpl impl) {
			return impl.newKnowledgeBase(KieServices.get().newKieBaseConfiguration(null, KnownClasses.APPLICATION));
		}
		return builder.newKieBase();
	}

	/**
	 * The DRL as the compiler parsed it ({@link KnowledgeBuilderImpl} keeps each package's descriptions), so that
	 * {@link PhraseDemand} need not parse it again; null from a builder of another kind.
	 */
	private static List<PackageDescr> packageDescrs(KnowledgeBuilder builder, KieBase kieBase) {
		if (!(builder instanceof KnowledgeBuilderImpl impl)) {
			return null;
		}
		List<PackageDescr> packages = new ArrayList<>();
		for (KiePackage kiePackage : kieBase.getKiePackages()) {
			List<PackageDescr> descrs = impl.getPackageDescrs(kiePackage.getName());
			if (descrs == null) {
				return null;
			}
			packages.addAll(descrs);
		}
		return packages;
	}

	private static String describe(KnowledgeBuilderResult error) {
		String file = error.getResource() == null || error.getResource().getSourcePath() == null ? "?"
				: error.getResource().getSourcePath();
		int[] lines = error.getLines();
		String line = lines != null && lines.length > 0 && lines[0] > 0 ? ":" + lines[0] : "";
		return file + line + ": " + error.getMessage().replaceAll("\\s+", " ").trim();
	}

	/** {@code outcome} is the one global the engine provides; any other would be null when rules run. */
	private static boolean checkGlobals(KieBase kieBase) throws PackRefusedException {
		boolean outcome = false;
		for (KiePackage kiePackage : kieBase.getKiePackages()) {
			for (Global global : kiePackage.getGlobalVariables()) {
				if (!"outcome".equals(global.getName())) {
					throw new PackRefusedException("global " + global.getName()
							+ " is not provided by the engine; the only global is outcome");
				}
				if (!Outcome.class.getName().equals(global.getType())) {
					throw new PackRefusedException("global outcome must be of type " + Outcome.class.getName());
				}
				outcome = true;
			}
		}
		return outcome;
	}

	/** Rule names are the findings' rule ids, so they must be unique across the pack's DRL packages. */
	private static void checkRuleIds(KieBase kieBase) throws PackRefusedException {
		Set<String> seen = new HashSet<>();
		for (KiePackage kiePackage : kieBase.getKiePackages()) {
			for (Rule rule : kiePackage.getRules()) {
				if (!seen.add(rule.getName())) {
					throw new PackRefusedException("rule name " + rule.getName()
							+ " is used twice; rule names are rule ids and must be unique in a pack");
				}
			}
		}
	}

	private static List<Example> examples(PackSource source) throws PackRefusedException {
		List<Example> examples = new ArrayList<>();
		Set<String> names = new HashSet<>();
		for (Map.Entry<String, byte[]> file : source.files().entrySet()) {
			if (file.getKey().startsWith("examples/")) {
				for (Example example : Example.parse(file.getKey(),
						new String(file.getValue(), StandardCharsets.UTF_8))) {
					if (!names.add(example.name())) {
						throw new PackRefusedException(file.getKey() + ": example name \"" + example.name()
								+ "\" is used twice in the pack");
					}
					examples.add(example);
				}
			}
		}
		if (examples.isEmpty()) {
			throw new PackRefusedException("no examples: a pack proves itself with examples/*.yaml");
		}
		return List.copyOf(examples);
	}

	/**
	 * What the pack's behaviour depends on: every file but documentation, with pack.yaml reduced to its id and
	 * version, so switching a pack on or off is not a change of its rules (and needs no new version).
	 */
	private static String rulesDigest(PackSource source, PackManifest manifest) {
		SortedMap<String, byte[]> files = new TreeMap<>(source.files());
		files.keySet().removeIf(path -> path.endsWith(".md"));
		files.put(PackSource.MANIFEST, (manifest.id() + '\n' + manifest.version()).getBytes(StandardCharsets.UTF_8));
		return PackSource.digest(files);
	}

	private static String rootMessage(Throwable e) {
		Throwable t = e;
		while (t.getCause() != null && t.getCause() != t) {
			t = t.getCause();
		}
		return t == e ? String.valueOf(e.getMessage()) : e.getMessage() + " (" + t + ")";
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}
}
