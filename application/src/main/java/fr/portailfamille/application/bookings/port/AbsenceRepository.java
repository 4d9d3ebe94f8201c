package fr.portailfamille.application.bookings.port;

import fr.portailfamille.domain.bookings.MedicalAbsence;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Out-port: the absences for illness and their medical certificates (the content kept apart from the record). */
public interface AbsenceRepository {

    MedicalAbsence add(MedicalAbsence absence, byte[] certificate);

    /** Stores the town's decision on a stored absence. */
    void update(MedicalAbsence absence);

    Optional<MedicalAbsence> find(long id);

    /** The certificate's content; empty when the absence does not exist. */
    Optional<byte[]> certificate(long id);

    /** A household's absences, the latest declared first. */
    List<MedicalAbsence> ofHousehold(long householdId);

    /** The absences waiting for the town, the oldest first. */
    List<MedicalAbsence> pending();

    /** The validated absences of these persons that cover at least one day between two days (both included). */
    List<MedicalAbsence> validated(Collection<Long> childIds, LocalDate from, LocalDate to);
}
