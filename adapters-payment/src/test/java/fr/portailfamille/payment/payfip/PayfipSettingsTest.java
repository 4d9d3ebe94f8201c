package fr.portailfamille.payment.payfip;

import fr.portailfamille.application.payment.PaymentMode;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PayfipSettingsTest {

    @Test
    void the_defaults_are_payfip_in_test_mode_with_fifteen_seconds() {
        var settings = PayfipSettings.fromEnvironment(Map.of());
        assertEquals(URI.create("https://www.payfip.gouv.fr/tpa/services/securite"), settings.endpoint());
        assertEquals(URI.create("https://www.payfip.gouv.fr/tpa/paiementws.web"), settings.paymentPage());
        assertEquals(PaymentMode.TEST, settings.mode());
        assertEquals(Duration.ofSeconds(15), settings.timeout());
    }

    @Test
    void the_environment_sets_endpoint_page_mode_and_timeout() {
        var settings = PayfipSettings.fromEnvironment(Map.of("PAYFIP_ENDPOINT", "http://localhost:9090/tpa/services/securite",
                "PAYFIP_PAGE_URL", "http://localhost:9090/tpa/paiementws.web", "PAYFIP_MODE", "W", "PAYFIP_TIMEOUT_SECONDS", "5"));
        assertEquals(PaymentMode.PRODUCTION, settings.mode());
        assertEquals(9090, settings.endpoint().getPort());
        assertEquals(Duration.ofSeconds(5), settings.timeout());
        assertEquals(PaymentMode.ACTIVATION, PayfipSettings.fromEnvironment(Map.of("PAYFIP_MODE", "x")).mode());
    }

    @Test
    void a_wrong_value_is_named_in_french() {
        var e = assertThrows(IllegalArgumentException.class, () -> PayfipSettings.fromEnvironment(Map.of("PAYFIP_MODE", "P")));
        assertTrue(e.getMessage().startsWith("PAYFIP_MODE vaut T (test), X (activation) ou W (production)"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PayfipSettings.fromEnvironment(Map.of("PAYFIP_ENDPOINT", "securite")));
        assertThrows(IllegalArgumentException.class, () -> PayfipSettings.fromEnvironment(Map.of("PAYFIP_TIMEOUT_SECONDS", "quinze")));
    }

    @Test
    void saisie_letters_round_trip() {
        for (PaymentMode mode : PaymentMode.values()) assertEquals(mode, PayfipSettings.modeOrNull(PayfipSettings.saisie(mode)));
    }
}
