package fr.portailfamille.bootstrap;

import javax.sql.DataSource;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A data source that records every SQL statement sent through it (at the JDBC layer, so whatever library builds the
 * query), except those of the scheduled jobs' thread: the statement budget of a page must not depend on a mail round.
 */
final class CountingDataSource {

    private final List<String> statements = new ArrayList<>();
    private final DataSource dataSource;

    CountingDataSource(DataSource target) {
        this.dataSource = proxy(DataSource.class, target, (method, args, result) ->
                method.getName().equals("getConnection") ? connection((Connection) result) : result);
    }

    DataSource dataSource() {
        return dataSource;
    }

    synchronized void reset() {
        statements.clear();
    }

    synchronized List<String> statements() {
        return List.copyOf(statements);
    }

    private Connection connection(Connection target) {
        return proxy(Connection.class, target, (method, args, result) -> {
            if (result instanceof Statement statement) {
                String sql = args != null && args.length > 0 && args[0] instanceof String s ? s : null;
                return statement(statement, sql);
            }
            return result;
        });
    }

    private Object statement(Statement target, String preparedSql) {
        Class<?> type = target instanceof java.sql.CallableStatement ? java.sql.CallableStatement.class
                : target instanceof java.sql.PreparedStatement ? java.sql.PreparedStatement.class : Statement.class;
        return proxy(type, target, (method, args, result) -> result, (method, args) -> {
            if (method.getName().startsWith("execute")) {
                String sql = args != null && args.length > 0 && args[0] instanceof String s ? s : preparedSql;
                record(sql);
            }
        });
    }

    private synchronized void record(String sql) {
        if (Thread.currentThread().getName().equals("jobs")) return;
        statements.add(sql == null ? "(batch of plain statements)" : sql);
    }

    private interface After {
        Object apply(java.lang.reflect.Method method, Object[] args, Object result) throws Exception;
    }

    private interface Before {
        void accept(java.lang.reflect.Method method, Object[] args);
    }

    private static <T> T proxy(Class<T> type, Object target, After after) {
        return proxy(type, target, after, (method, args) -> { });
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<?> type, Object target, After after, Before before) {
        InvocationHandler handler = (p, method, args) -> {
            if (method.getName().equals("unwrap") && args != null && args[0] instanceof Class<?> wanted && wanted.isInstance(p)) return p;
            before.accept(method, args);
            try {
                return after.apply(method, args, method.invoke(target, args));
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (T) Proxy.newProxyInstance(CountingDataSource.class.getClassLoader(), new Class<?>[]{type}, handler);
    }
}
