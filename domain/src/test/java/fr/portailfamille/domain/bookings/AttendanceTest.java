package fr.portailfamille.domain.bookings;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AttendanceTest {

    @ParameterizedTest(name = "marked {0}, validated absence {1} → {2}")
    @CsvSource(nullValues = "-", value = {
            "-,       false, UNMARKED",
            "PRESENT, false, PRESENT",
            "ABSENT,  false, ABSENT",
            "-,       true,  JUSTIFIED",
            "ABSENT,  true,  JUSTIFIED",
            "PRESENT, true,  JUSTIFIED", // the certificate came after the agent's mark: the town validated it
            "PRESENT_WITHOUT_BOOKING, false, PRESENT", // came without a booking, booked since (a waiting place freed)
    })
    void what_the_register_shows(Attendance marked, boolean validated, Attendance shown) {
        assertEquals(shown, Attendance.of(marked, validated));
    }
}
