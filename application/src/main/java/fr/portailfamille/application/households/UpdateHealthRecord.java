package fr.portailfamille.application.households;

import fr.portailfamille.application.common.Actor;
import fr.portailfamille.application.common.FieldErrors;
import fr.portailfamille.domain.households.BloodGroup;
import fr.portailfamille.domain.households.ChildhoodIllness;
import fr.portailfamille.domain.households.DossierChange;
import fr.portailfamille.domain.households.HealthRecord;
import fr.portailfamille.domain.households.Vaccine;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * «Fiche sanitaire»: medical information and vaccinations of one child. Each changed field goes to the dossier's
 * audit trail (who, when, old → new); nothing of it goes to the application logs.
 */
public final class UpdateHealthRecord {

    /**
     * The form as typed.
     *
     * @param drugAllergies «oui», «non» or "" (not answered)
     * @param illnesses     {@link ChildhoodIllness} names
     * @param bloodGroup    a {@link BloodGroup} name or ""
     * @param vaccinations  ISO date of the last injection by vaccine; "" when none
     */
    public record Command(String doctorName, String doctorPhone, String drugAllergies, String drugAllergyDetail, String otherAllergies,
                          String recommendations, Set<String> illnesses, String bloodGroup, Map<Vaccine, String> vaccinations) {
    }

    private final HouseholdsPorts ports;
    private final DossierAccess access;

    public UpdateHealthRecord(HouseholdsPorts ports) {
        this.ports = ports;
        this.access = new DossierAccess(ports);
    }

    public HealthRecord show(Actor actor, long householdId, long childId) {
        access.child(actor, householdId, childId);
        return ports.households().healthRecord(childId).orElse(HealthRecord.empty(childId));
    }

    /** @return the refused fields; empty when saved */
    public FieldErrors save(Actor actor, long householdId, long childId, Command command) {
        var child = access.child(actor, householdId, childId);
        var errors = new FieldErrors()
                .requireText("doctorName", command.doctorName(), "Médecin traitant", 150)
                .requireText("doctorPhone", command.doctorPhone(), "Téléphone du médecin traitant", 30);
        Boolean allergies = switch (command.drugAllergies() == null ? "" : command.drugAllergies()) {
            case "oui" -> true;
            case "non" -> false;
            default -> null;
        };
        if (allergies == null) errors.add("drugAllergies", "Indiquez si l'enfant a des allergies médicamenteuses reconnues.");
        BloodGroup group = null;
        try {
            group = BloodGroup.valueOf(command.bloodGroup());
        } catch (IllegalArgumentException | NullPointerException e) {
            errors.add("bloodGroup", "Choisissez le groupe sanguin, ou « Inconnu ».");
        }
        var illnesses = EnumSet.noneOf(ChildhoodIllness.class);
        for (String name : command.illnesses()) {
            try {
                illnesses.add(ChildhoodIllness.valueOf(name));
            } catch (IllegalArgumentException ignored) {
                // not a box of the form: a forged value, left out
            }
        }
        var vaccinations = new EnumMap<Vaccine, LocalDate>(Vaccine.class);
        command.vaccinations().forEach((vaccine, text) -> {
            if (text == null || text.isBlank()) return;
            LocalDate date = EditChild.Dates.parse(text);
            if (date == null) errors.add("vaccine_" + vaccine.name(), vaccine.label() + " : saisissez une date complète (jour, mois, année).");
            else vaccinations.put(vaccine, date);
        });
        var record = new HealthRecord(childId, command.doctorName(), command.doctorPhone(), allergies, command.drugAllergyDetail(),
                command.otherAllergies(), command.recommendations(), illnesses, group, vaccinations);
        record.problems(child.birthDate(), ports.today()).forEach(errors::add);
        if (!errors.isEmpty()) return errors;
        ports.transactions().run(() -> {
            var before = ports.households().healthRecord(childId).orElse(HealthRecord.empty(childId)).asFields();
            ports.households().saveHealthRecord(record);
            var now = ports.clock().instant();
            record.asFields().forEach((field, value) -> {
                String old = before.get(field);
                if (!value.equals(old)) {
                    ports.audit().record(new DossierChange(householdId, childId, actor.accountId(), now, "Fiche sanitaire – " + field, old, value));
                }
            });
        });
        return errors;
    }
}
