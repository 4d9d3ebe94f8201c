package fr.portailfamille.application.billing;

import fr.portailfamille.domain.billing.BillingRules;
import fr.portailfamille.domain.billing.CashOffice;
import fr.portailfamille.domain.billing.TariffGrid;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ActivityTariffChoicesTest {

    final InMemoryCashOfficeRepository cashOffices = new InMemoryCashOfficeRepository();
    final ActivityTariffChoices choices = new ActivityTariffChoices(cashOffices);

    @Test
    void the_activity_form_offers_each_regie_by_its_prefix_and_each_tariff_key_once() {
        long peri = cashOffices.add(BillingFixtures.periscolaire()).id();
        long rest = cashOffices.add(CashOffice.create("Régie Restauration", "006281", "REST")).id();
        cashOffices.addTariff(BillingFixtures.evening(peri));
        var grid = BillingFixtures.eveningGrid();
        // the next school year's grid of the same key: still one choice
        cashOffices.addTariff(new Tariff(0, peri, "Accueil Périscolaire Soir", new TariffGrid(grid.tariffKey(), grid.unitLabel(),
                LocalDate.of(2027, 9, 1), null, grid.brackets()), BillingRules.standard()));
        cashOffices.addTariff(BillingFixtures.wednesdayWithSurcharge(rest));

        assertEquals(List.of(List.of("PERI", "Régie Périscolaire (PERI)"), List.of("REST", "Régie Restauration (REST)")), choices.cashOffices());
        assertEquals(List.of(List.of("PERI-SOIR", "Accueil Périscolaire Soir (PERI-SOIR) – Régie Périscolaire"),
                List.of("MERCREDI", "Accueil du mercredi (MERCREDI) – Régie Restauration")), choices.priceCategories());
    }

    @Test
    void before_billing_is_set_up_there_is_nothing_to_choose() {
        assertEquals(List.of(), choices.cashOffices());
        assertEquals(List.of(), choices.priceCategories());
    }
}
