package fr.portailfamille.domain.households;

/**
 * A person of the «autorisations parentales» of one child, numbered 1, 2…
 *
 * @param id        0 until stored
 * @param emergency to be called in an emergency
 * @param mayCollect allowed to collect the child
 */
public record AuthorisedContact(long id, long childId, int rank, String name, String relationship, String phone,
                                boolean emergency, boolean mayCollect) {

    public AuthorisedContact {
        if (id < 0) throw new IllegalArgumentException("id must not be negative");
        if (childId <= 0) throw new IllegalArgumentException("a contact belongs to a stored child");
        if (rank <= 0) throw new IllegalArgumentException("ranks start at 1");
        name = Texts.required(name, "name");
        relationship = Texts.required(relationship, "relationship");
        phone = Texts.required(phone, "phone");
    }

    public AuthorisedContact withId(long newId) {
        return new AuthorisedContact(newId, childId, rank, name, relationship, phone, emergency, mayCollect);
    }

    /** «Mamie Josette (grand-mère), 06 12 34 56 78, à contacter en cas d'urgence, peut venir chercher l'enfant». */
    public String summary() {
        return name + " (" + relationship + "), " + phone + (emergency ? ", à contacter en cas d'urgence" : "")
                + (mayCollect ? ", peut venir chercher l'enfant" : "");
    }
}
