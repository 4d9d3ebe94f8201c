package fr.portailfamille.domain.bookings;

import fr.portailfamille.domain.common.TownZone;
import java.time.LocalDate;
import java.time.LocalTime;

/** French wording of dates and times shared by the booking rules (their zone is {@link TownZone#ZONE}). */
public final class BookingDates {

    private static final String[] DAYS = {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"};
    private static final String[] MONTHS = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
            "septembre", "octobre", "novembre", "décembre"};

    private BookingDates() {
    }

    /** «mardi 7 avril 2026», «jeudi 1er octobre 2026». */
    public static String longDate(LocalDate date) {
        return dayName(date.getDayOfWeek().getValue()) + " " + dayOfMonth(date.getDayOfMonth()) + " "
                + MONTHS[date.getMonthValue() - 1] + " " + date.getYear();
    }

    /** «lundi» for 1 … «dimanche» for 7 (ISO numbering, as {@link java.time.DayOfWeek#getValue()}). */
    public static String dayName(int isoDayOfWeek) {
        return DAYS[isoDayOfWeek - 1];
    }

    /** «12 h», «8 h 30», «minuit» — the typographic French way, with spaces. */
    public static String time(LocalTime time) {
        if (time.equals(LocalTime.MIDNIGHT)) return "minuit";
        return time.getMinute() == 0
                ? time.getHour() + " h"
                : time.getHour() + " h " + String.format("%02d", time.getMinute());
    }

    /** «1er», «2», «20»: French writes the first day of a month as an ordinal. */
    public static String dayOfMonth(int day) {
        return day == 1 ? "1er" : Integer.toString(day);
    }
}
