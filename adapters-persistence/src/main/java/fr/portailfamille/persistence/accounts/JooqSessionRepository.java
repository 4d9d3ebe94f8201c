package fr.portailfamille.persistence.accounts;

import fr.portailfamille.application.accounts.port.SessionRepository;
import fr.portailfamille.application.accounts.WebSession;
import fr.portailfamille.domain.accounts.SessionTimes;
import fr.portailfamille.persistence.Db;
import fr.portailfamille.persistence.schema.tables.records.WebSessionRecord;

import java.time.Instant;
import java.util.Optional;

import static fr.portailfamille.persistence.accounts.Timestamps.instant;
import static fr.portailfamille.persistence.accounts.Timestamps.utc;
import static fr.portailfamille.persistence.schema.Tables.ACCOUNT;
import static fr.portailfamille.persistence.schema.Tables.WEB_SESSION;
import static org.jooq.impl.DSL.greatest;
import static org.jooq.impl.DSL.val;

public final class JooqSessionRepository implements SessionRepository {

    private final Db db;

    /** The session with its account: the columns of both, in this order. */
    private static final org.jooq.Field<?>[] WITH_ACCOUNT = java.util.stream.Stream.concat(java.util.Arrays.stream(WEB_SESSION.fields()),
            java.util.Arrays.stream(ACCOUNT.fields())).toArray(org.jooq.Field<?>[]::new);

    /** Every signed-in request sends it: rendered by jOOQ once, each request binds its id hash only. */
    private final String findWithAccount;

    public JooqSessionRepository(Db db) {
        this.db = db;
        this.findWithAccount = db.dsl().render(db.dsl().select(WITH_ACCOUNT).from(WEB_SESSION)
                .leftJoin(ACCOUNT).on(ACCOUNT.ID.eq(WEB_SESSION.ACCOUNT_ID))
                .where(WEB_SESSION.ID_HASH.eq("")));
    }

    @Override
    public void create(WebSession session) {
        db.dsl().insertInto(WEB_SESSION)
                .set(WEB_SESSION.ID_HASH, session.idHash())
                .set(WEB_SESSION.ACCOUNT_ID, session.accountId())
                .set(WEB_SESSION.CREATED_AT, utc(session.times().createdAt()))
                .set(WEB_SESSION.LAST_SEEN_AT, utc(session.times().lastSeenAt()))
                .execute();
    }

    @Override
    public Optional<WebSession> find(String idHash) {
        // the account comes in the same statement: resolving a session reads it right after (Sessions.resolve)
        var row = db.dsl().resultQuery(findWithAccount, idHash).coerce(WITH_ACCOUNT).fetchOne();
        if (row == null) return Optional.empty();
        if (row.get(ACCOUNT.ID) != null) db.keepReadAlong(JooqAccountRepository.readAlong(row.get(ACCOUNT.ID)), JooqAccountRepository.toAccount(row.into(ACCOUNT)));
        return Optional.of(toSession(row.into(WEB_SESSION)));
    }

    @Override
    public void touch(String idHash, Instant lastSeenAt) {
        // GREATEST, as SessionTimes.touch: a late-arriving earlier request does not move the clock back.
        db.dsl().update(WEB_SESSION)
                .set(WEB_SESSION.LAST_SEEN_AT, greatest(WEB_SESSION.LAST_SEEN_AT, val(utc(lastSeenAt))))
                .where(WEB_SESSION.ID_HASH.eq(idHash))
                .execute();
    }

    @Override
    public void delete(String idHash) {
        db.takeReadAlong(null, Object.class); // an ended session's account is nobody's to take
        db.dsl().deleteFrom(WEB_SESSION).where(WEB_SESSION.ID_HASH.eq(idHash)).execute();
    }

    @Override
    public void deleteForAccount(long accountId) {
        db.dsl().deleteFrom(WEB_SESSION).where(WEB_SESSION.ACCOUNT_ID.eq(accountId)).execute();
    }

    @Override
    public int deleteExpired(Instant now) {
        // SessionTimes.isExpired rewritten on the columns: now >= lastSeenAt + idle  ⇔  last_seen_at <= now − idle,
        // and likewise for the absolute timeout on created_at.
        return db.dsl().deleteFrom(WEB_SESSION)
                .where(WEB_SESSION.LAST_SEEN_AT.le(utc(now.minus(SessionTimes.IDLE_TIMEOUT)))
                        .or(WEB_SESSION.CREATED_AT.le(utc(now.minus(SessionTimes.ABSOLUTE_TIMEOUT)))))
                .execute();
    }

    private static WebSession toSession(WebSessionRecord r) {
        return new WebSession(r.getIdHash(), r.getAccountId(), new SessionTimes(instant(r.getCreatedAt()), instant(r.getLastSeenAt())));
    }
}
