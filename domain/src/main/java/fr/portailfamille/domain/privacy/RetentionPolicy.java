package fr.portailfamille.domain.privacy;

import fr.portailfamille.domain.bookings.SchoolYear;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How long the town keeps each category of personal data (RGPD, article 5.1.e), set by its admins within legal bounds,
 * and the dates the rules give. Every duration counts from a fact, not from the data's creation:
 * <ul>
 *   <li>a household that left the town: {@code householdYears} after its last invoice is settled (never while one is
 *       still to pay), then anonymised — its invoices stay, detached from contact and health data;</li>
 *   <li>a health sheet: until the end of the school year of the child's last enrolment;</li>
 *   <li>a justificatif: {@code documentMonths} after the end of its validity;</li>
 *   <li>messages and démarches: {@code messageYears} after the last exchange or change;</li>
 *   <li>the audit trails (bookings, decisions, health-sheet reads, dossier changes, the accounts' journal, consent
 *       changes but the one in force): {@code auditYears};</li>
 *   <li>invoices: {@code invoiceYears} after their issue, at least the ten years the public accountant needs, once
 *       paid or cancelled (an invoice still to pay is a debt, not the portal's to drop).</li>
 * </ul>
 */
public record RetentionPolicy(int householdYears, int documentMonths, int messageYears, int auditYears, int invoiceYears) {

    /** Livre des procédures fiscales, article L102 B, and the instruction on public accounting: 10 years. */
    public static final int INVOICE_YEARS_MINIMUM = 10;

    public RetentionPolicy {
        if (householdYears < 0 || householdYears > 10) throw new IllegalArgumentException("householdYears out of range");
        if (documentMonths < 0 || documentMonths > 60) throw new IllegalArgumentException("documentMonths out of range");
        if (messageYears < 1 || messageYears > 10) throw new IllegalArgumentException("messageYears out of range");
        if (auditYears < 1 || auditYears > 10) throw new IllegalArgumentException("auditYears out of range");
        if (invoiceYears < INVOICE_YEARS_MINIMUM || invoiceYears > 30) throw new IllegalArgumentException("invoiceYears out of range");
    }

    /** The durations a town starts with. */
    public static RetentionPolicy defaults() {
        return new RetentionPolicy(1, 3, 2, 3, INVOICE_YEARS_MINIMUM);
    }

    /** What the admins' form gives: a policy, or the French message of each refused field. */
    public sealed interface Input {
        record Valid(RetentionPolicy policy) implements Input {
        }

        record Invalid(Map<String, String> errors) implements Input {
        }
    }

    /** Reads the admins' form (fields householdYears, documentMonths, messageYears, auditYears, invoiceYears). */
    public static Input parse(Map<String, String> form) {
        var errors = new LinkedHashMap<String, String>();
        int household = field(form, "householdYears", 0, 10, "Foyers partis : de 0 à 10 ans après le règlement de la dernière facture.", errors);
        int documents = field(form, "documentMonths", 0, 60, "Justificatifs : de 0 à 60 mois après la fin de validité.", errors);
        int messages = field(form, "messageYears", 1, 10, "Messages et démarches : de 1 à 10 ans.", errors);
        int audit = field(form, "auditYears", 1, 10, "Journaux : de 1 à 10 ans.", errors);
        int invoices = field(form, "invoiceYears", INVOICE_YEARS_MINIMUM, 30,
                "Factures : au moins " + INVOICE_YEARS_MINIMUM + " ans (comptable public), au plus 30 ans.", errors);
        if (!errors.isEmpty()) return new Input.Invalid(Map.copyOf(errors));
        return new Input.Valid(new RetentionPolicy(household, documents, messages, audit, invoices));
    }

    private static int field(Map<String, String> form, String name, int min, int max, String message, Map<String, String> errors) {
        try {
            int value = Integer.parseInt(form.getOrDefault(name, "").strip());
            if (value >= min && value <= max) return value;
        } catch (NumberFormatException e) {
            // the message below says what is expected
        }
        errors.put(name, message);
        return min;
    }

    /**
     * The day a household that left may be anonymised: {@code householdYears} after the later of its departure and the
     * settlement of its last invoice; none while an invoice is still to pay.
     *
     * @param lastSettled the day its last invoice was paid or cancelled; null when it never had one
     */
    public Optional<LocalDate> householdPurgeDay(LocalDate leftOn, LocalDate lastSettled, int invoicesToPay) {
        if (invoicesToPay > 0) return Optional.empty();
        LocalDate from = lastSettled == null || lastSettled.isBefore(leftOn) ? leftOn : lastSettled;
        return Optional.of(from.plusYears(householdYears));
    }

    /** The day a child's health sheet is deleted: the day after the school year of its last enrolment ends. */
    public LocalDate healthSheetPurgeDay(SchoolYear lastEnrolment) {
        return lastEnrolment.lastDay().plusDays(1);
    }

    /** Justificatifs valid until before this day are due. */
    public LocalDate documentsValidBefore(LocalDate today) {
        return today.minusMonths(documentMonths);
    }

    /** Message threads and démarches without any activity since this day are due. */
    public LocalDate messagesInactiveSince(LocalDate today) {
        return today.minusYears(messageYears);
    }

    /** Audit lines older than this day are due. */
    public LocalDate auditBefore(LocalDate today) {
        return today.minusYears(auditYears);
    }

    /** Settled invoices issued before this day are due. */
    public LocalDate invoicesIssuedBefore(LocalDate today) {
        return today.minusYears(invoiceYears);
    }
}
