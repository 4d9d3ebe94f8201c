package fr.portailfamille.application.billing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * An invoicing run of one régie for one month: computed as drafts (again as often as needed), reviewed by agents,
 * then finalised once — numbers taken, lines frozen, households told.
 *
 * <p>A month may have several final runs: the first, then complementary ones for the days booked (or rebooked) since,
 * each billing only the days no final invoice of the month counts yet. A régie has at most one draft per month.
 *
 * @param complementary started after another run of the same month was final
 * @param computedAt    null until the drafts were computed once
 * @param issuedOn      null while a draft
 */
public record InvoicingRun(long id, long cashOfficeId, YearMonth month, boolean complementary, Status status, long createdBy, Instant createdAt,
                           Instant computedAt, LocalDate issuedOn, Instant finalisedAt) {

    public enum Status {
        DRAFT("Brouillon"), FINALISED("Finalisée");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public InvoicingRun {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        if ((status == Status.FINALISED) != (finalisedAt != null)) throw new IllegalArgumentException("finalised exactly when finalisedAt is set");
    }

    public boolean isFinal() {
        return status == Status.FINALISED;
    }

    /** «12/2026 – Complémentaire – Brouillon», as the régie's list of runs shows it. */
    public String label() {
        return String.format("%02d/%d", month.getMonthValue(), month.getYear()) + (complementary ? " \u2013 Complémentaire" : "")
                + " \u2013 " + status.label();
    }
}
