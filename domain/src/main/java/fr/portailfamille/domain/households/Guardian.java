package fr.portailfamille.domain.households;

/**
 * A «responsable légal» of the household's children, with the ways to reach them.
 *
 * @param relationship «Mère», «Père», «Tuteur»…
 * @param otherPhone   optional; "" when none
 */
public record Guardian(String lastName, String firstNames, String relationship, String email, String mobilePhone, String otherPhone) {

    public Guardian {
        lastName = Texts.required(lastName, "lastName");
        firstNames = Texts.required(firstNames, "firstNames");
        relationship = Texts.required(relationship, "relationship");
        email = Texts.optional(email);
        mobilePhone = Texts.optional(mobilePhone);
        otherPhone = Texts.optional(otherPhone);
    }

    public String displayName() {
        return firstNames + " " + lastName;
    }

}
