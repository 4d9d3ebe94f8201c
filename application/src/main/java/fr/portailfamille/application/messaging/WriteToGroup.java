package fr.portailfamille.application.messaging;

import fr.portailfamille.application.common.Actor;
import fr.portailfamille.application.messaging.port.Recipients;
import fr.portailfamille.domain.messaging.TownService;

/**
 * An agent writes to every household of a school or an activity: one thread per household. The households come
 * from the {@link Recipients} out-port, which the pages do not hold: the web calls use cases only.
 */
public final class WriteToGroup {

    private final Messaging messaging;
    private final Recipients recipients;

    public WriteToGroup(Messaging messaging, Recipients recipients) {
        this.messaging = messaging;
        this.recipients = recipients;
    }

    public Messaging.GroupResult write(Actor agent, Messaging.Group group, TownService service, String subject, String text, Messaging.Upload upload) {
        return messaging.writeToGroup(agent, group, recipients, service, subject, text, upload);
    }
}
