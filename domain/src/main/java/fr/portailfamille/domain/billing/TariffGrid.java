package fr.portailfamille.domain.billing;

import fr.portailfamille.domain.common.Money;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The prices of one activity and unit (e.g. «Accueils du mercredi», unit «Mercredi journée complète») by quotient
 * familial bracket, as the town votes them, for a period (usually a school year).
 *
 * <p>Brackets cover every quotient from 0 € up, without gap or overlap, the last one without ceiling: any
 * household with a valid quotient falls in exactly one. Without a valid quotient it pays the maximum price.
 *
 * @param tariffKey  the tariff line of the activities these prices are for (a bookings activity's «priceCategory»,
 *                   e.g. «PERI-SOIR»): letters, digits and «-», upper case
 * @param unitLabel  what one unit is, printed after the period on the invoice line; blank when the activity has one unit
 * @param validTo    last day, inclusive; null while the grid has no successor
 * @param brackets   sorted by {@code fromQuotient}
 */
public record TariffGrid(String tariffKey, String unitLabel, LocalDate validFrom, LocalDate validTo,
                         List<TariffBracket> brackets) {

    public static final String NO_BRACKET = "Définissez au moins une tranche.";
    public static final String DUPLICATE_LABEL = "Deux tranches portent le même nom : %s.";
    public static final String INVERTED = "La tranche %s finit (%d €) avant de commencer (%d €).";
    public static final String NEGATIVE_PRICE = "Le prix de la tranche %s ne peut pas être négatif.";
    public static final String FIRST_FROM_ZERO = "La première tranche (%s) doit commencer à 0 €.";
    public static final String GAP = "Il manque des quotients entre les tranches %s et %s : %s s'arrête à %d €, %s commence à %d €.";
    public static final String OVERLAP = "Les tranches %s et %s se chevauchent : %s va jusqu'à %d €, %s commence à %d €.";
    public static final String CEILING_ONLY_LAST = "Seule la dernière tranche peut être sans plafond ; %s en a un suivant.";
    public static final String LAST_OPEN = "La dernière tranche (%s) doit être sans plafond.";

    public TariffGrid {
        if (tariffKey == null || !tariffKey.matches("[A-Z0-9][A-Z0-9-]{0,39}")) {
            throw new IllegalArgumentException("tariffKey must be 1–40 capital letters, digits or «-»: " + tariffKey);
        }
        unitLabel = Objects.requireNonNull(unitLabel, "unitLabel").strip();
        Objects.requireNonNull(validFrom, "validFrom");
        if (validTo != null && validTo.isBefore(validFrom)) throw new IllegalArgumentException("validTo is before validFrom");
        brackets = sorted(brackets);
        List<String> problems = problems(brackets);
        if (!problems.isEmpty()) throw new IllegalArgumentException("invalid tariff grid: " + problems);
    }

    /**
     * What is wrong with the brackets an agent entered, in French, in any order; empty when they form a grid.
     * Shows every problem at once so the agent fixes them in one go.
     */
    public static List<String> problems(List<TariffBracket> brackets) {
        List<TariffBracket> list = sorted(brackets);
        List<String> found = new ArrayList<>();
        if (list.isEmpty()) {
            found.add(NO_BRACKET);
            return found;
        }
        Set<String> labels = new HashSet<>();
        for (TariffBracket b : list) {
            if (!labels.add(b.label())) found.add(DUPLICATE_LABEL.formatted(b.label()));
            if (b.toQuotient() != null && b.toQuotient() < b.fromQuotient()) {
                found.add(INVERTED.formatted(b.label(), b.toQuotient(), b.fromQuotient()));
            }
            if (b.unitPrice().isNegative()) found.add(NEGATIVE_PRICE.formatted(b.label()));
        }
        if (list.get(0).fromQuotient() != 0) found.add(FIRST_FROM_ZERO.formatted(list.get(0).label()));
        for (int i = 0; i + 1 < list.size(); i++) {
            TariffBracket a = list.get(i);
            TariffBracket b = list.get(i + 1);
            if (a.isOpenEnded()) {
                found.add(CEILING_ONLY_LAST.formatted(a.label()));
            } else if (b.fromQuotient() > a.toQuotient() + 1) {
                found.add(GAP.formatted(a.label(), b.label(), a.label(), a.toQuotient(), b.label(), b.fromQuotient()));
            } else if (b.fromQuotient() <= a.toQuotient()) {
                found.add(OVERLAP.formatted(a.label(), b.label(), a.label(), a.toQuotient(), b.label(), b.fromQuotient()));
            }
        }
        TariffBracket last = list.get(list.size() - 1);
        if (!last.isOpenEnded()) found.add(LAST_OPEN.formatted(last.label()));
        return List.copyOf(found);
    }

    public boolean appliesOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }

    /** The bracket with the highest price (the last such one on a tie): what a household without quotient pays. */
    public TariffBracket maximum() {
        TariffBracket max = brackets.get(0);
        for (TariffBracket b : brackets) if (!b.unitPrice().isLessThan(max.unitPrice())) max = b;
        return max;
    }

    /**
     * The price of one unit used on {@code serviceDate} by a household whose quotient on file is {@code quotient}.
     * A quotient not valid on that very day counts as none: the maximum tariff, with the reason for the invoice.
     * Asking a grid for a day outside its period is a bug in the caller.
     */
    public TariffChoice unitPrice(Optional<FamilyQuotient> quotient, LocalDate serviceDate) {
        Objects.requireNonNull(quotient, "quotient");
        if (!appliesOn(serviceDate)) throw new IllegalArgumentException("grid from " + validFrom + " does not apply on " + serviceDate);
        Optional<FamilyQuotient> valid = quotient.filter(q -> q.isValidOn(serviceDate));
        if (valid.isEmpty()) {
            TariffBracket max = maximum();
            return new TariffChoice(max.label(), max.unitPrice(), TariffChoice.NO_VALID_QUOTIENT, true);
        }
        FamilyQuotient qf = valid.get();
        TariffBracket bracket = brackets.stream().filter(b -> b.contains(qf.euros())).findFirst()
                .orElseThrow(() -> new IllegalStateException("a validated grid covers every quotient"));
        return new TariffChoice(bracket.label(), bracket.unitPrice(),
                "Tranche " + bracket.label() + " : quotient familial " + qf.describe(), false);
    }

    /** Among a household's quotients, the one valid on {@code serviceDate} decides. */
    public TariffChoice unitPrice(List<FamilyQuotient> history, LocalDate serviceDate) {
        return unitPrice(FamilyQuotient.validOn(history, serviceDate), serviceDate);
    }

    private static List<TariffBracket> sorted(List<TariffBracket> brackets) {
        Objects.requireNonNull(brackets, "brackets");
        return brackets.stream().map(b -> Objects.requireNonNull(b, "bracket"))
                .sorted(Comparator.comparingInt(TariffBracket::fromQuotient)).toList();
    }
}
