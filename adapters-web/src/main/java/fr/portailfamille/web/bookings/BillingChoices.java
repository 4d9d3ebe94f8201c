package fr.portailfamille.web.bookings;

import java.util.List;

/**
 * What the activity form offers for «Régie» and «Catégorie de tarif»: the town's régies and their tariff lines, given
 * by billing through the wiring (the bookings pages do not know billing). Each choice is {@code [value, label]}.
 */
public interface BillingChoices {

    /** No choice known: the form asks for the codes as text, as before billing is set up. */
    BillingChoices NONE = new BillingChoices() {
        @Override
        public List<List<String>> cashOffices() {
            return List.of();
        }

        @Override
        public List<List<String>> priceCategories() {
            return List.of();
        }
    };

    /** The régies, as {@code [invoice prefix, name]}: an activity names its régie by the prefix («PERI»). */
    List<List<String>> cashOffices();

    /** The tariff lines, as {@code [tariff key, «Restauration scolaire (REPAS) – Régie Périscolaire»]}. */
    List<List<String>> priceCategories();
}
