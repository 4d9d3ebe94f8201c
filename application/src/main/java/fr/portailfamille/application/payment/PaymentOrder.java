package fr.portailfamille.application.payment;

import fr.portailfamille.application.payment.port.*;
import fr.portailfamille.application.common.FieldErrors;
import fr.portailfamille.domain.accounts.EmailAddress;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What we ask a payment provider to collect, as stored with the payment record: the answer of
 * {@link PaymentGateway#status} is checked against it, so it must be kept unchanged.
 * <p>
 * The record accepts any text so that a provider's own checks can be exercised; {@link #problems()} says in French
 * what is wrong, and a use case refuses an order with problems before it reaches a gateway.
 *
 * @param clientNumber the cash office's (régie's) client number at the provider: 6 digits, leading zeros kept
 * @param year         the accounting year, 4 digits
 * @param reference    the payment record's reference, 6–30 letters or digits (one reference per transaction)
 * @param amountCents  integer cents, at least 100 (1,00 €)
 * @param label        what the payer sees on the provider's page; may be empty
 * @param createdAt    when the order was made: the 20-minute rules of {@link PaymentRules} count from it
 */
public record PaymentOrder(String clientNumber, int year, String reference, long amountCents, String payerEmail,
                           String label, PaymentMode mode, String notificationUrl, String returnUrl, Instant createdAt) {

    public static final long MINIMUM_CENTS = 100;
    private static final Pattern CLIENT_NUMBER = Pattern.compile("[0-9]{6}");
    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9]{6,30}");

    public PaymentOrder {
        Objects.requireNonNull(clientNumber, "clientNumber");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(payerEmail, "payerEmail");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(notificationUrl, "notificationUrl");
        Objects.requireNonNull(returnUrl, "returnUrl");
        Objects.requireNonNull(createdAt, "createdAt");
        label = label == null ? "" : label;
    }

    /** French messages by field name; empty when the order may be sent. */
    public FieldErrors problems() {
        var errors = new FieldErrors();
        if (!CLIENT_NUMBER.matcher(clientNumber).matches()) {
            errors.add("clientNumber", "Le numéro de client de la régie doit comporter 6 chiffres (par exemple 012345).");
        }
        if (year < 1000 || year > 9999) errors.add("year", "L'exercice doit être une année sur 4 chiffres.");
        if (!REFERENCE.matcher(reference).matches()) {
            errors.add("reference", "La référence du paiement doit comporter de 6 à 30 lettres sans accent ou chiffres.");
        }
        if (amountCents < MINIMUM_CENTS) errors.add("amountCents", "Le montant minimum d'un paiement en ligne est de 1,00 €.");
        if (EmailAddress.parse(payerEmail).isEmpty()) errors.add("payerEmail", "L'adresse e-mail du payeur n'est pas valide.");
        if (label.length() > 100) errors.add("label", "Le libellé du paiement ne doit pas dépasser 100 caractères.");
        if (!isWebAddress(notificationUrl)) {
            errors.add("notificationUrl", "L'adresse de notification doit être une adresse web complète (http ou https).");
        }
        if (!isWebAddress(returnUrl)) errors.add("returnUrl", "L'adresse de retour doit être une adresse web complète (http ou https).");
        return errors;
    }

    /** A copy in another mode: the tests use it to show that a test result never settles a production order. */
    public PaymentOrder withMode(PaymentMode other) {
        return new PaymentOrder(clientNumber, year, reference, amountCents, payerEmail, label, other, notificationUrl, returnUrl, createdAt);
    }

    private static boolean isWebAddress(String url) {
        try {
            var uri = new URI(url);
            return uri.isAbsolute() && uri.getHost() != null
                    && ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()));
        } catch (Exception e) {
            return false;
        }
    }
}
