package fr.portailfamille.domain.billing;

import fr.portailfamille.domain.common.Money;

import java.util.Objects;
import java.util.Optional;

/**
 * The price a household pays for one unit on one day, and why, in French.
 *
 * @param maximumForLackOfQuotient true when no valid quotient was on file: the invoice then says so
 */
public record TariffChoice(String bracketLabel, Money unitPrice, String reason, boolean maximumForLackOfQuotient) {

    public static final String NO_VALID_QUOTIENT = "Tarif maximal appliqué : aucun quotient familial valide";

    public TariffChoice {
        if (Objects.requireNonNull(bracketLabel, "bracketLabel").isBlank()) throw new IllegalArgumentException("bracketLabel is blank");
        Objects.requireNonNull(unitPrice, "unitPrice");
        if (Objects.requireNonNull(reason, "reason").isBlank()) throw new IllegalArgumentException("reason is blank");
    }

    /** The sentence printed under the invoice line: only the maximum tariff for lack of a quotient needs one. */
    public Optional<String> invoiceNote() {
        return maximumForLackOfQuotient ? Optional.of(reason) : Optional.empty();
    }
}
