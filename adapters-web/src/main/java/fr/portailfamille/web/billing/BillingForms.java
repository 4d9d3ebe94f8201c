package fr.portailfamille.web.billing;

import fr.portailfamille.application.billing.RecordDeskPayment;
import fr.portailfamille.application.billing.RecordQuotient;
import fr.portailfamille.application.billing.SaveCashOffice;
import fr.portailfamille.application.billing.SetTariff;
import fr.portailfamille.application.common.FieldErrors;
import fr.portailfamille.domain.billing.LateBookingSurcharge;
import fr.portailfamille.domain.billing.PaymentMethod;
import fr.portailfamille.domain.billing.QuotientSource;
import fr.portailfamille.domain.billing.TariffBracket;
import fr.portailfamille.domain.common.Money;
import fr.portailfamille.domain.common.MoneyInput;
import fr.portailfamille.web.ParsedForm;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The agents' billing forms read as they typed them («2,10», «10 %», «850», ISO dates) and turned into the use
 * cases' commands. {@code field} gives a field's trimmed text, "" when absent.
 */
final class BillingForms {

    /** The tariff form's bracket rows; empty rows are ignored. */
    static final int BRACKET_ROWS = 8;

    private BillingForms() {
    }

    static ParsedForm<SaveCashOffice.Command> cashOffice(Function<String, String> field) {
        return ParsedForm.of(new FieldErrors(), () -> new SaveCashOffice.Command(field.apply("name"), field.apply("clientNumber"),
                field.apply("prefix"), field.apply("template")));
    }

    static ParsedForm<SetTariff.Command> tariff(Function<String, String> field) {
        var unparsed = new FieldErrors();
        var from = ParsedForm.date(field.apply("validFrom"), "validFrom", unparsed);
        var to = ParsedForm.date(field.apply("validTo"), "validTo", unparsed);
        var surcharge = surcharge(field.apply("surchargeKind"), field.apply("surcharge"), unparsed);
        var brackets = brackets(field, unparsed);
        return ParsedForm.of(unparsed, () -> new SetTariff.Command(field.apply("key"), field.apply("activityName"), field.apply("unitLabel"),
                from, to, "oui".equals(field.apply("billLateCancellations")), surcharge, brackets));
    }

    /** The rows as typed, every row's problem in one message under «brackets». */
    private static List<TariffBracket> brackets(Function<String, String> field, FieldErrors unparsed) {
        var brackets = new ArrayList<TariffBracket>();
        var problems = new ArrayList<String>();
        for (int row = 1; row <= BRACKET_ROWS; row++) {
            String label = field.apply("label" + row), from = field.apply("from" + row), to = field.apply("to" + row), price = field.apply("price" + row);
            if (label.isBlank() && from.isBlank() && to.isBlank() && price.isBlank()) continue;
            try {
                Integer ceiling = to.isBlank() ? null : Integer.parseInt(to.strip());
                var parsedPrice = Money.parse(price);
                if (parsedPrice instanceof MoneyInput.Invalid invalid) {
                    problems.add("Tranche " + row + " : " + invalid.message());
                } else if (label.isBlank()) {
                    problems.add("Tranche " + row + " : donnez-lui un nom, par exemple T" + row + ".");
                } else {
                    brackets.add(new TariffBracket(label, Integer.parseInt(from.strip()), ceiling, ((MoneyInput.Valid) parsedPrice).money()));
                }
            } catch (NumberFormatException e) {
                problems.add("Tranche " + row + " : les quotients sont des nombres entiers d'euros (le dernier plafond reste vide).");
            } catch (IllegalArgumentException e) {
                problems.add("Tranche " + row + " : le quotient de départ ne peut pas être négatif.");
            }
        }
        if (!problems.isEmpty()) unparsed.add("brackets", String.join(" ", problems));
        return brackets;
    }

    /** @param kind «aucune», «montant» or «pourcentage» */
    private static Optional<LateBookingSurcharge> surcharge(String kind, String value, FieldErrors unparsed) {
        switch (kind) {
            case "montant" -> {
                if (Money.parse(value) instanceof MoneyInput.Valid valid && valid.money().isPositive()) {
                    return Optional.of(new LateBookingSurcharge.FixedAmount(valid.money()));
                }
                unparsed.add("surcharge", "Saisissez la majoration en euros, par exemple 1,00.");
            }
            case "pourcentage" -> {
                try {
                    int basisPoints = new BigDecimal(value.strip().replace(',', '.')).movePointRight(2).intValueExact();
                    if (basisPoints > 0 && basisPoints <= 10_000) return Optional.of(new LateBookingSurcharge.Percentage(basisPoints));
                } catch (NumberFormatException | ArithmeticException e) {
                    // said below
                }
                unparsed.add("surcharge", "Saisissez un pourcentage entre 0,01 et 100, par exemple 10.");
            }
            default -> {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** A payment received at the desk: the method chosen, the amount as typed («12,50»), the cheque's number. */
    static ParsedForm<RecordDeskPayment.Command> deskPayment(Function<String, String> field) {
        var unparsed = new FieldErrors();
        PaymentMethod method = null;
        try {
            method = PaymentMethod.valueOf(field.apply("method"));
        } catch (IllegalArgumentException e) {
            // the command says a method is missing
        }
        Money amount = null;
        switch (Money.parse(field.apply("amount"))) {
            case MoneyInput.Valid valid -> amount = valid.money();
            case MoneyInput.Invalid invalid -> unparsed.add("amount", invalid.message());
        }
        PaymentMethod chosen = method;
        Money typed = amount;
        return ParsedForm.of(unparsed, () -> new RecordDeskPayment.Command(chosen, typed, field.apply("reference")));
    }

    static ParsedForm<RecordQuotient.Command> quotient(Function<String, String> field) {
        var unparsed = new FieldErrors();
        int euros = -1; // a stand-in when not a number: the command's own message for it gives way to this one
        try {
            euros = Integer.parseInt(field.apply("euros").strip());
        } catch (NumberFormatException e) {
            unparsed.add("euros", "Saisissez le quotient familial en euros, sans centimes, par exemple 850.");
        }
        QuotientSource source = null;
        try {
            source = QuotientSource.valueOf(field.apply("source"));
        } catch (IllegalArgumentException e) {
            // the command says a source is missing
        }
        var from = ParsedForm.date(field.apply("validFrom"), "validFrom", unparsed);
        var to = ParsedForm.date(field.apply("validTo"), "validTo", unparsed);
        int typed = euros;
        QuotientSource chosen = source;
        return ParsedForm.of(unparsed, () -> new RecordQuotient.Command(typed, chosen, from, to));
    }
}
