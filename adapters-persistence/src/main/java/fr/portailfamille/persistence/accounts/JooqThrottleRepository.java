package fr.portailfamille.persistence.accounts;

import fr.portailfamille.application.accounts.port.ThrottleRepository;
import fr.portailfamille.domain.accounts.LoginThrottle;
import fr.portailfamille.persistence.Db;
import fr.portailfamille.persistence.schema.tables.records.LoginThrottleRecord;

import static fr.portailfamille.persistence.accounts.Timestamps.instant;
import static fr.portailfamille.persistence.accounts.Timestamps.utc;
import static fr.portailfamille.persistence.schema.Tables.LOGIN_THROTTLE;

public final class JooqThrottleRepository implements ThrottleRepository {

    private final Db db;

    public JooqThrottleRepository(Db db) {
        this.db = db;
    }

    @Override
    public LoginThrottle find(String key) {
        return db.dsl().selectFrom(LOGIN_THROTTLE).where(LOGIN_THROTTLE.KEY.eq(key))
                .fetchOptional(r -> new LoginThrottle(r.getConsecutiveFailures(), instant(r.getLastFailureAt())))
                .orElseGet(LoginThrottle::none);
    }

    @Override
    public void save(String key, LoginThrottle throttle) {
        var r = new LoginThrottleRecord();
        r.setKey(key);
        r.setConsecutiveFailures(throttle.consecutiveFailures());
        r.setLastFailureAt(utc(throttle.lastFailureAt()));
        // Upsert: the first failure on a key and the next ones are the same call.
        db.dsl().insertInto(LOGIN_THROTTLE).set(r).onConflict(LOGIN_THROTTLE.KEY).doUpdate().set(r).execute();
    }

    @Override
    public void clear(String key) {
        db.dsl().deleteFrom(LOGIN_THROTTLE).where(LOGIN_THROTTLE.KEY.eq(key)).execute();
    }
}
