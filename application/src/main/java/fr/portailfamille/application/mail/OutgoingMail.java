package fr.portailfamille.application.mail;

import java.util.Objects;

/** A mail to send: French text and HTML alternatives of the same message. */
public record OutgoingMail(String to, String from, String subject, String textBody, String htmlBody) {

    public OutgoingMail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(textBody, "textBody");
        Objects.requireNonNull(htmlBody, "htmlBody");
    }
}
