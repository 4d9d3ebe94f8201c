package fr.portailfamille.bootstrap.web;

import static fr.portailfamille.bootstrap.TestPortal.AGENT;
import static fr.portailfamille.bootstrap.TestPortal.AGENT_PASSWORD;
import static fr.portailfamille.bootstrap.TestPortal.DUPONT;
import static fr.portailfamille.bootstrap.TestPortal.DUPONT_PASSWORD;
import fr.portailfamille.bootstrap.TestPortal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;

import static fr.portailfamille.persistence.schema.Tables.BOOKING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The words people read: counts without «(s)», pages listed for the viewer's role only, the audit log in names and
 * readable addresses, dates in French, and a smaller slot that claims nobody got a place.
 */
class WordsWebTest {

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

    @BeforeEach
    void forgetFailedSignIns() {
        portal.forgetFailedSignIns();
    }

    static WebClient signedIn(String identifier, String password) {
        return portal.signedIn(identifier, password);
    }

    @Test
    void counts_take_the_singular_up_to_one_and_the_plural_beyond_never_an_s_in_brackets() {
        var dashboard = signedIn(DUPONT, DUPONT_PASSWORD).get("/");
        assertEquals(200, dashboard.status());
        for (String bracketed : new String[] {"facture(s)", "élément(s)", "non lue(s)", "échange(s)", "notification(s)"}) {
            assertFalse(dashboard.contains(bracketed), bracketed + " in " + dashboard.body());
        }
        assertTrue(dashboard.contains("1 facture à payer"), dashboard.body());
        // seed 003's «Démarches en ligne» block: the catalogue, each leading to where it starts
        assertTrue(dashboard.contains("Démarches en ligne</h2>") && dashboard.contains("<a href=\"/demarches#catalogue\">Changement de situation</a>"),
                dashboard.body());
        var invoices = signedIn(AGENT, AGENT_PASSWORD).get("/agent/factures?q=");
        assertFalse(invoices.contains("facture(s)"), invoices.body());
    }

    @Test
    void the_site_map_and_the_help_list_only_the_pages_of_the_viewers_role() {
        var parent = signedIn(DUPONT, DUPONT_PASSWORD);
        var agent = signedIn(AGENT, AGENT_PASSWORD);
        var parentMap = parent.get("/plan-du-site");
        assertTrue(parentMap.contains("href=\"/planning\"") && !parentMap.contains("href=\"/agent/"), parentMap.body());
        for (var page : new WebClient.Page[] {agent.get("/plan-du-site"), agent.get("/aide")}) {
            assertEquals(200, page.status());
            var links = Pattern.compile("<main.*</main>", Pattern.DOTALL).matcher(page.body());
            assertTrue(links.find());
            var hrefs = Pattern.compile("href=\"(/[^\"]*)\"").matcher(links.group());
            while (hrefs.find()) {
                assertEquals(200, agent.get(hrefs.group(1)).status(), "the agent's " + page.uri().getPath() + " links to " + hrefs.group(1));
            }
        }
        assertTrue(agent.get("/plan-du-site").contains("href=\"/agent/comptes\""));
    }

    @Test
    void the_audit_log_names_who_did_what_and_writes_the_address_as_people_read_it() {
        signedIn(DUPONT, DUPONT_PASSWORD); // a sign-in from this machine
        var journal = signedIn(AGENT, AGENT_PASSWORD).get("/agent/journal");
        assertEquals(200, journal.status());
        assertTrue(journal.contains("Marie DUPONT") || journal.contains("Marie et Julien DUPONT") || journal.contains("DUPONT"), journal.body());
        assertFalse(journal.contains("0:0:0:0:0:0:0:1"), "no raw IPv6 loopback");
        assertTrue(journal.contains("<td>localhost</td>"), journal.body());
        var rows = Pattern.compile("<tr><td>[^<]*</td><td>[^<]*</td><td>(\\d+)</td>").matcher(journal.body());
        assertFalse(rows.find(), "«Par» shows a name, not an internal id");
    }

    @Test
    void fewer_places_with_nobody_waiting_claims_no_promotion() {
        var agent = signedIn(AGENT, AGENT_PASSWORD);
        var booked = portal.db().dsl().selectFrom(BOOKING)
                .where(BOOKING.STATUS.eq(fr.portailfamille.persistence.schema.enums.BookingStatus.BOOKED), BOOKING.DAY.gt(portal.today()))
                .orderBy(BOOKING.DAY).limit(1).fetchOne();
        String slot = "/agent/activites/" + booked.getActivityId() + "/creneaux/" + booked.getDay();
        agent.get(slot);
        var smaller = agent.post(slot + "/places", Map.of("capacity", "3"));
        assertEquals(200, smaller.status(), smaller.body());
        assertTrue(smaller.contains("Le nombre de places est enregistré."), smaller.body());
        assertFalse(smaller.contains("ont obtenu"), "nobody was promoted: " + smaller.body());
    }

    @Test
    void a_demarches_date_answer_reads_in_french() {
        var parent = signedIn(DUPONT, DUPONT_PASSWORD);
        String path = parent.startDemarche("Changement de situation");
        var sent = parent.postFile(path, Map.of("champ1", "Déménagement", "champ2", "2026-11-20", "champ3", "Nouvelle adresse", "action", "envoyer"),
                "aucun", "", new byte[0]);
        assertTrue(sent.contains("Votre démarche est envoyée"), sent.body());
        assertTrue(sent.contains("20/11/2026") && !sent.contains("2026-11-20"), sent.body());

        // the agent validates it: Post/Redirect/Get, the address is the démarche's page, reloading it decides nothing again
        var agent = signedIn(AGENT, AGENT_PASSWORD);
        String staffPage = "/agent" + path;
        assertTrue(agent.get(staffPage).contains("20/11/2026"));
        var validated = agent.post(staffPage + "/valider", Map.of());
        assertEquals(staffPage, validated.uri().getPath());
        assertTrue(validated.contains("Décision enregistrée"), validated.body());
        var reloaded = agent.get(staffPage);
        assertEquals(200, reloaded.status());
        assertFalse(reloaded.contains("Décision enregistrée"), "said once");
    }

    @Test
    void a_rejected_demarche_shows_its_reason_on_the_dashboard() {
        var parent = signedIn(DUPONT, DUPONT_PASSWORD);
        String path = parent.startDemarche("Changement de situation");
        parent.postFile(path, Map.of("champ1", "Naissance", "champ2", "2026-10-02", "action", "envoyer"), "aucun", "", new byte[0]);
        var agent = signedIn(AGENT, AGENT_PASSWORD);
        agent.get("/agent" + path);
        agent.post("/agent" + path + "/rejeter", Map.of("reason", "Joignez l'acte de naissance"));
        var dashboard = parent.get("/");
        assertTrue(dashboard.contains("Rejetée – motif : Joignez l&#39;acte de naissance") || dashboard.contains("Rejetée – motif : Joignez l'acte de naissance"),
                dashboard.body());
    }
}
