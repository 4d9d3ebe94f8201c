package fr.portailfamille.domain.bookings;

import java.time.LocalDate;
import java.time.temporal.IsoFields;

/**
 * «Périodicité» of a typical week. Parity is that of the ISO week number, as French school diaries print it; in a
 * year of 53 weeks (2026) week 53 and the next week 1 are both odd, so «semaines impaires» books two weeks running.
 */
public enum Periodicity {
    EVERY_WEEK("Toutes les semaines"),
    EVERY_OTHER_WEEK_EVEN("Une semaine sur deux (semaines paires)"),
    EVERY_OTHER_WEEK_ODD("Une semaine sur deux (semaines impaires)");

    private final String label;

    Periodicity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * Which weeks «paires» and «impaires» are, from {@code today}: «Semaines paires : celles du lundi 7 décembre 2026,
     * du lundi 21 décembre 2026… ; impaires : celles du lundi 14 décembre 2026, du lundi 28 décembre 2026…».
     */
    public static String parityInWords(LocalDate today) {
        LocalDate monday = today.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
        var even = new java.util.ArrayList<String>();
        var odd = new java.util.ArrayList<String>();
        for (LocalDate week = monday; even.size() < 2 || odd.size() < 2; week = week.plusWeeks(1)) {
            var list = EVERY_OTHER_WEEK_EVEN.matches(week) ? even : odd;
            if (list.size() < 2) list.add("du " + BookingDates.longDate(week));
        }
        return "Les semaines sont numérotées comme dans les agendas (numéro ISO). Semaines paires : celles " + String.join(", ", even)
                + "… ; impaires : celles " + String.join(", ", odd) + "…";
    }

    public boolean matches(LocalDate date) {
        int week = date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        return switch (this) {
            case EVERY_WEEK -> true;
            case EVERY_OTHER_WEEK_EVEN -> week % 2 == 0;
            case EVERY_OTHER_WEEK_ODD -> week % 2 == 1;
        };
    }
}
