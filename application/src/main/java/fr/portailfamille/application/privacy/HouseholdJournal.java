package fr.portailfamille.application.privacy;

import fr.portailfamille.application.privacy.port.*;
import fr.portailfamille.application.common.Actor;
import fr.portailfamille.application.households.HouseholdsPorts;
import fr.portailfamille.domain.privacy.AuditEvent;

import java.util.List;

/**
 * «Journal du foyer»: the household's bookings, cancellations, decisions and billing events with who made them, for
 * staff (and, through the export, for the family); the town's settings changes for admins.
 */
public final class HouseholdJournal {

    /** One event with the name and role of who made it. */
    public record Line(AuditEvent event, String actorName) {
    }

    static final int SHOWN = 1_000;

    private final HouseholdsPorts ports;
    private final AuditTrail trail;

    public HouseholdJournal(HouseholdsPorts ports, AuditTrail trail) {
        this.ports = ports;
        this.trail = trail;
    }

    public List<Line> ofHousehold(Actor staff, long householdId) {
        staff.requireStaff();
        ports.households().find(householdId).orElseThrow(Actor.NotAllowed::new);
        return lines(householdId);
    }

    /** Without an access check: for the household's own export, whose caller decided already. */
    List<Line> lines(long householdId) {
        return named(trail.ofHousehold(householdId, SHOWN));
    }

    public List<Line> ofTown(Actor admin) {
        admin.requireAdmin();
        return named(trail.ofTown(SHOWN));
    }

    private List<Line> named(List<AuditEvent> events) {
        var names = new AccountNames(ports.accounts());
        return events.stream().map(e -> new Line(e, names.of(e.actorAccountId()))).toList();
    }
}
