package fr.portailfamille.application.billing;

import fr.portailfamille.application.common.Actor;
import fr.portailfamille.application.common.FieldErrors;
import fr.portailfamille.domain.billing.BillingRules;
import fr.portailfamille.domain.billing.CashOffice;
import fr.portailfamille.domain.billing.FamilyQuotient;
import fr.portailfamille.domain.billing.InvoiceNumberPattern;
import fr.portailfamille.domain.billing.LateBookingSurcharge;
import fr.portailfamille.domain.billing.QuotientSource;
import fr.portailfamille.domain.billing.TariffBracket;
import fr.portailfamille.domain.billing.TariffGrid;
import fr.portailfamille.domain.common.Money;
import fr.portailfamille.domain.common.MoneyInput;
import fr.portailfamille.domain.households.Household;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The agents' billing settings: régies, tariff grids and households' quotients familiaux. */
public final class ManageBilling {

    public record CashOfficeForm(String name, String clientNumber, String prefix, String template) {
    }

    /** One bracket as typed: empty rows are ignored. */
    public record BracketForm(String label, String from, String to, String price) {
        boolean isEmpty() {
            return label.isBlank() && from.isBlank() && to.isBlank() && price.isBlank();
        }
    }

    /**
     * @param surchargeKind «aucune», «montant» or «pourcentage»
     */
    public record TariffForm(String key, String activityName, String unitLabel, String validFrom, String validTo,
                             boolean billLateCancellations, String surchargeKind, String surcharge, List<BracketForm> brackets) {
    }

    public record QuotientForm(String euros, String source, String validFrom, String validTo) {
    }

    public record Saved<T>(T value, FieldErrors errors) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    public record HouseholdQuotients(Household household, List<FamilyQuotient> history, Optional<FamilyQuotient> current) {
    }

    private final BillingPorts ports;

