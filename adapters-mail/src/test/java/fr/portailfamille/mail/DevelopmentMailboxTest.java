package fr.portailfamille.mail;

import fr.portailfamille.application.mail.OutgoingMail;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

class DevelopmentMailboxTest {

    @Test
    void keeps_mails_without_sending_anything() {
        var mailbox = new DevelopmentMailbox();
        var mail = new OutgoingMail("parent@example.org", "espace.services@villepreux.fr", "Objet", "texte", "<p>html</p>");

        assertEquals("dev-mailbox", mailbox.name());
        assertDoesNotThrow(() -> mailbox.send(mail, "<outbox-1@portail-famille>"));
    }
}
