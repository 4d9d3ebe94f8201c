package fr.portailfamille.persistence.privacy;

import fr.portailfamille.application.privacy.port.HealthSheetReads;
import fr.portailfamille.domain.privacy.HealthSheetRead;
import fr.portailfamille.persistence.Db;
import fr.portailfamille.persistence.schema.tables.records.HealthSheetReadRecord;
import org.jooq.Condition;
import org.jooq.impl.DSL;

import java.time.ZoneOffset;
import java.util.List;

import static fr.portailfamille.persistence.schema.Tables.HEALTH_SHEET_READ;

public final class JooqHealthSheetReads implements HealthSheetReads {

    private final Db db;

    public JooqHealthSheetReads(Db db) {
        this.db = db;
    }

    @Override
    public void record(HealthSheetRead read) {
        db.dsl().insertInto(HEALTH_SHEET_READ)
                .set(HEALTH_SHEET_READ.HOUSEHOLD_ID, read.householdId()).set(HEALTH_SHEET_READ.CHILD_ID, read.childId())
                .set(HEALTH_SHEET_READ.READER_ACCOUNT_ID, read.readerAccountId()).set(HEALTH_SHEET_READ.AT, read.at().atOffset(ZoneOffset.UTC))
                .set(HEALTH_SHEET_READ.KIND, read.kind().name()).set(HEALTH_SHEET_READ.PAGE, read.page())
                .execute();
    }

    @Override
    public List<HealthSheetRead> ofHousehold(long householdId, int limit) {
        return where(HEALTH_SHEET_READ.HOUSEHOLD_ID.eq(householdId), limit);
    }

    @Override
    public List<HealthSheetRead> latest(int limit) {
        return where(DSL.noCondition(), limit);
    }

    private List<HealthSheetRead> where(Condition condition, int limit) {
        return db.dsl().selectFrom(HEALTH_SHEET_READ).where(condition).orderBy(HEALTH_SHEET_READ.ID.desc()).limit(Math.max(limit, 0))
                .fetch(JooqHealthSheetReads::toRead);
    }

    private static HealthSheetRead toRead(HealthSheetReadRecord r) {
        return new HealthSheetRead(r.getHouseholdId(), r.getChildId(), r.getReaderAccountId(), r.getAt().toInstant(),
                HealthSheetRead.Kind.valueOf(r.getKind()), r.getPage());
    }
}
