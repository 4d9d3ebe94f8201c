package fr.portailfamille.payment.payfip;

import fr.portailfamille.application.payment.PaymentMode;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Where and how to reach PayFiP. From the environment ({@link #fromEnvironment}):
 * <ul>
 *   <li>{@code PAYFIP_ENDPOINT} — SOAP endpoint, default {@value #DEFAULT_ENDPOINT};</li>
 *   <li>{@code PAYFIP_PAGE_URL} — payment page, default {@value #DEFAULT_PAGE_URL} ({@code ?idop=…} is appended);</li>
 *   <li>{@code PAYFIP_MODE} — {@code T} test, {@code X} activation, {@code W} production; default {@code T}, so that a
 *       forgotten setting never takes real money;</li>
 *   <li>{@code PAYFIP_TIMEOUT_SECONDS} — connect and request timeout per call, default 15 (the reference client's).</li>
 * </ul>
 */
public record PayfipSettings(URI endpoint, URI paymentPage, PaymentMode mode, Duration timeout) {

    public static final String DEFAULT_ENDPOINT = "https://www.payfip.gouv.fr/tpa/services/securite";
    public static final String DEFAULT_PAGE_URL = "https://www.payfip.gouv.fr/tpa/paiementws.web";
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(15);

    public PayfipSettings {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(paymentPage, "paymentPage");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(timeout, "timeout");
        if (!endpoint.isAbsolute() || !paymentPage.isAbsolute()) {
            throw new IllegalArgumentException("Les adresses PayFiP doivent être complètes (https://…).");
        }
        if (timeout.isNegative() || timeout.isZero()) throw new IllegalArgumentException("Le délai PayFiP doit être positif.");
    }

    /** @throws IllegalArgumentException with a French message naming the faulty variable */
    public static PayfipSettings fromEnvironment(Map<String, String> env) {
        String timeout = env.getOrDefault("PAYFIP_TIMEOUT_SECONDS", "15").strip();
        long seconds;
        try {
            seconds = Long.parseLong(timeout);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("PAYFIP_TIMEOUT_SECONDS doit être un nombre de secondes, pas « " + timeout + " ».");
        }
        return new PayfipSettings(uri(env, "PAYFIP_ENDPOINT", DEFAULT_ENDPOINT), uri(env, "PAYFIP_PAGE_URL", DEFAULT_PAGE_URL),
                mode(env.getOrDefault("PAYFIP_MODE", "T")), Duration.ofSeconds(seconds));
    }

    /** PayFiP's {@code saisie} letter for a mode. */
    public static String saisie(PaymentMode mode) {
        return switch (mode) {
            case TEST -> "T";
            case ACTIVATION -> "X";
            case PRODUCTION -> "W";
        };
    }

    /** The mode of a {@code saisie} letter (or of a mode's name), null when it is none of them. */
    static PaymentMode modeOrNull(String saisie) {
        return switch (saisie == null ? "" : saisie.strip().toUpperCase(Locale.ROOT)) {
            case "T", "TEST" -> PaymentMode.TEST;
            case "X", "ACTIVATION" -> PaymentMode.ACTIVATION;
            case "W", "PRODUCTION" -> PaymentMode.PRODUCTION;
            default -> null;
        };
    }

    private static PaymentMode mode(String value) {
        var mode = modeOrNull(value);
        if (mode == null) {
            throw new IllegalArgumentException("PAYFIP_MODE vaut T (test), X (activation) ou W (production), pas « " + value + " ».");
        }
        return mode;
    }

    private static URI uri(Map<String, String> env, String name, String fallback) {
        String value = env.getOrDefault(name, fallback).strip();
        try {
            var uri = new URI(value);
            if (uri.isAbsolute()) return uri;
        } catch (Exception ignored) {
            // reported below in French
        }
        throw new IllegalArgumentException(name + " doit être une adresse complète (https://…), pas « " + value + " ».");
    }
}
