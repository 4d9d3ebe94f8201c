package fr.portailfamille.application.mail;

class PlainMailComposerTest extends MailComposerContract {
    @Override
    protected MailComposer composer() {
        return new PlainMailComposer();
    }
}
