package io.clearance.modeler;

import io.clearance.shared.ConflictException;
import io.clearance.shared.NotFoundException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What process modelers and administrators do with the processes: validate, deploy (only what validates; nothing on
 * refusal), keep drafts, read versions with live counts, export, and migrate running instances between versions.
 */
@Service
@Transactional
public class ProcessModeler {

	private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,120}\\.bpmn");

	private final ProcessEngineModels engine;

	private final DeploymentRecords records;

	private final ProcessDrafts drafts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ProcessModeler(ProcessEngineModels engine, DeploymentRecords records, ProcessDrafts drafts,
			ApplicationEventPublisher events, Clock clock) {
		this.engine = engine;
		this.records = records;
		this.drafts = drafts;
		this.events = events;
		this.clock = clock;
	}

	/** A version with who deployed it (the modeler's user, or {@code system} for {@code processes/}) and why. */
	public record VersionDetails(ProcessVersion version, String deployedBy, String comment, String changes) {
	}

	@Transactional(readOnly = true)
	public List<BpmnProblem> validate(String xml) {
		return engine.validate(xml.getBytes(StandardCharsets.UTF_8));
	}

	/** Validates and deploys a new version; refused (and nothing deployed) when any problem is found. */
	public DeployedDefinition deploy(String xml, String fileName, String comment, String actor) {
		return deploy(xml, fileName, comment, actor, null);
	}

	private DeployedDefinition deploy(String xml, String fileName, String comment, String actor, Long draftId) {
		byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
		List<BpmnProblem> problems = engine.validate(bytes);
		if (problems.stream().anyMatch(BpmnProblem::isMalformed)) {
			throw new MalformedModelException("not-xml", problems.get(0).message(), problems);
		}
		if (!problems.isEmpty()) {
			BpmnProblem first = problems.get(0);
			throw new ModelRefusedException(first.rule().equals("not-bpmn") ? "not-bpmn" : "bpmn-refused",
					"The model was not deployed: " + problems.size() + " problem(s), the first: "
							+ (first.elementId() == null ? "" : first.elementId() + ": ") + first.message(),
					problems);
		}
		String name = fileName == null || fileName.isBlank()
				? BpmnXml.processKey(bytes).orElse("process") + ".bpmn" : fileName.strip();
		if (!FILE_NAME.matcher(name).matches()) {
			throw new MalformedModelException("invalid-file-name", "fileName must be a plain file name ending in"
					+ " .bpmn (letters, digits, dot, dash, underscore).", List.of());
		}
		DeployedDefinition deployed = engine.deploy(name, bytes);
		String changes = engine.previousVersion(deployed.key(), deployed.version())
			.flatMap(previous -> engine.xml(previous.definitionId()))
			.map(previous -> BpmnXml.changes(previous, bytes))
			.orElse("first version");
		Instant now = clock.instant();
		String note = comment == null || comment.isBlank() ? null : comment.strip();
		records.save(new DeploymentRecord(deployed, actor, now, note, changes, draftId));
		events.publishEvent(new ProcessDeployed(deployed.definitionId(), deployed.key(), deployed.version(), actor,
				note, changes, now));
		return deployed;
	}

	/** Every version of every process, newest first, with who deployed it. */
	@Transactional(readOnly = true)
	public List<VersionDetails> versions() {
		java.util.Map<String, DeploymentRecord> byDefinition = new java.util.HashMap<>();
		records.findAll().forEach(r -> byDefinition.put(r.definitionId(), r));
		return engine.versions().stream().map(v -> {
			DeploymentRecord record = byDefinition.get(v.definitionId());
			return record == null ? new VersionDetails(v, "system", null, null)
					: new VersionDetails(v, record.deployedBy(), record.comment(), record.changes());
		}).toList();
	}

	@Transactional(readOnly = true)
	public VersionDetails version(String definitionId) {
		ProcessVersion version = engine.version(definitionId).orElseThrow(() -> notFound(definitionId));
		Optional<DeploymentRecord> record = records.findById(definitionId);
		return new VersionDetails(version, record.map(DeploymentRecord::deployedBy).orElse("system"),
				record.map(DeploymentRecord::comment).orElse(null), record.map(DeploymentRecord::changes).orElse(null));
	}

	@Transactional(readOnly = true)
	public String xml(String definitionId) {
		return engine.xml(definitionId).map(b -> new String(b, StandardCharsets.UTF_8))
			.orElseThrow(() -> notFound(definitionId));
	}

	@Transactional(readOnly = true)
	public List<ActivityCount> activityCounts(String definitionId) {
		engine.version(definitionId).orElseThrow(() -> notFound(definitionId));
		return engine.activityCounts(definitionId);
	}

	@Transactional(readOnly = true)
	public MigrationPreview previewMigration(String sourceDefinitionId, String targetDefinitionId) {
		engine.version(sourceDefinitionId).orElseThrow(() -> notFound(sourceDefinitionId));
		engine.version(targetDefinitionId).orElseThrow(() -> notFound(targetDefinitionId));
		return engine.previewMigration(sourceDefinitionId, targetDefinitionId);
	}

	public long migrate(String sourceDefinitionId, String targetDefinitionId) {
		engine.version(sourceDefinitionId).orElseThrow(() -> notFound(sourceDefinitionId));
		engine.version(targetDefinitionId).orElseThrow(() -> notFound(targetDefinitionId));
		return engine.migrate(sourceDefinitionId, targetDefinitionId);
	}

	// Drafts

	@Transactional(readOnly = true)
	public List<ProcessDraft> drafts() {
		return drafts.findAllByOrderByUpdatedAtDesc();
	}

	@Transactional(readOnly = true)
	public ProcessDraft draft(long id) {
		return drafts.findById(id).orElseThrow(() -> new NotFoundException("There is no process draft " + id + "."));
	}

	public ProcessDraft createDraft(String name, String basedOnDefinitionId, String xml, String actor) {
		if (basedOnDefinitionId != null && engine.version(basedOnDefinitionId).isEmpty()) {
			throw notFound(basedOnDefinitionId);
		}
		return drafts.save(new ProcessDraft(name.strip(), basedOnDefinitionId, xml, key(xml), actor,
				clock.instant()));
	}

	public ProcessDraft updateDraft(long id, String name, String xml, long version, String actor) {
		ProcessDraft draft = draft(id);
		if (draft.version() != version) {
			throw new ConflictException("stale-version", "The draft was saved by " + draft.updatedBy()
					+ " since you opened it (version " + draft.version() + ", yours " + version + "); reload it.");
		}
		draft.update(name.strip(), xml, key(xml), actor, clock.instant());
		drafts.flush();
		return draft;
	}

	public void deleteDraft(long id) {
		drafts.delete(draft(id));
	}

	/** Deploys the draft as it is saved; the draft stays and notes the version it became. */
	public DeployedDefinition deployDraft(long id, String comment, String actor) {
		ProcessDraft draft = draft(id);
		DeployedDefinition deployed = deploy(draft.xml(), null, comment, actor, draft.id());
		draft.deployed(deployed.definitionId(), clock.instant());
		return deployed;
	}

	private static String key(String xml) {
		return BpmnXml.processKey(xml.getBytes(StandardCharsets.UTF_8)).orElse(null);
	}

	private static NotFoundException notFound(String definitionId) {
		return new NotFoundException("There is no process version " + definitionId + ".");
	}
}
