package fr.portailfamille.bootstrap.web;

import fr.portailfamille.bootstrap.TestPortal;
import fr.portailfamille.domain.accounts.TokenHash;
import fr.portailfamille.persistence.schema.enums.BookingStatus;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Pattern;

import static fr.portailfamille.persistence.schema.Tables.ACTIVITY;
import static fr.portailfamille.persistence.schema.Tables.BOOKING;
import static fr.portailfamille.persistence.schema.Tables.CALENDAR_FEED;
import static fr.portailfamille.persistence.schema.Tables.CHILD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The private calendar address over HTTP: turned on, fetched without signing in, renewed, revoked. */
class CalendarFeedWebTest {

    @TempDir
    static Path dataDir;
    static TestPortal portal;

    @BeforeAll
    static void start() {
        portal = TestPortal.start(dataDir);
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    static String token(WebClient.Page page) {
        var matcher = Pattern.compile("value=\"http://[^\"]+/agenda/([A-Za-z0-9_-]{43})\\.ics\"").matcher(page.body());
        assertTrue(matcher.find(), page.body());
        return matcher.group(1);
    }

    @Test
    void a_family_subscribes_its_calendar_then_renews_and_revokes_the_address() {
        var parent = WebClient.signedIn(portal.portal().port(), "marie.dupont@exemple.fr", "Demo-Famille-Dupont-2026");
        var anonymous = new WebClient(portal.portal().port());
        assertTrue(parent.get("/planning/agenda").contains("État : désactivé"));

        var on = parent.post("/planning/agenda/activer", Map.of());
        assertEquals(200, on.status());
        String token = token(on);
        assertEquals(TokenHash.of(token), portal.db().dsl().select(CALENDAR_FEED.TOKEN_HASH).from(CALENDAR_FEED).fetchOne(CALENDAR_FEED.TOKEN_HASH),
                "only the hash is kept");
        assertFalse(parent.get("/planning/agenda").contains(token), "shown once");

        var ics = anonymous.download("/agenda/" + token + ".ics");
        assertEquals(200, ics.statusCode());
        assertTrue(ics.headers().firstValue("content-type").orElse("").startsWith("text/calendar"));
        assertEquals("noindex, nofollow", ics.headers().firstValue("x-robots-tag").orElse(""));
        String text = new String(ics.body(), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("BEGIN:VCALENDAR\r\n") && text.endsWith("END:VCALENDAR\r\n"), text);
        assertTrue(text.contains("SUMMARY:Restauration scolaire – Léa\r\n"), text);
        assertTrue(text.contains("(liste d'attente)"), "Hugo's waiting-list evening: " + text);
        assertEquals(-1, text.replace("\r\n", "").indexOf('\n'), "CRLF only");

        var renewed = parent.post("/planning/agenda/activer", Map.of());
        assertTrue(renewed.contains("l&#39;ancienne ne fonctionne plus") || renewed.contains("l'ancienne ne fonctionne plus"), renewed.body());
        String second = token(renewed);
        assertEquals(404, anonymous.download("/agenda/" + token + ".ics").statusCode());
        assertEquals(200, anonymous.download("/agenda/" + second + ".ics").statusCode());

        var other = WebClient.signedIn(portal.portal().port(), "lan.nguyen@exemple.fr", "Demo-Famille-Nguyen-2026");
        String theirs = token(other.post("/planning/agenda/activer", Map.of()));
        assertFalse(new String(anonymous.download("/agenda/" + theirs + ".ics").body(), StandardCharsets.UTF_8).contains("Léa"));

        assertTrue(parent.post("/planning/agenda/desactiver", Map.of()).contains("État : désactivé"));
        assertEquals(404, anonymous.download("/agenda/" + second + ".ics").statusCode());
        assertEquals(404, anonymous.download("/agenda/inconnu.ics").statusCode());
        assertEquals(200, anonymous.download("/agenda/" + theirs + ".ics").statusCode(), "another household's address stays");
    }

    @Test
    void a_booked_day_the_agent_closes_is_cancelled_in_the_subscribed_calendar() {
        var parent = WebClient.signedIn(portal.portal().port(), "marie.dupont@exemple.fr", "Demo-Famille-Dupont-2026");
        var agent = WebClient.signedIn(portal.portal().port(), "paul.roussel@beaulieu-sur-orge.example", "Demo-Agent-Beaulieu-2026");
        var anonymous = new WebClient(portal.portal().port());
        var dsl = portal.db().dsl();
        long lea = dsl.select(CHILD.ID).from(CHILD).where(CHILD.FIRST_NAMES.eq("Léa")).fetchSingle().value1();
        long morning = portal.activity("Accueil du matin");
        LocalDate day = dsl.select(DSL.max(BOOKING.DAY)).from(BOOKING).where(BOOKING.CHILD_ID.eq(lea), BOOKING.ACTIVITY_ID.eq(morning),
                BOOKING.STATUS.eq(BookingStatus.BOOKED)).fetchSingle().value1();
        String token = token(parent.post("/planning/agenda/activer", Map.of()));
        String dtstart = "DTSTART;VALUE=DATE:" + day.toString().replace("-", "");
        String before = event(new String(anonymous.download("/agenda/" + token + ".ics").body(), StandardCharsets.UTF_8), dtstart);
        assertTrue(before.contains("SUMMARY:Accueil du matin – Léa\r\n") && !before.contains("STATUS:CANCELLED"), before);

        agent.get("/agent/activites/" + morning + "/creneaux/" + day);
        assertEquals(200, agent.post("/agent/activites/" + morning + "/creneaux/" + day + "/fermer", Map.of()).status());

        String after = event(new String(anonymous.download("/agenda/" + token + ".ics").body(), StandardCharsets.UTF_8), dtstart);
        assertTrue(after.contains("SUMMARY:Fermé par la mairie – Accueil du matin – Léa\r\n"), after);
        assertTrue(after.contains("STATUS:CANCELLED\r\n"), after);
        assertFalse(after.contains("DESCRIPTION:Réservé"), after);
        parent.post("/planning/agenda/desactiver", Map.of()); // as the other test expects to find it
    }

    /** The VEVENT of that day (its lines unfolded). */
    static String event(String ics, String dtstart) {
        for (String block : ics.replace("\r\n ", "").split("BEGIN:VEVENT")) if (block.contains(dtstart + "\r\n")) return block;
        throw new AssertionError("no event " + dtstart + " in " + ics);
    }
}
