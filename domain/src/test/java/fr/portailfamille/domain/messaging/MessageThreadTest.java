package fr.portailfamille.domain.messaging;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MessageThreadTest {

    static final Instant T0 = Instant.parse("2026-11-23T08:00:00Z");

    @Test
    void a_family_message_is_unread_by_the_town_until_an_agent_opens_it() {
        var thread = MessageThread.startedByFamily(4, TownService.ESPACE_SERVICES, " Certificat ", T0);
        assertEquals("Certificat", thread.subject());
        assertTrue(thread.unreadByTown());
        assertFalse(thread.unreadByFamily());
        var read = thread.readBy(true);
        assertFalse(read.unreadByTown());
        var replied = read.afterMessage(true, T0.plusSeconds(60));
        assertTrue(replied.unreadByFamily());
        assertFalse(replied.unreadByTown());
        assertEquals(T0.plusSeconds(60), replied.lastMessageAt());
        assertFalse(replied.readBy(false).unreadByFamily());
        assertFalse(replied.readBy(true).unreadByTown());
        assertTrue(replied.readBy(true).unreadByFamily(), "an agent reading does not read for the family");
    }

    @Test
    void a_family_writing_again_reopens_a_closed_thread_but_a_town_reply_does_not() {
        var closed = MessageThread.startedByFamily(4, TownService.REGIE, "Facture", T0).closed();
        assertFalse(closed.open());
        assertFalse(closed.afterMessage(true, T0).open());
        assertTrue(closed.afterMessage(false, T0).open());
    }

    @Test
    void subject_and_text_are_required_and_bounded_with_french_messages() {
        assertEquals(java.util.List.of("L'objet du message est obligatoire.", "Le texte du message est obligatoire."), MessageThread.problems(" ", ""));
        assertEquals(1, MessageThread.problems("x".repeat(151), "texte").size());
        assertEquals(1, Message.problems("x".repeat(10_001)).size());
        assertTrue(MessageThread.problems("Objet", "Texte").isEmpty());
    }
}
