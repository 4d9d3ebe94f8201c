package fr.portailfamille.persistence.accounts;

import fr.portailfamille.application.accounts.port.FranceConnectLinks;
import fr.portailfamille.persistence.Db;

import java.time.Instant;
import java.util.Optional;

import static fr.portailfamille.persistence.accounts.Timestamps.instant;
import static fr.portailfamille.persistence.accounts.Timestamps.utc;
import static fr.portailfamille.persistence.schema.Tables.FRANCECONNECT_LINK;

public final class JooqFranceConnectLinks implements FranceConnectLinks {

    private final Db db;

    public JooqFranceConnectLinks(Db db) {
        this.db = db;
    }

    @Override
    public boolean link(long accountId, String subject, Instant at) {
        // the primary key (account) and the unique subject refuse a second link either way, also between two requests
        return db.dsl().insertInto(FRANCECONNECT_LINK)
                .set(FRANCECONNECT_LINK.ACCOUNT_ID, accountId)
                .set(FRANCECONNECT_LINK.SUBJECT, subject)
                .set(FRANCECONNECT_LINK.LINKED_AT, utc(at))
                .onConflictDoNothing()
                .execute() == 1;
    }

    @Override
    public Optional<Long> accountOf(String subject) {
        return db.dsl().select(FRANCECONNECT_LINK.ACCOUNT_ID).from(FRANCECONNECT_LINK).where(FRANCECONNECT_LINK.SUBJECT.eq(subject))
                .fetchOptional(FRANCECONNECT_LINK.ACCOUNT_ID);
    }

    @Override
    public Optional<Instant> linkedSince(long accountId) {
        return db.dsl().select(FRANCECONNECT_LINK.LINKED_AT).from(FRANCECONNECT_LINK).where(FRANCECONNECT_LINK.ACCOUNT_ID.eq(accountId))
                .fetchOptional(r -> instant(r.value1()));
    }

    @Override
    public boolean unlink(long accountId) {
        return db.dsl().deleteFrom(FRANCECONNECT_LINK).where(FRANCECONNECT_LINK.ACCOUNT_ID.eq(accountId)).execute() == 1;
    }
}
