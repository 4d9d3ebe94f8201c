package fr.portailfamille.application.billing;

import fr.portailfamille.application.billing.port.*;
import fr.portailfamille.domain.common.TownZone;
import fr.portailfamille.application.common.Actor;
import fr.portailfamille.application.common.FieldErrors;
import fr.portailfamille.application.common.port.Transactions;
import fr.portailfamille.application.households.port.HouseholdRepository;
import fr.portailfamille.domain.billing.FamilyQuotient;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Asking the CAF or the MSA (through API Particulier) for a household's quotient familial: by the family, once it ticks
 * its agreement, or by an agent who records that the family agreed. The answer is kept with its source, the day it was
 * asked and its reference month, valid {@code validityMonths} from that month; the tariff bracket follows from it at
 * the next invoicing run. Not found, an error or a timeout change nothing: the manual path (avis d'imposition
 * validated by an agent) stays, and the message says so.
 */
public final class LookUpQuotient {

    public static final String NOT_FOUND = "La CAF et la MSA ne connaissent pas de quotient familial pour cette personne (vérifiez les "
            + "informations saisies, celles de l'allocataire). Vous pouvez aussi envoyer votre avis d'imposition ou votre attestation CAF "
            + "ou MSA à la mairie : un agent enregistrera votre quotient.";
    public static final String FAILED = "Le service de l'État qui donne le quotient familial (API Particulier) ne répond pas pour le moment : "
            + "rien n'a été enregistré. Réessayez plus tard, ou envoyez votre avis d'imposition ou votre attestation CAF ou MSA à la mairie : "
            + "un agent enregistrera votre quotient.";

    public record Form(boolean consent, String birthName, String firstNames, String sex, String birthDate, String birthTownInsee,
                       String birthCountryInsee) {
    }

    public sealed interface Result {
        record Stored(FamilyQuotient quotient) implements Result {
        }

        record Invalid(FieldErrors errors) implements Result {
        }

        /** Nothing stored: the manual path, with the reason. */
        record Manual(String message) implements Result {
        }
    }

    /** Empty when the town has no API Particulier access: the pages then show the manual path only. */
    private final java.util.Optional<QuotientLookup> lookup;
    private final QuotientRepository quotients;
    private final HouseholdRepository households;
    private final Transactions transactions;
    private final Clock clock;
    private final int validityMonths;

    public LookUpQuotient(java.util.Optional<QuotientLookup> lookup, QuotientRepository quotients, HouseholdRepository households, Transactions transactions,
                          Clock clock, int validityMonths) {
        this.lookup = lookup;
        this.quotients = quotients;
        this.households = households;
        this.transactions = transactions;
        this.clock = clock;
        this.validityMonths = validityMonths;
    }

    public boolean available() {
        return lookup.isPresent();
    }

    /** The parent's household's quotients, oldest first, and the one in force today. */
    public record MyQuotients(List<FamilyQuotient> history, java.util.Optional<FamilyQuotient> current) {
    }

    public MyQuotients mine(Actor parent) {
        long household = households.householdOf(parent.accountId()).orElseThrow(Actor.NotAllowed::new);
        var history = quotients.history(household);
        return new MyQuotients(history, FamilyQuotient.validOn(history, LocalDate.now(clock.withZone(TownZone.ZONE))));
    }

    /** A parent, for their own household. */
    public Result forMyHousehold(Actor parent, Form form) {
        long household = households.householdOf(parent.accountId()).orElseThrow(Actor.NotAllowed::new);
        return lookUp(parent, household, form);
    }

    /** An agent, for a household of the town, the family having agreed. */
    public Result forHousehold(Actor agent, long householdId, Form form) {
        agent.requireStaff();
        households.find(householdId).orElseThrow(Actor.NotAllowed::new);
        return lookUp(agent, householdId, form);
    }

    private Result lookUp(Actor actor, long householdId, Form form) {
        var errors = new FieldErrors();
        if (!form.consent()) errors.add("consent", "Cochez la case d'accord : sans elle, le portail ne demande rien à la CAF ni à la MSA.");
        var allocataire = allocataire(form, errors);
        if (!errors.isEmpty()) return new Result.Invalid(errors);
        if (lookup.isEmpty()) return new Result.Manual(FAILED);
        return switch (lookup.get().lookup(allocataire)) {
            case QuotientLookup.Answer.Found found -> {
                var quotient = new FamilyQuotient(found.euros(), found.source(), found.referenceMonth().atDay(1),
                        found.referenceMonth().plusMonths(validityMonths).atDay(1).minusDays(1));
                transactions.run(() -> quotients.add(householdId, quotient, actor.accountId(), clock.instant()));
                yield new Result.Stored(quotient);
            }
            case QuotientLookup.Answer.NotFound notFound -> new Result.Manual(NOT_FOUND);
            case QuotientLookup.Answer.Failed failed -> new Result.Manual(FAILED);
        };
    }

    private QuotientLookup.Allocataire allocataire(Form form, FieldErrors errors) {
        String name = text(form.birthName());
        if (name.isEmpty() || name.length() > 100) errors.add("birthName", "Saisissez le nom de naissance de l'allocataire.");
        List<String> firstNames = Arrays.stream(text(form.firstNames()).split("[\\s,]+")).filter(s -> !s.isEmpty()).toList();
        if (firstNames.isEmpty() || firstNames.size() > 10) errors.add("firstNames", "Saisissez le ou les prénoms de l'allocataire, séparés par des espaces.");
        String sex = text(form.sex()).toUpperCase(Locale.ROOT);
        if (!sex.equals("F") && !sex.equals("M")) errors.add("sex", "Choisissez le sexe indiqué à l'état civil de l'allocataire.");
        LocalDate birthDate = null;
        try {
            String day = text(form.birthDate());
            // the date field sends 1988-03-14; typed by hand (a browser without a date picker) it is 14/03/1988
            birthDate = day.contains("/") ? LocalDate.parse(day, java.time.format.DateTimeFormatter.ofPattern("dd/MM/uuuu")) : LocalDate.parse(day);
            if (birthDate.isAfter(LocalDate.now(clock))) errors.add("birthDate", "La date de naissance est dans le futur.");
        } catch (DateTimeParseException e) {
            errors.add("birthDate", "Saisissez la date de naissance de l'allocataire, par exemple 14/03/1988.");
        }
        String town = text(form.birthTownInsee()).toUpperCase(Locale.ROOT);
        String country = text(form.birthCountryInsee());
        if (!town.matches("[0-9][0-9AB][0-9]{3}") && !country.matches("99[0-9]{3}")) {
            errors.add("birthTownInsee", "Saisissez le code INSEE de la commune de naissance (5 caractères, par exemple 91064), "
                    + "ou, pour une naissance à l'étranger, le code INSEE du pays (99 suivi de 3 chiffres).");
        }
        if (!errors.isEmpty()) return null;
        return new QuotientLookup.Allocataire(name, firstNames, sex, birthDate, town.isEmpty() ? null : town, country.isEmpty() ? null : country);
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
