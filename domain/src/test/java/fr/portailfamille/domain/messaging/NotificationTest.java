package fr.portailfamille.domain.messaging;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.EnumSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NotificationTest {

    private static final Instant T0 = Instant.parse("2026-11-23T08:00:00Z");

    @Test
    void reading_twice_keeps_the_first_time() {
        var n = Notification.raise(7, NotificationKind.NEW_MESSAGE, "Nouveau message de la mairie", "/messagerie/3", T0);
        assertFalse(n.isRead());
        var read = n.readAt(T0.plusSeconds(60)).readAt(T0.plusSeconds(120));
        assertEquals(T0.plusSeconds(60), read.readAt());
    }

    @Test
    void links_stay_inside_the_portal() {
        assertThrows(IllegalArgumentException.class,
                () -> Notification.raise(7, NotificationKind.NEW_MESSAGE, "x", "https://ailleurs.example/piege", T0));
    }

    @Test
    void mail_preferences_default_to_every_kind_and_can_be_narrowed() {
        assertTrue(MailPreferences.all().wantsMail(NotificationKind.INVOICE_TO_PAY));
        var onlyMessages = new MailPreferences(EnumSet.of(NotificationKind.NEW_MESSAGE));
        assertFalse(onlyMessages.wantsMail(NotificationKind.INVOICE_TO_PAY));
        assertTrue(new MailPreferences(EnumSet.noneOf(NotificationKind.class)).byMail().isEmpty());
    }
}
