package fr.portailfamille.domain.bookings;

import java.time.Instant;
import java.util.Objects;

/**
 * An «inscription»: a child admitted (or asking to be) to an activity for a school year. Only an accepted one lets
 * the child book; the town's refusal always says why.
 *
 * @param id            0 until the repository assigns one
 * @param childId       a child in practice; any member of the household when the town opens an activity to adults
 * @param refusalReason set exactly when {@code status} is {@link EnrolmentStatus#REFUSED}
 * @param decidedAt     when the town accepted or refused; null while pending
 */
public record Enrolment(
        long id,
        long childId,
        long activityId,
        SchoolYear schoolYear,
        EnrolmentStatus status,
        String refusalReason,
        Instant requestedAt,
        Instant decidedAt) {

    public static final String REASON_REQUIRED = "Indiquez le motif du refus : il est communiqué à la famille.";

    public Enrolment {
        if (id < 0) throw new IllegalArgumentException("id must not be negative");
        if (childId <= 0) throw new IllegalArgumentException("childId must be a stored person's id");
        if (activityId <= 0) throw new IllegalArgumentException("activityId must be a stored activity's id");
        Objects.requireNonNull(schoolYear, "schoolYear");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(requestedAt, "requestedAt");
        if ((status == EnrolmentStatus.REFUSED) != (refusalReason != null)) {
            throw new IllegalArgumentException("a refusal reason goes with a refused enrolment, and only with it");
        }
        if (refusalReason != null) {
            if (refusalReason.isBlank()) throw new IllegalArgumentException(REASON_REQUIRED);
            refusalReason = refusalReason.strip();
        }
        if ((status == EnrolmentStatus.PENDING) != (decidedAt == null)) {
            throw new IllegalArgumentException("decidedAt is set exactly when the town has decided");
        }
    }

    /** A parent's request, waiting for the town. */
    public static Enrolment request(long childId, long activityId, SchoolYear schoolYear, Instant now) {
        return new Enrolment(0, childId, activityId, schoolYear, EnrolmentStatus.PENDING, null, now, null);
    }

    /** An agent enrols the child directly: nothing to validate. */
    public static Enrolment createdByAgent(long childId, long activityId, SchoolYear schoolYear, Instant now) {
        return new Enrolment(0, childId, activityId, schoolYear, EnrolmentStatus.ACCEPTED, null, now, now);
    }

    public Enrolment withId(long newId) {
        if (newId <= 0) throw new IllegalArgumentException("a stored enrolment's id is positive");
        return new Enrolment(newId, childId, activityId, schoolYear, status, refusalReason, requestedAt, decidedAt);
    }

    /**
     * The town accepts a pending request, or reconsiders a refusal. The back-office only offers the button then,
     * so accepting twice is a programming error.
     */
    public Enrolment accept(Instant now) {
        Objects.requireNonNull(now, "now");
        if (status == EnrolmentStatus.ACCEPTED) throw new IllegalStateException("enrolment already accepted");
        return new Enrolment(id, childId, activityId, schoolYear, EnrolmentStatus.ACCEPTED, null, requestedAt, now);
    }

    /**
     * The town refuses a pending request; {@code reason} is shown to the family. A blank reason throws with
     * {@link #REASON_REQUIRED}, which the form shows as is.
     */
    public Enrolment refuse(String reason, Instant now) {
        Objects.requireNonNull(now, "now");
        if (reason == null || reason.isBlank()) throw new IllegalArgumentException(REASON_REQUIRED);
        if (status != EnrolmentStatus.PENDING) throw new IllegalStateException("only a pending enrolment can be refused");
        return new Enrolment(id, childId, activityId, schoolYear, EnrolmentStatus.REFUSED, reason, requestedAt, now);
    }

    public boolean allowsBooking() {
        return status == EnrolmentStatus.ACCEPTED;
    }

    /** «Acceptée», «En attente de validation», «Refusée : plus de place en CP». */
    public String statusInWords() {
        return status == EnrolmentStatus.REFUSED ? status.label() + " : " + refusalReason : status.label();
    }
}
