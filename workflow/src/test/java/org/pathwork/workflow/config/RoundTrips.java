package org.pathwork.workflow.config;

import com.zaxxer.hikari.HikariDataSource;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.PriorityOrdered;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts what the current thread sends to the database: each statement executed (pgjdbc sends a prepared
 * statement's parse, bind and execute in one round trip; a JDBC batch also goes as one) and each commit.
 * Import {@link Config} into a test's context: the application's pool is wrapped as in production
 * ({@link FairDataSource}) and then counted.
 */
public final class RoundTrips {

    private static final ThreadLocal<List<String>> SENT = new ThreadLocal<>();

    private RoundTrips() {
    }

    /** What the work sent, in order: the statements' SQL and "commit". */
    public static List<String> of(Runnable work) {
        List<String> sent = new ArrayList<>();
        SENT.set(sent);
        try {
            work.run();
        } finally {
            SENT.remove();
        }
        return sent;
    }

    private static void sent(String what) {
        List<String> sent = SENT.get();
        if (sent != null) {
            sent.add(what);
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {
        @Bean
        static BeanPostProcessor countingRoundTrips() {
            return new Counting();
        }
    }

    /** Runs before the production post-processor, so it wraps the pool as that would, then counts. */
    private static final class Counting implements BeanPostProcessor, PriorityOrdered {
        @Override
        public Object postProcessAfterInitialization(Object bean, String beanName) {
            if (bean instanceof HikariDataSource pool) {
                return new CountingDataSource(new FairDataSource(pool, pool.getMaximumPoolSize(), pool.getConnectionTimeout()));
            }
            return bean;
        }

        @Override
        public int getOrder() {
            return 0;
        }
    }

    private static final class CountingDataSource extends DelegatingDataSource {
        CountingDataSource(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return counting(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return counting(super.getConnection(username, password));
        }
    }

    private static Connection counting(Connection connection) {
        return proxy(Connection.class, connection, (method, args) -> {
            if (method.equals("commit")) {
                sent("commit");
            }
            return null;
        }, (method, args, result) -> {
            if (result instanceof Statement statement && !(method.equals("unwrap"))) {
                String sql = args != null && args.length > 0 && args[0] instanceof String s ? s : "";
                return countingStatement(statement, sql);
            }
            return result;
        });
    }

    private static Object countingStatement(Statement statement, String preparedSql) {
        Class<?> type = statement instanceof java.sql.CallableStatement ? java.sql.CallableStatement.class
                : statement instanceof java.sql.PreparedStatement ? java.sql.PreparedStatement.class : Statement.class;
        return proxy(type, statement, (method, args) -> {
            if (method.startsWith("execute")) {
                sent(args != null && args.length > 0 && args[0] instanceof String s ? s : preparedSql);
            }
            return null;
        }, (method, args, result) -> result);
    }

    private interface Before {
        Object call(String method, Object[] args);
    }

    private interface After {
        Object call(String method, Object[] args, Object result);
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<?> type, Object target, Before before, After after) {
        InvocationHandler handler = (p, method, args) -> {
            before.call(method.getName(), args);
            try {
                return after.call(method.getName(), args, method.invoke(target, args));
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (T) Proxy.newProxyInstance(RoundTrips.class.getClassLoader(), new Class<?>[]{type}, handler);
    }
}
