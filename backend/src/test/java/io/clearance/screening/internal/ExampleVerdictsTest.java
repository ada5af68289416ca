package io.clearance.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.clearance.screening.RulePackStatus;
import io.clearance.screening.RulePackStatus.Status;
import io.clearance.screening.RulePackStatus.Verdict;
import io.clearance.screening.ScreeningRequest;
import io.clearance.screening.ScreeningResult;

/**
 * The kept passes of the packs' examples, on the real registry with copies of the repository's packs: a pass is
 * reused only for exactly the same pack files under the same build, and a refusal never is.
 */
class ExampleVerdictsTest {

	static final String BUILD = "build 1\njava test\nphone-region US";

	static final String ANOTHER_BUILD = "build 2\njava test\nphone-region US";

	@TempDir
	Path temp;

	final List<RulePackRegistry> registries = new ArrayList<>();

	/** One registry's first load: what a start of the application does. */
	record Load(RulePackRegistry registry, PackCompiler compiler, DroolsScreeningService service) {

		Map<String, RulePackStatus> statuses() {
			return registry.list().stream().collect(Collectors.toMap(RulePackStatus::id, Function.identity()));
		}

		long examplesRun() {
			return compiler.examplesRun();
		}
	}

	@AfterEach
	void tearDown() {
		registries.forEach(RulePackRegistry::stop);
	}

	/** The repository's hipaa-phi and medical-claims in {@code temp/rules}. */
	Path twoPacks() throws Exception {
		Path rules = TestPacks.copyOfTheRules(temp.resolve("rules"));
		try (var folders = Files.list(rules)) {
			for (Path folder : folders.filter(Files::isDirectory).toList()) {
				if (!folder.endsWith("hipaa-phi") && !folder.endsWith("medical-claims")) {
					TestPacks.delete(folder);
				}
			}
		}
		return rules;
	}

	Path verdictsFile() {
		return temp.resolve("data").resolve(ExampleVerdicts.FILE);
	}

	ExampleVerdicts kept(String build) {
		return ExampleVerdicts.in(verdictsFile(), build);
	}

	Load load(Path rules, ExampleVerdicts verdicts) {
		Screener screener = new Screener(new Recognisers("US"));
		PackCompiler compiler = new PackCompiler(screener);
		RulePackRegistry registry = new RulePackRegistry(new PackSources.Directory(rules), compiler, verdicts,
				Duration.ZERO, 1);
		registries.add(registry);
		registry.reload();
		return new Load(registry, compiler, new DroolsScreeningService(registry, screener));
	}

	static int examplesOf(Load load, String pack) {
		return load.registry().snapshot().packs().stream().filter(p -> p.id().equals(pack)).findFirst().orElseThrow()
			.examples().size();
	}

	static int allExamples(Load load) {
		return load.registry().snapshot().packs().stream().mapToInt(p -> p.examples().size()).sum();
	}

	static void assertEveryPack(Load load, Verdict verdict) {
		assertThat(load.registry().list()).isNotEmpty().allSatisfy(status -> {
			assertThat(status.status()).as(status.id()).isEqualTo(Status.ACTIVE);
			assertThat(status.examples().verdict()).as(status.id()).isEqualTo(verdict);
		});
	}

	@Test
	void aStartThatReusedKeptPassesRunsThoseExamplesAgainAfterTheStart() throws Exception {
		Path rules = twoPacks();
		load(rules, kept(BUILD));
		Screener screener = new Screener(new Recognisers("US"));
		PackCompiler compiler = new PackCompiler(screener);
		RulePackRegistry registry = new RulePackRegistry(new PackSources.Directory(rules), compiler, kept(BUILD),
				Duration.ZERO, 1);
		registries.add(registry);

		registry.loadInBackground();

		// the registry screens with the kept passes at once; the examples then run again in the background
		assertThat(registry.list()).allSatisfy(status -> assertThat(status.examples().verdict()).isEqualTo(Verdict.REUSED));
		int examples = registry.snapshot().packs().stream().mapToInt(p -> p.examples().size()).sum();
		assertThat(registry.awaitBackgroundLoad(Duration.ofMinutes(2))).as("the background re-check ended").isTrue();
		assertThat(compiler.examplesRun()).isEqualTo(examples);
		assertThat(Files.readString(verdictsFile())).contains(" hipaa-phi ", " medical-claims ");
	}

