package fr.portailfamille.domain.billing;

import fr.portailfamille.domain.common.Money;

import java.util.Objects;

/**
 * One «tranche» of a tariff grid: households whose quotient lies in [{@code fromQuotient}, {@code toQuotient}]
 * (whole euros, both ends included) pay {@code unitPrice} per unit.
 *
 * @param label      as the town names it, e.g. «T3»
 * @param toQuotient null for the last bracket, which has no ceiling
 */
public record TariffBracket(String label, int fromQuotient, Integer toQuotient, Money unitPrice) {

    public TariffBracket {
        if (Objects.requireNonNull(label, "label").isBlank()) throw new IllegalArgumentException("label is blank");
        label = label.strip();
        if (fromQuotient < 0) throw new IllegalArgumentException("fromQuotient must not be negative");
        Objects.requireNonNull(unitPrice, "unitPrice");
    }

    public boolean contains(int quotient) {
        return quotient >= fromQuotient && (toQuotient == null || quotient <= toQuotient);
    }

    public boolean isOpenEnded() {
        return toQuotient == null;
    }
}
