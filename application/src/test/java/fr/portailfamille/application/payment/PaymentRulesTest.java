package fr.portailfamille.application.payment;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PaymentRulesTest {

    private static final Instant CREATED = Instant.parse("2025-11-14T16:40:00Z");
    private static final PaymentOrder ORDER = new PaymentOrder("012345", 2025, "FAC2025100042", 4250, "parent@example.org",
            "Cantine", PaymentMode.PRODUCTION, "https://p.fr/n", "https://p.fr/r", CREATED);

    @Test
    void an_attempt_lives_twenty_minutes() {
        assertTrue(PaymentRules.isAlive(ORDER, CREATED.plus(Duration.ofMinutes(20)).minusMillis(1)));
        assertInstanceOf(PaymentStatus.Expired.class,
                PaymentRules.pendingWhileAlive(ORDER, CREATED.plus(Duration.ofMinutes(20)), new PaymentStatus.Expired()));
    }

    @Test
    void the_same_answer_is_no_mismatch() {
        assertTrue(PaymentRules.mismatch(ORDER, "012345", "FAC2025100042", "4250", PaymentMode.PRODUCTION).isEmpty());
    }

    @Test
    void every_difference_is_listed_in_french() {
        assertEquals("Réponse du service de paiement différente de la demande : client 012346 au lieu de 012345, "
                        + "référence FAC2025100043 au lieu de FAC2025100042, montant 4200 centimes au lieu de 4250, "
                        + "mode test au lieu de production.",
                PaymentRules.mismatch(ORDER, "012346", "FAC2025100043", "4200", PaymentMode.TEST).orElseThrow());
        assertTrue(PaymentRules.mismatch(ORDER, "012345", "FAC2025100042", "4250", null).orElseThrow().contains("mode inconnu"));
    }
}
