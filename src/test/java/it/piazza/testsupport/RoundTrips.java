package it.piazza.testsupport;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the database round trips the current thread makes: every executed statement (a JDBC batch counts
 * once, as the driver sends it in one go), every commit and every rollback, with the SQL of each. Import it
 * into a Spring test ({@code @Import(RoundTrips.Counting.class)}) to wrap the application's data source.
 */
public final class RoundTrips {

    private static final Set<String> EXECUTIONS = Set.of("execute", "executeQuery", "executeUpdate",
            "executeLargeUpdate", "executeBatch", "executeLargeBatch");
    private static final ThreadLocal<List<String>> RECORDED = ThreadLocal.withInitial(ArrayList::new);

    private RoundTrips() {
    }

    /** Forgets what the current thread did so far. */
    public static void reset() {
        RECORDED.get().clear();
    }

    /** @return the round trips of the current thread since the last {@link #reset()}: the SQL, or COMMIT/ROLLBACK */
    public static List<String> recorded() {
        return List.copyOf(RECORDED.get());
    }

    /** Wraps the application's data source so that its round trips are counted. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Counting {

        @Bean
        static BeanPostProcessor countingDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof DataSource dataSource ? proxy(DataSource.class, dataSource, null) : bean;
                }
            };
        }
    }

    private static <T> T proxy(Class<T> type, Object target, String sql) {
        InvocationHandler handler = (self, method, args) -> {
            String name = method.getName();
            if (target instanceof Statement && EXECUTIONS.contains(name)) {
                RECORDED.get().add(sql != null ? sql : args != null && args.length > 0 ? String.valueOf(args[0]) : "?");
            } else if (target instanceof Connection && ("commit".equals(name) || "rollback".equals(name))) {
                RECORDED.get().add(name.toUpperCase(java.util.Locale.ROOT));
            }
            Object result = invoke(method, target, args);
            if (result instanceof Connection connection) {
                return proxy(Connection.class, connection, null);
            }
            if (result instanceof Statement statement && target instanceof Connection) {
                Class<? extends Statement> interfaceType = statement instanceof java.sql.CallableStatement
                        ? java.sql.CallableStatement.class
                        : statement instanceof java.sql.PreparedStatement ? java.sql.PreparedStatement.class : Statement.class;
                return proxy(interfaceType, statement,
                        name.startsWith("prepare") && args != null ? String.valueOf(args[0]) : null);
            }
            return result;
        };
        return type.cast(Proxy.newProxyInstance(RoundTrips.class.getClassLoader(), new Class<?>[] {type}, handler));
    }

    private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
        if ("unwrap".equals(method.getName()) || "isWrapperFor".equals(method.getName())) {
            Class<?> wanted = (Class<?>) args[0];
            if (wanted.isInstance(target)) {
                return "unwrap".equals(method.getName()) ? target : true;
            }
        }
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
