package fr.portailfamille.domain.billing;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A household's «quotient familial», set by an agent once the justificatif is validated. It sets the price bracket
 * only during its validity period; outside it the household pays the maximum tariff.
 *
 * @param euros     whole euros per month, as CAF and MSA attestations print it (fractions are dropped there)
 * @param validFrom first day it applies
 * @param validTo   last day it applies, inclusive
 */
public record FamilyQuotient(int euros, QuotientSource source, LocalDate validFrom, LocalDate validTo) {

    public FamilyQuotient {
        if (euros < 0) throw new IllegalArgumentException("a quotient familial is not negative");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(validTo, "validTo");
        if (validTo.isBefore(validFrom)) throw new IllegalArgumentException("validTo is before validFrom");
    }

    /** Valid on both end days. */
    public boolean isValidOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return !date.isBefore(validFrom) && !date.isAfter(validTo);
    }

    /**
     * The quotient that applies on {@code date} among a household's history; when two overlap (a new attestation
     * arrived before the old one ran out) the most recent one, by start date, wins; on the same start date the one
     * recorded last (the history is in the order it was recorded), as a CAF answer replaces an attestation of that month.
     */
    public static Optional<FamilyQuotient> validOn(List<FamilyQuotient> history, LocalDate date) {
        return history.stream()
                .filter(q -> q.isValidOn(date))
                .reduce((earlier, later) -> later.validFrom().isBefore(earlier.validFrom()) ? earlier : later);
    }

    /** «850 € (Attestation CAF)». */
    public String describe() {
        return euros + "\u00A0€ (" + source.label() + ")";
    }
}
