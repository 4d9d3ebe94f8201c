package fr.portailfamille.persistence.accounts;

import fr.portailfamille.application.accounts.port.TermsRepository;
import fr.portailfamille.domain.accounts.TermsOfUse;
import fr.portailfamille.persistence.Db;
import fr.portailfamille.persistence.schema.tables.records.TermsVersionRecord;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static fr.portailfamille.persistence.schema.Tables.TERMS_VERSION;

public final class JooqTermsRepository implements TermsRepository {

    private final Db db;

    public JooqTermsRepository(Db db) {
        this.db = db;
    }

    @Override
    public Optional<TermsOfUse> current() {
        return db.reference().get("terms", () ->
                db.dsl().selectFrom(TERMS_VERSION).orderBy(TERMS_VERSION.VERSION.desc()).limit(1).fetchOptional(JooqTermsRepository::toTerms));
    }

    @Override
    public Optional<TermsOfUse> find(int version) {
        return db.dsl().selectFrom(TERMS_VERSION).where(TERMS_VERSION.VERSION.eq(version)).fetchOptional(JooqTermsRepository::toTerms);
    }

    @Override
    public List<TermsOfUse> all() {
        return db.dsl().selectFrom(TERMS_VERSION).orderBy(TERMS_VERSION.VERSION.desc()).fetch(JooqTermsRepository::toTerms);
    }

    @Override
    public void publish(TermsOfUse terms) {
        db.reference().changed();
        db.dsl().insertInto(TERMS_VERSION)
                .set(TERMS_VERSION.VERSION, terms.version())
                .set(TERMS_VERSION.TITLE, terms.title())
                .set(TERMS_VERSION.BODY, terms.body())
                .set(TERMS_VERSION.PUBLISHED_AT, terms.publishedAt().atOffset(ZoneOffset.UTC))
                .execute();
    }

    private static TermsOfUse toTerms(TermsVersionRecord r) {
        return new TermsOfUse(r.getVersion(), r.getTitle(), r.getBody(), r.getPublishedAt().toInstant());
    }
}
