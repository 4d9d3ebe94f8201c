package fr.portailfamille.mail;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SmtpSettingsTest {

    @Test
    void is_absent_without_an_smtp_host() {
        assertEquals(Optional.empty(), SmtpSettings.fromEnvironment(Map.<String, String>of()::get));
        assertEquals(Optional.empty(), SmtpSettings.fromEnvironment(Map.of("SMTP_HOST", "  ")::get));
    }

    @Test
    void defaults_to_the_submission_port_with_starttls_and_no_login() {
        SmtpSettings settings = SmtpSettings.fromEnvironment(Map.of("SMTP_HOST", "smtp.villepreux.fr")::get).orElseThrow();

        assertEquals(new SmtpSettings("smtp.villepreux.fr", 587, null, null, true), settings);
        assertFalse(settings.authenticates());
    }

    @Test
    void reads_every_variable() {
        var env = Map.of("SMTP_HOST", "relay.example.org", "SMTP_PORT", "2525", "SMTP_USERNAME", "portail",
                "SMTP_PASSWORD", "s3cret", "SMTP_STARTTLS", "false");

        SmtpSettings settings = SmtpSettings.fromEnvironment(env::get).orElseThrow();

        assertEquals(new SmtpSettings("relay.example.org", 2525, "portail", "s3cret", false), settings);
        assertTrue(settings.authenticates());
    }

    @Test
    void never_shows_the_password() {
        String shown = new SmtpSettings("relay.example.org", 587, "portail", "s3cret", true).toString();

        assertFalse(shown.contains("s3cret"), shown);
        assertTrue(shown.contains("portail") && shown.contains("****"), shown);
    }

    @Test
    void refuses_a_malformed_port_or_flag() {
        assertThrows(IllegalArgumentException.class,
                () -> SmtpSettings.fromEnvironment(Map.of("SMTP_HOST", "h", "SMTP_PORT", "smtp")::get));
        assertThrows(IllegalArgumentException.class,
                () -> SmtpSettings.fromEnvironment(Map.of("SMTP_HOST", "h", "SMTP_PORT", "70000")::get));
        assertThrows(IllegalArgumentException.class,
                () -> SmtpSettings.fromEnvironment(Map.of("SMTP_HOST", "h", "SMTP_STARTTLS", "peut-être")::get));
    }
}
