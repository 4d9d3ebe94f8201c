package fr.portailfamille.application.households;

import fr.portailfamille.application.common.Actor;
import fr.portailfamille.application.common.FieldErrors;
import fr.portailfamille.domain.households.Child;
import fr.portailfamille.domain.accounts.EmailAddress;
import fr.portailfamille.domain.households.DossierChange;
import fr.portailfamille.domain.households.HealthRecord;
import fr.portailfamille.domain.households.SchoolLevel;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Adds a child to a household or corrects its identity, school and level (the school is one of the town's). */
public final class EditChild {

    /** @param email and mobilePhone the child's own «Coordonnées», optional */
    public record Command(String lastName, String firstNames, String birthDate, String school, String level, String email, String mobilePhone) {
        /** A child added without coordinates of its own (the dossier's form always sends them). */
        public Command(String lastName, String firstNames, String birthDate, String school, String level) {
            this(lastName, firstNames, birthDate, school, level, "", "");
        }
    }

    public sealed interface Result {
        record Saved(Child child) implements Result {
        }

        record Invalid(FieldErrors errors) implements Result {
        }
    }

    private final HouseholdsPorts ports;
    private final DossierAccess access;

    public EditChild(HouseholdsPorts ports) {
        this.ports = ports;
        this.access = new DossierAccess(ports);
    }

    /** The town's schools, alphabetical: the ones the child's form offers. */
    public List<String> schools() {
        return ports.catalogue().schools();
    }

    /** @param childId null to add a child */
    public Result save(Actor actor, long householdId, Long childId, Command command) {
        Child before = childId == null ? null : access.child(actor, householdId, childId);
        if (before == null) access.household(actor, householdId);
        var errors = new FieldErrors()
                .requireText("lastName", command.lastName(), "Nom", 100)
                .requireText("firstNames", command.firstNames(), "Prénom(s)", 150);
        LocalDate birth = Dates.parse(command.birthDate());
        if (birth == null) errors.add("birthDate", "Saisissez la date de naissance de l'enfant (jour, mois, année).");
        else if (birth.isAfter(ports.today())) errors.add("birthDate", "La date de naissance ne peut pas être dans le futur.");
        String school = command.school() == null ? "" : command.school().strip();
        if (!school.isEmpty() && !ports.catalogue().schools().contains(school)) errors.add("school", "Choisissez l'école dans la liste.");
        SchoolLevel level = null;
        if (command.level() != null && !command.level().isBlank()) {
            try {
                level = SchoolLevel.valueOf(command.level());
            } catch (IllegalArgumentException e) {
                errors.add("level", "Choisissez le niveau dans la liste.");
            }
        }
        String email = command.email() == null ? "" : command.email().strip();
        if (!email.isEmpty() && EmailAddress.parse(email).isEmpty()) errors.add("email", EmailAddress.INVALID);
        String mobile = command.mobilePhone() == null ? "" : command.mobilePhone().strip();
        if (!mobile.isEmpty() && !HealthRecord.isPhone(mobile)) errors.add("mobilePhone", "Portable : " + UpdateCoordinates.PHONE_INVALID);
        if (!errors.isEmpty()) return new Result.Invalid(errors);
        var child = new Child(childId == null ? 0 : childId, householdId, command.lastName(), command.firstNames(), birth, school, level,
                email.isEmpty() ? "" : EmailAddress.parse(email).orElseThrow().value(), mobile);
        return ports.transactions().inTransaction(() -> {
            var saved = child;
            if (before == null) {
                saved = ports.households().addChild(child);
                ports.audit().record(new DossierChange(householdId, saved.id(), actor.accountId(), ports.clock().instant(), "Enfant ajouté", "", saved.displayName()));
            } else {
                ports.households().updateChild(child);
                if (!before.equals(child)) {
                    ports.audit().record(new DossierChange(householdId, child.id(), actor.accountId(), ports.clock().instant(), "Identité et scolarité",
                            describe(before), describe(child)));
                }
            }
            return new Result.Saved(saved);
        });
    }

    private static String describe(Child c) {
        return c.displayName() + ", né(e) le " + c.birthDate() + ", " + (c.school().isEmpty() ? "école non renseignée" : c.school())
                + ", " + (c.level() == null ? "niveau non renseigné" : c.level().name())
                + (c.email().isEmpty() ? "" : ", " + c.email()) + (c.mobilePhone().isEmpty() ? "" : ", " + c.mobilePhone());
    }

    /** Dates as the forms send them (ISO, from «input type=date»). */
    static final class Dates {
        private Dates() {
        }

        static LocalDate parse(String text) {
            if (text == null || text.isBlank()) return null;
            try {
                return LocalDate.parse(text.strip());
            } catch (DateTimeParseException e) {
                return null;
            }
        }
    }
}
