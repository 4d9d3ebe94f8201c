package fr.portailfamille.application.households;

import fr.portailfamille.application.common.Actor;
import fr.portailfamille.application.common.FieldErrors;
import fr.portailfamille.domain.households.AuthorisedContact;
import fr.portailfamille.domain.households.DossierChange;
import fr.portailfamille.domain.households.HealthRecord;

import java.util.List;

/** «Autorisations parentales»: the numbered persons to call in an emergency or allowed to collect a child. */
public final class ManageContacts {

    public record Command(String name, String relationship, String phone, boolean emergency, boolean mayCollect) {
    }

    public static final String NEITHER = "Cochez au moins un rôle : à contacter en cas d'urgence, ou autorisée à venir chercher l'enfant.";

    private final HouseholdsPorts ports;
    private final DossierAccess access;

    public ManageContacts(HouseholdsPorts ports) {
        this.ports = ports;
        this.access = new DossierAccess(ports);
    }

    public List<AuthorisedContact> list(Actor actor, long householdId, long childId) {
        access.child(actor, householdId, childId);
        return ports.households().contacts(childId);
    }

    /** @return the refused fields; empty when added */
    public FieldErrors add(Actor actor, long householdId, long childId, Command command) {
        access.child(actor, householdId, childId);
        var errors = check(command);
        if (!errors.isEmpty()) return errors;
        ports.transactions().run(() -> {
            int rank = ports.households().contacts(childId).stream().mapToInt(AuthorisedContact::rank).max().orElse(0) + 1;
            var added = ports.households().addContact(new AuthorisedContact(0, childId, rank, command.name(), command.relationship(),
                    command.phone(), command.emergency(), command.mayCollect()));
            ports.audit().record(new DossierChange(householdId, childId, actor.accountId(), ports.clock().instant(),
                    "Personne autorisée n° " + rank, "", added.summary()));
        });
        return errors;
    }

    /** The person as stored, for its edit form; another child's person is {@link Actor.NotAllowed}. */
    public AuthorisedContact find(Actor actor, long householdId, long childId, long contactId) {
        access.child(actor, householdId, childId);
        return ports.households().contacts(childId).stream().filter(c -> c.id() == contactId).findFirst()
                .orElseThrow(Actor.NotAllowed::new);
    }

    /** Corrects a person (a new phone number, another role) keeping its number; @return the refused fields, nothing changed then */
    public FieldErrors edit(Actor actor, long householdId, long childId, long contactId, Command command) {
        var before = find(actor, householdId, childId, contactId);
        var errors = check(command);
        if (!errors.isEmpty()) return errors;
        var after = new AuthorisedContact(before.id(), childId, before.rank(), command.name(), command.relationship(), command.phone(),
                command.emergency(), command.mayCollect());
        if (after.equals(before)) return errors;
        ports.transactions().run(() -> {
            ports.households().updateContact(after);
            ports.audit().record(new DossierChange(householdId, childId, actor.accountId(), ports.clock().instant(),
                    "Personne autorisée n° " + before.rank(), before.summary(), after.summary()));
        });
        return errors;
    }

    private static FieldErrors check(Command command) {
        var errors = new FieldErrors()
                .requireText("name", command.name(), "Nom et prénom", 150)
                .requireText("relationship", command.relationship(), "Lien de parenté", 60);
        if (!HealthRecord.isPhone(command.phone() == null ? "" : command.phone())) errors.add("phone", UpdateCoordinates.PHONE_INVALID);
        if (!command.emergency() && !command.mayCollect()) errors.add("emergency", NEITHER);
        return errors;
    }

    public void remove(Actor actor, long householdId, long childId, long contactId) {
        var contact = find(actor, householdId, childId, contactId);
        ports.transactions().run(() -> {
            ports.households().removeContact(contactId);
            ports.audit().record(new DossierChange(householdId, childId, actor.accountId(), ports.clock().instant(),
                    "Personne autorisée n° " + contact.rank(), contact.summary(), ""));
        });
    }
}
