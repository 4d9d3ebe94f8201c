package fr.portailfamille.application.mail;

import fr.portailfamille.application.mail.port.*;
import java.util.Objects;

/**
 * A file joined to a mail, kept in the outbox as a reference («facture:PERI2610-000001») rather than its bytes: the
 * outbox stays small (a run mails thousands of PDFs) and the file is produced by {@link MailAttachments} when the
 * mail leaves.
 */
public record MailAttachment(String fileName, String contentType, String reference) {

    public MailAttachment {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(reference, "reference");
    }

    /** The bytes of an attachment, as the transport sends them. */
    public record File(String fileName, String contentType, byte[] content) {
    }
}
