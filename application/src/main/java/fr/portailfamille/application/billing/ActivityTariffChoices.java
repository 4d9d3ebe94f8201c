package fr.portailfamille.application.billing;

import fr.portailfamille.application.billing.port.CashOfficeRepository;
import fr.portailfamille.domain.billing.CashOffice;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * What an activity can be billed with, as the activity form offers it: the town's régies and their tariff lines,
 * read each time the form is shown (they change rarely). Each choice is {@code [value, label]}.
 */
public final class ActivityTariffChoices {

    private final CashOfficeRepository cashOffices;

    public ActivityTariffChoices(CashOfficeRepository cashOffices) {
        this.cashOffices = cashOffices;
    }

    /** The régies, as {@code [invoice prefix, «Régie Périscolaire (PERI)»]}: an activity names its régie by the prefix. */
    public List<List<String>> cashOffices() {
        return cashOffices.all().stream().map(o -> List.of(o.invoicePrefix(), o.name() + " (" + o.invoicePrefix() + ")")).toList();
    }

    /** One choice per tariff key, named after its activity and régie (a key with several periods appears once). */
    public List<List<String>> priceCategories() {
        var byKey = new LinkedHashMap<String, List<String>>();
        for (CashOffice office : cashOffices.all()) {
            for (Tariff t : cashOffices.tariffs(office.id())) {
                byKey.putIfAbsent(t.key(), List.of(t.key(), t.activityName() + " (" + t.key() + ") – " + office.name()));
            }
        }
        return new ArrayList<>(byKey.values());
    }
}
