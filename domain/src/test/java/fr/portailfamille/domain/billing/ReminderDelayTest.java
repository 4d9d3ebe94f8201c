package fr.portailfamille.domain.billing;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ReminderDelayTest {

    @ParameterizedTest(name = "«{0}» → {1}")
    @CsvSource(delimiter = '|', value = {
            "15|15", " 1 |1", "90|90",
            "0|Le délai est compris entre 1 et 90 jours.", "91|Le délai est compris entre 1 et 90 jours.",
            "365|Le délai est compris entre 1 et 90 jours.", "99999999999|Le délai est un nombre entier de jours, par exemple 15.",
            "-3|Le délai est un nombre entier de jours, par exemple 15.", "15,5|Le délai est un nombre entier de jours, par exemple 15.",
            "quinze|Le délai est un nombre entier de jours, par exemple 15.", "'  '|Indiquez après combien de jours une facture impayée est rappelée."})
    void an_admin_enters_between_1_and_90_days(String raw, String expected) {
        String actual = switch (ReminderDelay.parse(raw)) {
            case ReminderDelay.Parsed.Valid valid -> Integer.toString(valid.delay().days());
            case ReminderDelay.Parsed.Invalid invalid -> invalid.message();
        };
        assertEquals(expected, actual);
    }

    @ParameterizedTest
    @NullSource
    void nothing_entered_is_refused(String raw) {
        assertEquals(new ReminderDelay.Parsed.Invalid("Indiquez après combien de jours une facture impayée est rappelée."), ReminderDelay.parse(raw));
        assertThrows(IllegalArgumentException.class, () -> new ReminderDelay(91));
    }
}
