package fr.portailfamille.mail;

import fr.portailfamille.application.mail.port.MailTransport;
import fr.portailfamille.application.mail.OutgoingMail;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Used when no SMTP relay is configured (development, demo): nothing leaves the machine. The outbox row in the
 * database is the stored copy, listed by the demo-only mailbox page.
 */
public final class DevelopmentMailbox implements MailTransport {

    private static final Logger LOG = Logger.getLogger(DevelopmentMailbox.class.getName());

    @Override
    public String name() {
        return "dev-mailbox";
    }

    /** The outbox row keeps the attachments' references: nothing to do with their bytes here. */
    @Override
    public void send(OutgoingMail mail, java.util.List<fr.portailfamille.application.mail.MailAttachment.File> files, String messageId) {
        send(mail, messageId);
    }

    @Override
    public void send(OutgoingMail mail, String messageId) {
        LOG.log(Level.FINE, "Mail {0} to {1} ({2}) kept in the development mailbox",
                new Object[] {messageId, mail.to(), mail.subject()});
    }
}
