package fr.portailfamille.domain.privacy;

import java.time.Instant;
import java.util.Objects;

/**
 * A member of staff opened, printed or exported a child's health sheet: the family may know who read it, when and
 * from which page (RGPD, article 15). Holds no health data itself.
 *
 * @param page the portal page it was read from («/agent/foyers/3/enfants/7/fiche-sanitaire»): ids only, never a value
 */
public record HealthSheetRead(long householdId, long childId, long readerAccountId, Instant at, Kind kind, String page) {

    public enum Kind {
        OPENED("consultée"), PRINTED("imprimée"), EXPORTED("exportée");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** «consultée», «imprimée», «exportée»: the sheet is feminine in French. */
        public String label() {
            return label;
        }
    }

    public HealthSheetRead {
        if (householdId <= 0 || childId <= 0) throw new IllegalArgumentException("a read concerns a stored child");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(kind, "kind");
        page = Objects.requireNonNull(page, "page").strip();
        if (page.length() > 300) page = page.substring(0, 300);
    }
}
