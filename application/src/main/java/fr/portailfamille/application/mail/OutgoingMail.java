package fr.portailfamille.application.mail;

import java.util.List;
import java.util.Objects;

/**
 * A mail to send: French text and HTML alternatives of the same message, and the files joined to it.
 *
 * @param attachments references to files, resolved into bytes only when the mail leaves (see {@link MailAttachment})
 */
public record OutgoingMail(String to, String from, String subject, String textBody, String htmlBody, List<MailAttachment> attachments) {

    public OutgoingMail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(textBody, "textBody");
        Objects.requireNonNull(htmlBody, "htmlBody");
        attachments = List.copyOf(attachments);
    }

    public OutgoingMail(String to, String from, String subject, String textBody, String htmlBody) {
        this(to, from, subject, textBody, htmlBody, List.of());
    }

    public OutgoingMail withAttachments(List<MailAttachment> files) {
        return new OutgoingMail(to, from, subject, textBody, htmlBody, files);
    }
}
