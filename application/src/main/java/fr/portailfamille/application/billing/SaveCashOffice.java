package fr.portailfamille.application.billing;

import fr.portailfamille.application.common.Actor;
import fr.portailfamille.application.common.FieldErrors;
import fr.portailfamille.application.common.InvalidCommand;
import fr.portailfamille.domain.billing.CashOffice;
import fr.portailfamille.domain.billing.InvoiceNumberPattern;

import java.util.Locale;

/** An agent creates a régie or changes one: its name, PayFiP client number, invoice prefix and numbering. */
public final class SaveCashOffice {

    /**
     * The régie as typed, tidied (prefix in capitals, the default numbering when none is given) and checked whole.
     *
     * @throws InvalidCommand every problem at once, by field
     */
    public record Command(String name, String clientNumber, String prefix, String template) {
        public Command {
            name = name == null ? "" : name;
            clientNumber = clientNumber == null ? "" : clientNumber.strip();
            prefix = prefix == null ? "" : prefix.strip().toUpperCase(Locale.ROOT);
            template = template == null || template.isBlank() ? InvoiceNumberPattern.DEFAULT_TEMPLATE : template.strip();
            var errors = new FieldErrors();
            for (String problem : CashOffice.problems(name, clientNumber, prefix)) {
                errors.add(problem.equals(CashOffice.NAME_MISSING) ? "name" : problem.equals(CashOffice.CLIENT_NUMBER_FORMAT) ? "clientNumber" : "prefix", problem);
            }
            var templateProblems = InvoiceNumberPattern.problems(template);
            if (!templateProblems.isEmpty()) errors.add("template", String.join(" ", templateProblems));
            InvalidCommand.throwIfAny(errors);
        }
    }

    private final BillingPorts ports;

    public SaveCashOffice(BillingPorts ports) {
        this.ports = ports;
    }

    /** Creates a régie ({@code id} 0) or updates one; two régies never share a prefix (invoice numbers would collide). */
    public Saved<CashOffice> save(Actor actor, long id, Command command) {
        actor.requireStaff();
        var errors = new FieldErrors();
        if (ports.cashOffices().all().stream().anyMatch(c -> c.id() != id && c.invoicePrefix().equals(command.prefix()))) {
            errors.add("prefix", "Une autre régie utilise déjà le préfixe " + command.prefix() + ".");
            return new Saved<>(null, errors);
        }
        return ports.transactions().inTransaction(() -> {
            var office = new CashOffice(id, command.name(), command.clientNumber(), command.prefix(), new InvoiceNumberPattern(command.template()));
            if (id == 0) return new Saved<>(ports.cashOffices().add(office), errors);
            ports.cashOffices().find(id).orElseThrow(Actor.NotAllowed::new);
            ports.cashOffices().update(office);
            return new Saved<>(office, errors);
        });
    }
}
