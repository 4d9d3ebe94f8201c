package fr.portailfamille.application.billing;

import fr.portailfamille.application.billing.port.*;
import fr.portailfamille.domain.billing.FamilyQuotient;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

public final class InMemoryQuotientRepository implements QuotientRepository {

    private final Map<Long, List<FamilyQuotient>> byHousehold = new HashMap<>();

    @Override
    public synchronized void add(long householdId, FamilyQuotient quotient, long setBy, Instant at) {
        byHousehold.computeIfAbsent(householdId, h -> new ArrayList<>()).add(quotient);
    }

    @Override
    public synchronized List<FamilyQuotient> history(long householdId) {
        return List.copyOf(byHousehold.getOrDefault(householdId, List.of()));
    }

    @Override
    public synchronized Map<Long, List<FamilyQuotient>> histories(Collection<Long> householdIds) {
        var found = new HashMap<Long, List<FamilyQuotient>>();
        for (long id : householdIds) {
            var history = byHousehold.get(id);
            if (history != null) found.put(id, List.copyOf(history));
        }
        return found;
    }
}
