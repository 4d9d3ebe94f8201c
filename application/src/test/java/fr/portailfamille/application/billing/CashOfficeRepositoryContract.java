package fr.portailfamille.application.billing;

import fr.portailfamille.application.billing.port.*;
import fr.portailfamille.domain.billing.BillingRules;
import fr.portailfamille.domain.billing.CashOffice;
import fr.portailfamille.domain.billing.InvoiceNumberPattern;
import fr.portailfamille.domain.billing.LateBookingSurcharge;
import fr.portailfamille.domain.billing.TariffBracket;
import fr.portailfamille.domain.billing.TariffGrid;
import fr.portailfamille.domain.common.Money;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Contract of {@link CashOfficeRepository}: in-memory and jOOQ. */
public abstract class CashOfficeRepositoryContract {

    protected abstract CashOfficeRepository repository();

    @Test
    void a_regie_is_stored_found_listed_by_name_and_updated() {
        var peri = repository().add(BillingFixtures.periscolaire());
        var rest = repository().add(CashOffice.create("Régie Restauration", "006281", "REST"));
        assertTrue(peri.id() > 0);
        assertEquals(Optional.of(peri), repository().find(peri.id()));
        assertEquals(List.of(peri, rest), repository().all());
        var renamed = new CashOffice(rest.id(), "Régie Cantine", "006282", "CANT", new InvoiceNumberPattern("{prefix}{yyyy}{MM}{seq:5}"));
        repository().update(renamed);
        assertEquals(Optional.of(renamed), repository().find(rest.id()));
        assertEquals(List.of(renamed, peri), repository().all());
        assertEquals(Optional.empty(), repository().find(9999));
    }

    @Test
    void tariffs_keep_their_brackets_and_rules_and_are_listed_by_key_then_start() {
        long peri = repository().add(BillingFixtures.periscolaire()).id();
        var wednesday = repository().addTariff(BillingFixtures.wednesdayWithSurcharge(peri));
        var evening = repository().addTariff(BillingFixtures.evening(peri));
        assertTrue(evening.id() > 0);
        assertEquals(Optional.of(evening), repository().findTariff(evening.id()));
        assertEquals(Optional.of(wednesday), repository().findTariff(wednesday.id()));
        assertEquals(List.of(wednesday, evening), repository().tariffs(peri));

        var fixedSurcharge = new Tariff(evening.id(), peri, "Accueil du soir", new TariffGrid("PERI-SOIR", "Soirée", LocalDate.of(2026, 9, 1),
                null, List.of(new TariffBracket("A", 0, 999, Money.ofCents(100)), new TariffBracket("B", 1000, null, Money.ofCents(200)))),
                new BillingRules(true, Optional.of(new LateBookingSurcharge.FixedAmount(Money.ofCents(150)))));
        repository().updateTariff(fixedSurcharge);
        assertEquals(Optional.of(fixedSurcharge), repository().findTariff(evening.id()));
        assertEquals(List.of(), repository().tariffs(repository().add(CashOffice.create("Autre", "000001", "AUT")).id()));
    }
}
