package fr.portailfamille.application.mail;

import fr.portailfamille.application.mail.port.*;
import fr.portailfamille.application.mail.port.MailTransport.MailDeliveryException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Contract of {@link MailTransport}: every adapter runs it (the recording transport, the development mailbox, SMTP on
 * GreenMail). What each adapter's far side saw is read back as {@link Delivered}: the message id, the recipient and the
 * subject, which every transport keeps.
 */
public abstract class MailTransportContract {

    /** What the other side received for one mail. */
    public record Delivered(String messageId, String to, String subject) {
    }

    /** A transport with nothing delivered yet. */
    protected abstract MailTransport transport();

    /** Everything delivered since {@link #transport()}, in the order it arrived. */
    protected abstract List<Delivered> delivered() throws Exception;

    /** Whether this transport carries the files of a mail; one that does not must refuse such a mail. */
    protected abstract boolean carriesFiles();

    static final OutgoingMail MAIL = new OutgoingMail("parent@exemple.fr", "espace.services@exemple.fr",
            "Création compte portail famille – Mairie d'Exemple", "Bonjour « Famille »", "<p>Bonjour &laquo; Famille &raquo;</p>");

    @Test
    void its_name_is_a_short_stable_word_recorded_with_each_mail() {
        var transport = transport();
        assertTrue(transport.name().matches("[a-z][a-z-]{1,30}"), transport.name());
        assertEquals(transport.name(), transport.name());
    }

    @Test
    void a_mail_is_delivered_once_with_its_message_id_recipient_and_french_subject() throws Exception {
        transport().send(MAIL, "<outbox-1@portail-famille>");
        assertEquals(List.of(new Delivered("<outbox-1@portail-famille>", "parent@exemple.fr", MAIL.subject())), delivered());
    }

    @Test
    void mails_are_delivered_in_order_each_with_its_own_id() throws Exception {
        var transport = transport();
        transport.send(MAIL, "<outbox-1@portail-famille>");
        transport.send(new OutgoingMail("autre@exemple.fr", MAIL.from(), "Facture de novembre", "t", "<p>t</p>"), "<outbox-2@portail-famille>");
        assertEquals(List.of(new Delivered("<outbox-1@portail-famille>", "parent@exemple.fr", MAIL.subject()),
                new Delivered("<outbox-2@portail-famille>", "autre@exemple.fr", "Facture de novembre")), delivered());
    }

    @Test
    void a_mail_with_files_is_carried_whole_or_refused_never_sent_without_them() throws Exception {
        var transport = transport();
        var files = List.of(new MailAttachment.File("facture-PERI2610-000001.pdf", "application/pdf",
                "%PDF-1.7 facture".getBytes(StandardCharsets.US_ASCII)));
        if (carriesFiles()) {
            transport.send(MAIL, files, "<outbox-3@portail-famille>");
            assertEquals(List.of(new Delivered("<outbox-3@portail-famille>", "parent@exemple.fr", MAIL.subject())), delivered());
        } else {
            assertThrows(MailDeliveryException.class, () -> transport.send(MAIL, files, "<outbox-3@portail-famille>"));
            assertEquals(List.of(), delivered());
        }
    }
}
