package fr.portailfamille.application.mail;

import fr.portailfamille.application.mail.port.*;
import java.util.ArrayList;
import java.util.List;

/** Test transport: keeps what it was given; can be told to refuse the next mails. */
public final class RecordingMailTransport implements MailTransport {

    public final List<OutgoingMail> delivered = new ArrayList<>();
    /** The message id each delivered mail was sent with, in the same order. */
    public final List<String> messageIds = new ArrayList<>();
    private int refusalsLeft;

    public void refuseNext(int count) {
        refusalsLeft = count;
    }

    @Override
    public String name() {
        return "recording";
    }

    @Override
    public synchronized void send(OutgoingMail mail, String messageId) throws MailDeliveryException {
        if (refusalsLeft > 0) {
            refusalsLeft--;
            throw new MailDeliveryException("serveur indisponible", null);
        }
        delivered.add(mail);
        messageIds.add(messageId);
    }
}
