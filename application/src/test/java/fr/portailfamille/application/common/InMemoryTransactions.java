package fr.portailfamille.application.common;

import fr.portailfamille.application.common.port.*;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * In-memory adapter of {@link Transactions}: work runs serialised (one lock), and when it throws, every enlisted store
 * is put back as it was when the outermost transaction began, so an application test catches an atomicity bug as the
 * database would. A nested call joins the transaction around it (as {@code Db} does): it sees the outer writes, and
 * only the outermost call commits or rolls back. A store that is not enlisted keeps what was written to it.
 */
public final class InMemoryTransactions implements Transactions {

    private final List<Object> stores = new CopyOnWriteArrayList<>();
    private boolean running;

    public InMemoryTransactions(Object... stores) {
        for (Object store : stores) enlist(store);
    }

    /** From now on, this store rolls back with the transactions; returns it, so a store is enlisted where it is built. */
    public <S> S enlist(S store) {
        stores.add(store);
        return store;
    }

    @Override
    public synchronized <T> T inTransaction(Supplier<T> work) {
        if (running) return work.get();
        var before = stores.stream().map(StoreSnapshot::of).toList();
        running = true;
        try {
            return work.get();
        } catch (RuntimeException | Error e) {
            before.forEach(StoreSnapshot::restore);
            throw e;
        } finally {
            running = false;
        }
    }
}
