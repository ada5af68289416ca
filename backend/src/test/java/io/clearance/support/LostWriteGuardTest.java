package io.clearance.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The guard itself: a write given back uncommitted is reported, nothing else is. */
class LostWriteGuardTest {

	private DataSource guarded;

	@BeforeEach
	void database() throws Exception {
		guarded = new LostWriteGuard.Guarded(new DriverManagerDataSource(
				"jdbc:h2:mem:lost-write-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", ""));
		try (Connection connection = guarded.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute("create table T (ID int primary key, NAME varchar(20))");
		}
		LostWriteGuard.takeLost();
	}

	@AfterEach
	void clear() {
		LostWriteGuard.takeLost();
	}

	@Test
	void anUncommittedWriteGivenBackIsReportedWithItsStatement() throws Exception {
		try (Connection connection = guarded.getConnection()) {
			connection.setAutoCommit(false);
			try (PreparedStatement insert = connection.prepareStatement("insert into T values (?, ?)")) {
				insert.setInt(1, 1);
				insert.setString(2, "lost");
				insert.executeUpdate();
			}
		}
		assertThat(LostWriteGuard.takeLost()).singleElement().asString().startsWith("insert into t values");
	}

	@Test
	void committedRolledBackAutoCommittedAndReadOnlyWorkIsNot() throws Exception {
		try (Connection connection = guarded.getConnection()) {
			connection.setAutoCommit(false);
			try (Statement statement = connection.createStatement()) {
				statement.executeUpdate("insert into T values (1, 'kept')");
				connection.commit();
				statement.executeUpdate("update T set NAME = 'undone'");
				connection.rollback();
				statement.executeQuery("select * from T").close();
			}
		}
		try (Connection connection = guarded.getConnection(); Statement statement = connection.createStatement()) {
			connection.setAutoCommit(true);
			statement.executeUpdate("delete from T");
		}
		assertThat(LostWriteGuard.takeLost()).isEmpty();
	}

	@Test
	void anUncommittedBatchIsReported() throws Exception {
		try (Connection connection = guarded.getConnection()) {
			connection.setAutoCommit(false);
			try (PreparedStatement insert = connection.prepareStatement("INSERT into T values (?, 'b')")) {
				for (int id = 1; id <= 3; id++) {
					insert.setInt(1, id);
					insert.addBatch();
				}
				insert.executeBatch();
			}
		}
		assertThat(LostWriteGuard.takeLost()).hasSize(1);
	}

	@Test
	void writesAreRecognisedByTheirFirstWord() {
		assertThat(LostWriteGuard.writes("  UPDATE x set y = 1")).isTrue();
		assertThat(LostWriteGuard.writes("merge into x")).isTrue();
		assertThat(LostWriteGuard.writes("select * from updates")).isFalse();
		assertThat(LostWriteGuard.writes(null)).isFalse();
	}
}
