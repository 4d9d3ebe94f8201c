package fr.portailfamille.persistence.accounts;

import fr.portailfamille.application.accounts.port.AccountRepository;
import fr.portailfamille.domain.accounts.Account;
import fr.portailfamille.domain.accounts.AccountStatus;
import fr.portailfamille.domain.accounts.EmailAddress;
import fr.portailfamille.domain.accounts.Role;
import fr.portailfamille.persistence.Db;
import fr.portailfamille.persistence.schema.enums.AccountRole;
import fr.portailfamille.persistence.schema.tables.records.AccountRecord;
import org.jooq.Condition;
import org.jooq.exception.DataAccessException;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static fr.portailfamille.persistence.accounts.Timestamps.instant;
import static fr.portailfamille.persistence.accounts.Timestamps.utc;
import static fr.portailfamille.persistence.schema.Sequences.LOGIN_ID_SEQ;
import static fr.portailfamille.persistence.schema.Tables.ACCOUNT;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.lower;
import static org.jooq.impl.DSL.noCondition;

public final class JooqAccountRepository implements AccountRepository {

    /** The partial unique index of V2__accounts.sql: one living account per address (jOOQ does not generate functional indexes). */
    static final String EMAIL_INDEX = "account_email_unique";
    private static final String UNIQUE_VIOLATION = "23505";

    // Inlined, not bound: the planner can then match the predicate of the partial index on e-mail even in a generic plan.
    private static final Condition NOT_PURGED = ACCOUNT.STATUS.ne(inline(stored(AccountStatus.PURGED)));

    private final Db db;

    public JooqAccountRepository(Db db) {
        this.db = db;
    }

    @Override
    public int nextLoginId() {
        return db.dsl().nextval(LOGIN_ID_SEQ);
    }

    @Override
    public Account add(Account account) {
        if (account.id() != 0) throw new IllegalArgumentException("a new account has no id yet");
        try {
            Long id = db.dsl().insertInto(ACCOUNT).set(toRecord(account)).returning(ACCOUNT.ID).fetchOne(ACCOUNT.ID);
            return account.withId(id);
        } catch (DataAccessException e) {
            throw translated(e);
        }
    }

    @Override
    public void update(Account account) {
        int changed;
        try {
            changed = db.dsl().update(ACCOUNT).set(toRecord(account)).where(ACCOUNT.ID.eq(account.id())).execute();
        } catch (DataAccessException e) {
            throw translated(e);
        }
        // A lost update must not pass silently.
        if (changed == 0) throw new IllegalArgumentException("no account with id " + account.id());
    }

    @Override
    public Optional<Account> find(long id) {
        var withItsSession = db.takeReadAlong(readAlong(id), Account.class);
        if (withItsSession.isPresent()) return withItsSession;
        return db.dsl().selectFrom(ACCOUNT).where(ACCOUNT.ID.eq(id)).fetchOptional(JooqAccountRepository::toAccount);
    }

    /** The key of an account read along with its session ({@link JooqSessionRepository#find}). */
    static Object readAlong(long accountId) {
        return java.util.List.of("account", accountId);
    }

    @Override
    public List<Account> findAll(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) return List.of();
        return db.dsl().selectFrom(ACCOUNT).where(ACCOUNT.ID.in(ids)).fetch(JooqAccountRepository::toAccount);
    }

    @Override
    public Optional<Account> findByLoginId(int loginId) {
        return db.dsl().selectFrom(ACCOUNT).where(ACCOUNT.LOGIN_ID.eq(loginId)).fetchOptional(JooqAccountRepository::toAccount);
    }

    @Override
    public Optional<Account> findByEmail(EmailAddress email) {
        // lower(email), as in the unique index, so that the index serves this query
        return db.dsl().selectFrom(ACCOUNT)
                .where(lower(ACCOUNT.EMAIL).eq(email.value()).and(NOT_PURGED))
                .fetchOptional(JooqAccountRepository::toAccount);
    }

    @Override
    public List<Account> search(String text, int limit) {
        String needle = text == null ? "" : text.strip();
        // contains…() escapes % and _: what staff type is matched literally
        Condition matches = needle.isEmpty() ? noCondition()
                : ACCOUNT.LAST_NAME.containsIgnoreCase(needle)
                .or(ACCOUNT.FIRST_NAMES.containsIgnoreCase(needle))
                .or(ACCOUNT.EMAIL.containsIgnoreCase(needle))
                .or(ACCOUNT.LOGIN_ID.cast(String.class).contains(needle));
        return db.dsl().selectFrom(ACCOUNT).where(matches).orderBy(ACCOUNT.ID.desc()).limit(Math.max(limit, 0))
                .fetch(JooqAccountRepository::toAccount);
    }

    @Override
    public List<Account> withRole(Role role) {
        return db.dsl().selectFrom(ACCOUNT).where(ACCOUNT.ROLE.eq(AccountRole.valueOf(role.name()))).orderBy(ACCOUNT.ID)
                .fetch(JooqAccountRepository::toAccount);
    }

    @Override
    public List<Account> pendingCreatedBefore(Instant instant) {
        return db.dsl().selectFrom(ACCOUNT)
                .where(ACCOUNT.STATUS.eq(stored(AccountStatus.PENDING_ACTIVATION)).and(ACCOUNT.CREATED_AT.lt(utc(instant))))
                .orderBy(ACCOUNT.ID)
                .fetch(JooqAccountRepository::toAccount);
    }

    /** Only the e-mail index becomes {@link EmailAlreadyUsed}: a clash on login_id is a programming error and stays one. */
    private static RuntimeException translated(DataAccessException e) {
        if (!UNIQUE_VIOLATION.equals(e.sqlState())) return e;
        PSQLException cause = e.getCause(PSQLException.class);
        ServerErrorMessage server = cause == null ? null : cause.getServerErrorMessage();
        boolean emailIndex = server != null ? EMAIL_INDEX.equals(server.getConstraint())
                : String.valueOf(e.getMessage()).contains(EMAIL_INDEX);
        // Without the cause: its message quotes the address, which has no business in a log.
        return emailIndex ? new EmailAlreadyUsed() : e;
    }

    private static AccountRecord toRecord(Account a) {
        var r = new AccountRecord();
        r.setLoginId(a.loginId());
        r.setEmail(a.email().value());
        r.setLastName(a.lastName());
        r.setFirstNames(a.firstNames());
        r.setRole(AccountRole.valueOf(a.role().name()));
        r.setStatus(stored(a.status()));
        r.setPasswordHash(a.passwordHash());
        r.setMobileLayout(a.mobileLayout());
        r.setCreatedAt(utc(a.createdAt()));
        r.setActivatedAt(utc(a.activatedAt()));
        r.setAcceptedTermsVersion(a.acceptedTermsVersion());
        return r;
    }

    static Account toAccount(AccountRecord r) {
        return new Account(r.getId(), r.getLoginId(), new EmailAddress(r.getEmail()), r.getLastName(), r.getFirstNames(),
                Role.valueOf(r.getRole().getLiteral()), AccountStatus.valueOf(r.getStatus().getLiteral()),
                r.getPasswordHash(), r.getMobileLayout(), instant(r.getCreatedAt()), instant(r.getActivatedAt()),
                r.getAcceptedTermsVersion());
    }

    /** The database enum has the same names as the domain's (the two share a simple name, hence the full one). */
    private static fr.portailfamille.persistence.schema.enums.AccountStatus stored(AccountStatus status) {
        return fr.portailfamille.persistence.schema.enums.AccountStatus.valueOf(status.name());
    }
}
