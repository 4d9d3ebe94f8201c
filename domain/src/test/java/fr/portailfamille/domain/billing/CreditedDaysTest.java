package fr.portailfamille.domain.billing;

import fr.portailfamille.domain.common.Money;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CreditedDaysTest {

    static final BilledDay MONDAY = new BilledDay(41, 7, LocalDate.of(2026, 12, 14));
    static final BilledDay TUESDAY = new BilledDay(41, 7, LocalDate.of(2026, 12, 15));
    static final BilledDay OTHER_INVOICE = new BilledDay(41, 7, LocalDate.of(2026, 11, 3));
    static final List<BilledDay> BILLED = List.of(MONDAY, TUESDAY);

    static List<InvoiceLine> credit(int days) {
        return List.of(InvoiceLine.of("Accueil du soir – du 01/12 au 31/12", "Léa Dupont", days, Money.ofCents(455)),
                InvoiceLine.of(MonthlyBilling.SURCHARGE_LABEL + " – Accueil du soir – du 01/12 au 31/12", "Léa Dupont", 3, Money.ofCents(45)));
    }

    @Test
    void the_days_the_invoice_bills_up_to_the_units_cancelled_are_released() {
        assertEquals(Optional.empty(), CreditedDays.refusal(List.of(TUESDAY), BILLED, credit(1)));
        assertEquals(Optional.empty(), CreditedDays.refusal(List.of(MONDAY, TUESDAY), BILLED, credit(2)));
        assertEquals(Optional.empty(), CreditedDays.refusal(List.of(), BILLED, credit(2)), "a credit note may release no day (a price corrected)");
    }

    @Test
    void a_day_of_another_invoice_twice_or_more_days_than_units_is_refused() {
        assertEquals(Optional.of("Le jour du 03/11/2026 n'est pas facturé par cette facture, ou un avoir l'a déjà rendu."),
                CreditedDays.refusal(List.of(OTHER_INVOICE), BILLED, credit(1)));
        assertEquals(Optional.of("Le jour du 15/12/2026 n'est pas facturé par cette facture, ou un avoir l'a déjà rendu."),
                CreditedDays.refusal(List.of(TUESDAY, TUESDAY), BILLED, credit(2)));
        assertEquals(Optional.of("Vous avez coché 2 jours, mais l'avoir n'annule que 1 unité de prestation : cochez au plus autant de jours que d'unités annulées."),
                CreditedDays.refusal(List.of(MONDAY, TUESDAY), BILLED, credit(1)), "the surcharge's units are not days");
    }
}
