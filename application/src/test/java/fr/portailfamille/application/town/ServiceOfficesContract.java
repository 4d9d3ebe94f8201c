package fr.portailfamille.application.town;

import fr.portailfamille.application.town.port.*;
import fr.portailfamille.domain.town.ServiceOffice;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Contract of {@link ServiceOffices}: every adapter runs it (in-memory and jOOQ). */
public abstract class ServiceOfficesContract {

    /** Offices with nothing saved yet. */
    protected abstract ServiceOffices offices();

    static ServiceOffice office(String name) {
        return new ServiceOffice(0, name, "2 rue de l'École, 91390 Morsang", "01 60 00 00 00", "scolaire@ville.example",
                "Lundi, de 9 h à 12 h.\nMercredi, de 14 h à 17 h.");
    }

    @Test
    void services_come_back_in_the_order_they_were_created_with_what_was_written() {
        var offices = offices();
        var school = offices.save(office("Service scolaire"));
        var cashier = offices.save(new ServiceOffice(0, "Régie", "Hôtel de ville", "", "", ""));
        assertNotEquals(school.id(), cashier.id());
        assertEquals(List.of(school, cashier), offices.all());
        assertEquals(Optional.of(cashier), offices.find(cashier.id()));
        assertEquals("", cashier.phone());
    }

    @Test
    void a_saved_service_is_replaced_and_a_removed_one_is_gone() {
        var offices = offices();
        var school = offices.save(office("Service scolaire"));
        var renamed = offices.save(new ServiceOffice(school.id(), "Service enfance", "3 rue Neuve", "", "enfance@ville.example", ""));
        assertEquals(List.of(renamed), offices.all());
        assertTrue(offices.remove(school.id()));
        assertFalse(offices.remove(school.id()));
        assertEquals(List.of(), offices.all());
        assertTrue(offices.find(school.id()).isEmpty());
    }

    @Test
    void replacing_a_service_that_does_not_exist_is_a_bug() {
        assertThrows(RuntimeException.class, () -> offices().save(office("Service scolaire").withId(999)));
    }
}
