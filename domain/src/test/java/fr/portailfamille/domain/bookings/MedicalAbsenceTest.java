package fr.portailfamille.domain.bookings;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MedicalAbsenceTest {

    static final LocalDate TODAY = LocalDate.parse("2026-11-23");
    static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    static final MedicalAbsence.Certificate CERTIFICATE = new MedicalAbsence.Certificate("certificat.pdf", "application/pdf", "ab".repeat(32));

    @ParameterizedTest(name = "{0} → {1}: {2}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // first      | last       | problem on | message
            "2026-11-23 | 2026-11-23 | -        | -",
            "2026-11-20 | 2026-11-24 | -        | -",                          // began before, ends after today: after the deadline, allowed
            "2026-10-24 | 2026-10-24 | -        | -",                          // 30 days ago: still in time
            "2026-10-23 | 2026-10-23 | firstDay | " + MedicalAbsence.TOO_OLD,  // 31 days ago
            "2026-11-24 | 2026-11-23 | lastDay  | " + MedicalAbsence.ORDER,
            "2026-12-01 | 2026-12-31 | -        | -",                          // 31 days
            "2026-12-01 | 2027-01-01 | lastDay  | " + MedicalAbsence.TOO_LONG, // 32 days
    })
    void which_days_can_be_declared(LocalDate first, LocalDate last, String field, String message) {
        var problems = MedicalAbsence.problems(first, last, TODAY);
        if (field == null) assertTrue(problems.isEmpty(), problems.toString());
        else assertEquals(message, problems.get(field));
    }

    @Test
    void a_declaration_waits_then_is_validated_once() {
        var absence = MedicalAbsence.declare(1, 2, TODAY, TODAY.plusDays(1), CERTIFICATE, NOW).withId(7);
        assertTrue(absence.isPending());
        var validated = absence.validate(NOW.plusSeconds(60));
        assertEquals(MedicalAbsence.Status.VALIDATED, validated.status());
        assertEquals(NOW.plusSeconds(60), validated.decidedAt());
        assertThrows(IllegalStateException.class, () -> validated.refuse("trop tard", NOW));
        assertThrows(IllegalStateException.class, () -> validated.validate(NOW));
    }

    @Test
    void a_refusal_says_why() {
        var absence = MedicalAbsence.declare(1, 2, TODAY, TODAY, CERTIFICATE, NOW).withId(7);
        assertThrows(IllegalArgumentException.class, () -> absence.refuse("  ", NOW));
        var refused = absence.refuse("  Certificat illisible ", NOW);
        assertEquals("Certificat illisible", refused.refusalReason());
        assertEquals(MedicalAbsence.Status.REFUSED, refused.status());
    }

    @Test
    void it_covers_its_days_only() {
        var absence = MedicalAbsence.declare(1, 2, TODAY, TODAY.plusDays(2), CERTIFICATE, NOW);
        assertFalse(absence.covers(TODAY.minusDays(1)));
        assertTrue(absence.covers(TODAY));
        assertTrue(absence.covers(TODAY.plusDays(2)));
        assertFalse(absence.covers(TODAY.plusDays(3)));
        assertEquals("du lundi 23 novembre 2026 au mercredi 25 novembre 2026", absence.daysInWords());
    }
}
