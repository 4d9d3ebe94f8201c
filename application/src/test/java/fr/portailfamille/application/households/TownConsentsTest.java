package fr.portailfamille.application.households;

import fr.portailfamille.application.common.Actor;
import fr.portailfamille.domain.accounts.Role;
import fr.portailfamille.domain.households.ConsentQuestion;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TownConsentsTest {

    final InMemoryHouseholdsPorts memory = new InMemoryHouseholdsPorts();
    final TownConsents consents = new TownConsents(memory.ports);
    final Actor admin = new Actor(1, Role.ADMIN);

    @Test
    void an_admin_adds_a_question_and_rewords_one_as_a_new_version() {
        assertTrue(consents.publish(admin, "", "Sorties hors de l'école", false).isEmpty());
        assertTrue(consents.publish(admin, "droit-image", "Droit à l'image (photos et vidéos)", true).isEmpty());
        assertEquals(List.of(new ConsentQuestion("droit-image", 2, "Droit à l'image (photos et vidéos)", true),
                new ConsentQuestion("sorties-hors-de-l-ecole", 1, "Sorties hors de l'école", false)), consents.current(admin));
    }

    @Test
    void two_new_questions_with_the_same_words_get_two_codes() {
        consents.publish(admin, "", "Droit à l'image", false);
        assertEquals(List.of("droit-image", "droit-a-l-image"), consents.current(admin).stream().map(ConsentQuestion::code).toList());
        consents.publish(admin, "", "Droit à l'image", false);
        assertEquals("droit-a-l-image-2", consents.current(admin).getLast().code());
    }

    @Test
    void refusals_are_in_french_and_only_admins_publish() {
        assertEquals("Le champ « Question posée aux familles » est obligatoire.", consents.publish(admin, "", " ", true).asMap().get("label"));
        assertTrue(consents.publish(admin, "inconnue", "Une question", true).asMap().containsKey("code"));
        assertTrue(consents.publish(admin, "", "« ! »", true).asMap().containsKey("label"));
        assertThrows(Actor.NotAllowed.class, () -> consents.publish(new Actor(2, Role.AGENT), "", "Sorties", true));
        assertThrows(Actor.NotAllowed.class, () -> consents.current(new Actor(3, Role.PARENT)));
        assertEquals(1, consents.current(admin).size());
    }
}
