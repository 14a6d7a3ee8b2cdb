package nl.participationsuite.reporting;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the SQL statements the current thread executes on the application's data source while
 * {@link #during} runs (a batch counts each statement added to it).
 */
@TestConfiguration(proxyBeanMethods = false)
class CountedStatements {

    private static final ThreadLocal<AtomicInteger> COUNT = new ThreadLocal<>();

    private static final java.util.Set<String> EXECUTING = java.util.Set.of("execute", "executeQuery", "executeUpdate",
            "executeLargeUpdate", "addBatch");

    @Bean
    static BeanPostProcessor countingDataSource() {
        return new BeanPostProcessor() {

            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof DataSource dataSource && "dataSource".equals(beanName) ? counting(dataSource) : bean;
            }
        };
    }

    /** How many statements {@code action} executed on this thread. */
    static int during(Runnable action) {
        AtomicInteger count = new AtomicInteger();
        COUNT.set(count);
        try {
            action.run();
        }
        finally {
            COUNT.remove();
        }
        return count.get();
    }

    private static DataSource counting(DataSource target) {
        return new DelegatingDataSource(target) {

            @Override
            public Connection getConnection() throws java.sql.SQLException {
                return proxy(Connection.class, super.getConnection());
            }
        };
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target) {
        return (T) Proxy.newProxyInstance(CountedStatements.class.getClassLoader(), new Class<?>[] { type },
                (proxy, method, args) -> {
                    AtomicInteger count = COUNT.get();
                    if (count != null && target instanceof Statement && EXECUTING.contains(method.getName())) {
                        count.incrementAndGet();
                    }
                    Object result;
                    try {
                        result = method.invoke(target, args);
                    }
                    catch (InvocationTargetException ex) {
                        throw ex.getTargetException();
                    }
                    if (result instanceof java.sql.CallableStatement statement) {
                        return proxy(java.sql.CallableStatement.class, statement);
                    }
                    if (result instanceof java.sql.PreparedStatement statement) {
                        return proxy(java.sql.PreparedStatement.class, statement);
                    }
                    if (result instanceof Statement statement) {
                        return proxy(Statement.class, statement);
                    }
                    return result;
                });
    }
}
