package org.example.saintaubin;

import fr.portailfamille.application.mail.MailAttachment;
import fr.portailfamille.application.mail.port.MailTransport;
import fr.portailfamille.application.mail.OutgoingMail;

import java.util.ArrayList;
import java.util.List;

/**
 * Saint-Aubin's mail adapter: its town hall sends mail through its own courier system, modelled here as the post
 * room's tray. The core only ever sees {@link MailTransport}.
 */
public final class PostRoom implements MailTransport {

    /** A letter as it left the post room. */
    public record Letter(String messageId, String to, String subject, String text, List<String> files) {
    }

    private final List<Letter> tray = new ArrayList<>();

    @Override
    public String name() {
        return "courrier-saint-aubin";
    }

    @Override
    public synchronized void send(OutgoingMail mail, String messageId) {
        send(mail, List.of(), messageId);
    }

    @Override
    public synchronized void send(OutgoingMail mail, List<MailAttachment.File> files, String messageId) {
        tray.add(new Letter(messageId, mail.to(), mail.subject(), mail.textBody(), files.stream().map(MailAttachment.File::fileName).toList()));
    }

    public synchronized List<Letter> letters() {
        return List.copyOf(tray);
    }
}
