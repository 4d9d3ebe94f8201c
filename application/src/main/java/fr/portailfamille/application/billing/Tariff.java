package fr.portailfamille.application.billing;

import fr.portailfamille.domain.billing.BillingRules;
import fr.portailfamille.domain.billing.TariffGrid;

import java.util.Objects;

/**
 * A tariff as a régie keeps it: the prices of one tariff line by quotient bracket ({@link TariffGrid}, whose key is
 * the bookings activities' «priceCategory») and the billing rules of those activities.
 *
 * @param id           0 until stored
 * @param activityName printed on the invoice line, e.g. «Accueil Périscolaire Soir»
 */
public record Tariff(long id, long cashOfficeId, String activityName, TariffGrid grid, BillingRules rules) {

    public Tariff {
        if (id < 0 || cashOfficeId <= 0) throw new IllegalArgumentException("ids");
        if (Objects.requireNonNull(activityName, "activityName").isBlank()) throw new IllegalArgumentException("activityName is blank");
        activityName = activityName.strip();
        Objects.requireNonNull(grid, "grid");
        Objects.requireNonNull(rules, "rules");
    }

    public Tariff withId(long newId) {
        return new Tariff(newId, cashOfficeId, activityName, grid, rules);
    }

    public String key() {
        return grid.tariffKey();
    }
}
