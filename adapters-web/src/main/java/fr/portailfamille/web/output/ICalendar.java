package fr.portailfamille.web.output;

import fr.portailfamille.application.bookings.CalendarFeed;
import fr.portailfamille.application.bookings.CalendarFeed.Event;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A household's bookings ({@link CalendarFeed}) as an iCalendar file (RFC 5545), written by hand: whole-day events, CRLF line endings,
 * lines folded at 75 octets (never inside a UTF-8 character), text escaped (\ ; , and new lines).
 */
public final class ICalendar {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private ICalendar() {
    }

    /** The feed's calendar, DTSTAMP of every event its production time. */
    public static String write(CalendarFeed.Calendar calendar) {
        return write(calendar.name(), calendar.events(), calendar.stamp());
    }

    /** @param stamp when the file is produced (DTSTAMP of every event) */
    public static String write(String calendarName, List<Event> events, Instant stamp) {
        var out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Portail Famille//Réservations//FR");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:" + escape(calendarName));
        for (Event e : events) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + escape(e.uid()));
            line(out, "DTSTAMP:" + STAMP.format(stamp));
            line(out, "DTSTART;VALUE=DATE:" + DAY.format(e.day()));
            line(out, "DTEND;VALUE=DATE:" + DAY.format(e.day().plusDays(1)));
            line(out, "SUMMARY:" + escape(e.summary()));
            if (!e.description().isEmpty()) line(out, "DESCRIPTION:" + escape(e.description()));
            if (e.cancelled()) line(out, "STATUS:CANCELLED");
            line(out, "TRANSP:TRANSPARENT");
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** TEXT values: backslash, semicolon, comma and new lines escaped (RFC 5545 § 3.3.11). */
    static String escape(String text) {
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    /**
     * Appends a content line folded at 75 octets: each continuation starts with one space (RFC 5545 § 3.1); a UTF-8
     * character is never cut in two.
     */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append("\r\n");
    }
}
