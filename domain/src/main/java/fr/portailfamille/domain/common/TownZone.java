package fr.portailfamille.domain.common;

import java.time.ZoneId;

/**
 * The town's time zone, the single source for every «today», deadline, date on a document and timestamp shown.
 *
 * <p>Why one constant: rules (booking deadlines, invoice dates, retention periods) are stated in the town's
 * wall-clock time, whatever the server's zone; if two layers disagreed on the zone, a booking accepted by a page could
 * be refused by the use case around midnight. A town elsewhere changes this one line.
 */
public final class TownZone {

    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    private TownZone() {
    }
}
