package io.clearance.modeler.web;

import io.clearance.modeler.ActivityCount;
import io.clearance.modeler.BpmnProblem;
import io.clearance.modeler.DeployedDefinition;
import io.clearance.modeler.MigrationPreview;
import io.clearance.modeler.ProcessDraft;
import io.clearance.modeler.ProcessModeler;
import io.clearance.modeler.ProcessModeler.VersionDetails;
import io.clearance.security.Caller;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The process modeler's API: versions, validation, deployment, drafts, live counts, export and migration. */
@RestController
class ProcessController {

	private final ProcessModeler modeler;

	ProcessController(ProcessModeler modeler) {
		this.modeler = modeler;
	}

	record VersionView(String definitionId, String key, String name, int version, String deploymentId,
			Instant deployedAt, String deployedBy, String source, long runningInstances, long openIncidents) {

		static VersionView of(VersionDetails details) {
			var v = details.version();
			return new VersionView(v.definitionId(), v.key(), v.name(), v.version(), v.deploymentId(), v.deployedAt(),
					details.deployedBy(), v.source().name(), v.runningInstances(), v.openIncidents());
		}
	}

	record VersionDetailView(String definitionId, String key, String name, int version, String deploymentId,
			Instant deployedAt, String deployedBy, String source, long runningInstances, long openIncidents,
			String comment, String changes, String xml) {
	}

	record XmlRequest(@NotNull String xml) {
	}

	record Validation(boolean valid, List<BpmnProblem> problems) {
	}

	record DeployRequest(@NotNull String xml, @Size(max = 130) String fileName, @Size(max = 2000) String comment) {
	}

	record Deployed(String definitionId, String key, int version) {

		static Deployed of(DeployedDefinition d) {
			return new Deployed(d.definitionId(), d.key(), d.version());
		}
	}

	record DraftRequest(@NotBlank @Size(max = 200) String name, String basedOnDefinitionId,
			@NotNull @Size(max = ProcessDraft.MAX_XML) String xml) {
	}

	record DraftUpdate(@NotBlank @Size(max = 200) String name, @NotNull @Size(max = ProcessDraft.MAX_XML) String xml,
			@NotNull Long version) {
	}

	record DraftDeployRequest(@Size(max = 2000) String comment) {
	}

	record DraftSummary(Long id, String key, String name, String basedOnDefinitionId, Instant updatedAt,
			String updatedBy, long version, String deployedDefinitionId) {

		static DraftSummary of(ProcessDraft d) {
			return new DraftSummary(d.id(), d.key(), d.name(), d.basedOnDefinitionId(), d.updatedAt(), d.updatedBy(),
					d.version(), d.deployedDefinitionId());
		}
	}

	record DraftView(Long id, String key, String name, String basedOnDefinitionId, Instant updatedAt,
			String updatedBy, long version, String deployedDefinitionId, Instant deployedAt, String xml) {

		static DraftView of(ProcessDraft d) {
			return new DraftView(d.id(), d.key(), d.name(), d.basedOnDefinitionId(), d.updatedAt(), d.updatedBy(),
					d.version(), d.deployedDefinitionId(), d.deployedAt(), d.xml());
		}
	}

	record MigrationRequest(@NotBlank String targetDefinitionId) {
	}

	record Migrated(long migratedInstances) {
	}

	@GetMapping("/api/processes")
	List<VersionView> versions() {
		return modeler.versions().stream().map(VersionView::of).toList();
	}

	@GetMapping("/api/processes/{definitionId}")
	VersionDetailView version(@PathVariable String definitionId) {
		VersionDetails details = modeler.version(definitionId);
		VersionView v = VersionView.of(details);
		return new VersionDetailView(v.definitionId(), v.key(), v.name(), v.version(), v.deploymentId(),
				v.deployedAt(), v.deployedBy(), v.source(), v.runningInstances(), v.openIncidents(), details.comment(),
				details.changes(), modeler.xml(definitionId));
	}

