package io.clearance.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import io.clearance.screening.Finding;
import io.clearance.screening.PackVersion;
import io.clearance.screening.Route;
import io.clearance.screening.RulePackStatus;
import io.clearance.screening.RulePackStatus.Status;
import io.clearance.screening.ScreeningResult;

/** Loading, refusing, switching off and hot-reloading packs, on a copy of the repository's rules. */
class RulePackRegistryTest {

	@TempDir
	Path rules;

	Path phi;
	Path claims;
	RulePackRegistry registry;
	DroolsScreeningService service;

	/**
	 * The registry's behaviour is shown on two of the repository's packs, hipaa-phi and medical-claims, each at
	 * version 1.0.0 in the copy, so the versions below do not follow the packs' own.
	 */
	@BeforeEach
	void setUp() throws Exception {
		TestPacks.copyOfTheRules(rules);
		try (var folders = Files.list(rules)) {
			for (Path folder : folders.filter(Files::isDirectory).toList()) {
				if (!folder.endsWith("hipaa-phi") && !folder.endsWith("medical-claims")) {
					TestPacks.delete(folder);
				}
			}
		}
		phi = rules.resolve("hipaa-phi");
		claims = rules.resolve("medical-claims");
		TestPacks.setVersion(phi, "1.0.0");
		TestPacks.setVersion(claims, "1.0.0");
		Screener screener = new Screener(new Recognisers("US"));
		registry = new RulePackRegistry(new PackSources.Directory(rules), new PackCompiler(screener),
				Duration.ofMillis(50));
		service = new DroolsScreeningService(registry, screener);
		registry.reload();
	}

	@AfterEach
	void tearDown() {
		registry.stop();
	}

	private Map<String, RulePackStatus> statuses() {
		return registry.list().stream().collect(Collectors.toMap(RulePackStatus::id, Function.identity()));
	}

