package fr.portailfamille.persistence.accounts;

import fr.portailfamille.application.accounts.port.TokenRepository;
import fr.portailfamille.domain.accounts.OneTimeToken;
import fr.portailfamille.domain.accounts.TokenPurpose;
import fr.portailfamille.persistence.Db;
import fr.portailfamille.persistence.schema.tables.records.OneTimeTokenRecord;

import java.time.Instant;
import java.util.Optional;

import static fr.portailfamille.persistence.accounts.Timestamps.instant;
import static fr.portailfamille.persistence.accounts.Timestamps.utc;
import static fr.portailfamille.persistence.schema.Tables.ONE_TIME_TOKEN;

public final class JooqTokenRepository implements TokenRepository {

    private final Db db;

    public JooqTokenRepository(Db db) {
        this.db = db;
    }

    @Override
    public void save(OneTimeToken token) {
        var r = new OneTimeTokenRecord();
        r.setHash(token.hash());
        r.setPurpose(stored(token.purpose()));
        r.setAccountId(token.accountId());
        r.setExpiresAt(utc(token.expiresAt()));
        r.setUsedAt(utc(token.usedAt()));
        r.setPayload(token.payload());
        db.dsl().insertInto(ONE_TIME_TOKEN).set(r).execute();
    }

    @Override
    public Optional<OneTimeToken> findByHash(String hash) {
        return db.dsl().selectFrom(ONE_TIME_TOKEN).where(ONE_TIME_TOKEN.HASH.eq(hash)).fetchOptional(JooqTokenRepository::toToken);
    }

    @Override
    public boolean markUsed(String hash, Instant when) {
        // One conditional UPDATE: of two concurrent ones, the second waits for the first's row lock, then finds
        // used_at set and changes nothing. A read-then-write would let both through.
        return db.dsl().update(ONE_TIME_TOKEN)
                .set(ONE_TIME_TOKEN.USED_AT, utc(when))
                .where(ONE_TIME_TOKEN.HASH.eq(hash).and(ONE_TIME_TOKEN.USED_AT.isNull()))
                .execute() == 1;
    }

    @Override
    public void revoke(long accountId, TokenPurpose purpose) {
        // Used tokens stay: they let a second click on an old link say «déjà utilisé».
        db.dsl().deleteFrom(ONE_TIME_TOKEN)
                .where(ONE_TIME_TOKEN.ACCOUNT_ID.eq(accountId)
                        .and(ONE_TIME_TOKEN.PURPOSE.eq(stored(purpose)))
                        .and(ONE_TIME_TOKEN.USED_AT.isNull()))
                .execute();
    }

    @Override
    public boolean hasLiveToken(long accountId, TokenPurpose purpose, Instant now) {
        // expires_at > now: the same boundary as OneTimeToken.check (expired from expiresAt on)
        return db.dsl().fetchExists(ONE_TIME_TOKEN, ONE_TIME_TOKEN.ACCOUNT_ID.eq(accountId)
                .and(ONE_TIME_TOKEN.PURPOSE.eq(stored(purpose)))
                .and(ONE_TIME_TOKEN.USED_AT.isNull())
                .and(ONE_TIME_TOKEN.EXPIRES_AT.gt(utc(now))));
    }

    @Override
    public Optional<Instant> liveUntil(long accountId, TokenPurpose purpose, Instant now) {
        var latest = org.jooq.impl.DSL.max(ONE_TIME_TOKEN.EXPIRES_AT);
        return Optional.ofNullable(db.dsl().select(latest).from(ONE_TIME_TOKEN)
                .where(ONE_TIME_TOKEN.ACCOUNT_ID.eq(accountId), ONE_TIME_TOKEN.PURPOSE.eq(stored(purpose)), ONE_TIME_TOKEN.USED_AT.isNull(),
                        ONE_TIME_TOKEN.EXPIRES_AT.gt(utc(now)))
                .fetchOne(latest)).map(Timestamps::instant);
    }

    private static OneTimeToken toToken(OneTimeTokenRecord r) {
        return new OneTimeToken(r.getHash(), TokenPurpose.valueOf(r.getPurpose().getLiteral()), r.getAccountId(),
                instant(r.getExpiresAt()), instant(r.getUsedAt()), r.getPayload());
    }

    /** The database enum has the same names as the domain's (the two share a simple name, hence the full one). */
    private static fr.portailfamille.persistence.schema.enums.TokenPurpose stored(TokenPurpose purpose) {
        return fr.portailfamille.persistence.schema.enums.TokenPurpose.valueOf(purpose.name());
    }
}
