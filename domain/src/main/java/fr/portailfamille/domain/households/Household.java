package fr.portailfamille.domain.households;

import java.util.List;
import java.util.Objects;

/**
 * The «foyer»: the family file, its guardians and its postal address. Children are kept apart ({@link Child}),
 * each with its own health sheet, contacts and consents.
 *
 * @param id                0 until stored
 * @param name              «Famille DUPONT»
 * @param paperlessInvoices «adhérer à l'envoi de mes factures par courriels»
 */
public record Household(long id, String name, String postalAddress, boolean paperlessInvoices, List<Guardian> guardians) {

    public Household {
        if (id < 0) throw new IllegalArgumentException("id must not be negative");
        name = Texts.required(name, "name");
        postalAddress = Texts.optional(postalAddress);
        guardians = List.copyOf(Objects.requireNonNull(guardians, "guardians"));
    }

    /** A new, empty household named after the account that opens it: «Famille DUPONT». */
    public static Household named(String familyName) {
        return new Household(0, "Famille " + Texts.required(familyName, "familyName"), "", false, List.of());
    }

    public Household withId(long newId) {
        return new Household(newId, name, postalAddress, paperlessInvoices, guardians);
    }

    public Household withCoordinates(String newAddress, boolean paperless, List<Guardian> newGuardians) {
        return new Household(id, name, newAddress, paperless, newGuardians);
    }

    public Household renamed(String newName) {
        return new Household(id, newName, postalAddress, paperlessInvoices, guardians);
    }
}
