package fr.portailfamille.application.common;

import java.util.function.Supplier;

/** In-memory adapter: one lock for the whole store, so work runs serialised (no rollback: in-memory stores are for tests and embedding). */
public final class InMemoryTransactions implements Transactions {

    @Override
    public synchronized <T> T inTransaction(Supplier<T> work) {
        return work.get();
    }
}