	@Test
	void loadsEveryPackOfTheRulesFolder() {
		assertThat(registry.list()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("examples")
			.containsExactly(
					new RulePackStatus("hipaa-phi", "HIPAA protected health information", "1.0.0", true, Status.ACTIVE,
							null),
					new RulePackStatus("medical-claims", "Medical claims", "1.0.0", true, Status.ACTIVE, null));
		// no verdicts are kept by this registry: every pack's examples ran at this load
		assertThat(registry.list()).allSatisfy(status -> {
			assertThat(status.examples().verdict()).isEqualTo(RulePackStatus.Verdict.RUN);
			assertThat(status.examples().passed()).isPositive();
			assertThat(status.examples().summary()).startsWith("all " + status.examples().passed()
					+ " examples passed when this version was loaded, at ");
		});
		assertThat(service.screen(Fixtures.aPostNamingAPatient()).route()).isEqualTo(Route.BLOCK);
	}

	@Test
	void refusesADrlThatDoesNotCompileAndTheLastGoodVersionKeepsScreening() {
		TestPacks.setVersion(phi, "1.1.0");
		TestPacks.replace(phi.resolve("phi.drl"), "$name : PersonName(!organisation, patientContext, !staffTitle)",
				"$name : PersonName(!organisation, patientContext, !staffTitle");

		registry.reload();

		RulePackStatus status = statuses().get("hipaa-phi");
		assertThat(status.status()).isEqualTo(Status.REFUSED);
		assertThat(status.version()).isEqualTo("1.0.0");
		assertThat(status.error()).startsWith("version 1.1.0 refused: DRL does not compile: hipaa-phi/phi.drl:");
		ScreeningResult result = service.screen(Fixtures.aPostNamingAPatient());
		assertThat(result.route()).isEqualTo(Route.BLOCK);
		assertThat(result.packs()).contains(new PackVersion("hipaa-phi", "1.0.0"));
	}

	@Test
	void readsAPacksSignalsFileAndRefusesABrokenOneWhileTheLastGoodVersionKeepsScreening() {
		TestPacks.setVersion(claims, "1.1.0");
		TestPacks.write(claims.resolve(SignalModel.FILE),
				"# a model\nMEDICAL_CLAIM\t<bias>\t-3\nMEDICAL_CLAIM\t<threshold>\t0.5\nMEDICAL_CLAIM\tvanish\t2\n");

		registry.reload();

		assertThat(statuses().get("medical-claims").status()).isEqualTo(Status.ACTIVE);
		assertThat(statuses().get("medical-claims").version()).isEqualTo("1.1.0");

		TestPacks.setVersion(claims, "1.2.0");
		TestPacks.replace(claims.resolve(SignalModel.FILE), "\tvanish\t2", "\tvanish\ttwo");

		registry.reload();

		RulePackStatus status = statuses().get("medical-claims");
		assertThat(status.status()).isEqualTo(Status.REFUSED);
		assertThat(status.version()).isEqualTo("1.1.0");
		assertThat(status.error()).isEqualTo("version 1.2.0 refused: signals.tsv line 4: \"two\" is not a number");
		assertThat(service.screen(Fixtures.aPostWithACureClaim()).packs()).contains(new PackVersion("medical-claims", "1.1.0"));
	}

	@Test
	void saysWhichFileAndLineDoNotCompile() {
		TestPacks.setVersion(claims, "1.1.0");
		TestPacks.replace(claims.resolve("claims.drl"), "$claim : Phrase(group == \"CURE\")",
				"$claim : Phrase(grop == \"CURE\")");

		registry.reload();

		assertThat(statuses().get("medical-claims").error())
			.matches("version 1\\.1\\.0 refused: DRL does not compile: medical-claims/claims\\.drl:\\d+: .*grop.*");
	}

	@Test
	void refusesAPackThatFailsItsExamplesAndSaysWhichAndWhatDiffered() {
		TestPacks.setVersion(claims, "1.1.0");
		TestPacks.addAPhraseThatFailsAnExample(claims);

		registry.reload();

		RulePackStatus status = statuses().get("medical-claims");
		assertThat(status.status()).isEqualTo(Status.REFUSED);
		assertThat(status.version()).isEqualTo("1.0.0");
		assertThat(status.error()).contains("1 of", "examples failed",
				"example \"good results are not a guarantee\" (examples/added.yaml): unexpected [CLAIM_GUARANTEE 0..12 \"Good results\"]");
		assertThat(service.screen(Fixtures.aFacebookPost("Good results need good habits.")).findings()).isEmpty();
	}

	@Test
	void refusesAChangeOfTheRulesUnderTheSameVersion() {
		TestPacks.replace(claims.resolve("claims.drl"), "can help treat", "may help treat");

		registry.reload();

		RulePackStatus status = statuses().get("medical-claims");
		assertThat(status.status()).isEqualTo(Status.REFUSED);
		assertThat(status.error()).contains("the version is still 1.0.0");
		assertThat(service.screen(Fixtures.aPostWithACureClaim()).findings()).extracting(Finding::suggestion)
			.containsExactly("can help treat");
	}

	@Test
	void acceptsTheNewVersionOnceItIsFixed() {
		TestPacks.setVersion(claims, "1.1.0");
		TestPacks.replace(claims.resolve("claims.drl"), "can help treat", "may help treat");

		registry.reload();

		assertThat(statuses().get("medical-claims")).extracting(RulePackStatus::version, RulePackStatus::status)
			.containsExactly("1.1.0", Status.ACTIVE);
		ScreeningResult result = service.screen(Fixtures.aPostWithACureClaim());
		assertThat(result.findings()).extracting(Finding::suggestion).containsExactly("may help treat");
		assertThat(result.packs()).contains(new PackVersion("medical-claims", "1.1.0"));
	}

	@Test
	void aPackSwitchedOffIsListedButDoesNotScreen() {
		TestPacks.setEnabled(phi, false);

		registry.reload();

		assertThat(statuses().get("hipaa-phi")).extracting(RulePackStatus::enabled, RulePackStatus::status)
			.containsExactly(false, Status.ACTIVE);
		ScreeningResult result = service.screen(Fixtures.aPostNamingAPatient());
		assertThat(result.route()).isEqualTo(Route.PASS);
		assertThat(result.packs()).containsExactly(new PackVersion("medical-claims", "1.0.0"));

		TestPacks.setEnabled(phi, true);
		registry.reload();

		assertThat(service.screen(Fixtures.aPostNamingAPatient()).route()).isEqualTo(Route.BLOCK);
	}

	@Test
	void switchingOffWorksEvenWhenTheRestOfThePackIsBroken() {
		TestPacks.setEnabled(phi, false);
		TestPacks.setVersion(phi, "1.1.0");
		TestPacks.write(phi.resolve("phi.drl"), "rule oops");

		registry.reload();

		assertThat(statuses().get("hipaa-phi")).extracting(RulePackStatus::enabled, RulePackStatus::status)
			.containsExactly(false, Status.REFUSED);
		assertThat(service.screen(Fixtures.aPostNamingAPatient()).route()).isEqualTo(Route.PASS);
	}

	@Test
	void refusesAPackWithoutExamplesOrWithABadManifest() {
		TestPacks.aPack(rules, "no-examples", "", "[]");
		TestPacks.write(rules.resolve("misnamed/pack.yaml"), "id: something-else\nname: X\nversion: 1\n");

		registry.reload();

		assertThat(statuses().get("no-examples").error()).contains("no examples");
		assertThat(statuses().get("misnamed").error()).contains("id must be the folder name \"misnamed\"");
		assertThat(registry.snapshot().packs()).extracting(CompiledPack::id)
			.containsExactly("hipaa-phi", "medical-claims");
	}

	@Test
	void aRemovedPackStopsScreening() throws Exception {
		try (var files = Files.walk(phi)) {
			for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.delete(file);
			}
		}

		registry.reload();

		assertThat(registry.list()).extracting(RulePackStatus::id).containsExactly("medical-claims");
	}

