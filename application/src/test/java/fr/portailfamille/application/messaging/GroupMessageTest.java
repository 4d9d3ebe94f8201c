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
        var sent = assertInstanceOf(Messaging.GroupResult.Sent.class, scenario.messaging.writeToGroup(agent, new Messaging.Group.School("Jules Ferry"),
                recipients, TownService.SCOLAIRE, "Sortie scolaire", "La sortie au musée a lieu le 4 décembre.", Messaging.Upload.NONE));
        assertEquals(2, sent.households());
        assertEquals(1, scenario.messaging.familyThreads(marie).size());
        assertEquals(1, scenario.messaging.familyThreads(lan).size());
        assertTrue(scenario.messaging.familyThreads(marie).getFirst().unreadByFamily());
        assertEquals(1, scenario.center.unreadCount(lan.accountId()));
    }

    @Test
    void the_page_writes_to_a_group_through_the_use_case_which_holds_the_recipients() {
        long dupont = scenario.household("Famille Dupont");
        var marie = scenario.account("marie@exemple.fr", Role.PARENT, dupont);
        var agent = scenario.account("agent@villepreux.fr", Role.AGENT, null);
        var toGroup = new WriteToGroup(scenario.messaging, new FixedRecipients(Map.of(), Map.of(7L, List.of(dupont))));
        var sent = assertInstanceOf(Messaging.GroupResult.Sent.class, toGroup.write(agent, new Messaging.Group.Activity(7), TownService.SCOLAIRE,
                "Mercredis", "Le centre ferme à 17 h mercredi.", Messaging.Upload.NONE));
        assertEquals(1, sent.households());
        assertEquals(1, scenario.messaging.familyThreads(marie).size());
        assertThrows(Actor.NotAllowed.class, () -> toGroup.write(marie, new Messaging.Group.Activity(7), TownService.SCOLAIRE, "Objet", "Texte",
                Messaging.Upload.NONE));
    }

    @Test
    void an_empty_group_or_bad_input_sends_nothing_and_says_why() {
        var agent = scenario.account("agent@villepreux.fr", Role.AGENT, null);
        var none = new FixedRecipients(Map.of(), Map.of());
        var empty = assertInstanceOf(Messaging.GroupResult.Invalid.class, scenario.messaging.writeToGroup(agent, new Messaging.Group.Activity(3),
                none, TownService.SCOLAIRE, "Objet", "Texte", Messaging.Upload.NONE));
        assertEquals("Aucun foyer ne correspond : rien n'a été envoyé.", empty.errors().asMap().get("group"));
        var invalid = assertInstanceOf(Messaging.GroupResult.Invalid.class, scenario.messaging.writeToGroup(agent, null, none, null, "", "", Messaging.Upload.NONE));
        assertEquals(4, invalid.errors().asMap().size());
        var parent = scenario.account("marie@exemple.fr", Role.PARENT, scenario.household("Famille Dupont"));
        assertThrows(Actor.NotAllowed.class, () -> scenario.messaging.writeToGroup(parent, new Messaging.Group.School("x"), none,
                TownService.SCOLAIRE, "Objet", "Texte", Messaging.Upload.NONE));
    }
}
