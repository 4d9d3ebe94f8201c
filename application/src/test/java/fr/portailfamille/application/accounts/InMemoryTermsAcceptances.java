package fr.portailfamille.application.accounts;

import fr.portailfamille.application.accounts.port.*;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Unlike the database it does not check that the account and the CGU version exist. */
public final class InMemoryTermsAcceptances implements TermsAcceptances {

    private final List<Acceptance> acceptances = new ArrayList<>();

    @Override
    public synchronized void record(Acceptance acceptance) {
        // Accepting a version already accepted keeps the first acceptance: it is the proof (database: primary key, DO NOTHING).
        boolean known = acceptances.stream()
                .anyMatch(a -> a.accountId() == acceptance.accountId() && a.version() == acceptance.version());
        if (!known) acceptances.add(acceptance);
    }

    @Override
    public synchronized List<Acceptance> forAccount(long accountId) {
        return acceptances.stream()
                .filter(a -> a.accountId() == accountId)
                .sorted(Comparator.comparing(Acceptance::acceptedAt).thenComparingInt(Acceptance::version))
                .toList();
    }
}
