package fr.portailfamille.application.billing;

import fr.portailfamille.application.common.InvalidCommand;
import fr.portailfamille.domain.billing.QuotientSource;
import fr.portailfamille.domain.billing.TariffBracket;
import fr.portailfamille.domain.common.Money;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The billing commands refuse themselves, every problem at once, in French, by field; the use cases keep what the town shares. */
class BillingCommandsTest extends BillingScenario {

    static final LocalDate SEPTEMBER = LocalDate.parse("2026-09-01");
    static final List<TariffBracket> ONE_PRICE = List.of(bracket("T1", 0, null, 350));

    @Test
    void a_tariff_with_a_bad_key_no_name_an_end_before_its_start_and_a_gap_in_its_grid_is_refused_whole() {
        var refused = assertThrows(InvalidCommand.class, () -> new SetTariff.Command("péri soir", " ", "", SEPTEMBER, SEPTEMBER.minusDays(1), true,
                Optional.empty(), List.of(bracket("T1", 0, 450, 210), bracket("T2", 500, null, 320))));
        var errors = refused.errors().asMap();
        assertEquals(List.of("key", "activityName", "validTo", "brackets"), List.copyOf(errors.keySet()));
        assertEquals("La fin de validité précède le début.", errors.get("validTo"));
        assertEquals("Le champ « Prestation » est obligatoire.", errors.get("activityName"));
    }

    @Test
    void a_tariff_needs_a_start_and_a_grid_and_its_key_is_tidied_into_capitals() {
        var refused = assertThrows(InvalidCommand.class, () -> new SetTariff.Command("PERI-SOIR", "Accueil du soir", "", null, null, false,
                Optional.empty(), List.of()));
        assertEquals("Saisissez une date.", refused.errors().asMap().get("validFrom"));
        assertTrue(refused.errors().asMap().containsKey("brackets"));
        assertEquals("PERI-SOIR", new SetTariff.Command(" peri-soir ", "Accueil du soir", null, SEPTEMBER, null, false, null, ONE_PRICE).key());
    }

    @Test
    void a_quotient_is_whole_euros_from_a_document_over_a_period() {
        var refused = assertThrows(InvalidCommand.class, () -> new RecordQuotient.Command(100_001, null, SEPTEMBER, SEPTEMBER.minusDays(1)));
        assertEquals(Map.of("euros", "Le quotient familial est un nombre d'euros entre 0 et 100 000.",
                "source", "Choisissez le document d'où vient le quotient.", "validTo", "La fin de validité précède le début."), refused.errors().asMap());
        assertEquals("Saisissez une date.", assertThrows(InvalidCommand.class,
                () -> new RecordQuotient.Command(850, QuotientSource.CAF, null, SEPTEMBER)).errors().asMap().get("validFrom"));
    }

    @Test
    void a_desk_payment_is_a_desk_method_an_amount_and_a_short_reference() {
        var refused = assertThrows(InvalidCommand.class, () -> new RecordDeskPayment.Command(fr.portailfamille.domain.billing.PaymentMethod.ONLINE, null,
                "x".repeat(101)));
        assertEquals(Map.of("method", "Choisissez le moyen de paiement reçu.", "amount", "Saisissez le montant reçu, par exemple 12,50.",
                "reference", "La référence ne doit pas dépasser 100 caractères."), refused.errors().asMap());
        assertEquals("", new RecordDeskPayment.Command(fr.portailfamille.domain.billing.PaymentMethod.CASH, Money.ofCents(100), null).reference());
    }

    @Test
    void a_cash_office_is_tidied_and_checked_and_two_never_share_a_prefix() {
        var command = new SaveCashOffice.Command("Régie Restauration", " 012346 ", " resto ", " ");
        assertEquals("RESTO", command.prefix());
        assertEquals("012346", command.clientNumber());
        assertEquals(fr.portailfamille.domain.billing.InvoiceNumberPattern.DEFAULT_TEMPLATE, command.template());
        var refused = assertThrows(InvalidCommand.class, () -> new SaveCashOffice.Command("", "12", "", "{NUMERO}"));
        assertTrue(refused.errors().asMap().keySet().containsAll(List.of("name", "clientNumber", "prefix")), refused.errors().toString());

        var twin = new SaveCashOffice(ports).save(agent, 0, new SaveCashOffice.Command("Autre régie", "012399", "peri", ""));
        assertEquals(Map.of("prefix", "Une autre régie utilise déjà le préfixe PERI."), twin.errors().asMap());
        assertEquals(1, settings.cashOffices(agent).size(), "nothing saved");
    }

    @Test
    void a_tariff_or_quotient_is_the_staffs_and_another_regies_tariff_is_not_found() {
        var command = new SetTariff.Command("PERI-SOIR", "Accueil du soir", "", SEPTEMBER, null, false, Optional.empty(), ONE_PRICE);
        assertThrows(fr.portailfamille.application.common.Actor.NotAllowed.class, () -> setTariff.save(dupont, peri.id(), 0, command));
        assertThrows(fr.portailfamille.application.common.Actor.NotAllowed.class, () -> setTariff.save(agent, peri.id() + 1, 0, command));
        long tariff = settings.tariffs(agent, peri.id()).getFirst().id();
        assertThrows(fr.portailfamille.application.common.Actor.NotAllowed.class, () -> setTariff.save(agent, peri.id() + 1, tariff, command));
        assertThrows(fr.portailfamille.application.common.Actor.NotAllowed.class, () -> new RecordQuotient(ports).record(dupont, dupontHousehold,
                new RecordQuotient.Command(850, QuotientSource.CAF, SEPTEMBER, SEPTEMBER.plusYears(1))));
        var replaced = setTariff.save(agent, peri.id(), tariff, command);
        assertEquals(Money.ofCents(350), settings.tariff(agent, peri.id(), tariff).grid().brackets().getFirst().unitPrice());
        assertEquals(tariff, replaced.id());
    }
}
