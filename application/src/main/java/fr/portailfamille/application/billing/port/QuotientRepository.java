package fr.portailfamille.application.billing.port;

import fr.portailfamille.domain.billing.FamilyQuotient;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Out-port: households' quotients familiaux, every one kept (a later one does not erase the history). */
public interface QuotientRepository {

    /** Records a quotient an agent validated. */
    void add(long householdId, FamilyQuotient quotient, long setBy, Instant at);

    /** Oldest first. */
    List<FamilyQuotient> history(long householdId);

    /** The histories of many households at once (an invoicing run); households without any are absent. */
    Map<Long, List<FamilyQuotient>> histories(Collection<Long> householdIds);
}
