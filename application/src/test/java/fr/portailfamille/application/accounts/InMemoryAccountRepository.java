package fr.portailfamille.application.accounts;

import fr.portailfamille.application.accounts.port.*;
import fr.portailfamille.domain.accounts.Account;
import fr.portailfamille.domain.accounts.AccountStatus;
import fr.portailfamille.domain.accounts.EmailAddress;
import fr.portailfamille.domain.accounts.LoginIds;
import fr.portailfamille.domain.accounts.Role;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

/** Same rules as the database: e-mail unique among accounts that are not purged, login ids from 1001 never reused. */
public final class InMemoryAccountRepository implements AccountRepository {

    private final Map<Long, Account> accounts = new TreeMap<>();
    private long lastId;
    private int lastLoginId;

    @Override
    public synchronized int nextLoginId() {
        lastLoginId = LoginIds.next(lastLoginId);
        return lastLoginId;
    }

    @Override
    public synchronized Account add(Account account) {
        if (account.id() != 0) throw new IllegalArgumentException("a new account has no id yet");
        checkUnique(account);
        Account stored = account.withId(++lastId);
        accounts.put(stored.id(), stored);
        return stored;
    }

    @Override
    public synchronized void update(Account account) {
        if (!accounts.containsKey(account.id())) throw new IllegalArgumentException("no account with id " + account.id());
        checkUnique(account);
        accounts.put(account.id(), account);
    }

    @Override
    public synchronized Optional<Account> find(long id) {
        return Optional.ofNullable(accounts.get(id));
    }

    @Override
    public synchronized List<Account> findAll(java.util.Collection<Long> ids) {
        return ids.stream().distinct().map(accounts::get).filter(java.util.Objects::nonNull).toList();
    }

    @Override
    public synchronized Optional<Account> findByLoginId(int loginId) {
        return first(a -> a.loginId() == loginId);
    }

    @Override
    public synchronized Optional<Account> findByEmail(EmailAddress email) {
        return first(a -> a.status() != AccountStatus.PURGED && a.email().value().equalsIgnoreCase(email.value()));
    }

    @Override
    public synchronized List<Account> search(String text, int limit) {
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return accounts.values().stream()
                .filter(a -> needle.isEmpty()
                        || a.lastName().toLowerCase(Locale.ROOT).contains(needle)
                        || a.firstNames().toLowerCase(Locale.ROOT).contains(needle)
                        || a.email().value().toLowerCase(Locale.ROOT).contains(needle)
                        || String.valueOf(a.loginId()).contains(needle))
                .sorted(Comparator.comparingLong(Account::id).reversed())
                .limit(Math.max(limit, 0))
                .toList();
    }

    @Override
    public synchronized List<Account> withRole(Role role) {
        return accounts.values().stream().filter(a -> a.role() == role).toList();
    }

    @Override
    public synchronized List<Account> pendingCreatedBefore(Instant instant) {
        return accounts.values().stream()
                .filter(a -> a.status() == AccountStatus.PENDING_ACTIVATION && a.createdAt().isBefore(instant))
                .toList();
    }

    /** The database's UNIQUE (login_id) and partial unique index on lower(email) WHERE status <> 'PURGED'. */
    private void checkUnique(Account candidate) {
        for (Account other : accounts.values()) {
            if (other.id() == candidate.id()) continue;
            if (other.loginId() == candidate.loginId()) {
                throw new IllegalStateException("login id " + candidate.loginId() + " is already taken");
            }
            if (candidate.status() != AccountStatus.PURGED && other.status() != AccountStatus.PURGED
                    && other.email().value().equalsIgnoreCase(candidate.email().value())) {
                throw new EmailAlreadyUsed();
            }
        }
    }

    private Optional<Account> first(Predicate<Account> condition) {
        return accounts.values().stream().filter(condition).findFirst();
    }
}
