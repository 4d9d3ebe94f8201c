package fr.portailfamille.application.mail;

import fr.portailfamille.application.mail.port.*;
import java.util.List;

/** Use case: the latest mails of the outbox, for the demo's development mailbox page. */
public final class ReadOutbox {

    private final MailOutbox outbox;

    public ReadOutbox(MailOutbox outbox) {
        this.outbox = outbox;
    }

    public List<QueuedMail> latest() {
        return outbox.latest(50);
    }
}
