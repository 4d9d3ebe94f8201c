package fr.portailfamille.bootstrap.web;

import fr.portailfamille.bootstrap.TestPortal;
import fr.portailfamille.persistence.privacy.JooqPrivacySettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static fr.portailfamille.persistence.schema.Tables.CHILD;
import static fr.portailfamille.persistence.schema.Tables.HEALTH_SHEET_READ;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * «Mes données personnelles» over HTTP on the demo town: the reads of a health sheet shown to its family only, the
 * archive of each family holding its own data and nothing of the other's, consents withdrawn and their history,
 * the public notices of every footer.
 */
class PrivacyWebTest {

    static final byte[] PDF = "%PDF-1.4\n% livret de la famille Dupont\n".getBytes(StandardCharsets.US_ASCII);

    @TempDir
    static Path dataDir;
    static TestPortal portal;
    static long dupontHousehold;
    static long lea;

    @BeforeAll
    static void start() {
        portal = TestPortal.start(dataDir);
        var leaRow = portal.db().dsl().select(CHILD.ID, CHILD.HOUSEHOLD_ID).from(CHILD).where(CHILD.FIRST_NAMES.eq("Léa")).fetchSingle();
        lea = leaRow.value1();
        dupontHousehold = leaRow.value2();
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    static WebClient dupont() {
        return WebClient.signedIn(portal.portal().port(), "marie.dupont@exemple.fr", "Demo-Famille-Dupont-2026");
    }

    static WebClient nguyen() {
        return WebClient.signedIn(portal.portal().port(), "lan.nguyen@exemple.fr", "Demo-Famille-Nguyen-2026");
    }

    static WebClient agent() {
        return WebClient.signedIn(portal.portal().port(), "paul.roussel@beaulieu-sur-orge.example", "Demo-Agent-Beaulieu-2026");
    }

    static WebClient admin() {
        return WebClient.signedIn(portal.portal().port(), "claire.martin@beaulieu-sur-orge.example", "Demo-Admin-Beaulieu-2026");
    }

    @Test
    void an_agent_opening_or_printing_a_health_sheet_is_shown_to_that_family_only_and_to_admins() {
        long before = portal.db().dsl().fetchCount(HEALTH_SHEET_READ);
        var family = dupont();
        family.get("/dossier/enfants/" + lea + "/fiche-sanitaire");
        assertEquals(before, portal.db().dsl().fetchCount(HEALTH_SHEET_READ), "a family reading its own sheet is no consultation");

        var agent = agent();
        String sheet = "/agent/foyers/" + dupontHousehold + "/enfants/" + lea + "/fiche-sanitaire";
        assertTrue(agent.get(sheet).contains("Dr Claire Lefèvre"));
        var printed = agent.get(sheet + "/impression");
        assertEquals(200, printed.status());
        assertTrue(printed.contains("Dr Claire Lefèvre") && printed.contains("Josette Dupont"), printed.body());

        var mine = family.get("/mes-donnees");
        assertEquals(200, mine.status());
        assertTrue(mine.contains("Consultations de la fiche sanitaire"));
        assertTrue(mine.contains("Paul ROUSSEL (agent)") || mine.contains("ROUSSEL"), mine.body());
        assertTrue(mine.contains("Fiche consultée") && mine.contains("Fiche imprimée"), mine.body());
        assertTrue(mine.contains(sheet + "/impression"), "from which page");

        var theirs = nguyen().get("/mes-donnees");
        assertTrue(theirs.contains("Aucun agent n'a encore consulté"), theirs.body());
        assertFalse(theirs.contains("Léa"));

        assertEquals(404, agent.get("/admin/fiches-sanitaires/consultations").status(), "admins only");
        var all = admin().get("/admin/fiches-sanitaires/consultations");
        assertEquals(200, all.status());
        assertTrue(all.contains("Léa") && all.contains("Fiche imprimée"), all.body());
    }

    @Test
    void each_family_downloads_its_own_data_files_included_and_nothing_of_the_other() throws IOException {
        var family = dupont();
        family.get("/dossier/documents");
        family.postFile("/dossier/documents", Map.of("type", "livret-famille", "child", "", "validUntil", ""), "file", "livret-Dupont.pdf", PDF);

        var dsl = portal.db().dsl();
        var invoice = dsl.fetchOne("SELECT number FROM invoice WHERE household_id = ? ORDER BY id LIMIT 1", dupontHousehold);
        assertTrue(invoice != null, "the demo bills the Duponts");
        long nguyenHousehold = dsl.fetchSingle("SELECT household_id FROM child WHERE first_names = 'Minh'").get(0, Long.class);
        for (var attempt : List.of(List.of(dupontHousehold, "DUPONTPAY000000001", "marie.dupont@exemple.fr"),
                List.of(nguyenHousehold, "NGUYENPAY00000001", "lan.nguyen@exemple.fr"))) {
            long household = (Long) attempt.get(0);
            var theirInvoice = dsl.fetchSingle("SELECT id, cash_office_id FROM invoice WHERE household_id = ? ORDER BY id LIMIT 1", household);
            // a refused PayFiP transaction, as the payment adapter stores it
            long id = dsl.fetchSingle("""
                            INSERT INTO payment (cash_office_id, household_id, account_id, amount_cents, state, created_at, settled_at, reference, payer_email,
                                                 client_number, year, label, mode, notification_url, return_url, ordered_at)
                            VALUES (?, ?, (SELECT account_id FROM household_account WHERE household_id = ? LIMIT 1), 5460, 'REFUSED',
                                    TIMESTAMPTZ '2026-11-20 10:00:00+00', TIMESTAMPTZ '2026-11-20 10:01:00+00', ?, ?, '012345', 2026, 'Factures',
                                    'TEST', 'http://localhost/paiement/notification', 'http://localhost/paiement/retour', TIMESTAMPTZ '2026-11-20 10:00:00+00')
                            RETURNING id""",
                    theirInvoice.get(1, Long.class), household, household, attempt.get(1), attempt.get(2)).get(0, Long.class);
            dsl.execute("INSERT INTO payment_invoice (payment_id, invoice_id) VALUES (?, ?)", id, theirInvoice.get(0, Long.class));
        }

        var response = family.download("/mes-donnees/archive");
        assertEquals(200, response.statusCode());
        assertEquals("application/zip", response.headers().firstValue("Content-Type").orElse(""));
        assertTrue(response.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        var entries = WebClient.unzip(response.body());
        String json = new String(entries.get("donnees.json"), StandardCharsets.UTF_8);
        String summary = new String(entries.get("LISEZMOI.html"), StandardCharsets.UTF_8);
        assertTrue(json.contains("\"doctorName\":\"Dr Claire Lefèvre\""), "Léa's health sheet");
        assertTrue(json.contains("\"consentHistory\":[{"), "consents with their history");
        assertTrue(json.contains("marie.dupont@exemple.fr") && json.contains("\"invoices\":[{"), json);
        assertFalse(json.contains("passwordHash") || json.contains("$argon2"), "never the password hash");
        assertTrue(summary.startsWith("<!DOCTYPE html>") && summary.contains("lang=\"fr\"") && summary.contains("Dr Claire Lefèvre"));
        var livret = entries.entrySet().stream().filter(e -> e.getKey().startsWith("fichiers/justificatifs/") && e.getKey().endsWith("-livret-Dupont.pdf"))
                .findFirst().orElseThrow(() -> new AssertionError(entries.keySet().toString()));
        assertArrayEquals(PDF, livret.getValue());
        assertTrue(summary.contains("href=\"" + livret.getKey() + "\""), "the summary links the file inside the archive");
        String pdfName = "fichiers/factures/facture-" + invoice.get(0, String.class) + ".pdf";
        assertTrue(entries.containsKey(pdfName), entries.keySet().toString());
        assertTrue(new String(entries.get(pdfName), 0, 5, StandardCharsets.US_ASCII).equals("%PDF-"), "the invoice's own PDF");
        assertTrue(summary.contains("href=\"" + pdfName + "\""));
        assertTrue(json.contains("\"paymentAttempts\":[{") && json.contains("DUPONTPAY000000001") && summary.contains("référence DUPONTPAY000000001"), json);
        for (var other : List.of("Minh", "Nguyen", "NGUYEN", "quittance-loyer", "Dr Paul Martin", "NGUYENPAY")) {
            assertFalse(json.contains(other) || summary.contains(other) || entries.keySet().stream().anyMatch(n -> n.contains(other)),
                    "nothing of the Nguyen family: " + other);
        }

        var theirs = WebClient.unzip(nguyen().download("/mes-donnees/archive").body());
        String theirJson = new String(theirs.get("donnees.json"), StandardCharsets.UTF_8);
        assertTrue(theirJson.contains("Minh") && theirJson.contains("Dr Paul Martin") && theirJson.contains("NGUYENPAY00000001"));
        assertFalse(theirJson.contains("DUPONTPAY") || theirs.containsKey(pdfName), "none of the Duponts' payments nor invoices");
        assertFalse(theirJson.contains("Léa") || theirJson.contains("Lefèvre") || theirs.keySet().stream().anyMatch(n -> n.contains("livret")));
    }

    @Test
    void an_agent_exports_a_household_at_the_desk_and_the_family_sees_each_child_sheet_exported() throws IOException {
        var agent = agent();
        agent.get("/agent/foyers/" + dupontHousehold);
        var response = agent.download("/agent/foyers/" + dupontHousehold + "/donnees");
        assertEquals(200, response.statusCode());
        assertTrue(new String(WebClient.unzip(response.body()).get("donnees.json"), StandardCharsets.UTF_8).contains("Dr Claire Lefèvre"));
        assertTrue(dupont().get("/mes-donnees").contains("Fiche exportée"));
        assertEquals(404, dupont().download("/agent/foyers/" + dupontHousehold + "/donnees").statusCode());
        assertEquals(404, agent.download("/mes-donnees/archive").statusCode(), "an agent has no household of its own");
    }

    @Test
    void a_consent_is_withdrawn_as_easily_as_given_and_every_answer_stays_dated() {
        var family = dupont();
        String page = "/dossier/enfants/" + lea + "/consentements";
        family.get(page);
        var withdrawn = family.post(page, Map.of("question-droit-image", "non"));
        assertEquals(200, withdrawn.status(), "withdrawn with the same form as given");
        family.get(page);
        family.post(page, Map.of("question-droit-image", "oui"));
        var shown = family.get(page);
        assertTrue(shown.contains("Historique des réponses"), shown.body());
        assertTrue(shown.contains("Non (refusé ou retiré)") && shown.contains("Oui (donné)"), shown.body());
        var json = new String(assertZip(family), StandardCharsets.UTF_8);
        assertTrue(json.contains("\"granted\":false") && json.contains("\"granted\":true"), "both answers in the export");
    }

    @Test
    void a_parents_booking_is_in_the_households_journal_for_staff_and_in_the_familys_export() throws IOException {
        var family = dupont();
        String booking = null;
        for (int ahead = 1; ahead <= 4 && booking == null; ahead++) {
            var page = family.get("/planning?date=" + portal.today().plusMonths(ahead).withDayOfMonth(1));
            var m = java.util.regex.Pattern.compile("name=\"reserver\" value=\"([^\"]+)\"").matcher(page.body());
            if (m.find()) booking = m.group(1);
        }
        assertTrue(booking != null, "a day to book");
        var done = family.postAll("/planning", List.of(Map.entry("reserver", booking)));
        assertTrue(done.contains("1 demande faite"), done.body());

        var agent = agent();
        var journal = agent.get("/agent/foyers/" + dupontHousehold + "/journal");
        assertEquals(200, journal.status());
        assertTrue(journal.contains("Réservation") && journal.contains("DUPONT (parent)"), journal.body());
        assertTrue(journal.contains("127.0.0.1") || journal.contains("0:0:0:0:0:0:0:1"), "from where");
        assertEquals(404, family.get("/agent/foyers/" + dupontHousehold + "/journal").status());
        String json = new String(WebClient.unzip(family.download("/mes-donnees/archive").body()).get("donnees.json"), StandardCharsets.UTF_8);
        assertTrue(json.contains("\"auditTrail\":[{") && json.contains("\"kind\":\"BOOKED\""), "in the family's export");
    }

    static byte[] assertZip(WebClient client) {
        try {
            return WebClient.unzip(client.download("/mes-donnees/archive").body()).get("donnees.json");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void the_footer_of_every_page_leads_to_the_privacy_notice_legal_notice_and_accessibility_statement() {
        new JooqPrivacySettings(portal.db()).saveDpoContact("Délégué à la protection des données, dpo@beaulieu-sur-orge.example");
        var anonymous = new WebClient(portal.portal().port());
        for (var page : List.of("/", "/connexion", "/aide")) {
            var shown = anonymous.get(page);
            assertTrue(shown.contains("href=\"/donnees-personnelles\"") && shown.contains("href=\"/mentions-legales\"")
                    && shown.contains("href=\"/accessibilite\""), page);
        }
        var notice = anonymous.get("/donnees-personnelles");
        assertEquals(200, notice.status());
        assertTrue(notice.contains("dpo@beaulieu-sur-orge.example") && notice.contains("CNIL") && notice.contains("Base légale"), notice.body());
        assertTrue(anonymous.get("/mentions-legales").contains("Directeur de la publication"));
        var statement = anonymous.get("/accessibilite");
        for (var part : List.of("État de conformité", "partiellement conforme", "Cette déclaration a été établie le",
                "Pages ayant fait l'objet de la vérification", "Non-conformités connues", "Défenseur des droits", "Retour d'information et contact")) {
            assertTrue(statement.contains(part), part);
        }
        assertTrue(dupont().get("/").contains("Mes données personnelles"), "the dashboard block");
    }
}
