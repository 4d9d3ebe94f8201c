package fr.portailfamille.domain.billing;

import fr.portailfamille.domain.common.Money;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The invoices a household pays in one online transaction: all of one régie (the payment service takes one
 * régie client number and one reference per transaction), all payable, for their whole amount due. Invoices of
 * several régies are paid one régie after the other.
 */
public record PaymentRequest(long householdId, CashOffice cashOffice, List<Invoice> invoices, PaymentReference reference) {

    /** PayFiP refuses less than 1,00 € («montant» minimum 100 cents). */
    public static final Money MINIMUM = Money.ofCents(100);

    public static final String NOTHING_CHOSEN = "Choisissez au moins une facture à payer.";
    public static final String CHOSEN_TWICE = "La facture %s est choisie deux fois.";
    public static final String NOT_YOURS = "La facture %s n'est pas une facture de votre foyer.";
    public static final String OTHER_CASH_OFFICE =
            "La facture %s dépend d'une autre régie que « %s » : payez les factures d'une régie après l'autre.";
    public static final String ALREADY_PAID = "La facture %s est déjà payée.";
    public static final String CANCELLED = "La facture %s a été annulée par un avoir : il n'y a rien à payer.";
    public static final String BELOW_MINIMUM =
            "Le paiement en ligne demande au moins 1,00 € : réglez un montant inférieur auprès de la régie.";

    public PaymentRequest {
        Objects.requireNonNull(cashOffice, "cashOffice");
        invoices = List.copyOf(invoices);
        Objects.requireNonNull(reference, "reference");
        List<String> problems = problems(householdId, cashOffice, invoices);
        if (!problems.isEmpty()) throw new IllegalArgumentException("invalid payment request: " + problems);
    }

    /** The request, or every reason to refuse it in French, in the order the invoices were chosen. */
    public static Check prepare(long householdId, CashOffice cashOffice, List<Invoice> invoices, PaymentReference reference) {
        List<String> problems = problems(householdId, cashOffice, invoices);
        return problems.isEmpty()
                ? new Check.Ready(new PaymentRequest(householdId, cashOffice, invoices, reference))
                : new Check.Refused(problems);
    }

    public static List<String> problems(long householdId, CashOffice cashOffice, List<Invoice> invoices) {
        Objects.requireNonNull(cashOffice, "cashOffice");
        if (invoices.isEmpty()) return List.of(NOTHING_CHOSEN);
        List<String> found = new ArrayList<>();
        Set<InvoiceNumber> seen = new HashSet<>();
        for (Invoice invoice : invoices) {
            String n = invoice.number().value();
            if (!seen.add(invoice.number())) found.add(CHOSEN_TWICE.formatted(n));
            else if (invoice.householdId() != householdId) found.add(NOT_YOURS.formatted(n));
            else if (invoice.cashOfficeId() != cashOffice.id()) found.add(OTHER_CASH_OFFICE.formatted(n, cashOffice.name()));
            else if (invoice.status().isPaid()) found.add(ALREADY_PAID.formatted(n));
            else if (invoice.status() == InvoiceStatus.CANCELLED_BY_CREDIT_NOTE) found.add(CANCELLED.formatted(n));
        }
        if (found.isEmpty() && totalDue(invoices).isLessThan(MINIMUM)) found.add(BELOW_MINIMUM);
        return List.copyOf(found);
    }

    /** What the transaction asks for: the sum of the amounts due. */
    public Money total() {
        return totalDue(invoices);
    }

    public List<InvoiceNumber> invoiceNumbers() {
        return invoices.stream().map(Invoice::number).toList();
    }

    private static Money totalDue(List<Invoice> invoices) {
        return Money.sum(invoices.stream().map(Invoice::amountDue).toList());
    }

    /** Result of {@link #prepare}. */
    public sealed interface Check {
        record Ready(PaymentRequest request) implements Check {
            public Ready {
                Objects.requireNonNull(request, "request");
            }
        }

        record Refused(List<String> messages) implements Check {
            public Refused {
                messages = List.copyOf(messages);
                if (messages.isEmpty()) throw new IllegalArgumentException("a refusal says why");
            }
        }
    }
}
