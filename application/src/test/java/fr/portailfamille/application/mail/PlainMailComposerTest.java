package fr.portailfamille.application.mail;

import fr.portailfamille.application.mail.port.*;
class PlainMailComposerTest extends MailComposerContract {
    @Override
    protected MailComposer composer() {
        return new PlainMailComposer();
    }
}
