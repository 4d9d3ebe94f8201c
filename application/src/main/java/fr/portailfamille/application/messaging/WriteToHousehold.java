package fr.portailfamille.application.messaging;

import fr.portailfamille.application.common.Actor;
import fr.portailfamille.application.common.FieldErrors;
import fr.portailfamille.application.common.Upload;
import fr.portailfamille.domain.messaging.MessageThread;
import fr.portailfamille.domain.messaging.TownService;

/** An agent writes first to one household, with a file if needed (checked as the families' ones); the family is told. */
public final class WriteToHousehold {

    private final MessagingPorts ports;
    private final ThreadSteps steps;

    public WriteToHousehold(MessagingPorts ports) {
        this.ports = ports;
        this.steps = new ThreadSteps(ports);
    }

    public MessageOutcome write(Actor agent, long householdId, TownService service, String subject, String text, Upload upload) {
        agent.requireStaff();
        ports.households().find(householdId).orElseThrow(Actor.NotAllowed::new);
        var errors = new FieldErrors();
        if (service == null) errors.add("service", "Choisissez le service qui écrit.");
        ThreadSteps.checkNewThread(subject, text, errors);
        var file = ThreadSteps.check(upload, errors);
        if (!errors.isEmpty()) return new MessageOutcome.Invalid(errors);
        return ports.transactions().inTransaction(() -> {
            var thread = ports.threads().create(MessageThread.startedByTown(householdId, service, subject, ports.clock().instant()));
            steps.store(thread.id(), agent, true, text, file);
            steps.tellFamily(thread);
            return new MessageOutcome.Sent(thread);
        });
    }
}