	@Test
	void anUnchangedPackUnderTheSameBuildIsNotRunAgainAndScreensExactlyAsBefore() throws Exception {
		Path rules = TestPacks.copyOfTheRules(temp.resolve("rules"));

		Load first = load(rules, kept(BUILD));
		Load second = load(rules, kept(BUILD));

		assertThat(first.examplesRun()).isEqualTo(allExamples(first)).isGreaterThan(1000);
		assertEveryPack(first, Verdict.RUN);
		assertThat(second.examplesRun()).isZero();
		assertEveryPack(second, Verdict.REUSED);
		Map<String, RulePackStatus> before = first.statuses();
		second.statuses().forEach((id, status) -> {
			assertThat(status.version()).isEqualTo(before.get(id).version());
			assertThat(status.examples().passed()).isEqualTo(before.get(id).examples().passed());
			assertThat(status.examples().passedAt()).isEqualTo(before.get(id).examples().passedAt());
			assertThat(status.examples().summary()).startsWith("all " + status.examples().passed()
					+ " examples passed for this exact version of the pack under this build of the application at ")
				.endsWith("; not run again when it was loaded");
		});
		// every example's post, screened by all packs of each load: the same findings, routes and pack versions
		List<ScreeningRequest> posts = first.registry().snapshot().packs().stream()
			.flatMap(pack -> pack.examples().stream())
			.map(Example::request)
			.toList();
		List<ScreeningResult> screenedFirst = posts.stream().map(first.service()::screen).toList();
		List<ScreeningResult> screenedSecond = posts.stream().map(second.service()::screen).toList();
		assertThat(screenedSecond).isEqualTo(screenedFirst);
		assertThat(screenedFirst).anySatisfy(result -> assertThat(result.findings()).isNotEmpty());
	}

	@Test
	void aChangedPackRunsItsExamplesWhileAnUnchangedOneReusesItsPass() throws Exception {
		Path rules = twoPacks();
		load(rules, kept(BUILD));
		TestPacks.write(rules.resolve("medical-claims/examples/added.yaml"), """
				- name: a walk is no claim
				  text: "Join our community walk this Sunday."
				  platform: FACEBOOK
				  kind: POST
				  expect: []
				""");

		Load next = load(rules, kept(BUILD));

		assertThat(next.examplesRun()).isEqualTo(examplesOf(next, "medical-claims"));
		assertThat(next.statuses().get("medical-claims").examples().verdict()).isEqualTo(Verdict.RUN);
		assertThat(next.statuses().get("hipaa-phi").examples().verdict()).isEqualTo(Verdict.REUSED);
	}

	@Test
	void theRunningRegistryRunsTheExamplesOfAChangedPackAndReusesThePassOfAVersionItGoesBackTo() throws Exception {
		Path rules = twoPacks();
		Path readme = rules.resolve("medical-claims/NOTES.md");
		Load load = load(rules, kept(BUILD));
		long atStart = load.examplesRun();
		int claims = examplesOf(load, "medical-claims");

		TestPacks.write(readme, "A note for the next rule owner.\n");
		load.registry().reload();

		assertThat(load.examplesRun() - atStart).isEqualTo(claims);
		assertThat(load.statuses().get("medical-claims").examples().verdict()).isEqualTo(Verdict.RUN);

		Files.delete(readme);
		load.registry().reload();

		assertThat(load.examplesRun() - atStart).as("the pack as it was at the start: its pass was kept")
			.isEqualTo(claims);
		assertThat(load.statuses().get("medical-claims").examples().verdict()).isEqualTo(Verdict.REUSED);
	}

