package fr.portailfamille.web;

import fr.portailfamille.domain.common.TownZone;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/** French formats for templates («23/11/2026 à 14:05», Paris time). */
public final class Formats {

    public static final Formats FRENCH = new Formats();
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm").withZone(TownZone.ZONE);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", java.util.Locale.FRENCH);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(TownZone.ZONE);

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    /** A calendar date («14/03/2018»): birth dates, injections, validity. */
    public String day(java.time.LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    /** A date kept as text in ISO form (a démarche's date answer, «2026-11-20») as a French one («20/11/2026»); other text as it is. */
    public String isoDay(String text) {
        try {
            return day(java.time.LocalDate.parse(text));
        } catch (java.time.format.DateTimeParseException notADate) {
            return text;
        }
    }

    /**
     * A client's address as a person reads it: the machine itself «localhost», an IPv4 given as IPv6 («::ffff:10.0.0.1»)
     * as IPv4, a full IPv6 in its short form («2001:db8::1»); «—» when unknown.
     */
    public String address(String address) {
        if (address == null || address.isBlank()) return "—";
        String a = address.strip();
        if (a.startsWith("[") && a.endsWith("]")) a = a.substring(1, a.length() - 1);
        String lower = a.toLowerCase(java.util.Locale.ROOT);
        for (String mapped : new String[] {"::ffff:", "0:0:0:0:0:ffff:"}) {
            if (lower.startsWith(mapped) && lower.indexOf('.') > 0) a = lower = a.substring(mapped.length());
        }
        if (lower.startsWith("127.") || lower.equals("::1") || lower.matches("(0{1,4}:){7}0{0,3}1")) return "localhost";
        if (!lower.contains(":") || lower.contains("::") || lower.split(":").length != 8) return a;
        String[] groups = lower.split(":");
        int bestStart = -1, bestLength = 1;
        for (int i = 0; i < 8; i++) {
            groups[i] = groups[i].replaceFirst("^0+(?=.)", "");
        }
        for (int i = 0, run = 0; i < 8; i++) {
            run = groups[i].equals("0") ? run + 1 : 0;
            if (run > bestLength) {
                bestLength = run;
                bestStart = i - run + 1;
            }
        }
        if (bestStart < 0) return String.join(":", groups);
        return String.join(":", java.util.Arrays.copyOfRange(groups, 0, bestStart)) + "::"
                + String.join(":", java.util.Arrays.copyOfRange(groups, bestStart + bestLength, 8));
    }

    /** A month as a heading says it («mai 2021»): the invoice history's groups. */
    public String month(java.time.YearMonth month) {
        return month == null ? "" : MONTH.format(month);
    }

    public String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant);
    }
}
