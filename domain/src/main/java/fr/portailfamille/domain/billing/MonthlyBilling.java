package fr.portailfamille.domain.billing;

import fr.portailfamille.domain.common.Money;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns one child's month at one activity into invoice lines: the billing rules pick the billed days, the tariff
 * grid prices each day with the quotient valid that day, and days at the same price make one line.
 *
 * <p>Usually one line for the whole month, «Accueil Périscolaire Soir – du 01/05 au 31/05». When the price
 * changed during the month (a quotient validated or expired on the 15th), one line per price, each labelled
 * with its first and last billed day, so the parent sees which days cost what. A late-booking surcharge is a
 * line of its own under the line it belongs to.
 */
public final class MonthlyBilling {

    public static final String SURCHARGE_LABEL = "Majoration réservation hors délai";

    private MonthlyBilling() {
    }

    public static List<InvoiceLine> lines(String activityName, TariffGrid grid, BillingRules rules, String childName,
                                          YearMonth month, List<UsageFact> facts, List<FamilyQuotient> quotients) {
        return lines(activityName, grid, rules, childName, month, facts, quotients, true);
    }

    /**
     * @param wholeMonth false for a complementary run, which bills a few days left over: its lines always name their
     *                   first and last billed day, never the whole month
     */
    public static List<InvoiceLine> lines(String activityName, TariffGrid grid, BillingRules rules, String childName,
                                          YearMonth month, List<UsageFact> facts, List<FamilyQuotient> quotients, boolean wholeMonth) {
        Objects.requireNonNull(grid, "grid");
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(quotients, "quotients");
        for (UsageFact fact : facts) {
            if (!YearMonth.from(fact.date()).equals(month)) throw new IllegalArgumentException(fact.date() + " is not in " + month);
        }
        var days = rules.billableDays(facts);
        Map<Price, List<LocalDate>> billedByPrice = new LinkedHashMap<>();
        Map<Price, Integer> surchargedByPrice = new LinkedHashMap<>();
        for (LocalDate day : days.billed()) {
            Price price = Price.of(grid.unitPrice(quotients, day));
            billedByPrice.computeIfAbsent(price, p -> new ArrayList<>()).add(day);
            if (days.surcharged().contains(day)) surchargedByPrice.merge(price, 1, Integer::sum);
        }
        boolean single = wholeMonth && billedByPrice.size() == 1;
        List<InvoiceLine> lines = new ArrayList<>();
        billedByPrice.forEach((price, dates) -> {
            LocalDate from = single ? month.atDay(1) : dates.get(0);
            LocalDate to = single ? month.atEndOfMonth() : dates.get(dates.size() - 1);
            String label = InvoiceLine.prestationLabel(activityName, from, to, grid.unitLabel());
            lines.add(new InvoiceLine(label, childName, dates.size(), price.unitPrice(), price.note()));
            int surcharged = surchargedByPrice.getOrDefault(price, 0);
            Optional<Money> perUnit = rules.lateBookingSurcharge().map(s -> s.perUnit(price.unitPrice()));
            if (surcharged > 0 && perUnit.isPresent() && perUnit.get().isPositive()) {
                lines.add(InvoiceLine.of(SURCHARGE_LABEL + InvoiceLine.LABEL_SEPARATOR + label, childName, surcharged, perUnit.get()));
            }
        });
        return List.copyOf(lines);
    }

    /** Days grouped on what the parent sees: bracket, price and the note; not on the quotient's exact value. */
    private record Price(String bracket, Money unitPrice, String note) {
        static Price of(TariffChoice choice) {
            return new Price(choice.bracketLabel(), choice.unitPrice(), choice.invoiceNote().orElse(""));
        }
    }
}