	@Test
	void anotherBuildRunsEveryPacksExamplesAndItsVerdictsReplaceTheOldBuilds() throws Exception {
		Path rules = twoPacks();
		load(rules, kept(BUILD));

		Load rebuilt = load(rules, kept(ANOTHER_BUILD));

		assertThat(rebuilt.examplesRun()).isEqualTo(allExamples(rebuilt));
		assertEveryPack(rebuilt, Verdict.RUN);
		assertThat(load(rules, kept(ANOTHER_BUILD)).examplesRun()).isZero();
		assertThat(load(rules, kept(BUILD)).examplesRun()).as("the file keeps one build's verdicts")
			.isEqualTo(allExamples(rebuilt));
	}

	@Test
	void aPackWhoseExamplesFailIsRefusedAtEveryLoadWhateverPassesAreKept() throws Exception {
		Path rules = twoPacks();
		Path claims = rules.resolve("medical-claims");
		Load good = load(rules, kept(BUILD));
		String goodVersion = good.statuses().get("medical-claims").version();
		TestPacks.setVersion(claims, "9.9.9");
		TestPacks.addAPhraseThatFailsAnExample(claims);

		// the running server keeps the last good version; every later start refuses the pack outright
		good.registry().reload();
		RulePackStatus running = good.statuses().get("medical-claims");
		assertThat(running.status()).isEqualTo(Status.REFUSED);
		assertThat(running.version()).isEqualTo(goodVersion);
		for (int start = 0; start < 2; start++) {
			Load load = load(rules, kept(BUILD));
			RulePackStatus status = load.statuses().get("medical-claims");
			assertThat(status.status()).isEqualTo(Status.REFUSED);
			assertThat(status.error()).isEqualTo(running.error())
				.contains("version 9.9.9 refused: 1 of", "examples failed",
						"example \"good results are not a guarantee\" (examples/added.yaml): unexpected"
								+ " [CLAIM_GUARANTEE 0..12 \"Good results\"]");
			assertThat(status.version()).isNull();
			assertThat(status.examples()).isNull();
			assertThat(load.examplesRun()).as("the refused pack's examples ran again").isPositive();
			assertThat(load.statuses().get("hipaa-phi").examples().verdict()).isEqualTo(Verdict.REUSED);
			assertThat(load.registry().snapshot().packs()).extracting(CompiledPack::id).containsExactly("hipaa-phi");
		}
	}

	@Test
	void aCorruptOrUnreadableFileIsIgnoredAndTheExamplesRun() throws Exception {
		Path rules = twoPacks();
		load(rules, kept(BUILD));
		String good = Files.readString(verdictsFile());
		List<String> corrupt = List.of("", "not a verdict\n", good.substring(0, good.length() - 20),
				good.replaceFirst("(?m)^context .*\n", ""), good.replace("passed ", "passed  "),
				good.replaceFirst(" (\\d+) (\\d{4}-)", " many $2"), "\0\1\2\3\n");

		for (String content : corrupt) {
			Files.writeString(verdictsFile(), content, StandardCharsets.ISO_8859_1);
			Load load = load(rules, kept(BUILD));
			assertThat(load.examplesRun()).as(content).isEqualTo(allExamples(load));
			assertEveryPack(load, Verdict.RUN);
			assertThat(load(rules, kept(BUILD)).examplesRun()).as("rewritten whole after " + content).isZero();
		}

		Files.delete(verdictsFile());
		Files.createDirectories(verdictsFile());
		Load unreadable = load(rules, kept(BUILD));
		assertThat(unreadable.examplesRun()).isEqualTo(allExamples(unreadable));
		assertEveryPack(unreadable, Verdict.RUN);
	}

	@Test
	void aFolderThatCannotBeWrittenOnlyMeansTheExamplesRunAtTheNextStart() throws Exception {
		Path rules = twoPacks();
		Files.writeString(temp.resolve("data"), "a file where the folder should be");

		Load first = load(rules, kept(BUILD));
		Load second = load(rules, kept(BUILD));

		assertEveryPack(first, Verdict.RUN);
		assertThat(second.examplesRun()).isEqualTo(allExamples(second));
		assertEveryPack(second, Verdict.RUN);
	}

