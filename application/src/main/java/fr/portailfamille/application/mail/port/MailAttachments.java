package fr.portailfamille.application.mail.port;

import java.util.Optional;

/** Out-port: the bytes behind an attachment's reference, produced when the mail leaves; empty when it names nothing. */
public interface MailAttachments {

    Optional<byte[]> content(String reference);

    /** For a portal whose mails carry no attachment. */
    MailAttachments NONE = reference -> Optional.empty();
}
