package fr.portailfamille.persistence.accounts;

import fr.portailfamille.application.accounts.port.TermsAcceptances;
import fr.portailfamille.persistence.Db;

import java.util.List;

import static fr.portailfamille.persistence.accounts.Timestamps.instant;
import static fr.portailfamille.persistence.accounts.Timestamps.utc;
import static fr.portailfamille.persistence.schema.Tables.TERMS_ACCEPTANCE;

public final class JooqTermsAcceptances implements TermsAcceptances {

    private final Db db;

    public JooqTermsAcceptances(Db db) {
        this.db = db;
    }

    @Override
    public void record(Acceptance acceptance) {
        // Accepting a version already accepted (a form sent twice) keeps the first acceptance: it is the proof.
        db.dsl().insertInto(TERMS_ACCEPTANCE)
                .set(TERMS_ACCEPTANCE.ACCOUNT_ID, acceptance.accountId())
                .set(TERMS_ACCEPTANCE.VERSION, acceptance.version())
                .set(TERMS_ACCEPTANCE.ACCEPTED_AT, utc(acceptance.acceptedAt()))
                .onConflict(TERMS_ACCEPTANCE.ACCOUNT_ID, TERMS_ACCEPTANCE.VERSION).doNothing()
                .execute();
    }

    @Override
    public List<Acceptance> forAccount(long accountId) {
        return db.dsl().selectFrom(TERMS_ACCEPTANCE)
                .where(TERMS_ACCEPTANCE.ACCOUNT_ID.eq(accountId))
                .orderBy(TERMS_ACCEPTANCE.ACCEPTED_AT, TERMS_ACCEPTANCE.VERSION)
                .fetch(r -> new Acceptance(r.getAccountId(), r.getVersion(), instant(r.getAcceptedAt())));
    }
}
