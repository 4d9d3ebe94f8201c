package fr.portailfamille.domain.billing;

import fr.portailfamille.domain.common.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class InvoiceLineTest {

    @ParameterizedTest(name = "{0} × {1} c = {2} c")
    @CsvSource({
            "12, 455, 5460",     // the guide's «Accueil Périscolaire Soir»
            "14, 472, 6608",     // «Restauration Scolaire»
            "4, 1591, 6364",     // «Accueils du mercredi»
            "1, 1, 1",
            "3, -455, -1365",    // a credit line
    })
    void the_amount_is_quantity_times_unit_price_exactly(int quantity, long unitCents, long amountCents) {
        assertEquals(Money.ofCents(amountCents), InvoiceLine.of("Cantine", "Mylis", quantity, Money.ofCents(unitCents)).amount());
    }

    @Test
    void the_calculation_reads_in_french() {
        var line = InvoiceLine.of("Accueil Périscolaire Soir", "Mylis", 12, Money.ofCents(455));
        assertEquals("12 \u00D7 4,55\u00A0€ = 54,60\u00A0€", line.calculation());
        assertEquals("3 \u00D7 -4,55\u00A0€ = -13,65\u00A0€", InvoiceLine.of("X", "Mylis", 3, Money.ofCents(455)).negated().calculation());
    }

    @Test
    void prestation_labels_with_an_en_dash_and_the_period() {
        var from = LocalDate.of(2021, 5, 1);
        var to = LocalDate.of(2021, 5, 31);
        assertEquals("Accueil Périscolaire Soir \u2013 du 01/05 au 31/05",
                InvoiceLine.prestationLabel("Accueil Périscolaire Soir", from, to, ""));
        assertEquals("Accueil Périscolaire Soir \u2013 du 01/05 au 31/05",
                InvoiceLine.prestationLabel(" Accueil Périscolaire Soir ", from, to, null));
        assertEquals("Accueils du mercredi \u2013 du 01/05 au 31/05 \u2013 Mercredi journée complète",
                InvoiceLine.prestationLabel("Accueils du mercredi", from, to, "Mercredi journée complète"));
        assertThrows(IllegalArgumentException.class, () -> InvoiceLine.prestationLabel("X", to, from, ""));
    }

    @Test
    void a_line_has_a_label_a_child_and_at_least_one_unit() {
        assertThrows(IllegalArgumentException.class, () -> InvoiceLine.of("Cantine", "Mylis", 0, Money.ofCents(455)));
        assertThrows(IllegalArgumentException.class, () -> InvoiceLine.of(" ", "Mylis", 1, Money.ofCents(455)));
        assertThrows(IllegalArgumentException.class, () -> InvoiceLine.of("Cantine", "", 1, Money.ofCents(455)));
        assertThrows(ArithmeticException.class, () -> InvoiceLine.of("Cantine", "Mylis", 2, Money.ofCents(Long.MAX_VALUE)));
        assertEquals("", InvoiceLine.of("Cantine", "Mylis", 1, Money.ofCents(455)).note());
    }

    @Test
    void the_activity_is_read_back_from_a_label_surcharge_or_not() {
        var from = java.time.LocalDate.of(2026, 5, 1);
        var to = java.time.LocalDate.of(2026, 5, 31);
        String label = InvoiceLine.prestationLabel("Accueil du soir", from, to, "Soir");
        assertEquals("Accueil du soir", InvoiceLine.activityNameOf(label));
        assertEquals("Accueil du soir", InvoiceLine.activityNameOf(MonthlyBilling.SURCHARGE_LABEL + InvoiceLine.LABEL_SEPARATOR + label));
        assertEquals("Séjour neige", InvoiceLine.activityNameOf("Séjour neige"));
    }
}
