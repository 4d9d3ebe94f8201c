package fr.portailfamille.application.messaging;

import fr.portailfamille.application.common.Actor;
import fr.portailfamille.application.common.FieldErrors;
import fr.portailfamille.application.common.Upload;
import fr.portailfamille.domain.messaging.MessageThread;
import fr.portailfamille.domain.messaging.TownService;

/** A family writes to a town service, with a file if needed: a new thread. */
public final class WriteToTown {

    private final MessagingPorts ports;
    private final ThreadSteps steps;

    public WriteToTown(MessagingPorts ports) {
        this.ports = ports;
        this.steps = new ThreadSteps(ports);
    }

    public MessageOutcome write(Actor parent, TownService service, String subject, String text, Upload upload) {
        long householdId = steps.household(parent).orElseThrow(Actor.NotAllowed::new);
        var errors = new FieldErrors();
        if (service == null) errors.add("service", "Choisissez le service à qui écrire.");
        ThreadSteps.checkNewThread(subject, text, errors);
        var file = ThreadSteps.check(upload, errors);
        if (!errors.isEmpty()) return new MessageOutcome.Invalid(errors);
        return ports.transactions().inTransaction(() -> {
            var thread = ports.threads().create(MessageThread.startedByFamily(householdId, service, subject, ports.clock().instant()));
            steps.store(thread.id(), parent, false, text, file);
            return new MessageOutcome.Sent(thread);
        });
    }
}
