package fr.portailfamille.application.messaging;

import fr.portailfamille.application.common.Actor;
import fr.portailfamille.application.common.FieldErrors;
import fr.portailfamille.application.common.Upload;
import fr.portailfamille.application.households.UploadedFile;
import fr.portailfamille.domain.messaging.Message;
import fr.portailfamille.domain.messaging.MessageThread;
import fr.portailfamille.domain.messaging.NotificationKind;

import java.util.Optional;

/**
 * The steps every messaging use case shares: who may see a thread (its household or staff, 404 otherwise), how a
 * message and its file are checked and kept, and how the family hears of the town's message.
 */
final class ThreadSteps {

    private final MessagingPorts ports;

    ThreadSteps(MessagingPorts ports) {
        this.ports = ports;
    }

    MessageThread visible(Actor actor, long threadId) {
        var thread = ports.threads().find(threadId).orElseThrow(Actor.NotAllowed::new);
        if (!actor.role().isStaff() && household(actor).filter(h -> h == thread.householdId()).isEmpty()) throw new Actor.NotAllowed();
        return thread;
    }

    Optional<Long> household(Actor parent) {
        return ports.households().householdOf(parent.accountId());
    }

    String familyName(long householdId) {
        return ports.households().find(householdId).map(h -> h.name()).orElse("Famille");
    }

    /** A new thread's subject and first message, each problem under its field. */
    static void checkNewThread(String subject, String text, FieldErrors errors) {
        MessageThread.problems(subject, text).forEach(p -> errors.add(p.startsWith("L'objet") ? "subject" : "text", p));
    }

    static Optional<UploadedFile> check(Upload upload, FieldErrors errors) {
        if (upload == null || !upload.present()) return Optional.empty();
        return switch (UploadedFile.check(upload.fileName(), upload.content(), upload.tooLarge())) {
            case UploadedFile.Check.Accepted accepted -> Optional.of(accepted.file());
            case UploadedFile.Check.Refused refused -> {
                errors.add("file", refused.message().replace("votre justificatif", "votre pièce jointe"));
                yield Optional.empty();
            }
        };
    }

    void store(long threadId, Actor author, boolean fromTown, String text, Optional<UploadedFile> file) {
        var attachment = file.map(f -> new Message.Attachment(f.displayName(), f.type().mediaType(), f.content().length)).orElse(null);
        ports.threads().add(new Message(0, threadId, author.accountId(), fromTown, text.strip(), ports.clock().instant(), attachment),
                file.map(UploadedFile::content).orElse(null));
    }

    /** Every parent account of the household hears of it; the notification carries the service, not the text. */
    void tellFamily(MessageThread thread) {
        for (long account : ports.households().accountsOf(thread.householdId())) {
            ports.notifier().notify(account, NotificationKind.NEW_MESSAGE, "Nouveau message " + thread.service().from(), "/messagerie/" + thread.id());
        }
    }
}
