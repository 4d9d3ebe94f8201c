package fr.portailfamille.bootstrap.wiring;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import fr.portailfamille.application.bookings.ShowCalendar;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each adapter, use case, page class and area is built in one place of the composition root, and each of its factory
 * methods is called from one place: two objects over the same table (two outboxes, two household repositories) or two
 * instances of a use case are a wiring mistake. The root runs once per portal ({@link PortalAreas} builds each area
 * once), so one place is one object. Values (records, enums) and the JDK's classes are left out.
 */
class BuiltOnceTest {

    /** Built in two places on purpose, and why. */
    private static final Map<String, String> ON_PURPOSE = Map.of(ShowCalendar.class.getName(),
            "the planning shows the absences, the dashboard's week leaves them out");

    @Test
    void the_composition_root_builds_each_object_in_one_place() {
        var wiring = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(PortalAreas.class.getPackageName());
        assertTrue(wiring.contain(PortalAreas.class) && wiring.contain(AccountsArea.class), "the wiring package was imported");
        var sites = sites(wiring);
        assertTrue(sites.keySet().containsAll(List.of("new fr.portailfamille.persistence.mail.JooqMailOutbox",
                "new fr.portailfamille.web.households.ParentDossierPages", "new " + AccountsArea.class.getName(),
                "call " + AccountsArea.class.getName() + ".ports")), "the rule sees what it guards: " + sites.keySet());
        ON_PURPOSE.keySet().forEach(name -> sites.remove("new " + name));
        assertEquals(Map.of(), twice(sites), "built in several places of the composition root (one place each, or say why in ON_PURPOSE)");
    }

    @Test
    void the_rule_finds_a_planted_adapter_built_twice_and_a_factory_called_twice() {
        var planted = new ClassFileImporter().importPackages("fr.portailfamille.bootstrap.archfixture");
        assertEquals(Map.of("new fr.portailfamille.persistence.mail.JooqMailOutbox", 2,
                "call fr.portailfamille.bootstrap.archfixture.OutboxBuiltTwice.ports", 3), twice(sites(planted)));
    }

    /** How many places build each class, or call each factory method of these classes. */
    static Map<String, Integer> sites(JavaClasses classes) {
        var counted = new TreeMap<String, Integer>();
        for (JavaClass c : classes) {
            Stream.concat(c.getConstructorCallsFromSelf().stream()
                                    .filter(call -> wired(call.getTargetOwner()))
                                    .map(call -> "new " + call.getTargetOwner().getName()),
                            c.getMethodCallsFromSelf().stream()
                                    .filter(call -> classes.contain(call.getTargetOwner().getName()))
                                    .filter(call -> call.getTarget().resolveMember().map(JavaCodeUnit::getModifiers)
                                            .map(m -> m.contains(com.tngtech.archunit.core.domain.JavaModifier.STATIC)).orElse(false))
                                    .filter(call -> !call.getTarget().getName().startsWith("lambda$"))
                                    .map(call -> "call " + call.getTargetOwner().getName() + "." + call.getTarget().getName()))
                    .forEach(site -> counted.merge(site, 1, Integer::sum));
        }
        return counted;
    }

    static Map<String, Integer> twice(Map<String, Integer> sites) {
        var found = new TreeMap<String, Integer>();
        sites.forEach((site, count) -> {
            if (count > 1) found.put(site, count);
        });
        return found;
    }

    /** The portal's own objects: adapters, use cases, pages, areas; not values, not the JDK's or a library's classes. */
    private static boolean wired(JavaClass owner) {
        return owner.getPackageName().startsWith("fr.portailfamille.") && !owner.isRecord() && !owner.isEnum()
                && !owner.isAssignableTo(Throwable.class) && !owner.getName().contains("$");
    }
}
