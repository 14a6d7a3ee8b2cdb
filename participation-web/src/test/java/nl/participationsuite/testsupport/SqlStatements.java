package nl.participationsuite.testsupport;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the SQL statements the application sends while it answers one HTTP request: every
 * statement on every connection of the application's {@link DataSource}, JPA's and the process
 * engine's alike, on the thread that serves the request. A request is counted when it carries the
 * {@link #HEADER} header; its statements are then kept under the header's value until a test asks
 * for them ({@link #of}). Statements of other threads (the engine's job executor, scheduled jobs)
 * are not the request's and are not counted.
 * <p>
 * Each statement counts once: a prepared statement executed, a plain statement executed, and each
 * statement added to a batch (a batch of three updates sends three statements in one round trip).
 */
public final class SqlStatements {

    /** The request header that asks for a request's statements to be counted, under its value. */
    public static final String HEADER = "X-Test-Count-Statements";

    private static final ThreadLocal<List<String>> CURRENT = new ThreadLocal<>();

    private static final Map<String, List<String>> BY_REQUEST = new ConcurrentHashMap<>();

    private static final Set<String> EXECUTING = Set.of("execute", "executeQuery", "executeUpdate", "executeLargeUpdate",
            "addBatch");

    private SqlStatements() {
    }

    /** The statements the request with this header value sent, in order (waits briefly for the request to finish). */
    public static List<String> of(String requestId) {
        for (int attempt = 0; attempt < 100 && !BY_REQUEST.containsKey(requestId); attempt++) {
            try {
                Thread.sleep(20);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        List<String> statements = BY_REQUEST.remove(requestId);
        if (statements == null) {
            throw new AssertionError("no statements were recorded for request " + requestId
                    + ": is the test configuration StatementCounting imported?");
        }
        return statements;
    }

    /** Starts counting the current thread's statements. */
    static void start() {
        CURRENT.set(new ArrayList<>());
    }

    /** Stops counting the current thread's statements and keeps them under the request's id. */
    static void stop(String requestId) {
        List<String> statements = CURRENT.get();
        CURRENT.remove();
        if (statements != null) {
            BY_REQUEST.put(requestId, List.copyOf(statements));
        }
    }

    private static void record(String sql) {
        List<String> statements = CURRENT.get();
        if (statements != null) {
            statements.add(sql == null ? "?" : sql.replaceAll("\\s+", " ").strip());
        }
    }

    /** The data source, counting. */
    static DataSource counting(DataSource dataSource) {
        return new CountingDataSource(dataSource);
    }

    private static final class CountingDataSource extends DelegatingDataSource {

        CountingDataSource(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return connection(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return connection(super.getConnection(username, password));
        }
    }

    private static Connection connection(Connection target) {
        return (Connection) Proxy.newProxyInstance(SqlStatements.class.getClassLoader(), new Class<?>[] { Connection.class },
                new ConnectionHandler(target));
    }

    private record ConnectionHandler(Connection target) implements InvocationHandler {

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            Object result = invokeOn(target, method, args);
            if (result instanceof Statement statement) {
                String sql = args != null && args.length > 0 && args[0] instanceof String text ? text : null;
                Class<?> type = result instanceof CallableStatement ? CallableStatement.class
                        : result instanceof PreparedStatement ? PreparedStatement.class : Statement.class;
                if (method.getReturnType().isAssignableFrom(type)) {
                    return Proxy.newProxyInstance(SqlStatements.class.getClassLoader(), new Class<?>[] { type },
                            new StatementHandler(statement, sql));
                }
            }
            return result;
        }
    }

    private record StatementHandler(Statement target, String preparedSql) implements InvocationHandler {

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            if (EXECUTING.contains(method.getName())) {
                record(args != null && args.length > 0 && args[0] instanceof String sql ? sql : preparedSql);
            }
            return invokeOn(target, method, args);
        }
    }

    private static Object invokeOn(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        }
        catch (InvocationTargetException ex) {
            throw ex.getCause();
        }
    }
}