    public ManageBilling(BillingPorts ports) {
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

    /** Creates a régie ({@code id} 0) or updates one. */
    public Saved<CashOffice> saveCashOffice(Actor actor, long id, CashOfficeForm form) {
        actor.requireStaff();
        var errors = new FieldErrors();
        String prefix = form.prefix().strip().toUpperCase(java.util.Locale.ROOT);
        for (String problem : CashOffice.problems(form.name(), form.clientNumber().strip(), prefix)) {
            errors.add(problem.equals(CashOffice.NAME_MISSING) ? "name" : problem.equals(CashOffice.CLIENT_NUMBER_FORMAT) ? "clientNumber" : "prefix", problem);
        }
        String template = form.template().isBlank() ? InvoiceNumberPattern.DEFAULT_TEMPLATE : form.template().strip();
        var templateProblems = InvoiceNumberPattern.problems(template);
        if (!templateProblems.isEmpty()) errors.add("template", String.join(" ", templateProblems));
        if (errors.isEmpty() && ports.cashOffices().all().stream().anyMatch(c -> c.id() != id && c.invoicePrefix().equals(prefix))) {
            errors.add("prefix", "Une autre régie utilise déjà le préfixe " + prefix + ".");
        }
        if (!errors.isEmpty()) return new Saved<>(null, errors);
        return ports.transactions().inTransaction(() -> {
            var office = new CashOffice(id, form.name(), form.clientNumber().strip(), prefix, new InvoiceNumberPattern(template));
            if (id == 0) return new Saved<>(ports.cashOffices().add(office), errors);
            ports.cashOffices().find(id).orElseThrow(Actor.NotAllowed::new);
            ports.cashOffices().update(office);
            return new Saved<>(office, errors);
        });
    }

    public List<Tariff> tariffs(Actor actor, long cashOfficeId) {
        cashOffice(actor, cashOfficeId);
        return ports.cashOffices().tariffs(cashOfficeId);
    }

    public Tariff tariff(Actor actor, long cashOfficeId, long tariffId) {
        actor.requireStaff();
        return ports.cashOffices().findTariff(tariffId).filter(t -> t.cashOfficeId() == cashOfficeId).orElseThrow(Actor.NotAllowed::new);
    }

    /** Adds a tariff ({@code tariffId} 0) or replaces one, from the agent's form; every problem reported at once. */
    public Saved<Tariff> saveTariff(Actor actor, long cashOfficeId, long tariffId, TariffForm form) {
        cashOffice(actor, cashOfficeId);
        if (tariffId != 0) tariff(actor, cashOfficeId, tariffId);
        var errors = new FieldErrors();
        String key = form.key().strip().toUpperCase(java.util.Locale.ROOT);
        if (!key.matches("[A-Z0-9][A-Z0-9-]{0,39}")) {
            errors.add("key", "La catégorie tarifaire se compose de lettres, de chiffres et de tirets, par exemple PERI-SOIR.");
        }
        errors.requireText("activityName", form.activityName(), "Prestation", 120);
        LocalDate from = date(form.validFrom(), "validFrom", true, errors);
        LocalDate to = date(form.validTo(), "validTo", false, errors);
        if (from != null && to != null && to.isBefore(from)) errors.add("validTo", "La fin de validité précède le début.");
        Optional<LateBookingSurcharge> surcharge = surcharge(form, errors);
        var brackets = new ArrayList<TariffBracket>();
        var bracketProblems = new ArrayList<String>();
        int row = 0;
        for (BracketForm b : form.brackets()) {
            row++;
            if (b.isEmpty()) continue;
            try {
                Integer ceiling = b.to().isBlank() ? null : Integer.parseInt(b.to().strip());
                var price = Money.parse(b.price());
                if (price instanceof MoneyInput.Invalid invalid) {
                    bracketProblems.add("Tranche " + row + " : " + invalid.message());
                } else if (b.label().isBlank()) {
                    bracketProblems.add("Tranche " + row + " : donnez-lui un nom, par exemple T" + row + ".");
                } else {
                    brackets.add(new TariffBracket(b.label(), Integer.parseInt(b.from().strip()), ceiling, ((MoneyInput.Valid) price).money()));
                }
            } catch (NumberFormatException e) {
                bracketProblems.add("Tranche " + row + " : les quotients sont des nombres entiers d'euros (le dernier plafond reste vide).");
            } catch (IllegalArgumentException e) {
                bracketProblems.add("Tranche " + row + " : le quotient de départ ne peut pas être négatif.");
            }
        }
        if (bracketProblems.isEmpty()) bracketProblems.addAll(TariffGrid.problems(brackets));
        if (!bracketProblems.isEmpty()) errors.add("brackets", String.join(" ", bracketProblems));
        if (!errors.isEmpty()) return new Saved<>(null, errors);
        var tariff = new Tariff(tariffId, cashOfficeId, form.activityName(), new TariffGrid(key, form.unitLabel(), from, to, brackets),
                new BillingRules(form.billLateCancellations(), surcharge));
        return ports.transactions().inTransaction(() -> {
            if (tariffId == 0) return new Saved<>(ports.cashOffices().addTariff(tariff), errors);
            ports.cashOffices().updateTariff(tariff);
            return new Saved<>(tariff, errors);
        });
    }

    private static Optional<LateBookingSurcharge> surcharge(TariffForm form, FieldErrors errors) {
        switch (form.surchargeKind()) {
            case "montant" -> {
                if (Money.parse(form.surcharge()) instanceof MoneyInput.Valid valid && valid.money().isPositive()) {
                    return Optional.of(new LateBookingSurcharge.FixedAmount(valid.money()));
                }
                errors.add("surcharge", "Saisissez la majoration en euros, par exemple 1,00.");
            }
            case "pourcentage" -> {
                try {
                    var percent = new java.math.BigDecimal(form.surcharge().strip().replace(',', '.'));
                    int basisPoints = percent.movePointRight(2).intValueExact();
                    if (basisPoints > 0 && basisPoints <= 10_000) return Optional.of(new LateBookingSurcharge.Percentage(basisPoints));
                } catch (NumberFormatException | ArithmeticException e) {
                    // reported below
                }
                errors.add("surcharge", "Saisissez un pourcentage entre 0,01 et 100, par exemple 10.");
            }
            default -> {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    public HouseholdQuotients quotients(Actor actor, long householdId) {
        actor.requireStaff();
        var household = ports.households().find(householdId).orElseThrow(Actor.NotAllowed::new);
        var history = ports.quotients().history(householdId);
        return new HouseholdQuotients(household, history, ports.quotientProvider().validOn(householdId, ports.today()));
    }

    /** Records a quotient the agent read on a validated justificatif. */
    public FieldErrors setQuotient(Actor actor, long householdId, QuotientForm form) {
        actor.requireStaff();
        ports.households().find(householdId).orElseThrow(Actor.NotAllowed::new);
        var errors = new FieldErrors();
        int euros = -1;
        try {
            euros = Integer.parseInt(form.euros().strip());
            if (euros < 0 || euros > 100_000) errors.add("euros", "Le quotient familial est un nombre d'euros entre 0 et 100 000.");
        } catch (NumberFormatException e) {
            errors.add("euros", "Saisissez le quotient familial en euros, sans centimes, par exemple 850.");
        }
        QuotientSource source = null;
        try {
            source = QuotientSource.valueOf(form.source());
        } catch (IllegalArgumentException | NullPointerException e) {
            errors.add("source", "Choisissez le document d'où vient le quotient.");
        }
        LocalDate from = date(form.validFrom(), "validFrom", true, errors);
        LocalDate to = date(form.validTo(), "validTo", true, errors);
        if (from != null && to != null && to.isBefore(from)) errors.add("validTo", "La fin de validité précède le début.");
        if (!errors.isEmpty()) return errors;
        var quotient = new FamilyQuotient(euros, source, from, to);
        ports.transactions().run(() -> ports.quotients().add(householdId, quotient, actor.accountId(), ports.clock().instant()));
        return errors;
    }

    private static LocalDate date(String text, String field, boolean required, FieldErrors errors) {
        if (text == null || text.isBlank()) {
            if (required) errors.add(field, "Saisissez une date.");
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.add(field, "Saisissez une date valide (jj/mm/aaaa).");
            return null;
        }
    }
}
