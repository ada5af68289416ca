package io.clearance.crisis;

import static io.clearance.posts.PostFixtures.aHarmlessEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clearance.audit.AuditEntry;
import io.clearance.audit.AuditTrail;
import io.clearance.posts.Decision;
import io.clearance.posts.PostService;
import io.clearance.posts.PostStatus;
import io.clearance.publishing.PublishingService;
import io.clearance.review.ReviewService;
import io.clearance.security.Caller;
import io.clearance.security.Groups;
import io.clearance.shared.ConflictException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The freeze on PostgreSQL, the production database: the V20 migration, the freeze lock ({@code select ... for
 * update}) and the incident tables under Hibernate's validation. The test creates its own database and drops it.
 */
@ExtendWith(CrisisPostgresIT.DropDatabase.class)
@SpringBootTest(properties = "camunda.bpm.job-execution.enabled=false")
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class CrisisPostgresIT {

	static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";

	static final String DATABASE = "clearance_crisis_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) throws SQLException {
		execute("create database " + DATABASE);
		registry.add("spring.datasource.url", () -> SERVER + DATABASE);
		registry.add("spring.datasource.username", () -> "postgres");
		registry.add("spring.datasource.password", () -> "");
	}

	/**
	 * Drops the database once Spring has closed the application ({@code @DirtiesContext}): registered before the
	 * Spring extension, its callback runs after Spring's, so nothing waits for connections to a database that is gone.
	 */
	static class DropDatabase implements AfterAllCallback {

		@Override
		public void afterAll(ExtensionContext context) throws SQLException {
			execute("drop database if exists " + DATABASE + " with (force)");
		}
	}

	private static void execute(String sql) throws SQLException {
		try (Connection c = DriverManager.getConnection(SERVER + "postgres", "postgres", "")) {
			c.createStatement().execute(sql);
		}
	}

	@Autowired
	PostService posts;

	@Autowired
	ReviewService review;

	@Autowired
	IncidentService incidents;

	@Autowired
	PublishingService publishing;

	@Autowired
	AuditTrail audit;

	@Autowired
	TaskService taskService;

	@Autowired
	ManagementService managementService;

	@Autowired
	RuntimeService runtimeService;

	@Test
	void aPostComingDueDuringAnIncidentIsHeldAndReleasedOnceOnPostgres() {
		long postId = posts.create("author", aHarmlessEvent()).id();
		posts.submit(postId, "author");
		String task = taskService.createTaskQuery().processInstanceBusinessKey(String.valueOf(postId)).singleResult()
			.getId();
		review.decide(task, new Caller("compliance", Set.of(Groups.COMPLIANCE)), Decision.APPROVE, null, false);
		long incident = incidents.declare("Flooding", IncidentSeverity.MAJOR, true, List.of(), "crisis").id();

		runTheJob(postId);
		assertThat(incidents.get(incident).holds()).singleElement().satisfies(h -> assertThat(h.isActive()).isTrue());
		assertThat(managementService.createJobQuery().processInstanceId(instanceOf(postId)).count()).isZero();

		incidents.close(incident, "crisis", HeldPostsRelease.PUBLISH_NOW);
		assertThatThrownBy(() -> incidents.close(incident, "crisis", null)).isInstanceOf(ConflictException.class);
		runTheJob(postId);
		assertThat(posts.get(postId).status()).isEqualTo(PostStatus.PUBLISHED);
		assertThat(publishing.publicationsOf(postId)).hasSize(2);
		assertThat(audit.historyOfIncident(incident)).extracting(AuditEntry::type).containsExactly("DECLARED", "HELD",
				"CLOSED", "RELEASED");
		assertThat(audit.firstBrokenEntry()).isEmpty();
	}

	private void runTheJob(long postId) {
		managementService.executeJob(
				managementService.createJobQuery().processInstanceId(instanceOf(postId)).singleResult().getId());
	}

	private String instanceOf(long postId) {
		return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(postId))
			.singleResult()
			.getId();
	}
}
