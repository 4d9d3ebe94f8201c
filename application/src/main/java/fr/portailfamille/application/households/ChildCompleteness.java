package fr.portailfamille.application.households;

import fr.portailfamille.application.common.Actor;
import fr.portailfamille.domain.households.Child;
import fr.portailfamille.domain.households.Completeness;
import fr.portailfamille.domain.households.MissingItem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a child still misses before it can be booked, each item with a French label and the page where the family
 * completes it. The dossier pages show it as a checklist; bookings ask {@link #isBookable} before booking.
 */
public final class ChildCompleteness {

    /**
     * @param href where to complete it, relative to the dossier's root («enfants/7/fiche-sanitaire#vaccinations»): the
     *             parent's «/dossier/» or an agent's «/agent/foyers/3/»
     */
    public record Item(MissingItem.Kind kind, String label, String href) {
    }

    private final HouseholdsPorts ports;

    public ChildCompleteness(HouseholdsPorts ports) {
        this.ports = ports;
    }

    /** @throws Actor.NotAllowed when the child is not one of this household's */
    public List<Item> missingItems(long householdId, long childId) {
        var child = ports.households().findChild(childId).filter(c -> c.householdId() == householdId).orElseThrow(Actor.NotAllowed::new);
        return missingItems(child);
    }

    public boolean isBookable(long householdId, long childId) {
        return missingItems(householdId, childId).isEmpty();
    }

    List<Item> missingItems(Child child) {
        return missingItems(child.householdId(), List.of(child)).get(child.id());
    }

    /**
     * What each of these children of one household misses, by child id in their order. The dossiers are read together
     * (the town's requirements and the household's documents once): a fixed number of queries whatever the number of
     * children, for the pages that show a whole family.
     */
    public Map<Long, List<Item>> missingItems(long householdId, List<Child> children) {
        var result = new LinkedHashMap<Long, List<Item>>();
        if (children.isEmpty()) return result;
        if (children.stream().anyMatch(c -> c.householdId() != householdId)) throw new Actor.NotAllowed();
        var records = ports.households().childRecords(children.stream().map(Child::id).toList());
        var documents = ports.documents().ofHousehold(householdId);
        var town = new Completeness.TownRequirements(ports.catalogue().currentQuestions(), ports.catalogue().documentTypes());
        var today = ports.today();
        for (Child child : children) {
            var r = records.get(child.id());
            var dossier = new Completeness.Dossier(child, r.healthRecord().orElse(null), r.contacts(), r.answers(), documents);
            result.put(child.id(), Completeness.missing(dossier, town, today).stream()
                    .map(m -> new Item(m.kind(), m.label(), href(m, child.id())))
                    .toList());
        }
        return result;
    }

    private static String href(MissingItem item, long childId) {
        String child = "enfants/" + childId;
        return switch (item.kind()) {
            case MEDICAL -> child + "/fiche-sanitaire#informations-medicales";
            case VACCINATIONS -> child + "/fiche-sanitaire#vaccinations";
            case EMERGENCY_CONTACT -> child + "/autorisations";
            case CONSENT -> child + "/consentements#question-" + item.reference();
            case DOCUMENT -> "documents?type=" + item.reference() + "&enfant=" + childId + "#envoyer";
        };
    }
}
