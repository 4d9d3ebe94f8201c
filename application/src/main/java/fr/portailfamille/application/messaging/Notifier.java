package fr.portailfamille.application.messaging;

import fr.portailfamille.domain.messaging.NotificationKind;

/**
 * In-port every module uses to tell someone that something happened (new message, invoice, justificatif, waiting
 * list, démarche, enrolment). Call it inside the transaction of the change: the notification and its mail commit
 * with it.
 */
public interface Notifier {

    /** @param link a path of the portal where the person sees the matter, e.g. «/facturation/12» */
    void notify(long accountId, NotificationKind kind, String title, String link);
}
