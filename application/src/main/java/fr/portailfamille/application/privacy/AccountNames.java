package fr.portailfamille.application.privacy;

import fr.portailfamille.application.accounts.port.AccountRepository;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** «Paul ROUSSEL (agent)»: who did something, as the privacy pages name them; each account read once per page. */
final class AccountNames {

    private final AccountRepository accounts;
    private final Map<Long, String> names = new HashMap<>();

    AccountNames(AccountRepository accounts) {
        this.accounts = accounts;
    }

    String of(long accountId) {
        return names.computeIfAbsent(accountId, id -> accounts.find(id)
                .map(a -> a.displayName() + " (" + a.role().label().toLowerCase(Locale.FRENCH) + ")").orElse("compte n° " + id));
    }
}
