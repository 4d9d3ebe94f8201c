package fr.portailfamille.persistence.bookings;

import fr.portailfamille.application.bookings.port.ActivityRepository;
import fr.portailfamille.domain.bookings.Activity;
import fr.portailfamille.domain.bookings.ActivityKind;
import fr.portailfamille.domain.bookings.BookingUnit;
import fr.portailfamille.domain.bookings.DeadlineRule;
import fr.portailfamille.domain.bookings.SchoolYear;
import fr.portailfamille.persistence.Db;
import fr.portailfamille.persistence.schema.tables.records.ActivityRecord;

import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static fr.portailfamille.persistence.schema.Tables.ACTIVITY;

public final class JooqActivityRepository implements ActivityRepository {

    private final Db db;

    public JooqActivityRepository(Db db) {
        this.db = db;
    }

    @Override
    public Activity add(Activity activity) {
        db.reference().changed();
        var record = toRecord(activity);
        record.changed(ACTIVITY.ID, false);
        long id = db.dsl().insertInto(ACTIVITY).set(record).returning(ACTIVITY.ID).fetchOne().getId();
        return activity.withId(id);
    }

    @Override
    public void update(Activity activity) {
        db.reference().changed();
        var record = toRecord(activity);
        int updated = db.dsl().update(ACTIVITY).set(record).where(ACTIVITY.ID.eq(activity.id())).execute();
        if (updated != 1) throw new IllegalArgumentException("no activity " + activity.id());
    }

    @Override
    public Optional<Activity> find(long id) {
        return db.reference().get(new ActivityKey(id), () ->
                db.dsl().selectFrom(ACTIVITY).where(ACTIVITY.ID.eq(id)).fetchOptional().map(JooqActivityRepository::activity));
    }

    @Override
    public List<Activity> ofYear(SchoolYear year) {
        // kind order is the enum's, name order is Java's: the database's collation must not decide where «É» goes
        return db.reference().get(new ActivitiesKey(year), () ->
                db.dsl().selectFrom(ACTIVITY).where(ACTIVITY.START_YEAR.eq(year.startYear())).fetch(JooqActivityRepository::activity).stream()
                        .sorted(Comparator.comparing(Activity::kind).thenComparing(Activity::name)).toList());
    }

    private record ActivityKey(long id) {
    }

    private record ActivitiesKey(SchoolYear year) {
    }

    static Activity activity(ActivityRecord r) {
        Set<DayOfWeek> weekdays = Arrays.stream(r.getWeekdays()).map(DayOfWeek::of).collect(Collectors.toSet());
        return new Activity(r.getId(), r.getName(), ActivityKind.valueOf(r.getKind().name()), BookingUnit.valueOf(r.getUnit().name()),
                weekdays, SchoolYear.startingIn(r.getStartYear()), r.getDefaultCapacity(), r.getWaitingList(),
                DeadlineRule.of(r.getBookingRule()), DeadlineRule.of(r.getCancellationRule()), r.getCashOfficeId(), r.getPriceCategory(),
                Set.of(r.getSchools()), Set.of(r.getLevels()));
    }

    private static ActivityRecord toRecord(Activity a) {
        var r = new ActivityRecord();
        r.setStartYear(a.schoolYear().startYear());
        r.setName(a.name());
        r.setKind(fr.portailfamille.persistence.schema.enums.ActivityKind.valueOf(a.kind().name()));
        r.setUnit(fr.portailfamille.persistence.schema.enums.BookingUnit.valueOf(a.unit().name()));
        r.setWeekdays(a.weekdays().stream().map(DayOfWeek::getValue).sorted().toArray(Integer[]::new));
        r.setDefaultCapacity(a.defaultCapacity());
        r.setWaitingList(a.waitingList());
        r.setBookingRule(a.bookingRule().text());
        r.setCancellationRule(a.cancellationRule().text());
        r.setCashOfficeId(a.cashOfficeId());
        r.setPriceCategory(a.priceCategory());
        r.setSchools(a.schools().stream().sorted().toArray(String[]::new));
        r.setLevels(a.levels().stream().sorted().toArray(String[]::new));
        return r;
    }
}
