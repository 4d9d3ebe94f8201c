package fr.portailfamille.application.billing;

import fr.portailfamille.application.common.Actor;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;

/** An agent opens the invoicing run of a régie's month. */
public final class OpenInvoicingRun {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public sealed interface Start {
        /** The month's draft: a new one, or the one already open (a régie has one draft per month). */
        record Started(InvoicingRun run) implements Start {
        }

        record Refused(String message) implements Start {
        }
    }

    private final BillingPorts ports;

    public OpenInvoicingRun(BillingPorts ports) {
        this.ports = ports;
    }

    /**
     * Opens the month's draft run: the one already open, if any, otherwise a new one — complementary when a run of
     * the month is final already (it will bill only the days no final invoice bills). A month not begun yet is refused.
     */
    public Start open(Actor actor, long cashOfficeId, YearMonth month) {
        actor.requireStaff();
        ports.cashOffices().find(cashOfficeId).orElseThrow(Actor.NotAllowed::new);
        if (month.isAfter(YearMonth.from(ports.today()))) {
            return new Start.Refused("Le mois " + ofMonth(month) + " n'a pas commencé : il se facture à partir du " + month.atDay(1).format(DAY) + ".");
        }
        return new Start.Started(ports.invoices().createRun(cashOfficeId, month, actor.accountId(), ports.clock().instant()));
    }

    /** {@link #open}, for callers whose month has begun (demo, bench, tests): a refusal is their bug. */
    public InvoicingRun start(Actor actor, long cashOfficeId, YearMonth month) {
        return switch (open(actor, cashOfficeId, month)) {
            case Start.Started started -> started.run();
            case Start.Refused refused -> throw new IllegalStateException(refused.message());
        };
    }

    /** «de décembre 2026», «d'octobre 2026». */
    static String ofMonth(YearMonth month) {
        String name = month.format(DateTimeFormatter.ofPattern("MMMM yyyy", java.util.Locale.FRENCH));
        return ("aeiouéèêâô".indexOf(name.charAt(0)) >= 0 ? "d'" : "de ") + name;
    }

}
