package fr.portailfamille.bootstrap;

import fr.portailfamille.application.billing.port.CashOfficeRepository;
import fr.portailfamille.application.billing.Tariff;
import fr.portailfamille.domain.billing.CashOffice;
import fr.portailfamille.web.bookings.BillingChoices;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/** The activity form's lists, read from billing's régies and tariffs each time the form is shown (they change rarely, and only here). */
final class RegieChoices implements BillingChoices {

    private final CashOfficeRepository cashOffices;

    RegieChoices(CashOfficeRepository cashOffices) {
        this.cashOffices = cashOffices;
    }

    @Override
    public List<List<String>> cashOffices() {
        return cashOffices.all().stream().map(o -> List.of(o.invoicePrefix(), o.name() + " (" + o.invoicePrefix() + ")")).toList();
    }

    /** One choice per tariff key, named after its activity and régie (a key with several periods appears once). */
    @Override
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
