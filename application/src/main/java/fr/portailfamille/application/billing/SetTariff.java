package fr.portailfamille.application.billing;

import fr.portailfamille.application.common.Actor;
import fr.portailfamille.application.common.FieldErrors;
import fr.portailfamille.application.common.InvalidCommand;
import fr.portailfamille.domain.billing.BillingRules;
import fr.portailfamille.domain.billing.LateBookingSurcharge;
import fr.portailfamille.domain.billing.TariffBracket;
import fr.portailfamille.domain.billing.TariffGrid;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** An agent adds a tariff to a régie, or replaces one: its grid of brackets by quotient and its billing rules. */
public final class SetTariff {

    /**
     * A tariff as the agent means it, every value typed; the key is tidied into capitals.
     *
     * @param validTo none: valid until another grid replaces it
     * @throws InvalidCommand every problem at once, by field («brackets» for the grid's)
     */
    public record Command(String key, String activityName, String unitLabel, LocalDate validFrom, LocalDate validTo,
                          boolean billLateCancellations, Optional<LateBookingSurcharge> surcharge, List<TariffBracket> brackets) {
        public Command {
            key = key == null ? "" : key.strip().toUpperCase(Locale.ROOT);
            unitLabel = unitLabel == null ? "" : unitLabel;
            surcharge = surcharge == null ? Optional.empty() : surcharge;
            brackets = brackets == null ? List.of() : List.copyOf(brackets);
            var errors = new FieldErrors();
            if (!key.matches("[A-Z0-9][A-Z0-9-]{0,39}")) {
                errors.add("key", "La catégorie tarifaire se compose de lettres, de chiffres et de tirets, par exemple PERI-SOIR.");
            }
            errors.requireText("activityName", activityName, "Prestation", 120);
            if (validFrom == null) errors.add("validFrom", "Saisissez une date.");
            if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) errors.add("validTo", "La fin de validité précède le début.");
            var gridProblems = TariffGrid.problems(brackets);
            if (!gridProblems.isEmpty()) errors.add("brackets", String.join(" ", gridProblems));
            InvalidCommand.throwIfAny(errors);
        }

        Tariff tariff(long id, long cashOfficeId) {
            return new Tariff(id, cashOfficeId, activityName, new TariffGrid(key, unitLabel, validFrom, validTo, brackets),
                    new BillingRules(billLateCancellations, surcharge));
        }
    }

    private final BillingPorts ports;
    private final ReadCashOffices read;

    public SetTariff(BillingPorts ports) {
        this.ports = ports;
        this.read = new ReadCashOffices(ports);
    }

    /** Adds a tariff ({@code tariffId} 0) or replaces one of this régie. */
    public Tariff save(Actor actor, long cashOfficeId, long tariffId, Command command) {
        read.cashOffice(actor, cashOfficeId);
        if (tariffId != 0) read.tariff(actor, cashOfficeId, tariffId);
        var tariff = command.tariff(tariffId, cashOfficeId);
        return ports.transactions().inTransaction(() -> {
            if (tariffId == 0) return ports.cashOffices().addTariff(tariff);
            ports.cashOffices().updateTariff(tariff);
            return tariff;
        });
    }
}
