package nl.participationsuite.benchmark.sqlcount;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * A JDBC driver for {@code jdbc:counting:postgresql://...} that hands every call to pgjdbc and counts
 * the statements the application sends: each {@code execute*} call on a Statement, PreparedStatement
 * or CallableStatement counts once ({@code executeBatch} counts once per batch). The count lives in a
 * memory-mapped file (the system property or environment variable {@code SQL_COUNT_FILE}), so that
 * the benchmark reads it from its own process between two requests. Benchmark only: the application
 * gets it through {@code loader.path}, never in the product.
 */
public final class CountingDriver implements Driver {

    private static final String PREFIX = "jdbc:counting:";

    private static final VarHandle LONGS = MethodHandles.byteBufferViewVarHandle(long[].class, ByteOrder.nativeOrder());

    private static final MappedByteBuffer COUNTER = map();

    static {
        try {
            DriverManager.registerDriver(new CountingDriver());
        }
        catch (SQLException ex) {
            throw new ExceptionInInitializerError(ex);
        }
    }

    private final Driver postgres = new org.postgresql.Driver();

    private static MappedByteBuffer map() {
        String file = System.getProperty("SQL_COUNT_FILE", System.getenv("SQL_COUNT_FILE"));
        if (file == null) {
            return null;
        }
        try (FileChannel channel = FileChannel.open(Path.of(file), StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE)) {
            return channel.map(FileChannel.MapMode.READ_WRITE, 0, 64);
        }
        catch (IOException ex) {
            throw new IllegalStateException("cannot map " + file, ex);
        }
    }

    static void count() {
        if (COUNTER != null) {
            LONGS.getAndAdd(COUNTER, 0, 1L);
        }
    }

    @Override
    public Connection connect(String url, Properties info) throws SQLException {
        if (!acceptsURL(url)) {
            return null;
        }
        Connection connection = postgres.connect("jdbc:" + url.substring(PREFIX.length()), info);
        return wrap(connection, Connection.class);
    }

    @SuppressWarnings("unchecked")
    private static <T> T wrap(T target, Class<T> type) {
        return (T) Proxy.newProxyInstance(CountingDriver.class.getClassLoader(), new Class<?>[] { type },
                new Counting(target));
    }

    /** Wraps the statements a connection creates and counts their executions. */
    private static final class Counting implements InvocationHandler {

        private final Object target;

        Counting(Object target) {
            this.target = target;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            if (name.equals("unwrap") && args != null && args[0] instanceof Class<?> type && type.isInstance(proxy)) {
                return proxy;
            }
            if (name.startsWith("execute") && target instanceof Statement) {
                count();
            }
            Object result;
            try {
                result = method.invoke(target, args);
            }
            catch (InvocationTargetException ex) {
                throw ex.getCause();
            }
            if (result instanceof CallableStatement statement) {
                return wrap(statement, CallableStatement.class);
            }
            if (result instanceof PreparedStatement statement) {
                return wrap(statement, PreparedStatement.class);
            }
            if (result instanceof Statement statement && target instanceof Connection) {
                return wrap(statement, Statement.class);
            }
            return result;
        }
    }

    @Override
    public boolean acceptsURL(String url) {
        return url != null && url.startsWith(PREFIX);
    }

    @Override
    public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) throws SQLException {
        return postgres.getPropertyInfo("jdbc:" + url.substring(PREFIX.length()), info);
    }

    @Override
    public int getMajorVersion() {
        return postgres.getMajorVersion();
    }

    @Override
    public int getMinorVersion() {
        return postgres.getMinorVersion();
    }

    @Override
    public boolean jdbcCompliant() {
        return false;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return postgres.getParentLogger();
    }
}
