package fr.portailfamille.application.common.port;

import java.util.function.Supplier;

/** Out-port: runs work atomically; every repository call made inside joins the same transaction. */
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
