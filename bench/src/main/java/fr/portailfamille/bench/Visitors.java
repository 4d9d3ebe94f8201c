package fr.portailfamille.bench;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Gatling feeders over the bench's visitors. */
final class Visitors {

    private Visitors() {
    }

    /** One record per visitor, then empty: each visitor plays once. */
    static Iterator<Map<String, Object>> feeder(List<Shared.Visitor> visitors) {
        return visitors.stream().<Map<String, Object>>map(v -> Map.of("index", v.index(), "session", v.session(), "csrf", v.csrf(),
                "items", v.items())).iterator();
    }
}
