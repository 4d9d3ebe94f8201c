package fr.portailfamille.application.households;

import fr.portailfamille.application.accounts.port.AuditLog;
import fr.portailfamille.application.common.Actor;
import fr.portailfamille.application.common.FieldErrors;
import fr.portailfamille.domain.accounts.AuditEvent;
import fr.portailfamille.domain.accounts.AuditEventType;
import fr.portailfamille.domain.households.School;
import fr.portailfamille.domain.households.SchoolLevel;

import java.util.Collection;
import java.util.List;

/**
 * «Écoles»: an administrator lists the town's schools with the levels each teaches, adds one, renames one (its
 * children and the activities meant for it follow) or changes its levels. Journaled.
 */
public final class TownSchools {

    /**
     * @param currentName the school's name before this change, "" for a new school
     * @param levels      the levels it teaches (none is allowed: the town may not know yet)
     */
    public record Command(String currentName, String name, Collection<SchoolLevel> levels) {
    }

    private final HouseholdsPorts ports;
    private final AuditLog audit;

    public TownSchools(HouseholdsPorts ports, AuditLog audit) {
        this.ports = ports;
        this.audit = audit;
    }

    public List<School> list(Actor actor) {
        actor.requireAdmin();
        return ports.catalogue().schoolsWithLevels();
    }

    /** @return the refused fields; empty when saved */
    public FieldErrors save(Actor actor, Command command) {
        actor.requireAdmin();
        var errors = new FieldErrors().requireText("name", command.name(), "Nom de l'école", 120);
        String current = command.currentName() == null ? "" : command.currentName().strip();
        var schools = ports.catalogue().schools();
        if (!current.isEmpty() && !schools.contains(current)) errors.add("currentName", "Cette école n'existe plus : rechargez la page.");
        if (!errors.isEmpty()) return errors;
        String name = command.name().strip();
        if (!name.equals(current) && schools.contains(name)) return errors.add("name", "Une école porte déjà ce nom : choisissez-en un autre.");
        var school = School.of(name, command.levels());
        ports.transactions().run(() -> {
            if (!current.isEmpty() && !current.equals(name) && !ports.catalogue().renameSchool(current, name)) {
                throw new IllegalStateException("school " + current + " vanished or " + name + " appeared meanwhile");
            }
            ports.catalogue().saveSchool(school);
            String what = current.isEmpty() ? "école ajoutée : " : current.equals(name) ? "école modifiée : " : "école « " + current + " » renommée : ";
            audit.record(new AuditEvent(AuditEventType.TOWN_SETTINGS_CHANGED, actor.accountId(), null, ports.clock().instant(), actor.origin(),
                    what + name + (school.levels().isEmpty() ? "" : " (" + school.levelsText() + ")")));
        });
        return errors;
    }
}
