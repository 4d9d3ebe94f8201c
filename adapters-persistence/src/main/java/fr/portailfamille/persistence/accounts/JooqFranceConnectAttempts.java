package fr.portailfamille.persistence.accounts;

import fr.portailfamille.application.accounts.port.FranceConnectAttempts;
import fr.portailfamille.domain.accounts.FranceConnectAttempt;
import fr.portailfamille.persistence.Db;

import java.time.Instant;
import java.util.Optional;

import static fr.portailfamille.persistence.accounts.Timestamps.instant;
import static fr.portailfamille.persistence.accounts.Timestamps.utc;
import static fr.portailfamille.persistence.schema.Tables.FRANCECONNECT_ATTEMPT;
import static fr.portailfamille.persistence.schema.Tables.FRANCECONNECT_SESSION;

public final class JooqFranceConnectAttempts implements FranceConnectAttempts {

    private final Db db;

    public JooqFranceConnectAttempts(Db db) {
        this.db = db;
    }

    @Override
    public void save(FranceConnectAttempt attempt) {
        db.dsl().insertInto(FRANCECONNECT_ATTEMPT)
                .set(FRANCECONNECT_ATTEMPT.STATE_HASH, attempt.stateHash())
                .set(FRANCECONNECT_ATTEMPT.NONCE, attempt.nonce())
                .set(FRANCECONNECT_ATTEMPT.PURPOSE, attempt.purpose().name())
                .set(FRANCECONNECT_ATTEMPT.ACCOUNT_ID, attempt.accountId())
                .set(FRANCECONNECT_ATTEMPT.STARTED_AT, utc(attempt.startedAt()))
                .execute();
    }

    @Override
    public Optional<FranceConnectAttempt> take(String stateHash) {
        // DELETE … RETURNING: two callbacks racing with the same state cannot both get the attempt
        return db.dsl().deleteFrom(FRANCECONNECT_ATTEMPT).where(FRANCECONNECT_ATTEMPT.STATE_HASH.eq(stateHash))
                .returning().fetchOptional()
                .map(r -> new FranceConnectAttempt(r.getStateHash(), r.getNonce(), FranceConnectAttempt.Purpose.valueOf(r.getPurpose()),
                        r.getAccountId(), instant(r.getStartedAt())));
    }

    @Override
    public int deleteStartedBefore(Instant before) {
        return db.dsl().deleteFrom(FRANCECONNECT_ATTEMPT).where(FRANCECONNECT_ATTEMPT.STARTED_AT.lt(utc(before))).execute();
    }

    @Override
    public void rememberIdToken(String sessionHash, String idToken) {
        db.dsl().insertInto(FRANCECONNECT_SESSION)
                .set(FRANCECONNECT_SESSION.SESSION_HASH, sessionHash)
                .set(FRANCECONNECT_SESSION.ID_TOKEN, idToken)
                .onConflict(FRANCECONNECT_SESSION.SESSION_HASH).doUpdate().set(FRANCECONNECT_SESSION.ID_TOKEN, idToken)
                .execute();
    }

    @Override
    public Optional<String> takeIdToken(String sessionHash) {
        return db.dsl().deleteFrom(FRANCECONNECT_SESSION).where(FRANCECONNECT_SESSION.SESSION_HASH.eq(sessionHash))
                .returning(FRANCECONNECT_SESSION.ID_TOKEN).fetchOptional(FRANCECONNECT_SESSION.ID_TOKEN);
    }
}
