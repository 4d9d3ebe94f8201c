package fr.portailfamille.persistence;

import org.jooq.DSLContext;
import org.postgresql.PGConnection;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The town's reference data — CGU, town settings, dossier catalogue, school calendars, activities — is read by nearly
 * every page and changed a few times a year. Each process keeps it in memory and drops it all when PostgreSQL reports a
 * change to one of those tables (trigger + {@code NOTIFY reference_changed}, migration V20), so a second portal process
 * sees an agent's change as soon as it commits. While the listening connection is down, nothing is cached: every read
 * goes to the database, as if there were no cache.
 */
public final class ReferenceCache implements AutoCloseable {

    static final String CHANNEL = "reference_changed";
    private static final Logger LOG = Logger.getLogger(ReferenceCache.class.getName());

    /**
     * A value and the generation its load started in. It counts only while that generation is current: a value whose
     * load a change notice overtook — even one arriving after the load, just before the value is kept — is never
     * served, however late it lands in the map.
     */
    private record Kept(long generation, Object value) {
    }

    private final Db db;
    private final Map<Object, Kept> values = new ConcurrentHashMap<>();
    /** Bumped by every invalidation: a value read before one must not be served after it. */
    private final AtomicLong generation = new AtomicLong();
    /** Test seam: runs between a load and the keeping of its value, where a change notice may land. */
    volatile Runnable beforeKeeping = () -> { };
    /** The transaction that changed reference data on this thread: its own reads must see its own writes. */
    private final ThreadLocal<DSLContext> changedIn = new ThreadLocal<>();
    private volatile boolean listening;
    private volatile Thread listener;

    ReferenceCache(Db db) {
        this.db = db;
    }

    /** The cached value for {@code key}, loaded by {@code load} (never null: use Optional) when absent. */
    @SuppressWarnings("unchecked")
    public <T> T get(Object key, Supplier<T> load) {
        if (!listening || (db.inTransaction() && changedIn.get() == db.dsl())) return load.get();
        long before = generation.get();
        Kept kept = values.get(key);
        if (kept != null && kept.generation() == before) return (T) kept.value();
        T loaded = load.get();
        beforeKeeping.run();
        // the newer load wins; one that started before a notice is kept with its old generation, hence never served
        if (listening) values.merge(key, new Kept(before, loaded), (old, fresh) -> fresh.generation() >= old.generation() ? fresh : old);
        return loaded;
    }

    /**
     * Called by the adapters that write reference data, before their write: this process forgets at once (other
     * processes learn it from the notification sent at commit) and the rest of the transaction reads the database.
     */
    public void changed() {
        if (db.inTransaction()) changedIn.set(db.dsl());
        invalidate();
    }

    /** Forgets everything: for data written around the adapters (SQL by hand, another tool). */
    public void invalidate() {
        generation.incrementAndGet();
        values.clear();
    }

    /** Starts listening for changes on a connection of its own; caching starts once it listens. */
    public synchronized void listen() {
        if (listener != null) return;
        listener = Thread.ofPlatform().name("reference-cache").daemon().unstarted(() -> listenLoop(db.dataSource()));
        listener.start();
    }

    private void listenLoop(DataSource dataSource) {
        while (!Thread.currentThread().isInterrupted()) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(true);
                try (var statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                var notices = connection.unwrap(PGConnection.class);
                invalidate();
                listening = isCurrentListener();
                while (!Thread.currentThread().isInterrupted()) {
                    var received = notices.getNotifications(1_000);
                    if (received != null && received.length > 0) invalidate();
                }
            } catch (SQLException | RuntimeException e) {
                if (listening) LOG.log(Level.WARNING, "Cache des données de référence suspendu (base injoignable) : " + e.getMessage());
            } finally {
                if (isCurrentListener()) listening = false;
                invalidate();
            }
            try {
                Thread.sleep(1_000);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private boolean isCurrentListener() {
        return listener == Thread.currentThread();
    }

    /** How many invalidations this cache has seen (tests wait on it for a notice to arrive). */
    long generation() {
        return generation.get();
    }

    /** Whether values are being kept (the listening connection is up). */
    public boolean active() {
        return listening;
    }

    @Override
    public synchronized void close() {
        if (listener != null) listener.interrupt();
        listener = null;
        listening = false;
        invalidate();
    }
}
