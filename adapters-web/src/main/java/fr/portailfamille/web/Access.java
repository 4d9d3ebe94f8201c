package fr.portailfamille.web;

/** Who may use a route. The use cases decide again with the acting user; this is the first gate. */
public enum Access {
    /** Anyone, signed in or not. */
    PUBLIC,
    /** A signed-in parent or staff member. */
    SIGNED_IN,
    /** A signed-in parent (family pages: the household comes from the session, never from the URL alone). */
    PARENT,
    /** Town staff: agents and admins. */
    STAFF,
    ADMIN,
    /**
     * An admin of a demo (the development mailbox): its mails carry activation and password links, so it is never
     * public, and it does not exist at all on a town's portal.
     */
    DEMO
}
