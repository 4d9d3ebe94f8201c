package fr.portailfamille.application.billing;

import fr.portailfamille.application.common.Actor;
import fr.portailfamille.domain.billing.CashOffice;

import java.util.List;

/**
 * The régies and their tariffs as agents read them. The four queries stay together: they answer the same pages and
 * share one rule (staff only; an unknown régie, or a tariff of another régie, is not found).
 */
public final class ReadCashOffices {

    private final BillingPorts ports;

    public ReadCashOffices(BillingPorts ports) {
        this.ports = ports;
    }

    public List<CashOffice> cashOffices(Actor actor) {
        actor.requireStaff();
        return ports.cashOffices().all();
    }

    public CashOffice cashOffice(Actor actor, long id) {
        actor.requireStaff();
        return ports.cashOffices().find(id).orElseThrow(Actor.NotAllowed::new);
    }

    public List<Tariff> tariffs(Actor actor, long cashOfficeId) {
        cashOffice(actor, cashOfficeId);
        return ports.cashOffices().tariffs(cashOfficeId);
    }

    public Tariff tariff(Actor actor, long cashOfficeId, long tariffId) {
        actor.requireStaff();
        return ports.cashOffices().findTariff(tariffId).filter(t -> t.cashOfficeId() == cashOfficeId).orElseThrow(Actor.NotAllowed::new);
    }
}
