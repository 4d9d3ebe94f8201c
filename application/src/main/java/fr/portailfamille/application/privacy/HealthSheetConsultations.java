package fr.portailfamille.application.privacy;

import fr.portailfamille.application.privacy.port.*;
import fr.portailfamille.application.common.Actor;
import fr.portailfamille.application.households.HouseholdsPorts;
import fr.portailfamille.application.households.UpdateHealthRecord;
import fr.portailfamille.domain.accounts.Role;
import fr.portailfamille.domain.households.Child;
import fr.portailfamille.domain.households.HealthRecord;
import fr.portailfamille.domain.privacy.HealthSheetRead;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * «Consultations de la fiche sanitaire»: a member of staff reading a child's health sheet leaves a line the family
 * sees (who, when, which child, from which page); admins see every family's. A family reading its own sheet leaves
 * none.
 */
public final class HealthSheetConsultations {

    /** One read as people see it: the child's first names and the reader's name with their role. */
    public record Line(HealthSheetRead read, String childName, String readerName) {
    }

    private static final int SHOWN = 500;

    private final HouseholdsPorts ports;
    private final HealthSheetReads reads;
    private final UpdateHealthRecord sheets;

    public HealthSheetConsultations(HouseholdsPorts ports, HealthSheetReads reads) {
        this.ports = ports;
        this.reads = reads;
        this.sheets = new UpdateHealthRecord(ports);
    }

    /**
     * The child's health sheet for this actor (a child of another household is {@link Actor.NotAllowed}); read by
     * staff, the read is recorded in the same transaction.
     *
     * @param page where it is read from: a path with ids only
     */
    public HealthRecord open(Actor actor, long householdId, long childId, HealthSheetRead.Kind kind, String page) {
        var sheet = sheets.show(actor, householdId, childId);
        if (actor.role().isStaff()) {
            reads.record(new HealthSheetRead(householdId, childId, actor.accountId(), ports.clock().instant(), kind, page));
        }
        return sheet;
    }

    /** The reads of the parent's own children's sheets, most recent first. */
    public List<Line> ofMyHousehold(Actor parent) {
        if (parent.role() != Role.PARENT) throw new Actor.NotAllowed();
        return ports.households().householdOf(parent.accountId()).map(this::ofHousehold).orElse(List.of());
    }

    /** A household's reads, for its family's export and for staff. */
    public List<Line> ofHousehold(long householdId) {
        return lines(reads.ofHousehold(householdId, SHOWN));
    }

    public List<Line> all(Actor admin) {
        admin.requireAdmin();
        return lines(reads.latest(SHOWN));
    }

    private List<Line> lines(List<HealthSheetRead> found) {
        Map<Long, String> children = new HashMap<>();
        var readers = new AccountNames(ports.accounts());
        return found.stream().map(read -> new Line(read,
                children.computeIfAbsent(read.childId(), id -> ports.households().findChild(id).map(Child::firstNames).orElse("enfant n° " + id)),
                readers.of(read.readerAccountId()))).toList();
    }
}
