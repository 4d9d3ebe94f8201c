package fr.portailfamille.web.billing;

import fr.portailfamille.domain.billing.LateBookingSurcharge;
import fr.portailfamille.domain.billing.QuotientSource;
import fr.portailfamille.domain.billing.TariffBracket;
import fr.portailfamille.domain.common.Money;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The agents' billing forms read as typed: French amounts, percentages, whole euros; what is not a value says so. */
class BillingFormsTest {

    static Map<String, String> tariffForm() {
        var form = new HashMap<>(Map.of("key", "peri-soir", "activityName", "Accueil Périscolaire Soir", "validFrom", "2026-09-01",
                "validTo", "2027-08-31", "billLateCancellations", "oui", "surchargeKind", "aucune"));
        form.putAll(Map.of("label1", "T1", "from1", "0", "to1", "450", "price1", "2,10", "label2", "T2", "from2", "451", "to2", "", "price2", "3,20"));
        return form;
    }

    static <T> T parsedOk(fr.portailfamille.web.ParsedForm<T> parsed) {
        assertEquals(Map.of(), parsed.errors().asMap());
        return parsed.command();
    }

    @Test
    void a_tariff_as_agents_type_it() {
        var command = parsedOk(BillingForms.tariff(field(tariffForm())));
        assertEquals("PERI-SOIR", command.key());
        assertEquals(LocalDate.parse("2026-09-01"), command.validFrom());
        assertEquals(List.of(new TariffBracket("T1", 0, 450, Money.ofCents(210)), new TariffBracket("T2", 451, null, Money.ofCents(320))), command.brackets());
        assertEquals(Optional.empty(), command.surcharge());
        assertEquals(true, command.billLateCancellations());
    }

    @Test
    void a_surcharge_in_euros_or_in_percent_with_decimals() {
        var form = tariffForm();
        form.putAll(Map.of("surchargeKind", "pourcentage", "surcharge", "12,5"));
        assertEquals(Optional.of(new LateBookingSurcharge.Percentage(1250)), parsedOk(BillingForms.tariff(field(form))).surcharge());
        form.putAll(Map.of("surchargeKind", "montant", "surcharge", "1,50"));
        assertEquals(Optional.of(new LateBookingSurcharge.FixedAmount(Money.ofCents(150))), parsedOk(BillingForms.tariff(field(form))).surcharge());
    }

    @Test
    void what_is_not_a_value_is_said_next_to_its_field_with_the_commands_own_messages() {
        var form = tariffForm();
        form.putAll(Map.of("key", "", "validFrom", "31/02/2026", "surchargeKind", "pourcentage", "surcharge", "cent",
                "price1", "2,105", "to2", "beaucoup", "label3", "", "from3", "900", "price3", "4,00"));
        var parsed = BillingForms.tariff(field(form));
        assertFalse(parsed.ok());
        assertEquals(Map.of(
                "validFrom", "Saisissez une date valide (jj/mm/aaaa).",
                "surcharge", "Saisissez un pourcentage entre 0,01 et 100, par exemple 10.",
                "brackets", "Tranche 1 : " + fr.portailfamille.domain.common.MoneyInput.TOO_MANY_DECIMALS
                        + " Tranche 2 : les quotients sont des nombres entiers d'euros (le dernier plafond reste vide)."
                        + " Tranche 3 : donnez-lui un nom, par exemple T3.",
                "key", "La catégorie tarifaire se compose de lettres, de chiffres et de tirets, par exemple PERI-SOIR."), parsed.errors().asMap());
        assertNull(parsed.command());
    }

    @Test
    void a_negative_starting_quotient_and_a_surcharge_that_is_not_an_amount() {
        var form = tariffForm();
        form.putAll(Map.of("from1", "-5", "surchargeKind", "montant", "surcharge", "0"));
        var errors = BillingForms.tariff(field(form)).errors().asMap();
        assertEquals("Tranche 1 : le quotient de départ ne peut pas être négatif.", errors.get("brackets"));
        assertEquals("Saisissez la majoration en euros, par exemple 1,00.", errors.get("surcharge"));
    }

    @Test
    void a_quotient_is_whole_euros() {
        var command = parsedOk(BillingForms.quotient(field(Map.of("euros", "850", "source", "CAF", "validFrom", "2026-01-01", "validTo", "2026-12-31"))));
        assertEquals(850, command.euros());
        assertEquals(QuotientSource.CAF, command.source());
        var refused = BillingForms.quotient(field(Map.of("euros", "850,50", "source", "LETTRE", "validFrom", "", "validTo", "demain")));
        assertEquals(Map.of("euros", "Saisissez le quotient familial en euros, sans centimes, par exemple 850.",
                "validTo", "Saisissez une date valide (jj/mm/aaaa).", "source", "Choisissez le document d'où vient le quotient.",
                "validFrom", "Saisissez une date."), refused.errors().asMap());
        assertEquals("Le quotient familial est un nombre d'euros entre 0 et 100 000.", BillingForms.quotient(field(Map.of("euros", "-1",
                "source", "CAF", "validFrom", "2026-01-01", "validTo", "2026-12-31"))).errors().asMap().get("euros"));
    }

    @Test
    void a_desk_payment_as_typed_and_never_an_online_one() {
        var command = parsedOk(BillingForms.deskPayment(field(Map.of("method", "CHEQUE", "amount", "11,60", "reference", "Chèque 1234567"))));
        assertEquals(fr.portailfamille.domain.billing.PaymentMethod.CHEQUE, command.method());
        assertEquals(Money.ofCents(1160), command.amount());
        var refused = BillingForms.deskPayment(field(Map.of("method", "ONLINE", "amount", "onze", "reference", "x".repeat(101))));
        assertEquals(Map.of("amount", fr.portailfamille.domain.common.MoneyInput.NOT_AN_AMOUNT, "method", "Choisissez le moyen de paiement reçu.",
                "reference", "La référence ne doit pas dépasser 100 caractères."), refused.errors().asMap());
        assertEquals(fr.portailfamille.domain.common.MoneyInput.EMPTY, BillingForms.deskPayment(field(Map.of("method", "CASH"))).errors().asMap().get("amount"),
                "what did not parse speaks, not the command's stand-in");
    }

    @Test
    void a_cash_office_as_typed() {
        var parsed = BillingForms.cashOffice(field(Map.of("name", "Régie Périscolaire", "clientNumber", "012345", "prefix", "peri")));
        assertEquals("PERI", parsedOk(parsed).prefix());
        assertFalse(BillingForms.cashOffice(field(Map.of())).ok());
    }

    /** As {@code Exchange.field}: trimmed, "" when absent. */
    static java.util.function.Function<String, String> field(Map<String, String> form) {
        return name -> form.getOrDefault(name, "").trim();
    }
}
