package fr.portailfamille.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** French formats for templates («23/11/2026 à 14:05», Paris time). */
public final class Formats {

    public static final Formats FRENCH = new Formats();
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm").withZone(PARIS);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(PARIS);

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    /** A calendar date («14/03/2018»): birth dates, injections, validity. */
    public String day(java.time.LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    public String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant);
    }
}
