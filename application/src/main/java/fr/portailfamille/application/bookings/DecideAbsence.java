package fr.portailfamille.application.bookings;

import fr.portailfamille.application.common.Actor;
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

    public DecideAbsence(BookingsPorts ports, AbsenceRepository absences) {
        this.ports = ports;
        this.absences = absences;
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
            tell(validated, "est validée : ces jours ne seront pas facturés.");
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
            tell(refused, "n'est pas validée : le motif est indiqué dans Planning › Absences.");
        });
        return errors;
    }

    public DeclareAbsence.Certificate certificate(Actor actor, long absenceId) {
        actor.requireStaff();
        return DeclareAbsence.certificateOf(absences, absences.find(absenceId).orElseThrow(Actor.NotAllowed::new));
    }

    private void tell(MedicalAbsence absence, String outcome) {
        var households = ports.households().households();
        var child = households.findChild(absence.childId()).orElseThrow();
        String title = "L'absence de " + child.firstNames() + " " + absence.daysInWords() + " " + outcome;
        households.accountsOf(absence.householdId()).forEach(account ->
                ports.notifier().notify(account, NotificationKind.ABSENCE_DECISION, title, "/planning/absences"));
    }
}