	/** The version as a file, to put back into {@code processes/} under version control. */
	@GetMapping("/api/processes/{definitionId}/xml")
	ResponseEntity<byte[]> export(@PathVariable String definitionId) {
		VersionDetails details = modeler.version(definitionId);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_XML)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(details.version().key() + ".bpmn")
				.build()
				.toString())
			.body(modeler.xml(definitionId).getBytes(StandardCharsets.UTF_8));
	}

	@GetMapping("/api/processes/{definitionId}/activity-stats")
	List<ActivityCount> activityStats(@PathVariable String definitionId) {
		return modeler.activityCounts(definitionId);
	}

	/** Camunda 7 element templates for Clearance's own service and user tasks (bpmn-js properties panel). */
	@GetMapping(path = "/api/processes/element-templates", produces = MediaType.APPLICATION_JSON_VALUE)
	byte[] elementTemplates() {
		try (InputStream in = new ClassPathResource("element-templates/clearance.json").getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@PostMapping("/api/processes/validate")
	Validation validate(@Valid @RequestBody XmlRequest request) {
		List<BpmnProblem> problems = modeler.validate(request.xml());
		return new Validation(problems.isEmpty(), problems);
	}

	@PostMapping("/api/processes/deployments")
	ResponseEntity<Deployed> deploy(@Valid @RequestBody DeployRequest request, Caller caller) {
		DeployedDefinition deployed = modeler.deploy(request.xml(), request.fileName(), request.comment(),
				caller.username());
		return ResponseEntity.created(URI.create("/api/processes/" + deployed.definitionId()))
			.body(Deployed.of(deployed));
	}

	@GetMapping("/api/processes/{sourceDefinitionId}/migration")
	MigrationPreview previewMigration(@PathVariable String sourceDefinitionId,
			@RequestParam String targetDefinitionId) {
		return modeler.previewMigration(sourceDefinitionId, targetDefinitionId);
	}

	@PostMapping("/api/processes/{sourceDefinitionId}/migration")
	Migrated migrate(@PathVariable String sourceDefinitionId, @Valid @RequestBody MigrationRequest request) {
		return new Migrated(modeler.migrate(sourceDefinitionId, request.targetDefinitionId()));
	}

	@GetMapping("/api/process-drafts")
	List<DraftSummary> drafts() {
		return modeler.drafts().stream().map(DraftSummary::of).toList();
	}

	@PostMapping("/api/process-drafts")
	ResponseEntity<DraftView> createDraft(@Valid @RequestBody DraftRequest request, Caller caller) {
		ProcessDraft draft = modeler.createDraft(request.name(), request.basedOnDefinitionId(), request.xml(),
				caller.username());
		return ResponseEntity.created(URI.create("/api/process-drafts/" + draft.id())).body(DraftView.of(draft));
	}

	@GetMapping("/api/process-drafts/{id}")
	DraftView draft(@PathVariable long id) {
		return DraftView.of(modeler.draft(id));
	}

	@PutMapping("/api/process-drafts/{id}")
	DraftView updateDraft(@PathVariable long id, @Valid @RequestBody DraftUpdate request, Caller caller) {
		return DraftView.of(modeler.updateDraft(id, request.name(), request.xml(), request.version(),
				caller.username()));
	}

	@DeleteMapping("/api/process-drafts/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void deleteDraft(@PathVariable long id) {
		modeler.deleteDraft(id);
	}

	@PostMapping("/api/process-drafts/{id}/deploy")
	ResponseEntity<Deployed> deployDraft(@PathVariable long id,
			@Valid @RequestBody(required = false) DraftDeployRequest request, Caller caller) {
		DeployedDefinition deployed = modeler.deployDraft(id, request == null ? null : request.comment(),
				caller.username());
		return ResponseEntity.created(URI.create("/api/processes/" + deployed.definitionId()))
			.body(Deployed.of(deployed));
	}
}
