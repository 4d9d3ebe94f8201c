package fr.portailfamille.domain.accounts;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class LoginIdsTest {

    @ParameterizedTest(name = "highest {0} → next {1}")
    @CsvSource({
            "0, 1001",
            "1, 1001",
            "1000, 1001",
            "1001, 1002",
            "3154, 3155",
    })
    void the_next_id_follows_the_highest_and_has_four_digits_at_least(int highest, int next) {
        assertEquals(next, LoginIds.next(highest));
    }

    @Test
    void running_out_of_ids_is_not_silently_wrapped() {
        assertEquals(Integer.MAX_VALUE, LoginIds.next(Integer.MAX_VALUE - 1));
        assertThrows(IllegalStateException.class, () -> LoginIds.next(Integer.MAX_VALUE));
    }
}
