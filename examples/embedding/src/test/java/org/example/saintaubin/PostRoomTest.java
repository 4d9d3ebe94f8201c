package org.example.saintaubin;

import fr.portailfamille.application.mail.port.MailTransport;
import fr.portailfamille.application.mail.MailTransportContract;

import java.util.List;

/** The town's own mail adapter keeps the core's promise on mail, as the portal's SMTP transport does. */
class PostRoomTest extends MailTransportContract {

    private final PostRoom postRoom = new PostRoom();

    @Override
    protected MailTransport transport() {
        return postRoom;
    }

    @Override
    protected List<Delivered> delivered() {
        return postRoom.letters().stream().map(l -> new Delivered(l.messageId(), l.to(), l.subject())).toList();
    }

    @Override
    protected boolean carriesFiles() {
        return true;
    }
}
