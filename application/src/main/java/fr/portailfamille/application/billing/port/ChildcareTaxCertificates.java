package fr.portailfamille.application.billing.port;

import fr.portailfamille.domain.billing.PaidChildcare;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Out-port: what the yearly childcare tax certificates are made from, and which households have theirs. The lines are
 * read back from the frozen invoices: the child by the name the line prints among the household's children, the
 * activity by the name the line starts with (see {@link fr.portailfamille.domain.billing.InvoiceLine#activityNameOf}).
 */
public interface ChildcareTaxCertificates {

    /**
     * Every line of the invoices paid in {@code year} (the town's time), and of their credit notes issued by 31 December
     * of that year (negative), the child and the activity resolved when a stored one bears the printed name.
     */
    List<PaidChildcare> paidIn(int year);

    /** The households whose certificate of {@code year} is stored. */
    Set<Long> certified(int year);

    /**
     * Records that the household's certificate of {@code year} is the town document {@code documentId}; false, and
     * nothing recorded, when it has one for that year already (another agent's production, a second click).
     */
    boolean record(long householdId, int year, long documentId, Instant at, long issuedBy);
}
