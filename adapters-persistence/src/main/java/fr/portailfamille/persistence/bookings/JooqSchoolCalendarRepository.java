package fr.portailfamille.persistence.bookings;

import fr.portailfamille.application.bookings.port.SchoolCalendarRepository;
import fr.portailfamille.domain.bookings.Closure;
import fr.portailfamille.domain.bookings.EnrolmentOpening;
import fr.portailfamille.domain.bookings.HolidayPeriod;
import fr.portailfamille.domain.bookings.PublicHolidays;
import fr.portailfamille.domain.bookings.SchoolCalendar;
import fr.portailfamille.domain.bookings.SchoolYear;
import fr.portailfamille.persistence.Db;

import java.util.List;
import java.util.Optional;

import static fr.portailfamille.persistence.schema.Tables.CLOSURE;
import static fr.portailfamille.persistence.schema.Tables.HOLIDAY_PERIOD;
import static fr.portailfamille.persistence.schema.Tables.SCHOOL_CALENDAR;
import static fr.portailfamille.persistence.schema.Tables.SCHOOL_YEAR_ENROLMENT_OPENING;

public final class JooqSchoolCalendarRepository implements SchoolCalendarRepository {

    private final Db db;

    public JooqSchoolCalendarRepository(Db db) {
        this.db = db;
    }

    @Override
    public Optional<SchoolCalendar> find(SchoolYear year) {
        return db.reference().get(year, () -> read(year));
    }

    private Optional<SchoolCalendar> read(SchoolYear year) {
        var dsl = db.dsl();
        return dsl.selectFrom(SCHOOL_CALENDAR).where(SCHOOL_CALENDAR.START_YEAR.eq(year.startYear())).fetchOptional().map(c -> new SchoolCalendar(
                year, c.getZone(), c.getFirstDayOfClasses(), c.getLastDayOfClasses(),
                dsl.selectFrom(HOLIDAY_PERIOD).where(HOLIDAY_PERIOD.START_YEAR.eq(year.startYear())).orderBy(HOLIDAY_PERIOD.FIRST_DAY)
                        .fetch(h -> new HolidayPeriod(h.getName(), h.getFirstDay(), h.getLastDay())),
                dsl.selectFrom(CLOSURE).where(CLOSURE.START_YEAR.eq(year.startYear())).orderBy(CLOSURE.DAY)
                        .fetch(x -> new Closure(x.getDay(), x.getReason())),
                PublicHolidays.of(c.getAlsaceMoselle())));
    }

    @Override
    public void save(SchoolCalendar calendar) {
        int year = calendar.schoolYear().startYear();
        db.run(() -> {
            db.reference().changed();
            var dsl = db.dsl();
            dsl.insertInto(SCHOOL_CALENDAR)
                    .set(SCHOOL_CALENDAR.START_YEAR, year)
                    .set(SCHOOL_CALENDAR.ZONE, calendar.zone())
                    .set(SCHOOL_CALENDAR.FIRST_DAY_OF_CLASSES, calendar.firstDayOfClasses())
                    .set(SCHOOL_CALENDAR.LAST_DAY_OF_CLASSES, calendar.lastDayOfClasses())
                    .set(SCHOOL_CALENDAR.ALSACE_MOSELLE, calendar.publicHolidays().alsaceMoselle())
                    .onConflict(SCHOOL_CALENDAR.START_YEAR).doUpdate()
                    .set(SCHOOL_CALENDAR.ZONE, calendar.zone())
                    .set(SCHOOL_CALENDAR.FIRST_DAY_OF_CLASSES, calendar.firstDayOfClasses())
                    .set(SCHOOL_CALENDAR.LAST_DAY_OF_CLASSES, calendar.lastDayOfClasses())
                    .set(SCHOOL_CALENDAR.ALSACE_MOSELLE, calendar.publicHolidays().alsaceMoselle())
                    .execute();
            dsl.deleteFrom(HOLIDAY_PERIOD).where(HOLIDAY_PERIOD.START_YEAR.eq(year)).execute();
            dsl.deleteFrom(CLOSURE).where(CLOSURE.START_YEAR.eq(year)).execute();
            var holidays = dsl.insertInto(HOLIDAY_PERIOD, HOLIDAY_PERIOD.START_YEAR, HOLIDAY_PERIOD.NAME, HOLIDAY_PERIOD.FIRST_DAY, HOLIDAY_PERIOD.LAST_DAY);
            for (var h : calendar.holidays()) holidays = holidays.values(year, h.name(), h.firstDay(), h.lastDay());
            if (!calendar.holidays().isEmpty()) holidays.execute();
            var closures = dsl.insertInto(CLOSURE, CLOSURE.START_YEAR, CLOSURE.DAY, CLOSURE.REASON);
            for (var c : calendar.closures()) closures = closures.values(year, c.date(), c.reason());
            if (!calendar.closures().isEmpty()) closures.execute();
        });
    }

    @Override
    public Optional<EnrolmentOpening> enrolmentOpening(SchoolYear year) {
        // read on every enrolment and booking: kept with the reference data, forgotten on any change
        return db.reference().get(List.of("enrolment-opening", year.startYear()), () -> db.dsl().selectFrom(SCHOOL_YEAR_ENROLMENT_OPENING)
                .where(SCHOOL_YEAR_ENROLMENT_OPENING.START_YEAR.eq(year.startYear())).fetchOptional()
                .map(r -> new EnrolmentOpening(year, Optional.ofNullable(r.getOpensOn()))));
    }

    @Override
    public void saveEnrolmentOpening(EnrolmentOpening opening) {
        db.run(() -> {
            db.reference().changed();
            db.dsl().insertInto(SCHOOL_YEAR_ENROLMENT_OPENING)
                    .set(SCHOOL_YEAR_ENROLMENT_OPENING.START_YEAR, opening.year().startYear())
                    .set(SCHOOL_YEAR_ENROLMENT_OPENING.OPENS_ON, opening.opensOn().orElse(null))
                    .onConflict(SCHOOL_YEAR_ENROLMENT_OPENING.START_YEAR).doUpdate()
                    .set(SCHOOL_YEAR_ENROLMENT_OPENING.OPENS_ON, opening.opensOn().orElse(null))
                    .execute();
        });
    }
}
