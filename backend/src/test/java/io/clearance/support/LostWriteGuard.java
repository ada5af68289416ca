package io.clearance.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Fails a test when the application writes with JDBC and gives the connection back without committing. The pool's
 * connections do not auto-commit (application.yaml), so such a write, made outside a transaction, would be rolled
 * back silently when the connection returns to the pool: lost. In every test context the data source hands out
 * connections that remember an executed insert, update, delete or merge until the next commit or rollback; closing
 * one that still remembers it records the statement and where the connection was closed, and
 * {@link Listener} fails the running test with them. The benchmarks switch it off
 * ({@code clearance.test.lost-write-guard=false}), so that they measure the pool's own connections.
 */
@AutoConfiguration
@ConditionalOnProperty(name = "clearance.test.lost-write-guard", havingValue = "true", matchIfMissing = true)
public class LostWriteGuard {

	private static final Pattern WRITE = Pattern.compile("^\\s*(insert|update|delete|merge)\\b",
			Pattern.CASE_INSENSITIVE);

	private static final List<String> lost = new ArrayList<>();

	@Bean
	static BeanPostProcessor lostWriteGuardingDataSources() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return bean instanceof DataSource dataSource && !(bean instanceof Guarded) ? new Guarded(dataSource)
						: bean;
			}
		};
	}

	/** Whether {@code sql} writes (exposed for the guard's own test). */
	static boolean writes(String sql) {
		return sql != null && WRITE.matcher(sql).find();
	}

	static synchronized List<String> takeLost() {
		List<String> taken = List.copyOf(lost);
		lost.clear();
		return taken;
	}

	private static synchronized void recordLost(String sql) {
		StringBuilder where = new StringBuilder(sql.length() > 200 ? sql.substring(0, 200) + "..." : sql);
		for (StackTraceElement frame : new Throwable().getStackTrace()) {
			String type = frame.getClassName();
			if (type.startsWith("io.clearance") && !type.startsWith(LostWriteGuard.class.getName())) {
				where.append("\n    at ").append(frame);
			}
		}
		lost.add(where.toString());
	}

	public static final class Guarded extends DelegatingDataSource {

		Guarded(DataSource target) {
			super(target);
		}

		@Override
		public Connection getConnection() throws SQLException {
			return guard(super.getConnection());
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			return guard(super.getConnection(username, password));
		}

		private static Connection guard(Connection connection) {
			ConnectionGuard handler = new ConnectionGuard(connection);
			return (Connection) Proxy.newProxyInstance(LostWriteGuard.class.getClassLoader(),
					new Class<?>[] { Connection.class }, handler);
		}
	}

	/** Remembers the first uncommitted write of a connection. */
	private static final class ConnectionGuard implements InvocationHandler {

		private final Connection target;

		private volatile String pendingWrite;

		ConnectionGuard(Connection target) {
			this.target = target;
		}

		@Override
		public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
			switch (method.getName()) {
				case "commit", "rollback" -> {
					if (method.getName().equals("commit") || args == null || args.length == 0) {
						pendingWrite = null;
					}
				}
				case "setAutoCommit" -> {
					if (Boolean.TRUE.equals(args[0])) {
						pendingWrite = null;
					}
				}
				case "close" -> {
					String write = pendingWrite;
					if (write != null && !target.isClosed() && !target.getAutoCommit()) {
						recordLost(write);
					}
					pendingWrite = null;
				}
				case "unwrap" -> {
					if (args[0] == Connection.class) {
						return proxy;
					}
				}
				default -> {
				}
			}
			Object result = call(target, method, args);
			if (result instanceof Statement statement) {
				String sql = method.getName().startsWith("prepare") && args != null && args.length > 0
						&& args[0] instanceof String s ? s : null;
				return watch(statement, sql);
			}
			return result;
		}

		private Object watch(Statement statement, String preparedSql) {
			Class<?>[] interfaces = allStatementInterfaces(statement);
			AtomicBoolean batched = new AtomicBoolean();
			return Proxy.newProxyInstance(LostWriteGuard.class.getClassLoader(), interfaces, (p, method, args) -> {
				String name = method.getName();
				if (name.startsWith("execute") && !name.equals("executeQuery")) {
					String sql = args != null && args.length > 0 && args[0] instanceof String s ? s : preparedSql;
					if (writes(sql) || (name.equals("executeBatch") && batched.get())) {
						Object result = call(statement, method, args);
						if (!target.getAutoCommit() && pendingWrite == null) {
							pendingWrite = sql == null ? "a batch" : sql.toLowerCase(Locale.ROOT).strip();
						}
						return result;
					}
				}
				if (name.equals("addBatch") && writes(args != null && args.length > 0 && args[0] instanceof String s ? s
						: preparedSql)) {
					batched.set(true);
				}
				if (name.equals("getConnection")) {
					return target;
				}
				return call(statement, method, args);
			});
		}

		private static Class<?>[] allStatementInterfaces(Statement statement) {
			List<Class<?>> interfaces = new ArrayList<>();
			for (Class<?> type : List.of(java.sql.CallableStatement.class, java.sql.PreparedStatement.class,
					Statement.class)) {
				if (type.isInstance(statement)) {
					interfaces.add(type);
				}
			}
			return interfaces.toArray(Class<?>[]::new);
		}

		private static Object call(Object target, Method method, Object[] args) throws Throwable {
			try {
				return method.invoke(target, args);
			}
			catch (InvocationTargetException e) {
				throw e.getCause();
			}
		}
	}

	/** Fails the test during which a write was lost (registered for every Spring test in spring.factories). */
	public static class Listener extends AbstractTestExecutionListener {

		@Override
		public void afterTestMethod(TestContext testContext) {
			List<String> taken = takeLost();
			if (!taken.isEmpty()) {
				throw new AssertionError("JDBC writes outside a transaction, rolled back when their connection went "
						+ "back to the pool (lost):\n" + String.join("\n", taken));
			}
		}
	}
}
