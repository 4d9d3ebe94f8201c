package fr.portailfamille.application.bookings;

import fr.portailfamille.application.bookings.port.*;
import fr.portailfamille.application.common.Actor;
import fr.portailfamille.application.privacy.port.AuditTrail;
import fr.portailfamille.domain.privacy.AuditEvent;
import fr.portailfamille.application.common.FieldErrors;
import fr.portailfamille.domain.bookings.MedicalAbsence;
import fr.portailfamille.domain.households.Child;
import fr.portailfamille.domain.messaging.NotificationKind;

import java.util.List;

/**
 * Agents validate or refuse the absences for illness from their certificate. A validated absence keeps the child's
 * bookings of those days off the invoice; the family is told either way (the refusal's reason stays behind the
 * sign-in, as for justificatifs: a mail says nothing of a child's health).
 */
public final class DecideAbsence {

    public record Pending(MedicalAbsence absence, Child child) {
    }

    private final BookingsPorts ports;
    private final AbsenceRepository absences;
    private final AuditTrail trail;

    /** Without an audit trail: the tests of other rules. */
    public DecideAbsence(BookingsPorts ports, AbsenceRepository absences) {
        this(ports, absences, AuditTrail.NOT_KEPT);
    }

    /** @param trail where each decision is recorded (who, when, from where; never the reason, which may be medical) */
    public DecideAbsence(BookingsPorts ports, AbsenceRepository absences, AuditTrail trail) {
        this.ports = ports;
        this.absences = absences;
        this.trail = trail;
    }

    public List<Pending> pending(Actor actor) {
        actor.requireStaff();
        var households = ports.households().households();
        return absences.pending().stream().map(a -> new Pending(a, households.findChild(a.childId()).orElseThrow())).toList();
    }

    public void validate(Actor actor, long absenceId) {
        actor.requireStaff();
        ports.transactions().run(() -> {
            var absence = absences.find(absenceId).orElseThrow(Actor.NotAllowed::new);
            if (!absence.isPending()) return; // decided already (a double click): nothing more to do
            var validated = absence.validate(ports.clock().instant());
            absences.update(validated);
            tell(actor, AuditEvent.Kind.ABSENCE_VALIDATED, validated, "est validée : ces jours ne seront pas facturés.");
        });
    }

    public FieldErrors refuse(Actor actor, long absenceId, String reason) {
        actor.requireStaff();
        var errors = new FieldErrors();
        if (reason == null || reason.isBlank()) return errors.add("reason", MedicalAbsence.REASON_REQUIRED);
        ports.transactions().run(() -> {
            var absence = absences.find(absenceId).orElseThrow(Actor.NotAllowed::new);
            if (!absence.isPending()) return;
            var refused = absence.refuse(reason, ports.clock().instant());
            absences.update(refused);
            tell(actor, AuditEvent.Kind.ABSENCE_REFUSED, refused, "n'est pas validée : le motif est indiqué dans Planning › Absences.");
        });
        return errors;
    }

    public DeclareAbsence.Certificate certificate(Actor actor, long absenceId) {
        actor.requireStaff();
        return DeclareAbsence.certificateOf(absences, absences.find(absenceId).orElseThrow(Actor.NotAllowed::new));
    }

    /** Tells the family and records the decision in the audit trail. */
    private void tell(Actor actor, AuditEvent.Kind decision, MedicalAbsence absence, String outcome) {
        var households = ports.households().households();
        var child = households.findChild(absence.childId()).orElseThrow();
        trail.record(List.of(new AuditEvent(absence.householdId(), actor.accountId(), ports.clock().instant(), decision,
                child.firstNames() + " – absence " + absence.daysInWords(), actor.origin())));
        String title = "L'absence de " + child.firstNames() + " " + absence.daysInWords() + " " + outcome;
        households.accountsOf(absence.householdId()).forEach(account ->
                ports.notifier().notify(account, NotificationKind.ABSENCE_DECISION, title, "/planning/absences"));
    }
}
