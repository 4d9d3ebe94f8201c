package fr.portailfamille.application.billing;

import fr.portailfamille.application.bookings.PrepareSchoolYear;
import fr.portailfamille.application.common.Actor;
import fr.portailfamille.domain.billing.LateBookingSurcharge;
import fr.portailfamille.domain.billing.TariffBracket;
import fr.portailfamille.domain.bookings.BookingDates;
import fr.portailfamille.domain.bookings.SchoolYear;
import fr.portailfamille.domain.common.Money;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The tariffs of a school year copied over the next one when agents prepare it: for each régie and tariff line,
 * the last grid that applied during the year gets a twin valid from 1 September to 31 August of the next year,
 * same brackets, prices and billing rules — saved through {@link ManageBilling#saveTariff}, so every check of the
 * agents' form applies. Agents then change the prices that change. A grid without an end already covers the next
 * year and is left alone; a line that already has a grid on the next year's first day is not copied twice.
 */
public final class CopyTariffsToYear implements PrepareSchoolYear.TariffRollover {

    private final ManageBilling settings;

    public CopyTariffsToYear(ManageBilling settings) {
        this.settings = settings;
    }

    @Override
    public List<String> copy(Actor actor, SchoolYear from, SchoolYear to) {
        List<String> report = new ArrayList<>();
        String period = "du " + BookingDates.longDate(to.firstDay()) + " au " + BookingDates.longDate(to.lastDay());
        for (var office : settings.cashOffices(actor)) {
            var tariffs = settings.tariffs(actor, office.id());
            var lastOfYear = tariffs.stream()
                    .filter(t -> !t.grid().validFrom().isAfter(from.lastDay()) && (t.grid().validTo() == null || !t.grid().validTo().isBefore(from.firstDay())))
                    .collect(Collectors.groupingBy(Tariff::key, java.util.TreeMap::new,
                            Collectors.maxBy(Comparator.comparing((Tariff t) -> t.grid().validFrom()))));
            for (var found : lastOfYear.values()) {
                var tariff = found.orElseThrow();
                String name = "« " + tariff.activityName() + " » (" + tariff.key() + ", " + office.name() + ")";
                if (tariff.grid().validTo() == null) {
                    report.add(name + " : sans fin de validité, il s'applique déjà à l'année " + to.label() + ".");
                } else if (tariffs.stream().anyMatch(t -> t.key().equals(tariff.key()) && t.grid().appliesOn(to.firstDay()))) {
                    report.add(name + " : un tarif s'applique déjà le " + BookingDates.longDate(to.firstDay()) + ", il n'est pas copié.");
                } else {
                    var saved = settings.saveTariff(actor, office.id(), 0, form(tariff, to));
                    report.add(saved.ok() ? name + " : copié " + period + ", mêmes tranches et mêmes prix."
                            : name + " : non copié (" + String.join(" ", saved.errors().asMap().values()) + ")");
                }
            }
        }
        if (report.isEmpty()) report.add("Aucun tarif ne s'appliquait en " + from.label() + " : il n'y a rien à copier.");
        return List.copyOf(report);
    }

    /** The agents' form filled as they would to enter the same grid over the next year. */
    private static ManageBilling.TariffForm form(Tariff tariff, SchoolYear to) {
        var grid = tariff.grid();
        String kind = "aucune";
        String amount = "";
        var surcharge = tariff.rules().lateBookingSurcharge();
        if (surcharge.isPresent()) {
            switch (surcharge.get()) {
                case LateBookingSurcharge.FixedAmount fixed -> {
                    kind = "montant";
                    amount = euros(fixed.amount());
                }
                case LateBookingSurcharge.Percentage percent -> {
                    kind = "pourcentage";
                    amount = BigDecimal.valueOf(percent.basisPoints(), 2).toPlainString().replace('.', ',');
                }
            }
        }
        List<ManageBilling.BracketForm> brackets = new ArrayList<>();
        for (TariffBracket b : grid.brackets()) {
            brackets.add(new ManageBilling.BracketForm(b.label(), Integer.toString(b.fromQuotient()),
                    b.toQuotient() == null ? "" : Integer.toString(b.toQuotient()), euros(b.unitPrice())));
        }
        return new ManageBilling.TariffForm(grid.tariffKey(), tariff.activityName(), grid.unitLabel() == null ? "" : grid.unitLabel(),
                to.firstDay().toString(), to.lastDay().toString(), tariff.rules().billLateCancellations(), kind, amount, brackets);
    }

    /** «4,55», as agents type a price. */
    private static String euros(Money money) {
        return money.cents() / 100 + "," + String.format("%02d", money.cents() % 100);
    }
}
