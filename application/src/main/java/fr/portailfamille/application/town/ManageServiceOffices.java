package fr.portailfamille.application.town;

import fr.portailfamille.application.town.port.*;
import fr.portailfamille.application.accounts.port.AuditLog;
import fr.portailfamille.application.common.Actor;
import fr.portailfamille.application.common.FieldErrors;
import fr.portailfamille.application.common.port.Transactions;
import fr.portailfamille.domain.accounts.AuditEvent;
import fr.portailfamille.domain.accounts.AuditEventType;
import fr.portailfamille.domain.accounts.EmailAddress;
import fr.portailfamille.domain.town.ServiceOffice;

import java.time.Clock;
import java.util.List;

/**
 * «Services de la ville»: an administrator lists the town's services with their addresses, phone, e-mail and opening
 * hours; «Nous contacter» shows them to everyone. Journaled.
 */
public final class ManageServiceOffices {

    /** @param id 0 for a new service */
    public record Command(long id, String name, String postalAddress, String phone, String email, String openingHours) {

        public static Command of(ServiceOffice office) {
            return new Command(office.id(), office.name(), office.postalAddress(), office.phone(), office.email(), office.openingHours());
        }
    }

    private final ServiceOffices offices;
    private final AuditLog audit;
    private final Transactions transactions;
    private final Clock clock;

    public ManageServiceOffices(ServiceOffices offices, AuditLog audit, Transactions transactions, Clock clock) {
        this.offices = offices;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** To anyone: the contact page is public. */
    public List<ServiceOffice> all() {
        return offices.all();
    }

    public List<ServiceOffice> list(Actor actor) {
        actor.requireAdmin();
        return offices.all();
    }

    /** @return the refused fields; empty when saved */
    public FieldErrors save(Actor actor, Command command) {
        actor.requireAdmin();
        var errors = new FieldErrors()
                .requireText("name", command.name(), "Nom du service", 120)
                .requireText("postalAddress", command.postalAddress(), "Adresse", 300);
        if (command.phone() != null && command.phone().strip().length() > 40) errors.add("phone", "Le champ « Téléphone » ne doit pas dépasser 40 caractères.");
        String email = command.email() == null ? "" : command.email().strip();
        if (!email.isEmpty() && EmailAddress.parse(email).isEmpty()) errors.add("email", "Adresse e-mail du service : " + EmailAddress.INVALID);
        if (command.openingHours() != null && command.openingHours().strip().length() > 1000) {
            errors.add("openingHours", "Horaires d'accueil : 1 000 caractères au plus.");
        }
        if (command.id() != 0 && offices.find(command.id()).isEmpty()) errors.add("name", "Ce service n'existe plus : rechargez la page.");
        if (!errors.isEmpty()) return errors;
        var office = new ServiceOffice(command.id(), command.name(), command.postalAddress(), command.phone(), email, command.openingHours());
        transactions.run(() -> {
            offices.save(office);
            journal(actor, (command.id() == 0 ? "service ajouté : " : "service modifié : ") + office.name());
        });
        return errors;
    }

    /** @return false when there was no such service (already removed) */
    public boolean remove(Actor actor, long id) {
        actor.requireAdmin();
        return transactions.inTransaction(() -> {
            var office = offices.find(id);
            if (office.isEmpty() || !offices.remove(id)) return false;
            journal(actor, "service retiré : " + office.get().name());
            return true;
        });
    }

    private void journal(Actor actor, String what) {
        audit.record(new AuditEvent(AuditEventType.TOWN_SETTINGS_CHANGED, actor.accountId(), null, clock.instant(), actor.origin(), what));
    }
}
