package fr.portailfamille.domain.households;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A child of a household.
 *
 * @param id     0 until stored
 * @param school the school's name as the town lists it; "" when not known yet
 * @param level  null when not known yet (a toddler)
 * @param email       the child's own e-mail address («Coordonnées»), "" when none
 * @param mobilePhone the child's own mobile phone, "" when none
 */
public record Child(long id, long householdId, String lastName, String firstNames, LocalDate birthDate, String school, SchoolLevel level,
                    String email, String mobilePhone) {

    /** A child without coordinates of its own: most children have none. */
    public Child(long id, long householdId, String lastName, String firstNames, LocalDate birthDate, String school, SchoolLevel level) {
        this(id, householdId, lastName, firstNames, birthDate, school, level, "", "");
    }

    public Child {
        if (id < 0) throw new IllegalArgumentException("id must not be negative");
        if (householdId <= 0) throw new IllegalArgumentException("a child belongs to a stored household");
        lastName = Texts.required(lastName, "lastName");
        firstNames = Texts.required(firstNames, "firstNames");
        Objects.requireNonNull(birthDate, "birthDate");
        school = Texts.optional(school);
        email = Texts.optional(email);
        mobilePhone = Texts.optional(mobilePhone);
    }

    public Child withId(long newId) {
        return new Child(newId, householdId, lastName, firstNames, birthDate, school, level, email, mobilePhone);
    }

    public String displayName() {
        return firstNames + " " + lastName;
    }
}
