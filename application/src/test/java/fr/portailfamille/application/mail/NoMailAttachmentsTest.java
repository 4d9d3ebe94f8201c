package fr.portailfamille.application.mail;

import fr.portailfamille.application.mail.port.*;
import java.util.Optional;

class NoMailAttachmentsTest extends MailAttachmentsContract {

    @Override
    protected MailAttachments attachments() {
        return MailAttachments.NONE;
    }

    @Override
    protected Optional<Stored> stored() {
        return Optional.empty();
    }
}
