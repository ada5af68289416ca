package io.clearance.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * Throw-away PostgreSQL databases for tests: each is created fresh and dropped afterwards, so runs never see each
 * other's data. The server is {@code CLEARANCE_TEST_PG} (default {@code jdbc:postgresql://127.0.0.1:5432/}), user
 * {@code CLEARANCE_TEST_PG_USER} (default {@code postgres}).
 */
public final class TestDatabases {

	private TestDatabases() {
	}

	public static String server() {
		String url = System.getenv().getOrDefault("CLEARANCE_TEST_PG", "jdbc:postgresql://127.0.0.1:5432/");
		return url.endsWith("/") ? url : url + "/";
	}

	public static String user() {
		return System.getenv().getOrDefault("CLEARANCE_TEST_PG_USER", "postgres");
	}

	public static String password() {
		return System.getenv().getOrDefault("CLEARANCE_TEST_PG_PASSWORD", "");
	}

	/** Creates a new empty database and returns its JDBC URL. */
	public static String createPostgres(String prefix) {
		String name = prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		execute("create database " + name);
		return server() + name;
	}

	/** Drops the database, ending any connection still open to it. */
	public static void dropPostgres(String url) {
		String name = url.substring(url.lastIndexOf('/') + 1);
		execute("drop database if exists " + name + " with (force)");
	}

	private static void execute(String sql) {
		try (Connection connection = DriverManager.getConnection(server() + "postgres", user(), password());
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException e) {
			throw new IllegalStateException("PostgreSQL at " + server() + " is needed for this test: " + e.getMessage(),
					e);
		}
	}
}
