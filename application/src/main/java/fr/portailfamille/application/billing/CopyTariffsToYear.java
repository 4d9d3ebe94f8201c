package fr.portailfamille.application.billing;

import fr.portailfamille.application.bookings.PrepareSchoolYear;
import fr.portailfamille.application.common.Actor;
import fr.portailfamille.application.common.InvalidCommand;
import fr.portailfamille.domain.bookings.BookingDates;
import fr.portailfamille.domain.bookings.SchoolYear;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The tariffs of a school year copied over the next one when agents prepare it: for each régie and tariff line,
 * the last grid that applied during the year gets a twin valid from 1 September to 31 August of the next year,
 * same brackets, prices and billing rules — saved through {@link SetTariff}, whose command checks it as it checks the
 * agents' form. Agents then change the prices that change. A grid without an end already covers the next
 * year and is left alone; a line that already has a grid on the next year's first day is not copied twice.
 */
public final class CopyTariffsToYear implements PrepareSchoolYear.TariffRollover {

    private final ReadCashOffices settings;
    private final SetTariff setTariff;

    public CopyTariffsToYear(ReadCashOffices settings, SetTariff setTariff) {
        this.settings = settings;
        this.setTariff = setTariff;
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
                    try {
                        setTariff.save(actor, office.id(), 0, twin(tariff, to));
                        report.add(name + " : copié " + period + ", mêmes tranches et mêmes prix.");
                    } catch (InvalidCommand refused) {
                        report.add(name + " : non copié (" + refused.getMessage() + ")");
                    }
                }
            }
        }
        if (report.isEmpty()) report.add("Aucun tarif ne s'appliquait en " + from.label() + " : il n'y a rien à copier.");
        return List.copyOf(report);
    }

    /** The same grid and rules over the next school year, checked like an agent's own entry. */
    private static SetTariff.Command twin(Tariff tariff, SchoolYear to) {
        var grid = tariff.grid();
        return new SetTariff.Command(grid.tariffKey(), tariff.activityName(), grid.unitLabel(), to.firstDay(), to.lastDay(),
                tariff.rules().billLateCancellations(), tariff.rules().lateBookingSurcharge(), grid.brackets());
    }
}
