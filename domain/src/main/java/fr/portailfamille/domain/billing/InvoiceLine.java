package fr.portailfamille.domain.billing;

import fr.portailfamille.domain.common.Money;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * One row of an invoice: «Prestation / Enfant / Quantité / Prix unitaire / Montant». The amount is not stored but
 * computed, so it is always quantity × unit price to the cent: «12 × 4,55 € = 54,60 €».
 *
 * @param quantity  units billed, at least 1
 * @param unitPrice negative on a credit note's lines
 * @param note      printed under the line, e.g. why the maximum tariff applies; empty for none
 */
public record InvoiceLine(String prestation, String childName, int quantity, Money unitPrice, String note) {

    /** U+2013 EN DASH between the parts of a prestation label, with ordinary spaces around it. */
    public static final String LABEL_SEPARATOR = " \u2013 ";
    /** U+00D7 MULTIPLICATION SIGN in «12 × 4,55 € = 54,60 €». */
    public static final char TIMES = '\u00D7';

    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("dd/MM");

    public InvoiceLine {
        prestation = requireText(prestation, "prestation");
        childName = requireText(childName, "childName");
        if (quantity < 1) throw new IllegalArgumentException("quantity must be positive");
        Objects.requireNonNull(unitPrice, "unitPrice");
        note = Objects.requireNonNull(note, "note").strip();
        unitPrice.times(quantity); // an amount that overflows is a bug: fail now, not when printing
    }

    public static InvoiceLine of(String prestation, String childName, int quantity, Money unitPrice) {
        return new InvoiceLine(prestation, childName, quantity, unitPrice, "");
    }

    /**
     * «Accueil Périscolaire Soir – du 01/05 au 31/05», followed by « – Mercredi journée complète» when the
     * activity has several units. The year is on the invoice itself.
     */
    public static String prestationLabel(String activityName, LocalDate from, LocalDate to, String unitLabel) {
        requireText(activityName, "activityName");
        if (to.isBefore(from)) throw new IllegalArgumentException("period ends before it starts");
        String label = activityName.strip() + LABEL_SEPARATOR + "du " + from.format(DAY_MONTH) + " au " + to.format(DAY_MONTH);
        return unitLabel == null || unitLabel.isBlank() ? label : label + LABEL_SEPARATOR + unitLabel.strip();
    }

    /**
     * The activity a label names, read back from {@link #prestationLabel}: «Accueil du soir – du 01/05 au 31/05» and
     * «Majoration réservation hors délai – Accueil du soir – du 02/05 au 02/05» both name «Accueil du soir». A label
     * written by hand is returned whole.
     */
    public static String activityNameOf(String prestation) {
        String label = requireText(prestation, "prestation");
        String surcharge = MonthlyBilling.SURCHARGE_LABEL + LABEL_SEPARATOR;
        if (label.startsWith(surcharge)) label = label.substring(surcharge.length());
        int period = label.indexOf(LABEL_SEPARATOR + "du ");
        return period < 0 ? label : label.substring(0, period);
    }

    public Money amount() {
        return unitPrice.times(quantity);
    }

    /** «12 × 4,55 € = 54,60 €» (ordinary spaces around × and =; the amounts as {@link Money#format()}). */
    public String calculation() {
        return quantity + " " + TIMES + " " + unitPrice.format() + " = " + amount().format();
    }

    /** The same line with the opposite sign, as a credit note carries it. */
    public InvoiceLine negated() {
        return new InvoiceLine(prestation, childName, quantity, unitPrice.negate(), note);
    }

    private static String requireText(String value, String field) {
        if (Objects.requireNonNull(value, field).isBlank()) throw new IllegalArgumentException(field + " is blank");
        return value.strip();
    }
}
