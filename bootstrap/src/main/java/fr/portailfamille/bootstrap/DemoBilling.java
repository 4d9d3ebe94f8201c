package fr.portailfamille.bootstrap;

import fr.portailfamille.application.billing.port.BillableUsage;
import fr.portailfamille.application.billing.BillingPorts;
import fr.portailfamille.application.billing.InvoicingRuns;
import fr.portailfamille.application.billing.ManageBilling;
import fr.portailfamille.application.common.Actor;
import fr.portailfamille.domain.households.Child;

import java.time.DayOfWeek;
import fr.portailfamille.domain.bookings.SchoolYear;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The demo town's billing: the régie «Périscolaire» (PayFiP client 012345), its tariffs T1…T4 valid over the demo's
 * school years, the Dupont family's quotient familial, and a real run over {@link DemoUsage} for the last month of
 * classes before today, finalised: Dupont and Nguyen each get an invoice to pay (the Duponts, paperless, by mail with
 * the PDF; the Nguyens' on the run's paper print).
 */
public final class DemoBilling {

    public static final String CLIENT_NUMBER = "012345";

    private DemoBilling() {
    }

    /** The day the demo's invoices are dated: the 2nd of the month after the invoiced one, or today if that is later. */
    static LocalDate issuedOn(LocalDate today) {
        var second = DemoUsage.month(today).plusMonths(1).atDay(2);
        return second.isAfter(today) ? today : second;
    }

    /** @param portsWithUsage the billing ports with the given usage */
    static void seed(Function<BillableUsage, BillingPorts> portsWithUsage, Actor agent, long dupont, long nguyen) {
        var setup = portsWithUsage.apply(BillableUsage.NONE);
        LocalDate today = setup.today();
        YearMonth month = DemoUsage.month(today);
        // the tariffs of every school year the demo shows, from the invoiced month's
        String validFrom = SchoolYear.containing(month.atDay(1)).firstDay().toString();
        String validTo = DemoBookings.years(today).getLast().lastDay().toString();
        var settings = new ManageBilling(setup);
        var office = settings.saveCashOffice(agent, 0, new ManageBilling.CashOfficeForm("Régie Périscolaire", CLIENT_NUMBER, "PERI", "")).value();
        require(settings.saveTariff(agent, office.id(), 0, new ManageBilling.TariffForm("PERI-SOIR", "Accueil Périscolaire Soir", "",
                validFrom, validTo, true, "aucune", "", List.of(
                new ManageBilling.BracketForm("T1", "0", "450", "2,10"), new ManageBilling.BracketForm("T2", "451", "800", "3,20"),
                new ManageBilling.BracketForm("T3", "801", "1200", "4,55"), new ManageBilling.BracketForm("T4", "1201", "", "5,80")))).ok());
        require(settings.saveTariff(agent, office.id(), 0, new ManageBilling.TariffForm("MERCREDI", "Accueil du mercredi", "Journée complète",
                validFrom, validTo, true, "pourcentage", "10", List.of(
                new ManageBilling.BracketForm("T1", "0", "450", "6,00"), new ManageBilling.BracketForm("T2", "451", "800", "9,00"),
                new ManageBilling.BracketForm("T3", "801", "1200", "12,50"), new ManageBilling.BracketForm("T4", "1201", "", "15,00")))).ok());
        // the other price categories of the demo activities (DemoBookings), so a run over real bookings prices every line
        require(settings.saveTariff(agent, office.id(), 0, new ManageBilling.TariffForm("PERI-MATIN", "Accueil Périscolaire Matin", "",
                validFrom, validTo, true, "aucune", "", List.of(
                new ManageBilling.BracketForm("T1", "0", "450", "1,20"), new ManageBilling.BracketForm("T2", "451", "800", "1,80"),
                new ManageBilling.BracketForm("T3", "801", "1200", "2,40"), new ManageBilling.BracketForm("T4", "1201", "", "3,00")))).ok());
        require(settings.saveTariff(agent, office.id(), 0, new ManageBilling.TariffForm("REPAS", "Restauration scolaire", "Repas",
                validFrom, validTo, true, "aucune", "", List.of(
                new ManageBilling.BracketForm("T1", "0", "450", "1,00"), new ManageBilling.BracketForm("T2", "451", "800", "2,60"),
                new ManageBilling.BracketForm("T3", "801", "1200", "3,90"), new ManageBilling.BracketForm("T4", "1201", "", "4,60")))).ok());
        require(settings.saveTariff(agent, office.id(), 0, new ManageBilling.TariffForm("VACANCES-JOURNEE", "Centre de loisirs des vacances", "Journée",
                validFrom, validTo, true, "aucune", "", List.of(
                new ManageBilling.BracketForm("T1", "0", "450", "5,00"), new ManageBilling.BracketForm("T2", "451", "800", "8,00"),
                new ManageBilling.BracketForm("T3", "801", "1200", "11,00"), new ManageBilling.BracketForm("T4", "1201", "", "14,00")))).ok());
        require(settings.setQuotient(agent, dupont, new ManageBilling.QuotientForm("850", "CAF", month.atDay(1).withDayOfYear(1).toString(),
                // to the end of the year, or of the next one in December: still valid when the demo runs past New Year's Eve
                LocalDate.of(today.plusMonths(1).getYear(), 12, 31).toString())).isEmpty());

        var usage = new ArrayList<BillableUsage.ChildUsage>();
        var households = setup.households();
        for (Child child : households.children(dupont)) {
            String name = child.firstNames() + " " + child.lastName();
            if (child.firstNames().equals("Léa")) {
                usage.add(new BillableUsage.ChildUsage(dupont, child.id(), name, "Accueil Périscolaire Soir", "PERI-SOIR",
                        DemoUsage.days(month, 12, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)));
            } else {
                usage.add(new BillableUsage.ChildUsage(dupont, child.id(), name, "Accueil du mercredi", "MERCREDI", DemoUsage.days(month, 2, DayOfWeek.WEDNESDAY)));
            }
        }
        for (Child child : households.children(nguyen)) {
            usage.add(new BillableUsage.ChildUsage(nguyen, child.id(), child.firstNames() + " " + child.lastName(), "Accueil Périscolaire Soir",
                    "PERI-SOIR", DemoUsage.days(month, 6, DayOfWeek.TUESDAY, DayOfWeek.THURSDAY)));
        }
        var runs = new InvoicingRuns(portsWithUsage.apply(new DemoUsage(office.id(), month, usage)));
        long run = runs.start(agent, office.id(), month).id();
        require(runs.compute(agent, run) instanceof InvoicingRuns.Computed.Done);
        require(runs.finalise(agent, run, issuedOn(today)) instanceof InvoicingRuns.Finalisation.Finalised);
    }

    private static void require(boolean ok) {
        if (!ok) throw new IllegalStateException("demo billing data refused by the use cases");
    }
}
