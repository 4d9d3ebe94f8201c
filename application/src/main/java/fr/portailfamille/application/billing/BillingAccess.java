package fr.portailfamille.application.billing;

import fr.portailfamille.application.common.Actor;
import fr.portailfamille.domain.accounts.Role;
import fr.portailfamille.domain.billing.Invoice;

/**
 * Who may see which invoice, decided once: staff every invoice, a parent only their household's. Another household's
 * invoice is as unknown as a missing one ({@link Actor.NotAllowed}, a 404 on the web).
 */
final class BillingAccess {

    private final BillingPorts ports;

    BillingAccess(BillingPorts ports) {
        this.ports = ports;
    }

    long householdOf(Actor actor) {
        if (actor.role() != Role.PARENT) throw new Actor.NotAllowed();
        return ports.households().householdOf(actor.accountId()).orElseThrow(Actor.NotAllowed::new);
    }

    Invoice invoice(Actor actor, String number) {
        var invoice = ports.invoices().find(number == null ? "" : number).orElseThrow(Actor.NotAllowed::new);
        if (!actor.role().isStaff() && invoice.householdId() != householdOf(actor)) throw new Actor.NotAllowed();
        return invoice;
    }
}
