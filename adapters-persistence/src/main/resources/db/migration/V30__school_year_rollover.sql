-- The day parents may start enrolling in (and booking) a school year the town prepared in advance
-- (PrepareSchoolYear). No row: a year the portal knew before, open to parents. A row without a day: prepared,
-- closed until agents choose the day.
CREATE TABLE school_year_enrolment_opening (
    start_year INTEGER PRIMARY KEY REFERENCES school_calendar (start_year) ON DELETE CASCADE,
    opens_on   DATE CHECK (opens_on IS NULL OR opens_on <= make_date(start_year + 1, 8, 31))
);

-- kept in memory with the calendars (V20): every instance forgets it when it changes
CREATE TRIGGER school_year_enrolment_opening_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON school_year_enrolment_opening
    FOR EACH STATEMENT EXECUTE FUNCTION notify_reference_changed();
