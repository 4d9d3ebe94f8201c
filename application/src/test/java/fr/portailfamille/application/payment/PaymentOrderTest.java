package fr.portailfamille.application.payment;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PaymentOrderTest {

    private static PaymentOrder order(String client, int year, String reference, long cents, String email, String label, String url) {
        return new PaymentOrder(client, year, reference, cents, email, label, PaymentMode.TEST, url, url,
                Instant.parse("2025-11-14T16:40:00Z"));
    }

    @Test
    void a_well_formed_order_has_no_problem() {
        var order = order("006281", 2025, "FAC2025100042", 100, "parent@example.org", null, "https://portail.exemple.fr/n");
        assertTrue(order.problems().isEmpty(), order.problems().toString());
        assertEquals("", order.label());
        assertEquals("006281", order.clientNumber(), "leading zeros are kept");
    }

    @Test
    void each_wrong_field_is_named_with_a_french_message() {
        var order = order("6281", 25, "AB12", 99, "parent.example.org", "x".repeat(101), "/relative");
        var problems = order.problems().asMap();
        assertEquals(List.of("clientNumber", "year", "reference", "amountCents", "payerEmail", "label", "notificationUrl", "returnUrl"),
                List.copyOf(problems.keySet()));
        assertEquals("Le montant minimum d'un paiement en ligne est de 1,00 €.", problems.get("amountCents"));
        assertTrue(problems.get("reference").contains("de 6 à 30"));
    }

    @Test
    void references_of_six_and_thirty_characters_are_accepted_but_not_accents_or_thirty_one() {
        String url = "http://localhost:8080/n";
        assertTrue(order("012345", 2025, "ABC123", 4250, "a@b.fr", "", url).problems().isEmpty());
        assertTrue(order("012345", 2025, "A".repeat(30), 4250, "a@b.fr", "", url).problems().isEmpty());
        assertTrue(order("012345", 2025, "A".repeat(31), 4250, "a@b.fr", "", url).problems().asMap().containsKey("reference"));
        assertTrue(order("012345", 2025, "FACTURÉ1", 4250, "a@b.fr", "", url).problems().asMap().containsKey("reference"));
    }
}
