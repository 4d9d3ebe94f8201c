package fr.portailfamille.application.town;

import fr.portailfamille.application.accounts.InMemoryAccountsPorts;
import fr.portailfamille.application.common.Actor;
import fr.portailfamille.domain.accounts.AuditEventType;
import fr.portailfamille.domain.accounts.Role;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** «Réglages de la commune», in memory. */
class EditTownSettingsTest {

    final InMemoryAccountsPorts memory = new InMemoryAccountsPorts();
    final InMemoryTownLogo logos = new InMemoryTownLogo();
    final EditTownSettings settings = new EditTownSettings(memory.ports, memory.towns, logos);
    final Actor admin = new Actor(1, Role.ADMIN);

    static EditTownSettings.Command command(String email) {
        return new EditTownSettings.Command("Villepreux", email, "01 30 80 80 01", "1 place de la Mairie, 78450 Villepreux",
                "Du lundi au vendredi, de 8 h 30 à 12 h\nLe samedi, de 9 h à 12 h");
    }

    @Test
    void anAdminChangesTheContactDetailsAndTheHoursAndItIsJournaled() {
        var saved = assertInstanceOf(EditTownSettings.Result.Saved.class,
                settings.edit(admin, command("accueil@villepreux.fr"), "10.0.0.1"));
        var town = memory.towns.find().orElseThrow();
        assertEquals(saved.town(), town);
        assertEquals("accueil@villepreux.fr", town.servicesEmail());
        assertTrue(town.openingHours().startsWith("Du lundi au vendredi"));
        assertEquals("https://portail.villepreux.fr", town.publicBaseUrl(), "the portal's address is not a contact detail");
        var journal = memory.ports.audit().latest(null, 1).getFirst();
        assertEquals(AuditEventType.TOWN_SETTINGS_CHANGED, journal.type());
        assertEquals(1L, journal.actorAccountId());
    }

    @Test
    void anInvalidFormChangesNothing() {
        var before = memory.towns.find().orElseThrow();
        var invalid = assertInstanceOf(EditTownSettings.Result.Invalid.class,
                settings.edit(admin, new EditTownSettings.Command(" ", "pas-une-adresse", "", "", "x".repeat(1001)), "10.0.0.1"));
        assertEquals(java.util.Set.of("name", "servicesEmail", "phone", "postalAddress", "openingHours"), invalid.errors().asMap().keySet());
        assertEquals(before, memory.towns.find().orElseThrow());
    }

    @Test
    void onlyAnAdminMay() {
        assertThrows(Actor.NotAllowed.class, () -> settings.edit(new Actor(2, Role.AGENT), command("a@villepreux.fr"), "10.0.0.1"));
        assertThrows(Actor.NotAllowed.class, () -> settings.current(new Actor(3, Role.PARENT)));
    }

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};

    @Test
    void aPngOrJpegLogoReplacesTheBannersImage() {
        var saved = assertInstanceOf(EditTownSettings.Result.Saved.class, settings.changeLogo(admin, PNG, false, "10.0.0.1"));
        assertEquals("/ville/logo?v=" + memory.clock.instant().getEpochSecond(), saved.town().logoPath());
        assertEquals(saved.town(), memory.towns.find().orElseThrow());
        assertEquals(fr.portailfamille.domain.households.FileType.PNG, settings.logo().orElseThrow().type());
    }

    @Test
    void aPdfARenamedProgramOrAHeavyImageIsNoLogo() {
        var before = memory.towns.find().orElseThrow();
        for (byte[] content : new byte[][] {"%PDF-1.4".getBytes(), "MZ programme".getBytes(), new byte[0]}) {
            assertInstanceOf(EditTownSettings.Result.Invalid.class, settings.changeLogo(admin, content, false, "10.0.0.1"));
        }
        var heavy = assertInstanceOf(EditTownSettings.Result.Invalid.class, settings.changeLogo(admin, PNG, true, "10.0.0.1"));
        assertTrue(heavy.errors().asMap().get("logo").contains("1 Mo"));
        assertEquals(before, memory.towns.find().orElseThrow());
        assertTrue(settings.logo().isEmpty());
        assertThrows(Actor.NotAllowed.class, () -> settings.changeLogo(new Actor(2, Role.AGENT), PNG, false, "10.0.0.1"));
    }
}
