package fr.portailfamille.application.households;

import fr.portailfamille.application.common.Actor;
import fr.portailfamille.domain.households.Child;
import fr.portailfamille.domain.households.Completeness;
import fr.portailfamille.domain.households.MissingItem;

import java.util.List;

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
        var households = ports.households();
        var dossier = new Completeness.Dossier(child, households.healthRecord(child.id()).orElse(null), households.contacts(child.id()),
                households.answers(child.id()), ports.documents().ofHousehold(child.householdId()));
        var town = new Completeness.TownRequirements(ports.catalogue().currentQuestions(), ports.catalogue().documentTypes());
        return Completeness.missing(dossier, town, ports.today()).stream()
                .map(m -> new Item(m.kind(), m.label(), href(m, child.id())))
                .toList();
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
