package fr.portailfamille.persistence;

import fr.portailfamille.application.common.port.Transactions;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.DataSourceConnectionProvider;
import org.jooq.impl.DefaultConfiguration;

import javax.sql.DataSource;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The database as the jOOQ adapters see it. Implements the {@link Transactions} port: inside
 * {@link #inTransaction}, every adapter's {@link #dsl()} is the transaction's context, so a use case's writes
 * (a change and the mail it causes) commit or roll back together.
 */
public final class Db implements Transactions {

    private final DataSource dataSource;
    private final DSLContext root;
    private final ThreadLocal<DSLContext> current = new ThreadLocal<>();
    private final ReferenceCache reference = new ReferenceCache(this);
    /** Facts that cannot change while a transaction runs, read once in it (see {@link #onceInTransaction}). */
    private final ThreadLocal<Map<Object, Object>> readInTransaction = new ThreadLocal<>();
    /** See {@link #keepReadAlong}. */
    private final ThreadLocal<Map.Entry<Object, Object>> readAlong = new ThreadLocal<>();

    public Db(DataSource dataSource) {
        this.dataSource = dataSource;
        this.root = DSL.using(new DefaultConfiguration()
                .set(new DatabaseFailures.Connections(new DataSourceConnectionProvider(dataSource)))
                .set(SQLDialect.POSTGRES)
                .set(new Settings().withExecuteLogging(false)
                        // one schema: «"slot"."id"» instead of «"public"."slot"."id"», a little less to render on every statement
                        .withRenderSchema(false))
                // an unreachable database reaches the other adapters as the application's DatabaseUnavailable, not as SQLState codes
                .set(new DatabaseFailures.Listener()));
    }

    public DSLContext dsl() {
        DSLContext tx = current.get();
        return tx != null ? tx : root;
    }

    /** The town's reference data kept in memory (inactive until {@link ReferenceCache#listen()}). */
    public ReferenceCache reference() {
        return reference;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (current.get() != null) return work.get();
        try {
            return transaction(work);
        } catch (RuntimeException e) {
            throw DatabaseFailures.translated(e);
        }
    }

    private <T> T transaction(Supplier<T> work) {
        return root.transactionResult(configuration -> {
            current.set(configuration.dsl());
            readInTransaction.set(new HashMap<>());
            try {
                return work.get();
            } finally {
                current.remove();
                readInTransaction.remove();
            }
        });
    }

    /**
     * What a page asks several times in one transaction (the household of the signed-in account, its children, their
     * enrolments) read once in it. An empty Optional is not kept; the adapters that write such data call
     * {@link #forgetTransactionReads} first. Outside a transaction, always read.
     */
    public <T> T onceInTransaction(Object key, Supplier<T> load) {
        var memo = readInTransaction.get();
        if (memo == null) return load.get();
        @SuppressWarnings("unchecked")
        var known = (T) memo.get(key);
        if (known != null) return known;
        var loaded = load.get();
        if (!(loaded instanceof Optional<?> o && o.isEmpty())) memo.put(key, loaded);
        return loaded;
    }

    /**
     * A row read along with another (one join instead of a second statement: the account with its session), kept for
     * the next reader on this thread that asks for it, and for it only: {@link #takeReadAlong} hands it over once.
     */
    public void keepReadAlong(Object key, Object row) {
        readAlong.set(Map.entry(key, row));
    }

    public <T> Optional<T> takeReadAlong(Object key, Class<T> type) {
        var kept = readAlong.get();
        if (kept == null) return Optional.empty();
        readAlong.remove();
        return kept.getKey().equals(key) ? Optional.of(type.cast(kept.getValue())) : Optional.empty();
    }

    /** Before a write: what this transaction read once is read again. */
    public void forgetTransactionReads() {
        var memo = readInTransaction.get();
        if (memo != null) memo.clear();
    }

    /** Whether the calling thread is inside {@link #inTransaction}. */
    public boolean inTransaction() {
        return current.get() != null;
    }

    /** Readiness probe: the database answers a trivial query. */
    public boolean isReachable() {
        try {
            return root.selectOne().fetchOne() != null;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
