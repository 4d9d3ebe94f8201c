package fr.portailfamille.persistence.bookings;

import fr.portailfamille.application.bookings.port.CalendarFeedRepository;
import fr.portailfamille.persistence.Db;

import java.time.Instant;
import java.util.Optional;

import static fr.portailfamille.persistence.bookings.JooqEnrolmentRepository.utc;
import static fr.portailfamille.persistence.schema.Tables.CALENDAR_FEED;

public final class JooqCalendarFeedRepository implements CalendarFeedRepository {

    private final Db db;

    public JooqCalendarFeedRepository(Db db) {
        this.db = db;
    }

    @Override
    public Optional<Long> householdOf(String tokenHash) {
        return db.dsl().select(CALENDAR_FEED.HOUSEHOLD_ID).from(CALENDAR_FEED).where(CALENDAR_FEED.TOKEN_HASH.eq(tokenHash))
                .fetchOptional(CALENDAR_FEED.HOUSEHOLD_ID);
    }

    @Override
    public boolean isOn(long householdId) {
        return db.dsl().fetchExists(CALENDAR_FEED, CALENDAR_FEED.HOUSEHOLD_ID.eq(householdId));
    }

    @Override
    public void turnOn(long householdId, String tokenHash, Instant at) {
        db.dsl().insertInto(CALENDAR_FEED).set(CALENDAR_FEED.HOUSEHOLD_ID, householdId).set(CALENDAR_FEED.TOKEN_HASH, tokenHash)
                .set(CALENDAR_FEED.CREATED_AT, utc(at))
                .onConflict(CALENDAR_FEED.HOUSEHOLD_ID).doUpdate()
                .set(CALENDAR_FEED.TOKEN_HASH, tokenHash).set(CALENDAR_FEED.CREATED_AT, utc(at)).execute();
    }

    @Override
    public void turnOff(long householdId) {
        db.dsl().deleteFrom(CALENDAR_FEED).where(CALENDAR_FEED.HOUSEHOLD_ID.eq(householdId)).execute();
    }
}
