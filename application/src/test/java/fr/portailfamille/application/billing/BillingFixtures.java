package fr.portailfamille.application.billing;

import fr.portailfamille.domain.billing.BillingRules;
import fr.portailfamille.domain.billing.CashOffice;
import fr.portailfamille.domain.billing.LateBookingSurcharge;
import fr.portailfamille.domain.billing.TariffBracket;
import fr.portailfamille.domain.billing.TariffGrid;
import fr.portailfamille.domain.common.Money;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Shared sample data of the billing tests: the «Périscolaire» régie and its evening tariff T1…T4. */
public final class BillingFixtures {

    private BillingFixtures() {
    }

    public static CashOffice periscolaire() {
        return CashOffice.create("Régie Périscolaire", "012345", "PERI");
    }

    public static TariffGrid eveningGrid() {
        return new TariffGrid("PERI-SOIR", "", LocalDate.of(2026, 9, 1), LocalDate.of(2027, 8, 31), List.of(
                new TariffBracket("T1", 0, 450, Money.ofCents(210)),
                new TariffBracket("T2", 451, 800, Money.ofCents(320)),
                new TariffBracket("T3", 801, 1200, Money.ofCents(455)),
                new TariffBracket("T4", 1201, null, Money.ofCents(580))));
    }

    public static Tariff evening(long cashOfficeId) {
        return new Tariff(0, cashOfficeId, "Accueil Périscolaire Soir", eveningGrid(), BillingRules.standard());
    }

    public static Tariff wednesdayWithSurcharge(long cashOfficeId) {
        var grid = new TariffGrid("MERCREDI", "Journée complète", LocalDate.of(2026, 9, 1), null, List.of(
                new TariffBracket("T1", 0, 800, Money.ofCents(900)),
                new TariffBracket("T2", 801, null, Money.ofCents(1500))));
        return new Tariff(0, cashOfficeId, "Accueil du mercredi", grid,
                new BillingRules(false, Optional.of(new LateBookingSurcharge.Percentage(1000))));
    }
}
