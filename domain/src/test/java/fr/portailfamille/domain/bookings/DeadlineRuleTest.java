package fr.portailfamille.domain.bookings;

import fr.portailfamille.domain.common.TownZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DeadlineRuleTest {

    private static final String J2_WORKING = "J-2 avant 12h hors week-ends et jours fériés";

    @ParameterizedTest(name = "«{0}» for {1} ({2}) → {3}")
    @CsvSource(delimiter = '|', value = {
            // N working days before, cut-off 12 h
            J2_WORKING + " | 2026-09-17 | FR | 2026-09-15T12:00+02:00",  // Thursday → Tuesday
            J2_WORKING + " | 2026-09-21 | FR | 2026-09-17T12:00+02:00",  // Monday → Thursday, over the weekend
            J2_WORKING + " | 2026-09-22 | FR | 2026-09-18T12:00+02:00",  // Tuesday → Friday
            J2_WORKING + " | 2026-09-20 | FR | 2026-09-17T12:00+02:00",  // a Sunday slot counts back from Friday
            J2_WORKING + " | 2026-04-07 | FR | 2026-04-02T12:00+02:00",  // Tuesday after Easter Monday → Thursday
            J2_WORKING + " | 2026-04-07 | AM | 2026-04-01T12:00+02:00",  // and Good Friday too in Alsace-Moselle
            J2_WORKING + " | 2027-05-07 | FR | 2027-05-04T12:00+02:00",  // Friday after Ascension → Tuesday
            J2_WORKING + " | 2027-05-18 | FR | 2027-05-13T12:00+02:00",  // Tuesday after Whit Monday → Thursday
            J2_WORKING + " | 2026-11-12 | FR | 2026-11-09T12:00+01:00",  // Thursday after 11 November → Monday
            J2_WORKING + " | 2027-01-04 | FR | 2026-12-30T12:00+01:00",  // over 1 January and the new year
            J2_WORKING + " | 2025-12-30 | FR | 2025-12-26T12:00+01:00",
            J2_WORKING + " | 2025-12-30 | AM | 2025-12-24T12:00+01:00",  // 25 and 26 December both off in Alsace
            J2_WORKING + " | 2026-10-01 | FR | 2026-09-29T12:00+02:00",
            J2_WORKING + " | 2026-10-02 | FR | 2026-09-30T12:00+02:00",  // month boundary
            "J-1 avant 10h hors week-ends et jours fériés | 2026-09-21 | FR | 2026-09-18T10:00+02:00",
            "J-5 jours ouvrés avant 12h | 2026-04-10 | FR | 2026-04-02T12:00+02:00",
            // calendar days
            "J-1 avant 18h | 2026-09-21 | FR | 2026-09-20T18:00+02:00",   // the Sunday before a Monday
            "J-1 avant 18h | 2026-04-07 | FR | 2026-04-06T18:00+02:00",   // Easter Monday counts
            "J-1 avant 18h | 2026-10-01 | FR | 2026-09-30T18:00+02:00",   // month boundary
            "J-1 avant 18h | 2027-01-01 | FR | 2026-12-31T18:00+01:00",   // year boundary
            "J-1 avant 18h | 2026-11-03 | FR | 2026-11-02T18:00+01:00",   // winter time
            "J-2 avant 12h | 2027-03-30 | FR | 2027-03-28T12:00+02:00",   // the day clocks go forward
            "J-1 avant 8h30 | 2026-09-22 | FR | 2026-09-21T08:30+02:00",
            "J-3 | 2026-09-17 | FR | 2026-09-15T00:00+02:00",             // no time: until the end of Monday
            "J-1 avant minuit | 2026-09-17 | FR | 2026-09-17T00:00+02:00",
            "J-0 avant 9h | 2026-09-21 | FR | 2026-09-21T09:00+02:00",
            "J-0 avant 2h30 | 2027-03-28 | FR | 2027-03-28T03:30+02:00",  // 2:30 does not exist that night
            // previous month
            "avant le 20 du mois précédent | 2026-10-05 | FR | 2026-09-20T00:00+02:00",
            "avant le 20 du mois précédent | 2026-10-31 | FR | 2026-09-20T00:00+02:00",
            "avant le 20 du mois précédent | 2027-01-04 | FR | 2026-12-20T00:00+01:00",  // year boundary
            "avant le 20 du mois précédent | 2027-03-01 | FR | 2027-02-20T00:00+01:00",
            "avant le 20 du mois précédent | 2027-03-31 | FR | 2027-02-20T00:00+01:00",
            "avant le 28 du mois précédent | 2027-03-15 | FR | 2027-02-28T00:00+01:00",
            // weeks
            "semaine S-2 | 2026-09-14 | FR | 2026-09-07T00:00+02:00",   // Monday of week 38 → by Sunday of week 36
            "semaine S-2 | 2026-09-16 | FR | 2026-09-07T00:00+02:00",
            "semaine S-2 | 2026-09-20 | FR | 2026-09-07T00:00+02:00",   // Sunday: same week, same deadline
            "semaine S-2 | 2026-09-21 | FR | 2026-09-14T00:00+02:00",
            "semaine S-1 | 2026-09-16 | FR | 2026-09-14T00:00+02:00",
            "semaine S-3 | 2027-01-06 | FR | 2026-12-21T00:00+01:00",
    })
    void deadlines(String rule, LocalDate slot, String region, ZonedDateTime deadline) {
        var holidays = region.equals("AM") ? PublicHolidays.ALSACE_MOSELLE : PublicHolidays.FRANCE;
        var computed = DeadlineRule.of(rule).deadlineFor(slot, holidays);
        assertEquals(deadline.toInstant(), computed.toInstant());
        assertEquals(TownZone.ZONE, computed.getZone());
    }

    @ParameterizedTest(name = "«{0}» for {1}: open until {2} excluded")
    @CsvSource(delimiter = '|', value = {
            J2_WORKING + " | 2026-04-07 | 2026-04-02T10:00:00Z",
            "J-1 avant 18h | 2026-11-03 | 2026-11-02T17:00:00Z",
            "J-0 avant 9h | 2026-09-21 | 2026-09-21T07:00:00Z",
            "avant le 20 du mois précédent | 2027-01-04 | 2026-12-19T23:00:00Z",
            "semaine S-2 | 2026-09-16 | 2026-09-06T22:00:00Z",
    })
    void the_cut_off_instant_itself_is_too_late(String rule, LocalDate slot, java.time.Instant deadline) {
        var r = DeadlineRule.of(rule);
        assertTrue(r.isOpen(slot, deadline.minusNanos(1), PublicHolidays.FRANCE));
        assertFalse(r.isOpen(slot, deadline, PublicHolidays.FRANCE));
        assertFalse(r.isOpen(slot, deadline.plusSeconds(3600 * 24 * 30), PublicHolidays.FRANCE));
    }

    @ParameterizedTest(name = "«{0}» reads «{1}»")
    @CsvSource(delimiter = '|', value = {
            J2_WORKING + "                                         | " + J2_WORKING,
            "j-2 AVANT 12 H hors weekends et jours feries              | " + J2_WORKING,
            "J–2 jours ouvrés avant 12h                                | " + J2_WORKING,
            "  J - 2  avant 12:00   hors les week-ends et les jours fériés. | " + J2_WORKING,
            "J-1 avant 18h                                             | J-1 avant 18h",
            "J-1 avant 18:00                                           | J-1 avant 18h",
            "J-0 avant 9h                                              | J-0 avant 9h",
            "J-1 avant 8h30                                            | J-1 avant 8h30",
            "J-1 avant 8 h 05                                          | J-1 avant 8h05",
            "J-3                                                       | J-3 avant minuit",
            "J-3 avant 24h                                             | J-3 avant minuit",
            "J-3 avant minuit                                          | J-3 avant minuit",
            "Avant le 20 du mois précédent.                            | avant le 20 du mois précédent",
            "avant le 2 du mois precedent                              | avant le 2 du mois précédent",
            "semaine S-2                                               | semaine S-2",
            "S-2                                                       | semaine S-2",
            "Semaine s - 1                                             | semaine S-1",
    })
    void parsing_forgives_case_accents_spaces_and_dashes_and_gives_the_canonical_text(String text, String canonical) {
        var rule = DeadlineRule.of(text);
        assertEquals(canonical, rule.text());
        assertEquals(rule, DeadlineRule.of(rule.text()));
    }

    @Test
    void parsed_rules_are_the_expected_records() {
        assertEquals(new DeadlineRule.DaysBefore(2, LocalTime.NOON, true), DeadlineRule.of(J2_WORKING));
        assertEquals(new DeadlineRule.DaysBefore(1, LocalTime.of(18, 0), false), DeadlineRule.of("J-1 avant 18h"));
        assertEquals(new DeadlineRule.DaysBefore(0, LocalTime.of(9, 0), false), DeadlineRule.of("J-0 avant 9h"));
        assertEquals(new DeadlineRule.BeforeDayOfPreviousMonth(20), DeadlineRule.of("avant le 20 du mois précédent"));
        assertEquals(new DeadlineRule.WeeksBefore(2), DeadlineRule.of("semaine S-2"));
        var valid = assertInstanceOf(DeadlineRuleInput.Valid.class, DeadlineRule.parse("J-1 avant 18h"));
        assertEquals(new DeadlineRule.DaysBefore(1, LocalTime.of(18, 0), false), valid.rule());
    }

    @ParameterizedTest(name = "«{0}» → {1}")
    @CsvSource(delimiter = '|', value = {
            "demain                             | Règle de délai non reconnue : « demain ». Formes acceptées : « J-2 avant 12h hors week-ends et jours fériés », « J-1 avant 18h », « J-0 avant 9h », « avant le 20 du mois précédent », « semaine S-2 ».",
            "J-2 avant 12h sauf le dimanche     | Règle de délai non reconnue : « J-2 avant 12h sauf le dimanche ». Formes acceptées : « J-2 avant 12h hors week-ends et jours fériés », « J-1 avant 18h », « J-0 avant 9h », « avant le 20 du mois précédent », « semaine S-2 ».",
            "J+2                                | Règle de délai non reconnue : « J+2 ». Formes acceptées : « J-2 avant 12h hors week-ends et jours fériés », « J-1 avant 18h », « J-0 avant 9h », « avant le 20 du mois précédent », « semaine S-2 ».",
            "J-61 avant 12h                     | Le nombre de jours doit être compris entre 0 et 60 : « J-61 avant 12h ».",
            "J-2 avant 25h                      | Heure limite invalide : « J-2 avant 25h ». Écrivez par exemple « avant 12h », « avant 8h30 » ou « avant minuit ».",
            "J-2 avant 12h75                    | Heure limite invalide : « J-2 avant 12h75 ». Écrivez par exemple « avant 12h », « avant 8h30 » ou « avant minuit ».",
            "J-2 avant 24h30                    | Heure limite invalide : « J-2 avant 24h30 ». Écrivez par exemple « avant 12h », « avant 8h30 » ou « avant minuit ».",
            "J-2 avant 0h                       | Pour la fin de la journée, écrivez « avant minuit » plutôt que « avant 0h ».",
            "avant le 29 du mois précédent      | Le jour du mois doit être compris entre 2 et 28, pour exister tous les mois : « avant le 29 du mois précédent ».",
            "avant le 1er du mois précédent     | Le jour du mois doit être compris entre 2 et 28, pour exister tous les mois : « avant le 1er du mois précédent ».",
            "semaine S-0                        | Le nombre de semaines doit être compris entre 1 et 8 : « semaine S-0 ».",
            "semaine S-9                        | Le nombre de semaines doit être compris entre 1 et 8 : « semaine S-9 ».",
    })
    void bad_text_is_refused_with_a_french_reason(String text, String message) {
        assertEquals(new DeadlineRuleInput.Invalid(message), DeadlineRule.parse(text));
        var e = assertThrows(IllegalArgumentException.class, () -> DeadlineRule.of(text));
        assertEquals(message, e.getMessage());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t"})
    void no_text_asks_for_one(String text) {
        assertEquals(new DeadlineRuleInput.Invalid(DeadlineRule.EMPTY), DeadlineRule.parse(text));
    }

    @ParameterizedTest(name = "«{0}» ({1}) → «{2}»")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            J2_WORKING + "      | BOOKING      | Réservation au plus tard 2 jours ouvrés avant, avant 12 h (hors week-ends et jours fériés)",
            "J-1 avant 10h hors week-ends et jours fériés | BOOKING | Réservation au plus tard 1 jour ouvré avant, avant 10 h (hors week-ends et jours fériés)",
            "J-1 avant 18h    | BOOKING      | Réservation au plus tard la veille, avant 18 h",
            "J-1 avant 18h    | CANCELLATION | Annulation au plus tard la veille, avant 18 h",
            "J-0 avant 9h     | CANCELLATION | Annulation au plus tard le jour même, avant 9 h",
            "J-3 avant 8h30   | BOOKING      | Réservation au plus tard 3 jours avant, avant 8 h 30",
            "J-3              | BOOKING      | Réservation au plus tard 3 jours avant, avant minuit",
            "avant le 20 du mois précédent | BOOKING | Réservation avant le 20 du mois précédent (jusqu'au 19 inclus)",
            "avant le 2 du mois précédent  | BOOKING | Réservation avant le 2 du mois précédent (jusqu'au 1er inclus)",
            "semaine S-2      | BOOKING      | Réservation au plus tard le dimanche de la semaine S-2 (2 semaines avant la semaine réservée), avant minuit",
            "semaine S-1      | CANCELLATION | Annulation au plus tard le dimanche qui précède la semaine réservée, avant minuit (semaine S-1)",
    })
    void rules_in_words_for_parents(String rule, DeadlinePurpose purpose, String words) {
        assertEquals(words, DeadlineRule.of(rule).describe(purpose));
    }

    @Test
    void records_refuse_values_the_grammar_refuses() {
        assertThrows(IllegalArgumentException.class, () -> new DeadlineRule.DaysBefore(-1, LocalTime.NOON, false));
        assertThrows(IllegalArgumentException.class, () -> new DeadlineRule.DaysBefore(61, LocalTime.NOON, false));
        assertThrows(IllegalArgumentException.class, () -> new DeadlineRule.DaysBefore(1, LocalTime.of(12, 0, 30), false));
        assertThrows(IllegalArgumentException.class, () -> new DeadlineRule.BeforeDayOfPreviousMonth(29));
        assertThrows(IllegalArgumentException.class, () -> new DeadlineRule.WeeksBefore(0));
    }
}