	@Test
	void hotReloadPicksUpAChangedPack() {
		registry.start();
		TestPacks.setVersion(claims, "1.1.0");
		TestPacks.replace(claims.resolve("claims.drl"), "can help treat", "may help treat");

		await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(25))
			.until(() -> "1.1.0".equals(statuses().get("medical-claims").version()));

		assertThat(service.screen(Fixtures.aPostWithACureClaim()).findings()).extracting(Finding::suggestion)
			.containsExactly("may help treat");
	}

	@Test
	void hotReloadReportsARefusalAndKeepsThePreviousVersion() {
		registry.start();
		TestPacks.setVersion(phi, "2.0.0");
		TestPacks.write(phi.resolve("phi.drl"), "package broken;\nrule \"X\" when then oops end\n");

		await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(25))
			.until(() -> statuses().get("hipaa-phi").status() == Status.REFUSED);

		assertThat(statuses().get("hipaa-phi").version()).isEqualTo("1.0.0");
		assertThat(service.screen(Fixtures.aPostNamingAPatient()).route()).isEqualTo(Route.BLOCK);
	}

	@Test
	void screensConsistentlyWhileReloading() throws Exception {
		String before = TestPacks.read(claims.resolve("claims.drl"));
		String after = before.replace("can help treat", "may help treat");
		ExecutorService threads = Executors.newFixedThreadPool(4);
		AtomicBoolean running = new AtomicBoolean(true);
		ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
		CountDownLatch started = new CountDownLatch(4);
		List<Future<Integer>> screeners = new ArrayList<>();
		for (int t = 0; t < 4; t++) {
			screeners.add(threads.submit(() -> {
				started.countDown();
				int screened = 0;
				while (running.get()) {
					ScreeningResult result = service.screen(Fixtures.aPostWithACureClaim());
					String version = result.packs().stream().filter(p -> p.id().equals("medical-claims"))
						.map(PackVersion::version).findFirst().orElse("none");
					String suggestion = result.findings().get(0).suggestion();
					// 1.x versions say "can help treat", 2.x versions "may help treat": never a mix
					boolean consistent = version.startsWith("1.") && suggestion.equals("can help treat")
							|| version.startsWith("2.") && suggestion.equals("may help treat");
					if (!consistent || result.route() != Route.NEEDS_LEGAL) {
						problems.add(version + " gave " + suggestion + " / " + result.route());
					}
					screened++;
				}
				return screened;
			}));
		}
		started.await(10, TimeUnit.SECONDS);
		for (int i = 1; i <= 6; i++) {
			boolean may = i % 2 == 1;
			TestPacks.write(claims.resolve("claims.drl"), (may ? after : before) + "\n// reload " + i + "\n");
			TestPacks.setVersion(claims, (may ? "2.0." : "1.0.") + i);
			registry.reload();
			assertThat(statuses().get("medical-claims").status()).isEqualTo(Status.ACTIVE);
		}
		running.set(false);
		int screened = 0;
		for (Future<Integer> screener : screeners) {
			screened += screener.get(30, TimeUnit.SECONDS);
		}
		threads.shutdown();

		assertThat(problems).isEmpty();
		assertThat(screened).isPositive();
	}

	@Test
	void theJarCarriesTheSamePacksAsTheRulesFolder() {
		List<PackSource> bundled = new PackSources.Classpath(new PathMatchingResourcePatternResolver(), "rules").read();
		List<PackSource> folder = new PackSources.Directory(Fixtures.RULES).read();

		assertThat(bundled).extracting(PackSource::folder).containsExactly("crisis", "endorsements",
				"gdpr-health-data", "hipaa-phi", "medical-claims", "misinformation", "patient-consent",
				"platform-policies", "review-replies", "testimonials");
		assertThat(bundled).extracting(PackSource::fingerprint)
			.containsExactlyElementsOf(folder.stream().map(PackSource::fingerprint).toList());
	}

	@Test
	void oneFolderIsReadAloneAndAgreesWithTheWholeRead() {
		for (PackSources source : List.of(new PackSources.Directory(Fixtures.RULES),
				new PackSources.Classpath(new PathMatchingResourcePatternResolver(), "rules"))) {
			for (PackSource pack : source.read()) {
				assertThat(source.read(pack.folder())).as(source.describe() + " " + pack.folder())
					.hasValueSatisfying(one -> assertThat(one.fingerprint()).isEqualTo(pack.fingerprint()));
			}
			for (String notAPack : List.of("no-such-pack", "../rules", "hipaa-phi/examples", ".git", "_shared", "")) {
				assertThat(source.read(notAPack)).as(source.describe() + " " + notAPack).isEmpty();
			}
		}
	}

	@Test
	void packsFromTheJarCannotBeChangedThroughTheApi() {
		RulePackRegistry bundled = new RulePackRegistry(
				new PackSources.Classpath(new PathMatchingResourcePatternResolver(), "rules"),
				new PackCompiler(new Screener(new Recognisers("US"))), Duration.ZERO);
		bundled.reload();

		org.assertj.core.api.Assertions.assertThatThrownBy(() -> bundled.setEnabled("hipaa-phi", false))
			.isInstanceOf(io.clearance.screening.RulesReadOnlyException.class)
			.hasMessageContaining("clearance.rules.dir");
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> bundled.install(Map.of("pack.yaml", "id: hipaa-phi".getBytes())))
			.isInstanceOf(io.clearance.screening.RulesReadOnlyException.class);
	}

	@Test
	void aBackgroundLoadIsWaitedForSoNothingScreensWithoutThePacks() {
		Screener screener = new Screener(new Recognisers("US"));
		CountDownLatch reading = new CountDownLatch(1);
		CountDownLatch mayRead = new CountDownLatch(1);
		PackSources folder = new PackSources.Directory(rules);
		PackSources slow = new PackSources() {
			@Override
			public List<PackSource> read() {
				reading.countDown();
				try {
					mayRead.await();
				}
				catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
				return folder.read();
			}

			@Override
			public boolean watchable() {
				return false;
			}

			@Override
			public String describe() {
				return folder.describe();
			}
		};
		RulePackRegistry loading = new RulePackRegistry(slow, new PackCompiler(screener), Duration.ZERO, 2);
		DroolsScreeningService screening = new DroolsScreeningService(loading, screener);
		loading.loadInBackground();
		ExecutorService client = Executors.newSingleThreadExecutor();
		try {
			Future<ScreeningResult> early = client.submit(() -> screening.screen(Fixtures.aPostNamingAPatient()));
			await().atMost(Duration.ofSeconds(30)).until(() -> reading.getCount() == 0);

			assertThat(early).isNotDone();
			mayRead.countDown();
			await().atMost(Duration.ofMinutes(2)).until(early::isDone);
			assertThat(early.get().route()).isEqualTo(Route.BLOCK);
			assertThat(early.get().packs()).extracting(PackVersion::id).containsExactly("hipaa-phi", "medical-claims");
			assertThat(loading.list()).extracting(RulePackStatus::status).containsOnly(Status.ACTIVE);
			loading.start();
		}
		catch (Exception e) {
			throw new AssertionError(e);
		}
		finally {
			mayRead.countDown();
			client.shutdownNow();
			loading.stop();
		}
	}

	@Test
	void aFailedBackgroundLoadFailsTheStartUp() {
		RulePackRegistry broken = new RulePackRegistry(new PackSources.Directory(rules.resolve("missing")),
				new PackCompiler(new Screener(new Recognisers("US"))), Duration.ZERO, 2);

		broken.loadInBackground();

		org.assertj.core.api.Assertions.assertThatThrownBy(broken::start)
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("could not be loaded")
			.hasRootCauseInstanceOf(java.nio.file.NoSuchFileException.class);
	}
}