	@Test
	void switchedOffEveryLoadRunsTheExamplesAndNothingIsWritten() throws Exception {
		Path rules = twoPacks();

		Load first = load(rules, ExampleVerdicts.off("switched off in a test"));
		Load second = load(rules, ExampleVerdicts.off("switched off in a test"));

		assertThat(first.examplesRun()).isEqualTo(allExamples(first));
		assertThat(second.examplesRun()).isEqualTo(allExamples(second));
		assertEveryPack(second, Verdict.RUN);
		assertThat(temp.resolve("data")).doesNotExist();
	}

	@Test
	void theApplicationKeepsNoVerdictsWhenRunFromAFolderOfClassesOrWhenSwitchedOff() {
		// the tests run from target/classes: build-info.properties there may be older than the classes beside it
		assertThat(ApplicationBuild.fingerprint(RulePackRegistry.class)).isEmpty();
		assertThat(ScreeningConfiguration.exampleVerdicts(new RulesProperties(null, null, null, null)).isOn())
			.isFalse();
		assertThat(ScreeningConfiguration.exampleVerdicts(new RulesProperties(null, null, null,
				new RulesProperties.Verdicts(false, temp.toString()))).describe())
			.isEqualTo("not kept: clearance.rules.verdicts.enabled is false");
	}

	@Test
	void anUploadRunsTheExamplesOnceAndItsLoadReusesThatPass() throws Exception {
		Path rules = twoPacks();
		Load load = load(rules, kept(BUILD));
		long atStart = load.examplesRun();
		Map<String, byte[]> files = new TreeMap<>(PackSources.Directory.readFolder(rules.resolve("medical-claims")));
		files.put("pack.yaml", new String(files.get("pack.yaml"), StandardCharsets.UTF_8)
			.replaceFirst("(?m)^version: .*$", "version: 9.9.9").getBytes(StandardCharsets.UTF_8));

		RulePackStatus installed = load.registry().install(files);

		assertThat(installed.version()).isEqualTo("9.9.9");
		assertThat(installed.examples().verdict()).isEqualTo(Verdict.REUSED);
		assertThat(load.examplesRun() - atStart).as("run once, in the staging folder")
			.isEqualTo(examplesOf(load, "medical-claims"));
	}

	@Test
	void keepsTheNewestVerdictsOfEachPackOnly() {
		ExampleVerdicts verdicts = kept(BUILD);
		Instant at = Instant.parse("2026-12-01T00:00:00Z");
		List<PackSource> versions = new ArrayList<>();
		for (int i = 0; i < ExampleVerdicts.KEPT_PER_PACK + 2; i++) {
			PackSource source = PackSource.of("medical-claims", "test",
					Map.of("pack.yaml", ("version: 1." + i).getBytes(StandardCharsets.UTF_8)));
			versions.add(source);
			verdicts.recordPass(source, "1." + i, 3, at.plusSeconds(i));
		}
		PackSource other = PackSource.of("hipaa-phi", "test", Map.of("pack.yaml", new byte[] { 1 }));
		verdicts.recordPass(other, "2.0", 5, at);

		ExampleVerdicts reread = kept(BUILD);
		assertThat(reread.passed(versions.get(0))).isEmpty();
		assertThat(reread.passed(versions.get(1))).isEmpty();
		for (PackSource kept : versions.subList(2, versions.size())) {
			assertThat(reread.passed(kept)).isPresent();
		}
		assertThat(reread.passed(other)).hasValueSatisfying(verdict -> {
			assertThat(verdict.pack()).isEqualTo("hipaa-phi");
			assertThat(verdict.version()).isEqualTo("2.0");
			assertThat(verdict.examples()).isEqualTo(5);
			assertThat(verdict.passedAt()).isEqualTo(at);
		});
		assertThat(kept(ANOTHER_BUILD).passed(other)).isEmpty();
	}
}
