package fr.portailfamille.application.billing;

import fr.portailfamille.application.common.Actor;
import fr.portailfamille.application.common.FieldErrors;
import fr.portailfamille.application.common.InvalidCommand;
import fr.portailfamille.domain.billing.FamilyQuotient;
import fr.portailfamille.domain.billing.QuotientSource;

import java.time.LocalDate;

/** An agent records the quotient familial read on a household's validated justificatif. */
public final class RecordQuotient {

    /**
     * @param euros whole euros, as on the CAF or MSA attestation
     * @throws InvalidCommand every problem at once, by field
     */
    public record Command(int euros, QuotientSource source, LocalDate validFrom, LocalDate validTo) {
        public Command {
            var errors = new FieldErrors();
            if (euros < 0 || euros > 100_000) errors.add("euros", "Le quotient familial est un nombre d'euros entre 0 et 100 000.");
            if (source == null) errors.add("source", "Choisissez le document d'où vient le quotient.");
            if (validFrom == null) errors.add("validFrom", "Saisissez une date.");
            if (validTo == null) errors.add("validTo", "Saisissez une date.");
            if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) errors.add("validTo", "La fin de validité précède le début.");
            InvalidCommand.throwIfAny(errors);
        }
    }

    private final BillingPorts ports;

    public RecordQuotient(BillingPorts ports) {
        this.ports = ports;
    }

    public void record(Actor actor, long householdId, Command command) {
        actor.requireStaff();
        ports.households().find(householdId).orElseThrow(Actor.NotAllowed::new);
        var quotient = new FamilyQuotient(command.euros(), command.source(), command.validFrom(), command.validTo());
        ports.transactions().run(() -> ports.quotients().add(householdId, quotient, actor.accountId(), ports.clock().instant()));
    }
}
