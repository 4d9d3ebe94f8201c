package fr.portailfamille.persistence.households;

import fr.portailfamille.application.households.port.DossierAudit;
import fr.portailfamille.domain.households.DossierChange;
import fr.portailfamille.persistence.Db;

import java.util.List;

import static fr.portailfamille.persistence.households.Times.instant;
import static fr.portailfamille.persistence.households.Times.utc;
import static fr.portailfamille.persistence.schema.Tables.DOSSIER_CHANGE;

public final class JooqDossierAudit implements DossierAudit {

    private final Db db;

    public JooqDossierAudit(Db db) {
        this.db = db;
    }

    @Override
    public void record(DossierChange c) {
        db.dsl().insertInto(DOSSIER_CHANGE)
                .set(DOSSIER_CHANGE.HOUSEHOLD_ID, c.householdId()).set(DOSSIER_CHANGE.CHILD_ID, c.childId())
                .set(DOSSIER_CHANGE.ACTOR_ACCOUNT_ID, c.actorAccountId()).set(DOSSIER_CHANGE.AT, utc(c.at()))
                .set(DOSSIER_CHANGE.FIELD, c.field()).set(DOSSIER_CHANGE.OLD_VALUE, c.oldValue()).set(DOSSIER_CHANGE.NEW_VALUE, c.newValue())
                .execute();
    }

    @Override
    public List<DossierChange> latest(long householdId, int limit) {
        return db.dsl().selectFrom(DOSSIER_CHANGE).where(DOSSIER_CHANGE.HOUSEHOLD_ID.eq(householdId))
                .orderBy(DOSSIER_CHANGE.ID.desc()).limit(Math.max(limit, 0))
                .fetch(r -> new DossierChange(r.getHouseholdId(), r.getChildId(), r.getActorAccountId(), instant(r.getAt()), r.getField(),
                        r.getOldValue(), r.getNewValue()));
    }
}
