package fr.portailfamille.application.bookings;

import fr.portailfamille.application.bookings.port.*;
import fr.portailfamille.domain.bookings.MedicalAbsence;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public final class InMemoryAbsenceRepository implements AbsenceRepository {

    private final Map<Long, MedicalAbsence> absences = new LinkedHashMap<>();
    private final Map<Long, byte[]> certificates = new HashMap<>();
    private long nextId = 1;

    @Override
    public synchronized MedicalAbsence add(MedicalAbsence absence, byte[] certificate) {
        var stored = absence.withId(nextId++);
        absences.put(stored.id(), stored);
        certificates.put(stored.id(), certificate.clone());
        return stored;
    }

    @Override
    public synchronized void update(MedicalAbsence absence) {
        if (!absences.containsKey(absence.id())) throw new IllegalArgumentException("no absence " + absence.id());
        absences.put(absence.id(), absence);
    }

    @Override
    public synchronized Optional<MedicalAbsence> find(long id) {
        return Optional.ofNullable(absences.get(id));
    }

    @Override
    public synchronized Optional<byte[]> certificate(long id) {
        return Optional.ofNullable(certificates.get(id)).map(byte[]::clone);
    }

    @Override
    public synchronized List<MedicalAbsence> ofHousehold(long householdId) {
        return absences.values().stream().filter(a -> a.householdId() == householdId)
                .sorted(Comparator.comparing(MedicalAbsence::declaredAt).thenComparingLong(MedicalAbsence::id).reversed()).toList();
    }

    @Override
    public synchronized List<MedicalAbsence> pending() {
        return absences.values().stream().filter(MedicalAbsence::isPending)
                .sorted(Comparator.comparing(MedicalAbsence::declaredAt).thenComparingLong(MedicalAbsence::id)).toList();
    }

    @Override
    public synchronized List<MedicalAbsence> validated(Collection<Long> childIds, LocalDate from, LocalDate to) {
        return absences.values().stream().filter(a -> a.status() == MedicalAbsence.Status.VALIDATED && childIds.contains(a.childId())
                && !a.lastDay().isBefore(from) && !a.firstDay().isAfter(to)).toList();
    }
}
