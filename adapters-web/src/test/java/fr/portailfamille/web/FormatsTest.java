package fr.portailfamille.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FormatsTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "0:0:0:0:0:0:0:1         | localhost",
            "::1                     | localhost",
            "127.0.0.1               | localhost",
            "[0:0:0:0:0:0:0:1]       | localhost",
            "::ffff:192.168.1.20     | 192.168.1.20",
            "0:0:0:0:0:ffff:10.0.0.7 | 10.0.0.7",
            "10.0.0.7                | 10.0.0.7",
            "2001:0db8:0:0:0:0:0:1   | 2001:db8::1",
            "2001:db8:0:1:0:0:0:5    | 2001:db8:0:1::5",
            "fe80:1:2:3:4:5:6:7      | fe80:1:2:3:4:5:6:7",
            "2001:db8::7             | 2001:db8::7",
            "''                      | —",
    })
    void an_address_reads_as_a_person_writes_it(String stored, String shown) {
        assertEquals(shown, Formats.FRENCH.address(stored));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "2026-11-20 | 20/11/2026",
            "pas une date | pas une date",
    })
    void an_iso_date_answer_reads_in_french(String stored, String shown) {
        assertEquals(shown, Formats.FRENCH.isoDay(stored));
    }

    @org.junit.jupiter.api.Test
    void a_month_is_said_in_french_words() {
        assertEquals("mai 2021", Formats.FRENCH.month(java.time.YearMonth.of(2021, 5)));
        assertEquals("décembre 2026", Formats.FRENCH.month(java.time.YearMonth.of(2026, 12)));
    }
}
