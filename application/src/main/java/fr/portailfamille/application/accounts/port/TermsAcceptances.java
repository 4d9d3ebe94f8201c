package fr.portailfamille.application.accounts.port;

import java.time.Instant;
import java.util.List;

/** Out-port: each acceptance of a CGU version (account, version, time), kept as proof. */
public interface TermsAcceptances {

    record Acceptance(long accountId, int version, Instant acceptedAt) {
    }

    void record(Acceptance acceptance);

    /** Oldest first. */
    List<Acceptance> forAccount(long accountId);
}
