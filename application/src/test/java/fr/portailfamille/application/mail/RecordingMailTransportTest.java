package fr.portailfamille.application.mail;

import fr.portailfamille.application.mail.port.*;
import java.util.ArrayList;
import java.util.List;

class RecordingMailTransportTest extends MailTransportContract {

    private final RecordingMailTransport transport = new RecordingMailTransport();

    @Override
    protected MailTransport transport() {
        return transport;
    }

    @Override
    protected List<Delivered> delivered() {
        var delivered = new ArrayList<Delivered>();
        for (int i = 0; i < transport.delivered.size(); i++) {
            var mail = transport.delivered.get(i);
            delivered.add(new Delivered(transport.messageIds.get(i), mail.to(), mail.subject()));
        }
        return delivered;
    }

    @Override
    protected boolean carriesFiles() {
        return false;
    }
}
