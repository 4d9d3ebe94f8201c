package fr.portailfamille.persistence.billing;

import fr.portailfamille.application.billing.port.QuotientRepository;
import fr.portailfamille.domain.billing.FamilyQuotient;
import fr.portailfamille.domain.billing.QuotientSource;
import fr.portailfamille.persistence.Db;
import fr.portailfamille.persistence.schema.tables.records.FamilyQuotientRecord;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static fr.portailfamille.persistence.schema.Tables.FAMILY_QUOTIENT;

public final class JooqQuotientRepository implements QuotientRepository {

    private final Db db;

    public JooqQuotientRepository(Db db) {
        this.db = db;
    }

    @Override
    public void add(long householdId, FamilyQuotient q, long setBy, Instant at) {
        db.dsl().insertInto(FAMILY_QUOTIENT)
                .set(FAMILY_QUOTIENT.HOUSEHOLD_ID, householdId).set(FAMILY_QUOTIENT.EUROS, q.euros()).set(FAMILY_QUOTIENT.SOURCE, q.source().name())
                .set(FAMILY_QUOTIENT.VALID_FROM, q.validFrom()).set(FAMILY_QUOTIENT.VALID_TO, q.validTo())
                .set(FAMILY_QUOTIENT.SET_BY, setBy).set(FAMILY_QUOTIENT.SET_AT, at.atOffset(ZoneOffset.UTC))
                .execute();
    }

    @Override
    public List<FamilyQuotient> history(long householdId) {
        return db.dsl().selectFrom(FAMILY_QUOTIENT).where(FAMILY_QUOTIENT.HOUSEHOLD_ID.eq(householdId)).orderBy(FAMILY_QUOTIENT.ID)
                .fetch(JooqQuotientRepository::quotient);
    }

    @Override
    public Map<Long, List<FamilyQuotient>> histories(Collection<Long> householdIds) {
        var found = new HashMap<Long, List<FamilyQuotient>>();
        // one query for the whole run, the ids sent as one array parameter
        db.dsl().selectFrom(FAMILY_QUOTIENT).where(FAMILY_QUOTIENT.HOUSEHOLD_ID.eq(org.jooq.impl.DSL.any(householdIds.toArray(Long[]::new))))
                .orderBy(FAMILY_QUOTIENT.ID)
                .forEach(r -> found.computeIfAbsent(r.getHouseholdId(), h -> new ArrayList<>()).add(quotient(r)));
        return found;
    }

    private static FamilyQuotient quotient(FamilyQuotientRecord r) {
        return new FamilyQuotient(r.getEuros(), QuotientSource.valueOf(r.getSource()), r.getValidFrom(), r.getValidTo());
    }
}
