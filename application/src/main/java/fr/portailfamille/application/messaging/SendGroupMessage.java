package fr.portailfamille.application.messaging;

import fr.portailfamille.application.messaging.port.*;
import fr.portailfamille.application.common.Actor;
import fr.portailfamille.application.common.FieldErrors;
import fr.portailfamille.application.common.Upload;
import fr.portailfamille.domain.messaging.MessageThread;
import fr.portailfamille.domain.messaging.TownService;

/**
 * An agent writes to a group (every household with a child at a school, or enrolled in an activity): one thread
 * per household, so each family answers privately; a file goes with each household's message.
 */
public final class SendGroupMessage {

    /** Who a group message goes to. */
    public sealed interface Group {
        record School(String name) implements Group {
        }

        record Activity(long activityId) implements Group {
        }
    }

    public sealed interface Result {
        /** @param households how many households got the message (one thread each) */
        record Sent(int households) implements Result {
        }

        record Invalid(FieldErrors errors) implements Result {
        }
    }

    private final MessagingPorts ports;
    private final Recipients recipients;
    private final ThreadSteps steps;

    public SendGroupMessage(MessagingPorts ports, Recipients recipients) {
        this.ports = ports;
        this.recipients = recipients;
        this.steps = new ThreadSteps(ports);
    }

    public Result send(Actor agent, Group group, TownService service, String subject, String text, Upload upload) {
        agent.requireStaff();
        var errors = new FieldErrors();
        if (group == null) errors.add("group", "Choisissez à qui écrire : une école ou une activité.");
        if (service == null) errors.add("service", "Choisissez le service qui écrit.");
        ThreadSteps.checkNewThread(subject, text, errors);
        var file = ThreadSteps.check(upload, errors);
        if (!errors.isEmpty()) return new Result.Invalid(errors);
        var households = switch (group) {
            case Group.School school -> recipients.householdsWithChildAt(school.name());
            case Group.Activity activity -> recipients.householdsEnrolledIn(activity.activityId());
        };
        if (households.isEmpty()) return new Result.Invalid(new FieldErrors().add("group", "Aucun foyer ne correspond : rien n'a été envoyé."));
        ports.transactions().run(() -> {
            for (long household : households) {
                var thread = ports.threads().create(MessageThread.startedByTown(household, service, subject, ports.clock().instant()));
                steps.store(thread.id(), agent, true, text, file);
                steps.tellFamily(thread);
            }
        });
        return new Result.Sent(households.size());
    }
}
