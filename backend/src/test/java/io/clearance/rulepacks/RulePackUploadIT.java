package io.clearance.rulepacks;

import io.clearance.support.TestEngines;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.clearance.api.ApiClient;
import io.clearance.api.ApiClient.Response;
import io.clearance.audit.AuditTrail;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Rule packs changed through the API, on a temporary copy of {@code rules/}: uploads validated exactly as a change on
 * disk (and refused ones leave the folder untouched), the enabled switch rewriting pack.yaml, the allow-list editor,
 * audit, and access.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RulePackUploadIT {

	static final String PACK = "review-replies";

	static Path rules;

	@DynamicPropertySource
	static void rulesFolder(DynamicPropertyRegistry registry) throws IOException {
		rules = Files.createTempDirectory("clearance-rules-");
		copy(Path.of("../rules"), rules);
		registry.add("clearance.rules.dir", rules::toString);
		registry.add("clearance.rules.poll-interval", () -> "0s");
		registry.add(TestEngines.NAME, () -> "rulePackUploadTests");
	}

	@LocalServerPort
	int port;

	@Autowired
	AuditTrail audit;

	ApiClient rulesAdmin() {
		return ApiClient.as(port, "rulesadmin");
	}

	@Test
	void aGoodZipBecomesTheActiveVersionAndIsAudited() throws IOException {
		Map<String, byte[]> pack = packFiles(PACK);
		pack.put("pack.yaml", withVersion(PACK, "1.1.0").getBytes(StandardCharsets.UTF_8));

		Response uploaded = rulesAdmin().upload("/api/rule-packs/uploads", "file", PACK + ".zip",
				zip(PACK + "/", pack));

		assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
		assertThat(uploaded.json().get("id").asText()).isEqualTo(PACK);
		assertThat(uploaded.json().get("version").asText()).isEqualTo("1.1.0");
		assertThat(uploaded.json().get("status").asText()).isEqualTo("ACTIVE");
		assertThat(Files.readString(rules.resolve(PACK).resolve("pack.yaml"))).contains("version: 1.1.0");
		assertThat(packStatus(PACK).get("version").asText()).isEqualTo("1.1.0");
		assertThat(leftovers()).isEmpty();
		assertThat(audit.entriesOfType("RULE_PACK_UPLOADED")).anySatisfy(e -> {
			assertThat(e.actor()).isEqualTo("rulesadmin");
			assertThat(e.detail()).contains(PACK + " version 1.1.0");
		});
	}

	@Test
	void aZipWithPackYamlAtItsRootIsAPackToo() throws IOException {
		Map<String, byte[]> pack = packFiles("testimonials");
		pack.put("pack.yaml", withVersion("testimonials", "7.0.0").getBytes(StandardCharsets.UTF_8));

		Response uploaded = rulesAdmin().upload("/api/rule-packs/uploads", "file", "t.zip", zip("", pack));

		assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
		assertThat(uploaded.json().get("version").asText()).isEqualTo("7.0.0");
	}

	@Test
	void refusesPathTraversalAndChangesNothing() throws IOException {
		Map<String, byte[]> pack = packFiles(PACK);
		pack.put("../hipaa-phi/evil.drl", "rule x when then end".getBytes(StandardCharsets.UTF_8));
		assertRefusedUnchanged(zip(PACK + "/", pack), 400, "unsafe-zip-entry");

		Map<String, byte[]> absolute = packFiles(PACK);
		assertRefusedUnchanged(zipRaw(Map.of("/etc/clearance/pack.yaml", absolute.get("pack.yaml"))), 400,
				"unsafe-zip-entry");
	}

	@Test
	void refusesAZipWithoutAManifest() throws IOException {
		Map<String, byte[]> pack = packFiles(PACK);
		pack.remove("pack.yaml");
		assertRefusedUnchanged(zip(PACK + "/", pack), 400, "missing-manifest");
	}

	@Test
	void refusesWhatIsNotAZip() {
		assertRefusedUnchanged("just text".getBytes(StandardCharsets.UTF_8), 400, "not-a-zip");
	}

	@Test
	void refusesAnInvalidPackId() throws IOException {
		Map<String, byte[]> pack = packFiles(PACK);
		pack.put("pack.yaml", manifest(PACK).replace("id: " + PACK, "id: ../Review_Replies").getBytes(StandardCharsets.UTF_8));
		assertRefusedUnchanged(zip("", pack), 400, "invalid-pack-id");
	}

	@Test
	void refusesADrlSyntaxErrorWithTheCompilersMessageAndKeepsTheActiveVersion() throws IOException {
		String before = packStatus(PACK).get("version").asText();
		Map<String, byte[]> pack = packFiles(PACK);
		pack.put("pack.yaml", withVersion(PACK, "9.0.0").getBytes(StandardCharsets.UTF_8));
		pack.put("replies.drl", (new String(pack.get("replies.drl"), StandardCharsets.UTF_8) + "\nrule \"broken\" when then this is not drl")
			.getBytes(StandardCharsets.UTF_8));

		Response refused = assertRefusedUnchanged(zip(PACK + "/", pack), 422, "rule-pack-refused");

		assertThat(refused.json().get("error").asText()).contains("DRL does not compile").contains("replies.drl");
		assertThat(packStatus(PACK).get("version").asText()).isEqualTo(before);
		assertThat(packStatus(PACK).get("status").asText()).isEqualTo("ACTIVE");
	}

	@Test
	void refusesAPackWhoseExampleFails() throws IOException {
		Map<String, byte[]> pack = packFiles(PACK);
		pack.put("pack.yaml", withVersion(PACK, "9.1.0").getBytes(StandardCharsets.UTF_8));
		pack.put("examples/wrong.yaml", """
				- name: a harmless thank-you that is expected to block
				  text: "Thank you for your kind words!"
				  platform: FACEBOOK
				  kind: REVIEW_REPLY
				  expect:
				    - { ruleId: REVIEW_CARE_DETAIL, text: "kind words" }
				""".getBytes(StandardCharsets.UTF_8));

		Response refused = assertRefusedUnchanged(zip(PACK + "/", pack), 422, "rule-pack-refused");

		assertThat(refused.json().get("error").asText()).contains("examples failed")
			.contains("a harmless thank-you that is expected to block");
	}

	@Test
	void refusesAnUploadOverTheSizeLimit() {
		byte[] large = new byte[3 * 1024 * 1024];
		large[0] = 'P';
		large[1] = 'K';
		assertThat(rulesAdmin().upload("/api/rule-packs/uploads", "file", "big.zip", large).status())
			.isEqualTo(413);
	}

	@Test
	void theEnabledSwitchRewritesPackYamlAndChangesWhatScreens() throws IOException {
		Response off = rulesAdmin().put("/api/rule-packs/endorsements/enabled", Map.of("enabled", false));

		assertThat(off.status()).as(off.toString()).isEqualTo(200);
		assertThat(off.json().get("enabled").asBoolean()).isFalse();
		assertThat(off.json().get("status").asText()).isEqualTo("ACTIVE");
		assertThat(Files.readString(rules.resolve("endorsements/pack.yaml"))).contains("enabled: false")
			.doesNotContain("enabled: true");
		assertThat(packStatus("endorsements").get("enabled").asBoolean()).isFalse();
		assertThat(screenedPacks()).doesNotContain("endorsements");

		Response on = rulesAdmin().put("/api/rule-packs/endorsements/enabled", Map.of("enabled", true));
		assertThat(on.status()).isEqualTo(200);
		assertThat(on.json().get("enabled").asBoolean()).isTrue();
		assertThat(screenedPacks()).contains("endorsements");
		assertThat(audit.entriesOfType("RULE_PACK_DISABLED")).anySatisfy(e -> assertThat(e.detail())
			.startsWith("endorsements"));
		assertThat(audit.entriesOfType("RULE_PACK_ENABLED")).isNotEmpty();

		assertThat(rulesAdmin().put("/api/rule-packs/no-such-pack/enabled", Map.of("enabled", true)).status())
			.isEqualTo(404);
		assertThat(rulesAdmin().put("/api/rule-packs/endorsements/enabled", Map.of()).status()).isEqualTo(400);
	}

	@Test
	void onlyRulesAdministratorsChangePacks() throws IOException {
		for (String user : new String[] { "author", "compliance", "modeler", "admin" }) {
			ApiClient client = ApiClient.as(port, user);
			assertThat(client.put("/api/rule-packs/endorsements/enabled", Map.of("enabled", false)).status())
				.as(user).isEqualTo(403);
			assertThat(client.upload("/api/rule-packs/uploads", "file", "p.zip", zip("", packFiles(PACK))).status())
				.as(user).isEqualTo(403);
		}
		assertThat(packStatus("endorsements").get("enabled").asBoolean()).isTrue();
	}

	static final String ALLOW_LIST_PACK = "hipaa-phi";

	// a name beside a patient word with no role or title (a role before the name, "our patient experience lead, Dana
	// Whitfield", would make her staff by itself)
	static final String NEW_STAFF = "Our patients love Dana Whitfield, and so did every patient who answered the survey.";

	@Test
	void theAllowListEditorAddsAStaffNameAsANewVersionKeepingNotesAndIsAudited() throws IOException {
		JsonNode before = rulesAdmin().get("/api/rule-packs/" + ALLOW_LIST_PACK + "/allowlist").json();
		assertThat(before.get("phones")).anySatisfy(item -> {
			assertThat(item.get("value").asText()).isEqualTo("(555) 010-0100");
			assertThat(item.get("note").asText()).isEqualTo("main line / switchboard");
		});
		assertThat(phiFindings(NEW_STAFF)).as("a name the directory does not know is a patient's").isNotEmpty();
		String version = packStatus(ALLOW_LIST_PACK).get("version").asText();

		Map<String, Object> edited = editable(before);
		@SuppressWarnings("unchecked")
		java.util.List<Object> names = (java.util.List<Object>) edited.get("names");
		names.add(Map.of("value", "Dana Whitfield", "note", "patient experience lead, joined 2026"));
		Response saved = rulesAdmin().put("/api/rule-packs/" + ALLOW_LIST_PACK + "/allowlist", edited);

		assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
		assertThat(saved.json().get("version").asText()).isEqualTo(raised(version));
		assertThat(saved.json().get("status").asText()).isEqualTo("ACTIVE");
		assertThat(phiFindings(NEW_STAFF)).as("the directory's new name is staff").isEmpty();
		String file = Files.readString(rules.resolve(ALLOW_LIST_PACK).resolve("allowlist.yaml"));
		assertThat(file).startsWith("# The organisation's own identifiers")
			.contains("  - \"(555) 010-0100\"   # main line / switchboard")
			.contains("  - \"Dana Whitfield\"   # patient experience lead, joined 2026");
		JsonNode after = rulesAdmin().get("/api/rule-packs/" + ALLOW_LIST_PACK + "/allowlist").json();
		assertThat(after.get("names").findValuesAsText("value")).contains("Dana Whitfield", "Sarah Chen");
		assertThat(after.get("phones")).isEqualTo(before.get("phones"));
		assertThat(audit.entriesOfType("RULE_PACK_ALLOW_LIST_EDITED")).anySatisfy(e -> {
			assertThat(e.actor()).isEqualTo("rulesadmin");
			assertThat(e.detail()).contains("added name \"Dana Whitfield\"");
		});

		Response unchanged = rulesAdmin().put("/api/rule-packs/" + ALLOW_LIST_PACK + "/allowlist", editable(after));
		assertThat(unchanged.json().get("version").asText()).as("saving the same list is no new version")
			.isEqualTo(raised(version));
	}

	@Test
	void anAllowListThatIsNotValidOrBreaksThePacksExamplesIsRefusedAndChangesNothing() throws IOException {
		JsonNode current = rulesAdmin().get("/api/rule-packs/" + ALLOW_LIST_PACK + "/allowlist").json();
		String before = fingerprint(rules);

		Map<String, Object> badPhone = editable(current);
		@SuppressWarnings("unchecked")
		java.util.List<Object> phones = (java.util.List<Object>) badPhone.get("phones");
		phones.add(Map.of("value", "call us"));
		Response refused = rulesAdmin().put("/api/rule-packs/" + ALLOW_LIST_PACK + "/allowlist", badPhone);
		assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
		assertThat(refused.json().get("type").asText()).isEqualTo("urn:clearance:problem:rule-pack-refused");
		assertThat(refused.json().get("error").asText()).contains("\"call us\" is not a phone number");

		// an example of the pack relies on this staff member being in the directory
		Map<String, Object> withoutPriya = editable(current);
		@SuppressWarnings("unchecked")
		java.util.List<Map<String, Object>> names = (java.util.List<Map<String, Object>>) withoutPriya.get("names");
		names.removeIf(item -> "Priya Raman".equals(item.get("value")));
		Response broken = rulesAdmin().put("/api/rule-packs/" + ALLOW_LIST_PACK + "/allowlist", withoutPriya);
		assertThat(broken.status()).as(broken.toString()).isEqualTo(422);
		assertThat(broken.json().get("error").asText()).contains("a listed staff member named near a patient word");

		Response blank = rulesAdmin().put("/api/rule-packs/" + ALLOW_LIST_PACK + "/allowlist",
				Map.of("phones", java.util.List.of(Map.of("value", " "))));
		assertThat(blank.status()).as(blank.toString()).isEqualTo(400);

		assertThat(fingerprint(rules)).as("the rules folder is unchanged").isEqualTo(before);
		assertThat(rulesAdmin().get("/api/rule-packs/" + PACK + "/allowlist").status())
			.as("a pack without an allow list").isEqualTo(404);
		assertThat(ApiClient.as(port, "compliance").get("/api/rule-packs/" + ALLOW_LIST_PACK + "/allowlist").status())
			.isEqualTo(403);
	}

	// Helpers

	private java.util.List<String> phiFindings(String text) {
		Response tried = rulesAdmin().post("/api/rule-packs/try",
				Map.of("text", text, "platform", "LINKEDIN", "kind", "POST"));
		assertThat(tried.status()).as(tried.toString()).isEqualTo(200);
		java.util.List<String> found = new java.util.ArrayList<>();
		for (JsonNode finding : tried.json().get("findings")) {
			if (finding.get("pack").asText().equals(ALLOW_LIST_PACK)) {
				found.add(finding.get("ruleId").asText());
			}
		}
		return found;
	}

	/** The GET's answer as a body for the PUT, its lists mutable. */
	private static Map<String, Object> editable(JsonNode allowList) {
		Map<String, Object> body = new LinkedHashMap<>();
		allowList.fields().forEachRemaining(list -> {
			java.util.List<Map<String, Object>> items = new java.util.ArrayList<>();
			for (JsonNode item : list.getValue()) {
				Map<String, Object> entry = new LinkedHashMap<>();
				entry.put("value", item.get("value").asText());
				if (item.hasNonNull("note")) {
					entry.put("note", item.get("note").asText());
				}
				items.add(entry);
			}
			body.put(list.getKey(), items);
		});
		return body;
	}

	/** 1.9.0 → 1.9.1 */
	private static String raised(String version) {
		int dot = version.lastIndexOf('.');
		return version.substring(0, dot + 1) + (Integer.parseInt(version.substring(dot + 1)) + 1);
	}

	private Response assertRefusedUnchanged(byte[] upload, int status, String type) {
		String before = fingerprint(rules);
		Response refused = rulesAdmin().upload("/api/rule-packs/uploads", "file", "pack.zip", upload);
		assertThat(refused.status()).as(refused.toString()).isEqualTo(status);
		assertThat(refused.contentType()).contains("application/problem+json");
		assertThat(refused.json().get("type").asText()).isEqualTo("urn:clearance:problem:" + type);
		assertThat(fingerprint(rules)).as("the rules folder is unchanged").isEqualTo(before);
		return refused;
	}

	private JsonNode packStatus(String id) {
		for (JsonNode pack : rulesAdmin().get("/api/rule-packs").json()) {
			if (pack.get("id").asText().equals(id)) {
				return pack;
			}
		}
		throw new AssertionError("no pack " + id);
	}

	private java.util.List<String> screenedPacks() {
		Response screened = rulesAdmin().post("/api/screenings",
				Map.of("text", "Flu shots on Saturday.", "platform", "FACEBOOK", "kind", "POST", "sponsored", false));
		assertThat(screened.status()).as(screened.toString()).isEqualTo(200);
		return screened.json().get("packs").findValuesAsText("id");
	}

	private static java.util.List<Path> leftovers() throws IOException {
		try (Stream<Path> list = Files.list(rules)) {
			return list.filter(p -> p.getFileName().toString().startsWith(".")).toList();
		}
	}

	/** The pack's manifest with another version. */
	private static String withVersion(String pack, String version) throws IOException {
		return manifest(pack).replaceFirst("(?m)^version:.*$", "version: " + version);
	}

	private static String manifest(String pack) throws IOException {
		return Files.readString(rules.resolve(pack).resolve("pack.yaml"));
	}

	/** The pack's files as they are in the (temporary) rules folder. */
	private static Map<String, byte[]> packFiles(String pack) throws IOException {
		Map<String, byte[]> files = new LinkedHashMap<>();
		Path folder = rules.resolve(pack);
		try (Stream<Path> all = Files.walk(folder)) {
			for (Path file : all.filter(Files::isRegularFile).sorted().toList()) {
				files.put(folder.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
			}
		}
		return files;
	}

	private static byte[] zip(String prefix, Map<String, byte[]> files) {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		files.forEach((name, content) -> entries.put(prefix + name, content));
		return zipRaw(entries);
	}

	private static byte[] zipRaw(Map<String, byte[]> entries) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (var entry : entries.entrySet()) {
				zip.putNextEntry(new ZipEntry(entry.getKey()));
				zip.write(entry.getValue());
				zip.closeEntry();
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return bytes.toByteArray();
	}

	/** Every path and content under the folder, hashed. */
	private static String fingerprint(Path dir) {
		try (Stream<Path> all = Files.walk(dir)) {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			for (Path path : all.sorted().toList()) {
				sha.update(dir.relativize(path).toString().getBytes(StandardCharsets.UTF_8));
				if (Files.isRegularFile(path)) {
					sha.update(Files.readAllBytes(path));
				}
			}
			return HexFormat.of().formatHex(sha.digest());
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	private static void copy(Path from, Path to) throws IOException {
		try (Stream<Path> all = Files.walk(from)) {
			for (Path source : all.toList()) {
				Path target = to.resolve(from.relativize(source).toString());
				if (Files.isDirectory(source)) {
					Files.createDirectories(target);
				}
				else {
					Files.copy(source, target);
				}
			}
		}
	}
}
