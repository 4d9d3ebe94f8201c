package fr.portailfamille.application.mail.port;

import fr.portailfamille.application.mail.*;
/** Out-port: hands one mail to the outside world (SMTP, or the development mailbox). */
public interface MailTransport {

    /** Name recorded with the mail once delivered, e.g. «smtp» or «dev-mailbox». */
    String name();

    /**
     * @param messageId stable id of the outbox row, sent as Message-ID so a receiving server can spot a duplicate
     * @throws MailDeliveryException when the mail was not accepted and may be tried again
     */
    void send(OutgoingMail mail, String messageId) throws MailDeliveryException;

    /**
     * Sends the mail with its attachments' bytes. A transport that cannot carry files refuses (the mail is then
     * retried, then FAILED) rather than send it without them.
     */
    default void send(OutgoingMail mail, java.util.List<MailAttachment.File> files, String messageId) throws MailDeliveryException {
        if (!files.isEmpty()) throw new MailDeliveryException(name() + " ne sait pas joindre de fichiers", null);
        send(mail, messageId);
    }

    final class MailDeliveryException extends Exception {
        public MailDeliveryException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
