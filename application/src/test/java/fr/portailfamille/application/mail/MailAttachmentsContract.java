package fr.portailfamille.application.mail;

import fr.portailfamille.application.mail.port.*;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Contract of {@link MailAttachments}: every implementation runs it (the invoices' documents, {@link MailAttachments#NONE}).
 * A reference that names nothing gives nothing — the mail then fails and is retried, rather than leave without its file.
 */
public abstract class MailAttachmentsContract {

    protected abstract MailAttachments attachments();

    /** A reference to something stored, and the first bytes its content starts with; empty for an implementation that holds nothing. */
    protected abstract Optional<Stored> stored();

    public record Stored(String reference, byte[] startsWith) {
    }

    @Test
    void a_reference_that_names_nothing_gives_nothing() {
        for (String reference : new String[] {"facture:PERI2610-999999", "facture:", "texte:1", "", "FACTURE:PERI2610-000001", null}) {
            assertEquals(Optional.empty(), attachments().content(reference), reference);
        }
    }

    @Test
    void a_stored_reference_gives_the_same_content_each_time() {
        stored().ifPresent(stored -> {
            byte[] first = attachments().content(stored.reference()).orElseThrow();
            assertTrue(first.length > stored.startsWith().length);
            assertArrayEquals(stored.startsWith(), Arrays.copyOf(first, stored.startsWith().length));
            assertArrayEquals(first, attachments().content(stored.reference()).orElseThrow());
        });
    }
}
