package fr.portailfamille.mail;

import fr.portailfamille.application.mail.port.MailComposer;
import fr.portailfamille.application.mail.MailComposerContract;

class FreemarkerMailComposerContractTest extends MailComposerContract {
    @Override
    protected MailComposer composer() {
        return new FreemarkerMailComposer();
    }
}
