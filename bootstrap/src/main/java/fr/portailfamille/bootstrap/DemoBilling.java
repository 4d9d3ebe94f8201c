package fr.portailfamille.bootstrap;

import fr.portailfamille.application.billing.port.BillableUsage;
import fr.portailfamille.application.billing.BillingPorts;
import fr.portailfamille.application.billing.ComputeInvoicingRun;
import fr.portailfamille.application.billing.FinaliseInvoicingRun;
import fr.portailfamille.application.billing.OpenInvoicingRun;
import fr.portailfamille.application.billing.RecordQuotient;
import fr.portailfamille.application.billing.SaveCashOffice;
import fr.portailfamille.application.billing.SetTariff;
import fr.portailfamille.domain.billing.LateBookingSurcharge;
import fr.portailfamille.domain.billing.QuotientSource;
import fr.portailfamille.domain.billing.TariffBracket;
import fr.portailfamille.domain.common.Money;
import fr.portailfamille.application.common.Actor;
import fr.portailfamille.domain.households.Child;

import java.time.DayOfWeek;
import fr.portailfamille.domain.bookings.SchoolYear;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
        LocalDate validFrom = SchoolYear.containing(month.atDay(1)).firstDay();
        LocalDate validTo = DemoBookings.years(today).getLast().lastDay();
        var settings = new SetTariff(setup);
        var office = new SaveCashOffice(setup).save(agent, 0, new SaveCashOffice.Command("Régie Périscolaire", CLIENT_NUMBER, "PERI", "")).value();
        settings.save(agent, office.id(), 0, new SetTariff.Command("PERI-SOIR", "Accueil Périscolaire Soir", "",
                validFrom, validTo, true, Optional.empty(), List.of(
                bracket("T1", 0, 450, 210), bracket("T2", 451, 800, 320),
                bracket("T3", 801, 1200, 455), bracket("T4", 1201, null, 580))));
        settings.save(agent, office.id(), 0, new SetTariff.Command("MERCREDI", "Accueil du mercredi", "Journée complète",
                validFrom, validTo, true, Optional.of(new LateBookingSurcharge.Percentage(1000)), List.of(
                bracket("T1", 0, 450, 600), bracket("T2", 451, 800, 900),
                bracket("T3", 801, 1200, 1250), bracket("T4", 1201, null, 1500))));
        // the other price categories of the demo activities (DemoBookings), so a run over real bookings prices every line
        settings.save(agent, office.id(), 0, new SetTariff.Command("PERI-MATIN", "Accueil Périscolaire Matin", "",
                validFrom, validTo, true, Optional.empty(), List.of(
                bracket("T1", 0, 450, 120), bracket("T2", 451, 800, 180),
                bracket("T3", 801, 1200, 240), bracket("T4", 1201, null, 300))));
        settings.save(agent, office.id(), 0, new SetTariff.Command("REPAS", "Restauration scolaire", "Repas",
                validFrom, validTo, true, Optional.empty(), List.of(
                bracket("T1", 0, 450, 100), bracket("T2", 451, 800, 260),
                bracket("T3", 801, 1200, 390), bracket("T4", 1201, null, 460))));
        settings.save(agent, office.id(), 0, new SetTariff.Command("VACANCES-JOURNEE", "Centre de loisirs des vacances", "Journée",
                validFrom, validTo, true, Optional.empty(), List.of(
                bracket("T1", 0, 450, 500), bracket("T2", 451, 800, 800),
                bracket("T3", 801, 1200, 1100), bracket("T4", 1201, null, 1400))));
        new RecordQuotient(setup).record(agent, dupont, new RecordQuotient.Command(850, QuotientSource.CAF, month.atDay(1).withDayOfYear(1),
                // to the end of the year, or of the next one in December: still valid when the demo runs past New Year's Eve
                LocalDate.of(today.plusMonths(1).getYear(), 12, 31)));

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
        var runPorts = portsWithUsage.apply(new DemoUsage(office.id(), month, usage));
        long run = new OpenInvoicingRun(runPorts).start(agent, office.id(), month).id();
        require(new ComputeInvoicingRun(runPorts).compute(agent, run) instanceof ComputeInvoicingRun.Computed.Done);
        require(new FinaliseInvoicingRun(runPorts).finalise(agent, run, issuedOn(today)) instanceof FinaliseInvoicingRun.Finalisation.Finalised);
    }

    private static TariffBracket bracket(String label, int from, Integer to, long cents) {
        return new TariffBracket(label, from, to, Money.ofCents(cents));
    }

    private static void require(boolean ok) {
        if (!ok) throw new IllegalStateException("demo billing data refused by the use cases");
    }
}
