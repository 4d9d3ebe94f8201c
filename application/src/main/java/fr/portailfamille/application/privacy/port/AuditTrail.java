package fr.portailfamille.application.privacy.port;

import fr.portailfamille.domain.privacy.AuditEvent;

import java.util.List;

/** Out-port: the audit trail of bookings, decisions, billing and town settings; append-only. */
public interface AuditTrail {

    /** Appends the events, in order (one round trip whatever their number). */
    void record(List<AuditEvent> events);

    /** The household's events, most recent first. */
    List<AuditEvent> ofHousehold(long householdId, int limit);

    /** The town's own events (settings), most recent first. */
    List<AuditEvent> ofTown(int limit);

    /**
     * For the use cases' older constructors, kept for the demo seed and the tests of other rules: what the demo writes
     * at start-up is nobody's action to audit. The portal wires the real trail.
     */
    AuditTrail NOT_KEPT = new AuditTrail() {
        @Override
        public void record(List<AuditEvent> events) {
        }

        @Override
        public List<AuditEvent> ofHousehold(long householdId, int limit) {
            return List.of();
        }

        @Override
        public List<AuditEvent> ofTown(int limit) {
            return List.of();
        }
    };
}
