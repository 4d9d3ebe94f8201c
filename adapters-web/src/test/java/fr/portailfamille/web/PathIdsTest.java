package fr.portailfamille.web;

import fr.portailfamille.application.common.Actor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PathIdsTest {

    @Test
    void a_positive_number_is_an_id() {
        assertEquals(42L, PathIds.parse("42"));
        assertEquals(Long.MAX_VALUE, PathIds.parse("9223372036854775807"));
        assertEquals(Optional.of(7L), PathIds.optional("7"));
    }

    /** Each of these is a page that does not exist: Actor.NotAllowed, which ErrorPages answers with a 404. */
    @ParameterizedTest(name = "«{0}» ⇒ 404")
    @NullAndEmptySource
    @ValueSource(strings = {"abc", "12a", "1.5", "9223372036854775808", "99999999999999999999", "-1", "0", "+3", " 3", "٣"})
    void anything_else_is_not_found(String text) {
        assertThrows(Actor.NotAllowed.class, () -> PathIds.parse(text));
        assertEquals(Optional.empty(), PathIds.optional(text));
    }
}
