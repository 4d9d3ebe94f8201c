package fr.portailfamille.application.messaging;

import fr.portailfamille.application.common.FieldErrors;
import fr.portailfamille.domain.messaging.MessageThread;

/** A message written in a thread: sent, or refused with French messages by field (nothing stored). */
public sealed interface MessageOutcome {
    record Sent(MessageThread thread) implements MessageOutcome {
    }

    record Invalid(FieldErrors errors) implements MessageOutcome {
    }
}
