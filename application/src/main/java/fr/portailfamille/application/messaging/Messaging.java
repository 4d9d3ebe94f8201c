package fr.portailfamille.application.messaging;

import fr.portailfamille.application.messaging.port.*;
import fr.portailfamille.application.common.Actor;
import fr.portailfamille.application.common.FieldErrors;
import fr.portailfamille.application.common.port.Transactions;
import fr.portailfamille.application.households.port.HouseholdRepository;
import fr.portailfamille.application.households.UploadedFile;
import fr.portailfamille.domain.messaging.Message;
import fr.portailfamille.domain.messaging.MessageThread;
import fr.portailfamille.domain.messaging.NotificationKind;
import fr.portailfamille.domain.messaging.TownService;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * «Messagerie»: a family writes to a town service and reads the replies; agents work from their service's inbox,
 * reply, take a thread, close it, or write first to a household. A family sees only its own threads (404
 * otherwise). The family is told of a reply in the portal and by mail, without the message's text.
 */
public final class Messaging {

    /** A file sent with a message; {@code tooLarge} when the reader stopped at the size limit. */
    public record Upload(String fileName, byte[] content, boolean tooLarge) {
        public static final Upload NONE = new Upload(null, null, false);

        public boolean present() {
            return tooLarge || content != null && content.length > 0 || fileName != null && !fileName.isBlank();
        }
    }

    /** @param householdName «Famille DUPONT»: who the agent answers */
    public record Conversation(MessageThread thread, List<Message> messages, String householdName) {
    }

    public record Attachment(Message message, byte[] content) {
    }

    public sealed interface Result {
        record Sent(MessageThread thread) implements Result {
        }

        record Invalid(FieldErrors errors) implements Result {
        }
    }

    private final ThreadRepository threads;
    private final HouseholdRepository households;
    private final Notifier notifier;
    private final Transactions transactions;
    private final Clock clock;

    public Messaging(ThreadRepository threads, HouseholdRepository households, Notifier notifier, Transactions transactions, Clock clock) {
        this.threads = threads;
        this.households = households;
        this.notifier = notifier;
        this.transactions = transactions;
        this.clock = clock;
    }

    public List<MessageThread> familyThreads(Actor parent) {
        return household(parent).map(threads::ofHousehold).orElse(List.of());
    }

    public long unreadForFamily(Actor parent) {
        return familyThreads(parent).stream().filter(MessageThread::unreadByFamily).count();
    }

    /** A thread of a service's inbox and the family it is with. */
    public record InboxLine(MessageThread thread, String householdName) {
    }

    /** A service's threads, each with its family's name (one read per family). */
    public List<InboxLine> inbox(Actor agent, TownService service, boolean openOnly) {
        agent.requireStaff();
        var names = new java.util.HashMap<Long, String>();
        return threads.inbox(service, openOnly).stream()
                .map(t -> new InboxLine(t, names.computeIfAbsent(t.householdId(), this::familyName))).toList();
    }

    private String familyName(long householdId) {
        return households.find(householdId).map(h -> h.name()).orElse("Famille");
    }

    /** Opens a thread the actor may see, marking its messages read for the actor's side. */
    public Conversation open(Actor actor, long threadId) {
        return transactions.inTransaction(() -> {
            var thread = visible(actor, threadId);
            var read = thread.readBy(actor.role().isStaff());
            if (!read.equals(thread)) threads.update(read);
            return new Conversation(read, threads.messages(threadId), familyName(read.householdId()));
        });
    }

    /** A family's new message to a service. */
    public Result write(Actor parent, TownService service, String subject, String text, Upload upload) {
        long householdId = household(parent).orElseThrow(Actor.NotAllowed::new);
        var errors = new FieldErrors();
        if (service == null) errors.add("service", "Choisissez le service à qui écrire.");
        MessageThread.problems(subject, text).forEach(p -> errors.add(p.startsWith("L'objet") ? "subject" : "text", p));
        var file = check(upload, errors);
        if (!errors.isEmpty()) return new Result.Invalid(errors);
        return transactions.inTransaction(() -> {
            var now = clock.instant();
            var thread = threads.create(MessageThread.startedByFamily(householdId, service, subject, now));
            store(thread.id(), parent, false, text, file);
            return new Result.Sent(thread);
        });
    }

    /** An agent writes first to one household, with a file if needed (checked as the families' ones). */
    public Result writeToHousehold(Actor agent, long householdId, TownService service, String subject, String text, Upload upload) {
        agent.requireStaff();
        households.find(householdId).orElseThrow(Actor.NotAllowed::new);
        var errors = new FieldErrors();
        if (service == null) errors.add("service", "Choisissez le service qui écrit.");
        MessageThread.problems(subject, text).forEach(p -> errors.add(p.startsWith("L'objet") ? "subject" : "text", p));
        var file = check(upload, errors);
        if (!errors.isEmpty()) return new Result.Invalid(errors);
        return transactions.inTransaction(() -> {
            var thread = threads.create(MessageThread.startedByTown(householdId, service, subject, clock.instant()));
            store(thread.id(), agent, true, text, file);
            tellFamily(thread);
            return new Result.Sent(thread);
        });
    }

