package fr.portailfamille.domain.households;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * «École»: a school of the town, by its name (children and activities refer to it by name), with the levels it teaches
 * (a nursery school PS–GS, an elementary school CP–CM2). Town data.
 */
public record School(String name, Set<SchoolLevel> levels) {

    public School {
        name = Texts.required(name, "name");
        levels = levels == null || levels.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(EnumSet.copyOf(levels));
    }

    public static School of(String name, Collection<SchoolLevel> levels) {
        return new School(name, levels.isEmpty() ? Set.of() : EnumSet.copyOf(levels));
    }

    /** «PS, MS, GS» in the order of the classes; «» when the town has not said. */
    public String levelsText() {
        return levels.stream().sorted().map(SchoolLevel::name).collect(Collectors.joining(", "));
    }

    public boolean teaches(SchoolLevel level) {
        return levels.contains(level);
    }
}
