package fr.portailfamille.bootstrap;

import fr.portailfamille.application.town.SetUpTown;
import fr.portailfamille.domain.accounts.EmailAddress;
import fr.portailfamille.domain.town.InstallationMode;
import fr.portailfamille.mail.DevelopmentMailbox;
import fr.portailfamille.persistence.TestDatabase;
import fr.portailfamille.persistence.town.JooqInstallation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A town put into service by {@code init}: its database is a town's for good, never a demo's. */
class ServiceModeTest {

    @TempDir
    Path dataDir;

    /** A fixed day: the demo seed is laid out around it, links are valid from it. */
    static final Clock CLOCK = Clock.fixed(java.time.Instant.parse("2026-12-05T09:00:00Z"), java.time.ZoneOffset.UTC);

    static final SetUpTown.Command VILLEPREUX = new SetUpTown.Command("Villepreux", "mairie@villepreux.example", "01 30 80 80 00",
            "Place de la Mairie, 78450 Villepreux", "http://localhost", "DURAND", "Anne", "anne.durand@villepreux.example");

    PortalConfig townConfig() {
        return new PortalConfig(Optional.of("postgres://test"), dataDir, 0, "http://localhost", false, 4, 16,
                PortalConfig.Settings.of(Map.of())).inMode(InstallationMode.TOWN);
    }

    @Test
    void initCreatesTheTownAndItsAdminPrintsTheLinkAndMarksTheDatabase() {
        var db = TestDatabase.fresh();
        String said = TownSetUp.run(db, townConfig(), VILLEPREUX, CLOCK);
        assertTrue(said.contains("Mairie de Villepreux : portail mis en service."), said);
        assertTrue(Pattern.compile("http://localhost/activation/[A-Za-z0-9_-]{20,}").matcher(said).find(), said);
        assertTrue(said.contains("SMTP_HOST n'est pas réglé : le courriel d'activation attend dans la base"), said);
        assertEquals(Optional.of(InstallationMode.TOWN), new JooqInstallation(db).mode());
        var pending = new fr.portailfamille.persistence.mail.JooqMailOutbox(db, CLOCK).latest(5);
        assertEquals(1, pending.size());
        assertEquals("PENDING", pending.getFirst().status().name(), "the mail waits for a relay, it is not marked sent");

        var again = assertThrows(Main.Refusal.class, () -> TownSetUp.run(db, townConfig(), VILLEPREUX, CLOCK));
        assertTrue(again.getMessage().contains("déjà en service"), again.getMessage());
    }

    @Test
    void aTownsDatabaseNeverGetsTheDemo() {
        var db = TestDatabase.fresh();
        TownSetUp.run(db, townConfig(), VILLEPREUX, CLOCK);
        DemoData.seedIfEmpty(db, townConfig(), CLOCK);
        var accounts = Portal.accountsPorts(db, CLOCK).accounts();
        assertTrue(accounts.findByEmail(EmailAddress.parse("claire.martin@beaulieu-sur-orge.example").orElseThrow()).isEmpty());
        assertEquals("Villepreux", new fr.portailfamille.persistence.town.JooqTownRepository(db, CLOCK).find().orElseThrow().name());
    }

    @Test
    void theDemoSeedMarksItsDatabase() {
        var db = TestDatabase.fresh();
        DemoData.seedIfEmpty(db, new PortalConfig(Optional.empty(), dataDir, 0, "http://localhost", true), CLOCK);
        assertEquals(Optional.of(InstallationMode.DEMO), new JooqInstallation(db).mode());
        var refused = assertThrows(Main.Refusal.class, () -> TownSetUp.run(db, townConfig(), VILLEPREUX, CLOCK));
        assertTrue(refused.getMessage().contains("démonstration"), refused.getMessage());
    }

    @Test
    void aTownsPortalHasNoBannerNoMailboxAndItsAdminActivatesFromTheLink() throws Exception {
        var db = TestDatabase.fresh();
        String said = TownSetUp.run(db, townConfig(), VILLEPREUX, CLOCK);
        var link = Pattern.compile("http://localhost(/activation/\\S+)").matcher(said);
        assertTrue(link.find());
        var portal = Portal.start(townConfig(), db, new DevelopmentMailbox(), 0, CLOCK);
        try (var http = HttpClient.newHttpClient()) {
            for (String path : List.of("/", "/dev/courriels", link.group(1))) {
                var res = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + portal.port() + path)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertFalse(res.body().contains("Démonstration"), path);
                assertFalse(res.body().contains("/dev/courriels"), path);
                assertEquals(path.equals("/dev/courriels") ? 404 : 200, res.statusCode(), path);
                if (path.startsWith("/activation")) assertTrue(res.body().contains("DURAND"), res.body());
                if (path.equals("/")) assertTrue(res.body().contains("VILLE DE VILLEPREUX"));
            }
        } finally {
            portal.close();
        }
    }
}
