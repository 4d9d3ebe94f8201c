package fr.portailfamille.domain.messaging;

import java.util.EnumSet;
import java.util.Set;

/** Which kinds of notification also come by mail; all of them until the parent chooses otherwise. */
public record MailPreferences(Set<NotificationKind> byMail) {

    public MailPreferences {
        byMail = byMail.isEmpty() ? EnumSet.noneOf(NotificationKind.class) : EnumSet.copyOf(byMail);
    }

    public static MailPreferences all() {
        return new MailPreferences(EnumSet.allOf(NotificationKind.class));
    }

    public boolean wantsMail(NotificationKind kind) {
        return byMail.contains(kind);
    }
}
