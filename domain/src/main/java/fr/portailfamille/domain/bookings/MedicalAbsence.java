package fr.portailfamille.domain.bookings;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An «absence pour maladie»: a child kept at home on booked days, declared by the family with a medical certificate,
 * even after the cancellation deadline. Once the town validates it, the child's bookings of those days are not
 * billed; a refusal always says why.
 *
 * @param id             0 until the repository assigns one
 * @param certificate    the certificate's name, media type and SHA-256 (its content is stored apart)
 * @param refusalReason  set exactly when refused
 * @param decidedAt      null while pending
 */
public record MedicalAbsence(long id, long householdId, long childId, LocalDate firstDay, LocalDate lastDay, Status status,
                             Certificate certificate, String refusalReason, Instant declaredAt, Instant decidedAt) {

    /** At most this many days in one declaration: a longer illness is declared again with its new certificate. */
    public static final int MAX_DAYS = 31;
    /** How long after its first day an absence may still be declared: billing runs by month. */
    public static final int DECLARE_WITHIN_DAYS = 30;

    public static final String REASON_REQUIRED = "Indiquez le motif du refus : il est communiqué à la famille.";
    public static final String ORDER = "La date de fin doit être le jour de début ou après.";
    public static final String TOO_LONG = "Une déclaration couvre au plus " + MAX_DAYS + " jours : déclarez la suite séparément, avec son certificat.";
    public static final String TOO_OLD = "Une absence se déclare au plus tard " + DECLARE_WITHIN_DAYS + " jours après son premier jour.";

    public enum Status {
        PENDING("En attente de validation"), VALIDATED("Validée : ces jours ne sont pas facturés"), REFUSED("Refusée");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public record Certificate(String name, String mediaType, String sha256) {
        public Certificate {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(mediaType, "mediaType");
            Objects.requireNonNull(sha256, "sha256");
        }
    }

    public MedicalAbsence {
        if (id < 0) throw new IllegalArgumentException("id must not be negative");
        if (householdId <= 0 || childId <= 0) throw new IllegalArgumentException("a stored household and child");
        Objects.requireNonNull(firstDay, "firstDay");
        Objects.requireNonNull(lastDay, "lastDay");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(declaredAt, "declaredAt");
        if (lastDay.isBefore(firstDay)) throw new IllegalArgumentException(ORDER);
        if ((status == Status.REFUSED) != (refusalReason != null)) throw new IllegalArgumentException("a refusal reason goes with a refusal only");
        if (refusalReason != null) {
            if (refusalReason.isBlank()) throw new IllegalArgumentException(REASON_REQUIRED);
            refusalReason = refusalReason.strip();
        }
        if ((status == Status.PENDING) != (decidedAt == null)) throw new IllegalArgumentException("decidedAt is set exactly when decided");
    }

    /**
     * What is wrong with these days for a declaration made {@code today}, by field («firstDay», «lastDay»); empty when
     * they can be declared. Whether the child is booked on them is the use case's question.
     */
    public static Map<String, String> problems(LocalDate firstDay, LocalDate lastDay, LocalDate today) {
        var problems = new LinkedHashMap<String, String>();
        if (lastDay.isBefore(firstDay)) problems.put("lastDay", ORDER);
        else if (ChronoUnit.DAYS.between(firstDay, lastDay) + 1 > MAX_DAYS) problems.put("lastDay", TOO_LONG);
        if (firstDay.isBefore(today.minusDays(DECLARE_WITHIN_DAYS))) problems.put("firstDay", TOO_OLD);
        return problems;
    }

    public static MedicalAbsence declare(long householdId, long childId, LocalDate firstDay, LocalDate lastDay, Certificate certificate, Instant now) {
        return new MedicalAbsence(0, householdId, childId, firstDay, lastDay, Status.PENDING, certificate, null, now, null);
    }

    public MedicalAbsence withId(long newId) {
        if (newId <= 0) throw new IllegalArgumentException("a stored absence's id is positive");
        return new MedicalAbsence(newId, householdId, childId, firstDay, lastDay, status, certificate, refusalReason, declaredAt, decidedAt);
    }

    /** The town accepts the certificate; deciding again is a bug (the use case checks {@link #isPending()}). */
    public MedicalAbsence validate(Instant now) {
        requirePending();
        return new MedicalAbsence(id, householdId, childId, firstDay, lastDay, Status.VALIDATED, certificate, null, declaredAt, now);
    }

    public MedicalAbsence refuse(String reason, Instant now) {
        requirePending();
        if (reason == null || reason.isBlank()) throw new IllegalArgumentException(REASON_REQUIRED);
        return new MedicalAbsence(id, householdId, childId, firstDay, lastDay, Status.REFUSED, certificate, reason, declaredAt, now);
    }

    public boolean isPending() {
        return status == Status.PENDING;
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(firstDay) && !day.isAfter(lastDay);
    }

    /** «du lundi 23 novembre 2026 au mardi 24 novembre 2026», or «le lundi 23 novembre 2026» for one day. */
    public String daysInWords() {
        return firstDay.equals(lastDay) ? "le " + BookingDates.longDate(firstDay)
                : "du " + BookingDates.longDate(firstDay) + " au " + BookingDates.longDate(lastDay);
    }

    private void requirePending() {
        if (!isPending()) throw new IllegalStateException("absence " + id + " is already decided");
    }
}