    /** Who a group message goes to. */
    public sealed interface Group {
        record School(String name) implements Group {
        }

        record Activity(long activityId) implements Group {
        }
    }

    public sealed interface GroupResult {
        /** @param households how many households got the message (one thread each) */
        record Sent(int households) implements GroupResult {
        }

        record Invalid(FieldErrors errors) implements GroupResult {
        }
    }

    /**
     * An agent writes to a group (every household with a child at a school, or enrolled in an activity): one thread
     * per household, so each family answers privately; a file goes with each household's message.
     */
    public GroupResult writeToGroup(Actor agent, Group group, Recipients recipients, TownService service, String subject, String text, Upload upload) {
        agent.requireStaff();
        var errors = new FieldErrors();
        if (group == null) errors.add("group", "Choisissez à qui écrire : une école ou une activité.");
        if (service == null) errors.add("service", "Choisissez le service qui écrit.");
        MessageThread.problems(subject, text).forEach(p -> errors.add(p.startsWith("L'objet") ? "subject" : "text", p));
        var file = check(upload, errors);
        if (!errors.isEmpty()) return new GroupResult.Invalid(errors);
        var households = switch (group) {
            case Group.School school -> recipients.householdsWithChildAt(school.name());
            case Group.Activity activity -> recipients.householdsEnrolledIn(activity.activityId());
        };
        if (households.isEmpty()) return new GroupResult.Invalid(new FieldErrors().add("group", "Aucun foyer ne correspond : rien n'a été envoyé."));
        transactions.run(() -> {
            for (long household : households) {
                var thread = threads.create(MessageThread.startedByTown(household, service, subject, clock.instant()));
                store(thread.id(), agent, true, text, file);
                tellFamily(thread);
            }
        });
        return new GroupResult.Sent(households.size());
    }

    /** A reply in an existing thread, by the family or by an agent. */
    public Result reply(Actor actor, long threadId, String text, Upload upload) {
        var thread = visible(actor, threadId);
        var errors = new FieldErrors();
        Message.problems(text).forEach(p -> errors.add("text", p));
        var file = check(upload, errors);
        if (!errors.isEmpty()) return new Result.Invalid(errors);
        boolean fromTown = actor.role().isStaff();
        return transactions.inTransaction(() -> {
            var now = clock.instant();
            store(threadId, actor, fromTown, text, file);
            var updated = thread.afterMessage(fromTown, now).readBy(fromTown);
            threads.update(updated);
            if (fromTown) tellFamily(updated);
            return new Result.Sent(updated);
        });
    }

    public void take(Actor agent, long threadId) {
        agent.requireStaff();
        transactions.run(() -> threads.update(visible(agent, threadId).assignedTo(agent.accountId())));
    }

    public void close(Actor agent, long threadId) {
        agent.requireStaff();
        transactions.run(() -> threads.update(visible(agent, threadId).closed()));
    }

    /** An attachment, for the thread's household or staff only. */
    public Attachment attachment(Actor actor, long messageId) {
        var message = threads.findMessage(messageId).filter(m -> m.attachment() != null).orElseThrow(Actor.NotAllowed::new);
        visible(actor, message.threadId());
        return new Attachment(message, threads.attachment(messageId).orElseThrow(Actor.NotAllowed::new));
    }

    private MessageThread visible(Actor actor, long threadId) {
        var thread = threads.find(threadId).orElseThrow(Actor.NotAllowed::new);
        if (!actor.role().isStaff() && household(actor).filter(h -> h == thread.householdId()).isEmpty()) throw new Actor.NotAllowed();
        return thread;
    }

    private Optional<Long> household(Actor parent) {
        return households.householdOf(parent.accountId());
    }

    private static Optional<UploadedFile> check(Upload upload, FieldErrors errors) {
        if (upload == null || !upload.present()) return Optional.empty();
        return switch (UploadedFile.check(upload.fileName(), upload.content(), upload.tooLarge())) {
            case UploadedFile.Check.Accepted accepted -> Optional.of(accepted.file());
            case UploadedFile.Check.Refused refused -> {
                errors.add("file", refused.message().replace("votre justificatif", "votre pièce jointe"));
                yield Optional.empty();
            }
        };
    }

    private void store(long threadId, Actor author, boolean fromTown, String text, Optional<UploadedFile> file) {
        var attachment = file.map(f -> new Message.Attachment(f.displayName(), f.type().mediaType(), f.content().length)).orElse(null);
        threads.add(new Message(0, threadId, author.accountId(), fromTown, text.strip(), clock.instant(), attachment),
                file.map(UploadedFile::content).orElse(null));
    }

    /** Every parent account of the household hears of it; the notification carries the service, not the text. */
    private void tellFamily(MessageThread thread) {
        for (long account : households.accountsOf(thread.householdId())) {
            notifier.notify(account, NotificationKind.NEW_MESSAGE, "Nouveau message " + thread.service().from(), "/messagerie/" + thread.id());
        }
    }
}
