package fr.portailfamille.application.common;

/**
 * The store behind the out-ports cannot be reached for now (restart, failover, exhausted pool): a passing state, not a
 * bug. The persistence adapter turns its technology's signals into this exception, so the other adapters can answer
 * «try again shortly» (the web's 503) without knowing how the data is stored. Nothing of the failed work was kept.
 */
public final class DatabaseUnavailable extends RuntimeException {

    public DatabaseUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
