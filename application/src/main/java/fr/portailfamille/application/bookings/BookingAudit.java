package fr.portailfamille.application.bookings;

import fr.portailfamille.application.common.Actor;
import fr.portailfamille.application.privacy.port.AuditTrail;
import fr.portailfamille.domain.privacy.AuditEvent;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The audit lines of one request's bookings and cancellations, written together at its end (one round trip). */
final class BookingAudit {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE dd/MM/yyyy", Locale.FRENCH);

    private final AuditTrail trail;
    private final Actor actor;
    private final long householdId;
    private final Instant at;
    private final List<AuditEvent> events = new ArrayList<>();

    BookingAudit(AuditTrail trail, Actor actor, long householdId, Instant at) {
        this.trail = trail;
        this.actor = actor;
        this.householdId = householdId;
        this.at = at;
    }

    void add(AuditEvent.Kind kind, String child, String activity, LocalDate day) {
        events.add(new AuditEvent(householdId, actor.accountId(), at, kind, child + " – " + activity + " – " + DAY.format(day), actor.origin()));
    }

    void write() {
        if (!events.isEmpty()) trail.record(List.copyOf(events));
    }
}
