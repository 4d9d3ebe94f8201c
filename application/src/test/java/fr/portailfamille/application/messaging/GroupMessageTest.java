package fr.portailfamille.application.messaging;

import fr.portailfamille.application.messaging.port.*;
import fr.portailfamille.application.common.Actor;
import fr.portailfamille.domain.accounts.Role;
import fr.portailfamille.domain.messaging.TownService;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GroupMessageTest {

    final MessagingTest scenario = new MessagingTest();

    /** Recipients as a fixed table: which households a school or an activity names. */
    record FixedRecipients(Map<String, List<Long>> bySchool, Map<Long, List<Long>> byActivity) implements Recipients {
        public List<Long> householdsWithChildAt(String school) {
            return bySchool.getOrDefault(school, List.of());
        }

        public List<Long> householdsEnrolledIn(long activityId) {
            return byActivity.getOrDefault(activityId, List.of());
        }
    }

    @Test
    void a_group_message_opens_one_private_thread_per_household_and_tells_each_family() {
        long dupont = scenario.household("Famille Dupont");
        long nguyen = scenario.household("Famille Nguyen");
        var marie = scenario.account("marie@exemple.fr", Role.PARENT, dupont);
        var lan = scenario.account("lan@exemple.fr", Role.PARENT, nguyen);
        var agent = scenario.account("agent@villepreux.fr", Role.AGENT, null);
        var recipients = new FixedRecipients(Map.of("Jules Ferry", List.of(dupont, nguyen)), Map.of());
        var sent = assertInstanceOf(SendGroupMessage.Result.Sent.class, new SendGroupMessage(scenario.ports, recipients).send(agent, new SendGroupMessage.Group.School("Jules Ferry"), TownService.SCOLAIRE, "Sortie scolaire", "La sortie au musée a lieu le 4 décembre.", fr.portailfamille.application.common.Upload.NONE));
        assertEquals(2, sent.households());
        assertEquals(1, scenario.familyThreads.familyThreads(marie).size());
        assertEquals(1, scenario.familyThreads.familyThreads(lan).size());
        assertTrue(scenario.familyThreads.familyThreads(marie).getFirst().unreadByFamily());
        assertEquals(1, scenario.center.unreadCount(lan.accountId()));
    }

    @Test
    void an_empty_group_or_bad_input_sends_nothing_and_says_why() {
        var agent = scenario.account("agent@villepreux.fr", Role.AGENT, null);
        var none = new FixedRecipients(Map.of(), Map.of());
        var empty = assertInstanceOf(SendGroupMessage.Result.Invalid.class, new SendGroupMessage(scenario.ports, none).send(agent, new SendGroupMessage.Group.Activity(3), TownService.SCOLAIRE, "Objet", "Texte", fr.portailfamille.application.common.Upload.NONE));
        assertEquals("Aucun foyer ne correspond : rien n'a été envoyé.", empty.errors().asMap().get("group"));
        var invalid = assertInstanceOf(SendGroupMessage.Result.Invalid.class, new SendGroupMessage(scenario.ports, none).send(agent, null, null, "", "", fr.portailfamille.application.common.Upload.NONE));
        assertEquals(4, invalid.errors().asMap().size());
        var parent = scenario.account("marie@exemple.fr", Role.PARENT, scenario.household("Famille Dupont"));
        assertThrows(Actor.NotAllowed.class, () -> new SendGroupMessage(scenario.ports, none).send(parent, new SendGroupMessage.Group.School("x"),
                TownService.SCOLAIRE, "Objet", "Texte", fr.portailfamille.application.common.Upload.NONE));
    }
}
