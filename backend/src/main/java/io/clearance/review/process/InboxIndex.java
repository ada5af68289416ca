package io.clearance.review.process;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * The index the inbox is read through: the engine's task table by due date, creation time and id, the inbox's order
 * (the id makes the order total, so pages neither repeat nor skip tasks created in the same instant).
 * With it the database walks the tasks in that order and stops at the end of the page; without it, it sorted every
 * open task for each page, so the inbox slowed down with every task (docs/benchmarks.md, HTTP). The engine's own
 * schema has no such index and creates its tables itself, after Flyway has run, so the index is created here, once
 * the engine has built (or updated) its schema; {@code if not exists} makes it idempotent on every start and node.
 */
@Component
class InboxIndex extends AbstractProcessEnginePlugin {

	static final String NAME = "CLR_IDX_TASK_DUE_CREATE_ID";

	/** The index's first version, without the id: dropped, the new one serves all it did. */
	static final String FORMER_NAME = "CLR_IDX_TASK_DUE_CREATE";

	private DataSource dataSource;

	@Override
	public void postInit(ProcessEngineConfigurationImpl configuration) {
		this.dataSource = configuration.getDataSource();
	}

	@Override
	public void postProcessEngineBuild(ProcessEngine processEngine) {
		try {
			create(dataSource);
		}
		catch (SQLException first) {
			// another node of the cluster may have been creating it at the same moment: once more, it then exists
			try {
				create(dataSource);
			}
			catch (SQLException e) {
				e.addSuppressed(first);
				throw new ProcessEngineException("Could not create the inbox's index " + NAME + " on ACT_RU_TASK", e);
			}
		}
	}

	/** Creates the index if it does not exist yet (and drops its first version). */
	static void create(DataSource dataSource) throws SQLException {
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			boolean autoCommit = connection.getAutoCommit();
			try {
				statement.execute("create index if not exists " + NAME
						+ " on ACT_RU_TASK (DUE_DATE_, CREATE_TIME_, ID_)");
				statement.execute("drop index if exists " + FORMER_NAME);
				if (!autoCommit) {
					connection.commit();
				}
			}
			catch (SQLException e) {
				if (!autoCommit) {
					connection.rollback();
				}
				throw e;
			}
		}
	}
}
