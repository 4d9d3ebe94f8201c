package fr.portailfamille.domain.billing;

import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * The days a credit note gives back: billed by its invoice until then, billable again afterwards — a day cancelled after
 * the month was invoiced, credited, then booked again is billed by the next (complementary) run. A day stays billed
 * once: only a credit note releases it, and only the invoice that bills it can release it.
 */
public final class CreditedDays {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private CreditedDays() {
    }

    /**
     * Why these days cannot be released with a credit note of these lines, in French; empty when they can. Each day
     * must be one the invoice still bills, once, and there are at most as many days as the note cancels units of
     * lines other than surcharges (a surcharge is not a day).
     */
    public static Optional<String> refusal(List<BilledDay> chosen, Collection<BilledDay> billedByInvoice, List<InvoiceLine> creditLines) {
        var seen = new HashSet<BilledDay>();
        for (BilledDay day : chosen) {
            if (!billedByInvoice.contains(day) || !seen.add(day)) {
                return Optional.of("Le jour du " + day.day().format(DAY) + " n'est pas facturé par cette facture, ou un avoir l'a déjà rendu.");
            }
        }
        int units = creditLines.stream().filter(l -> !l.prestation().startsWith(MonthlyBilling.SURCHARGE_LABEL)).mapToInt(InvoiceLine::quantity).sum();
        if (chosen.size() > units) {
            return Optional.of("Vous avez coché " + chosen.size() + " jours, mais l'avoir n'annule que " + units
                    + (units > 1 ? " unités" : " unité") + " de prestation : cochez au plus autant de jours que d'unités annulées.");
        }
        return Optional.empty();
    }
}
