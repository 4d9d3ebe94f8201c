package fr.portailfamille.domain.town;

import java.util.Objects;

/**
 * One of the town's services as the contact page lists it («Service scolaire et périscolaire», «Régie», «Centre de
 * loisirs»…): where it receives the public and how to reach it. Town data, written by an admin.
 *
 * @param id            0 until stored
 * @param phone         «» when the service has no line of its own
 * @param email         «» when it has no address of its own
 * @param openingHours  as the town writes it, one line per period; «» when not said
 */
public record ServiceOffice(long id, String name, String postalAddress, String phone, String email, String openingHours) {

    public ServiceOffice {
        if (id < 0) throw new IllegalArgumentException("id must not be negative");
        if (Objects.requireNonNull(name, "name").isBlank()) throw new IllegalArgumentException("name is blank");
        if (Objects.requireNonNull(postalAddress, "postalAddress").isBlank()) throw new IllegalArgumentException("postalAddress is blank");
        name = name.strip();
        postalAddress = postalAddress.strip();
        phone = phone == null ? "" : phone.strip();
        email = email == null ? "" : email.strip();
        openingHours = openingHours == null ? "" : openingHours.strip();
    }

    public ServiceOffice withId(long newId) {
        return new ServiceOffice(newId, name, postalAddress, phone, email, openingHours);
    }
}
