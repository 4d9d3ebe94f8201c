package fr.portailfamille.bootstrap.web;

import fr.portailfamille.bootstrap.TestPortal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static fr.portailfamille.persistence.schema.Tables.CHILD;
import static fr.portailfamille.persistence.schema.Tables.HEALTH_SHEET_READ;
import static fr.portailfamille.persistence.schema.Tables.MAIL_OUTBOX;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Health data never leave the dossier: during a journey that writes, refuses, opens, prints and exports a health
 * sheet, nothing the portal logs (java.util.logging, which Helidon and the portal use), no mail it
 * writes and no address it sends a browser to contains a value of the sheet.
 */
class HealthDataStaysOutOfLogsTest {

    /** Values no other place of the portal could produce. */
    static final List<String> SECRETS = List.of("Arachide-Secret-7431", "Penicilline-Secret-7431", "Lunettes-Secret-7431", "Dr Secret-7431");

    @TempDir
    static Path dataDir;
    static TestPortal portal;
    static final List<String> logged = new ArrayList<>();
    static final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            var text = new StringWriter();
            text.append(record.getLoggerName()).append(' ').append(String.valueOf(record.getMessage()));
            if (record.getParameters() != null) for (Object p : record.getParameters()) text.append(' ').append(String.valueOf(p));
            if (record.getThrown() != null) record.getThrown().printStackTrace(new PrintWriter(text));
            synchronized (logged) {
                logged.add(text.toString());
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeAll
    static void start() {
        var root = Logger.getLogger("");
        // at the levels the portal runs with: what it writes to its console is what reaches this handler
        capture.setLevel(Level.ALL);
        root.addHandler(capture);
        portal = TestPortal.start(dataDir);
    }

    @AfterAll
    static void stop() {
        portal.close();
        var root = Logger.getLogger("");
        root.removeHandler(capture);
    }

    static Map<String, String> sheet(String vaccineDtp) {
        var form = new HashMap<String, String>(Map.of("doctorName", "Dr Secret-7431", "doctorPhone", "01 64 00 55 66", "drugAllergies", "oui",
                "drugAllergyDetail", "Penicilline-Secret-7431", "otherAllergies", "Arachide-Secret-7431", "recommendations", "Lunettes-Secret-7431",
                "bloodGroup", "A_POS", "vaccine_DTP", vaccineDtp));
        form.put("illness", "VARICELLE");
        return form;
    }

    @Test
    void a_health_sheet_written_read_printed_and_exported_leaves_no_value_in_logs_mails_or_addresses() throws Exception {
        long lea = portal.db().dsl().select(CHILD.ID).from(CHILD).where(CHILD.FIRST_NAMES.eq("Léa")).fetchSingle().value1();
        long household = portal.db().dsl().select(CHILD.HOUSEHOLD_ID).from(CHILD).where(CHILD.ID.eq(lea)).fetchSingle().value1();
        var addresses = new ArrayList<String>();
        var family = WebClient.signedIn(portal.portal().port(), "marie.dupont@exemple.fr", "Demo-Famille-Dupont-2026");
        String page = "/dossier/enfants/" + lea + "/fiche-sanitaire";
        family.get(page);
        var refused = family.post(page, sheet("2099-01-01"));
        assertEquals(422, refused.status(), "a refused form shows the values again, in the page only");
        addresses.add(refused.uri().toString());
        var saved = family.post(page, sheet("2019-01-01"));
        addresses.add(saved.uri().toString());
        assertTrue(family.get(page).contains("Arachide-Secret-7431"), "the sheet holds the values");

        var agent = WebClient.signedIn(portal.portal().port(), "paul.roussel@beaulieu-sur-orge.example", "Demo-Agent-Beaulieu-2026");
        String staffPage = "/agent/foyers/" + household + "/enfants/" + lea + "/fiche-sanitaire";
        assertTrue(agent.get(staffPage).contains("Lunettes-Secret-7431"));
        assertTrue(agent.get(staffPage + "/impression").contains("Penicilline-Secret-7431"));
        var edited = agent.post(staffPage, sheet("2019-02-01"));
        addresses.add(edited.uri().toString());
        agent.get("/agent/foyers/" + household + "/message");
        addresses.add(agent.postFile("/agent/foyers/" + household + "/message", Map.of("service", "SCOLAIRE", "subject", "Fiche sanitaire de Léa",
                "text", "Nous avons mis à jour la fiche sanitaire."), "aucun", "", new byte[0]).uri().toString());
        var archive = agent.download("/agent/foyers/" + household + "/donnees");
        assertEquals(200, archive.statusCode());
        addresses.add(archive.uri().toString());
        archive.headers().firstValue("Content-Disposition").ifPresent(addresses::add);
        var own = family.download("/mes-donnees/archive");
        assertEquals(200, own.statusCode());
        own.headers().firstValue("Content-Disposition").ifPresent(addresses::add);
        // the export carries the values (to the family only): the scan below covers a journey where they went through it
        byte[] exported = WebClient.unzip(own.body()).get("donnees.json");
        assertTrue(exported != null && new String(exported, StandardCharsets.UTF_8).contains("Arachide-Secret-7431"));

        List<String> mails = portal.db().dsl().select(MAIL_OUTBOX.SUBJECT, MAIL_OUTBOX.TEXT_BODY, MAIL_OUTBOX.HTML_BODY).from(MAIL_OUTBOX)
                .fetch(r -> r.value1() + "\n" + r.value2() + "\n" + r.value3());
        assertTrue(mails.stream().anyMatch(m -> m.contains("Nouveau message") || m.contains("message")), "the journey wrote mails: " + mails.size());
        addresses.addAll(portal.db().dsl().select(HEALTH_SHEET_READ.PAGE).from(HEALTH_SHEET_READ).fetch(r -> r.value1()));
        assertTrue(addresses.size() > 5);
        // the capture sees what the portal's loggers write (whether this JVM already migrated the database or not)
        Logger.getLogger("fr.portailfamille.web.ErrorPages").warning("sonde du test");
        List<String> logs;
        synchronized (logged) {
            logs = List.copyOf(logged);
        }
        assertTrue(logs.stream().anyMatch(l -> l.contains("sonde du test")), "the handler receives the portal's records");
        for (var secret : SECRETS) {
            assertTrue(logs.stream().noneMatch(l -> l.contains(secret)), "logged: " + secret);
            assertTrue(mails.stream().noneMatch(m -> m.contains(secret)), "mailed: " + secret);
            assertTrue(addresses.stream().noneMatch(a -> a.contains(secret) || a.contains(secret.replace(" ", "+"))), "in an address: " + secret);
        }
        assertFalse(new String(archive.body(), StandardCharsets.ISO_8859_1).isEmpty());
    }
}
