package fr.portailfamille.application.privacy;

import fr.portailfamille.application.privacy.port.*;
import fr.portailfamille.domain.privacy.HealthSheetRead;

import java.util.ArrayList;
import java.util.List;

public final class InMemoryHealthSheetReads implements HealthSheetReads {

    private final List<HealthSheetRead> reads = new ArrayList<>();

    @Override
    public synchronized void record(HealthSheetRead read) {
        reads.add(read);
    }

    @Override
    public synchronized List<HealthSheetRead> ofHousehold(long householdId, int limit) {
        return reads.reversed().stream().filter(r -> r.householdId() == householdId).limit(Math.max(limit, 0)).toList();
    }

    @Override
    public synchronized List<HealthSheetRead> latest(int limit) {
        return reads.reversed().stream().limit(Math.max(limit, 0)).toList();
    }
}
