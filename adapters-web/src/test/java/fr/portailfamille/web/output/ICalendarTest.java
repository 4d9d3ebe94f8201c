package fr.portailfamille.web.output;

import fr.portailfamille.application.bookings.CalendarFeed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ICalendarTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
            "Accueil du matin|Accueil du matin",
            "Léa, Hugo|Léa\\, Hugo",
            "a;b|a\\;b",
            "C:\\temp|C:\\\\temp",
    })
    void text_is_escaped(String text, String escaped) {
        assertEquals(escaped, ICalendar.escape(text));
    }

    @Test
    void new_lines_are_escaped_too() {
        assertEquals("un\\ndeux\\ntrois", ICalendar.escape("un\ndeux\r\ntrois"));
    }

    @Test
    void long_lines_fold_at_75_octets_without_cutting_a_character() {
        var out = new StringBuilder();
        String content = "SUMMARY:" + "é".repeat(80);
        ICalendar.line(out, content);
        String[] lines = out.toString().split("\r\n");
        for (String l : lines) assertTrue(l.getBytes(StandardCharsets.UTF_8).length <= 75, l);
        for (int i = 1; i < lines.length; i++) assertTrue(lines[i].startsWith(" "), "a continuation starts with a space");
        // unfolding (drop CRLF + space) gives the line back
        assertEquals(content + "\r\n", out.toString().replace("\r\n ", ""));
        assertTrue(out.toString().endsWith("\r\n"));
    }

    @Test
    void a_short_line_is_left_alone() {
        var out = new StringBuilder();
        ICalendar.line(out, "x".repeat(75));
        assertEquals("x".repeat(75) + "\r\n", out.toString());
        out.setLength(0);
        ICalendar.line(out, "x".repeat(76));
        assertEquals("x".repeat(75) + "\r\n x\r\n", out.toString());
    }

    @Test
    void bookings_become_whole_day_events() {
        String ics = ICalendar.write("Réservations – Famille Dupont", List.of(new CalendarFeed.Event("1-2-20261208@portail-famille",
                LocalDate.parse("2026-12-08"), "Accueil du matin, Léa", "Réservé")), Instant.parse("2026-11-23T09:00:00Z"));
        assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"), ics);
        assertTrue(ics.contains("\r\nBEGIN:VEVENT\r\nUID:1-2-20261208@portail-famille\r\nDTSTAMP:20261123T090000Z\r\n"
                + "DTSTART;VALUE=DATE:20261208\r\nDTEND;VALUE=DATE:20261209\r\nSUMMARY:Accueil du matin\\, Léa\r\n"), ics);
        assertTrue(ics.endsWith("END:VEVENT\r\nEND:VCALENDAR\r\n"), ics);
        assertEquals(-1, ics.replace("\r\n", "").indexOf('\n'), "only CRLF line endings");
    }

    @Test
    void a_cancelled_event_says_so_and_the_others_do_not() {
        String ics = ICalendar.write("Réservations", List.of(
                new CalendarFeed.Event("a@portail-famille", LocalDate.parse("2027-05-07"), "Fermé par la mairie – Accueil du matin – Léa", "Fermé", true),
                new CalendarFeed.Event("b@portail-famille", LocalDate.parse("2027-05-10"), "Accueil du matin – Léa", "Réservé")), Instant.parse("2026-11-23T09:00:00Z"));
        assertTrue(ics.contains("UID:a@portail-famille\r\n"), ics);
        assertEquals(1, ics.split("STATUS:CANCELLED\r\n", -1).length - 1, ics);
        assertTrue(ics.indexOf("STATUS:CANCELLED") < ics.indexOf("UID:b@portail-famille"), "on the closed day's event: " + ics);
    }

    @ParameterizedTest(name = "a booking on {0} stamped at {1}")
    @CsvSource({
            "2026-10-25, 2026-10-25T00:30:00Z, 20261025, 20261026, 20261025T003000Z",   // 2:30 summer time, the first one
            "2026-10-25, 2026-10-25T01:30:00Z, 20261025, 20261026, 20261025T013000Z",   // 2:30 winter time, an hour later
            "2027-03-28, 2027-03-28T01:30:00Z, 20270328, 20270329, 20270328T013000Z",   // 3:30: 2:30 never happened
            "2027-03-27, 2027-03-27T23:30:00Z, 20270327, 20270328, 20270327T233000Z",   // half past midnight in Paris, still the 27th in UTC
            "2027-12-31, 2027-12-31T23:30:00Z, 20271231, 20280101, 20271231T233000Z",
            "2028-02-29, 2028-02-29T07:00:00Z, 20280229, 20280301, 20280229T070000Z",
    })
    void whole_days_keep_their_date_across_the_clock_changes_and_stamps_are_utc(LocalDate day, Instant stamp, String start, String end,
                                                                              String utc) {
        String ics = ICalendar.write("Réservations", List.of(new CalendarFeed.Event("uid-1", day, "Accueil du matin – Léa", "Réservé")), stamp);
        assertTrue(ics.contains("DTSTART;VALUE=DATE:" + start + "\r\n"), ics);
        assertTrue(ics.contains("DTEND;VALUE=DATE:" + end + "\r\n"), ics);
        assertTrue(ics.contains("DTSTAMP:" + utc + "\r\n"), ics);
        assertTrue(!ics.contains("TZID") && !ics.contains("T000000\r\n"), "floating whole days: no zone to shift them");
    }
}
