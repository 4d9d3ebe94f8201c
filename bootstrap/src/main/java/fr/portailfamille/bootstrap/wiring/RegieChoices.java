package fr.portailfamille.bootstrap.wiring;

import fr.portailfamille.application.billing.ActivityTariffChoices;
import fr.portailfamille.web.bookings.BillingChoices;

import java.util.List;

/** Billing's use case seen by the bookings pages, which do not know billing: wiring only, the choices are billing's. */
final class RegieChoices implements BillingChoices {

    private final ActivityTariffChoices choices;

    RegieChoices(ActivityTariffChoices choices) {
        this.choices = choices;
    }

    @Override
    public List<List<String>> cashOffices() {
        return choices.cashOffices();
    }

    @Override
    public List<List<String>> priceCategories() {
        return choices.priceCategories();
    }
}
