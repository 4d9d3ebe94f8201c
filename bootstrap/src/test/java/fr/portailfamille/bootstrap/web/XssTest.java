package fr.portailfamille.bootstrap.web;

import fr.portailfamille.domain.common.TownZone;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import fr.portailfamille.bootstrap.DemoData;
import fr.portailfamille.bootstrap.Portal;
import fr.portailfamille.bootstrap.PortalConfig;
import fr.portailfamille.mail.SmtpMailTransport;
import fr.portailfamille.mail.SmtpSettings;
import fr.portailfamille.persistence.Db;
import fr.portailfamille.persistence.TestDatabase;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static fr.portailfamille.persistence.schema.Tables.ACCOUNT;
import static fr.portailfamille.persistence.schema.Tables.ACTIVITY;
import static fr.portailfamille.persistence.schema.Tables.CASH_OFFICE;
import static fr.portailfamille.persistence.schema.Tables.GUARDIAN;
import static fr.portailfamille.persistence.schema.Tables.HOUSEHOLD;
import static fr.portailfamille.persistence.schema.Tables.CHILD;
import static fr.portailfamille.persistence.schema.Tables.DEMARCHE;
import static fr.portailfamille.persistence.schema.Tables.ENROLMENT;
import static fr.portailfamille.persistence.schema.Tables.MEDICAL_ABSENCE;
import static fr.portailfamille.persistence.schema.Tables.HOUSEHOLD_ACCOUNT;
import static fr.portailfamille.persistence.schema.Tables.MAIL_OUTBOX;
import static fr.portailfamille.persistence.schema.Tables.MESSAGE_THREAD;
import static fr.portailfamille.persistence.schema.Tables.SLOT;
import static fr.portailfamille.persistence.schema.Tables.SUPPORTING_DOCUMENT;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Stored XSS: a payload typed into every free-text field a parent or an agent can fill, then every page reachable by
 * links (as the family, an agent and the administrator) and every mail sent (through real SMTP) shows it escaped,
 * never as markup. The invoice PDF is checked in {@code HtmlInvoicePdfTest.markup_in_names_is_printed_as_text}.
 */
class XssTest {

    /** The portal's clock, running from the machine's «now» (CI shifts it with faketime). */
    static final fr.portailfamille.application.common.MutableClock CLOCK = fr.portailfamille.bootstrap.TestPortal.runningClock();

    static final String PAYLOAD = "<script>alert(1)</script>\"'><img src=x onerror=alert(1)>";
    /** The payload as a file name: no quote, and no slash (a name with a path is refused before it is stored). */
    static final String FILE_NAME_PAYLOAD = "<script>alert(1)<script>'><img src=x onerror=alert(1)>";
    /** How FreeMarker's HTML output shows the payload (what the visitor then reads as text). */
    static final String ESCAPED = "&lt;img src=x onerror=alert(1)&gt;";
    static final List<String> LIVE = List.of("<script>alert(1)", "<img src=x", "onerror=alert(1)>");
    static final byte[] PDF = "%PDF-1.4\n% pièce\n".getBytes();
    /** Words typed before the payload in the bookings' free-text fields, to find each one on the page that shows it. */
    static final List<String> BOOKING_MARKERS = List.of("Motif-absence", "Motif-inscription", "Atelier-agent");

    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);

    @TempDir
    static Path dataDir;
    static Portal portal;
    static Db db;
    static int port;
    static WebClient parent;
    static WebClient agent;
    static WebClient admin;
    /** Every page crawled, by who saw it. */
    static final Map<String, String> pages = new LinkedHashMap<>();
    static final List<String> refused = new ArrayList<>();

    @BeforeAll
    static void start() {
        var config = new PortalConfig(Optional.empty(), dataDir, 0, "http://localhost", true);
        db = TestDatabase.fresh();
        DemoData.seedIfEmpty(db, config, CLOCK);
        portal = Portal.start(config, db, new SmtpMailTransport(new SmtpSettings("127.0.0.1", greenMail.getSmtp().getPort(), null, null, false)), 0, CLOCK);
        port = portal.port();
        parent = WebClient.signedIn(port, "marie.dupont@exemple.fr", "Demo-Famille-Dupont-2026");
        agent = WebClient.signedIn(port, "paul.roussel@beaulieu-sur-orge.example", "Demo-Agent-Beaulieu-2026");
        admin = WebClient.signedIn(port, "claire.martin@beaulieu-sur-orge.example", "Demo-Admin-Beaulieu-2026");
        fillEveryFreeTextField();
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    /** Posts a form and records a refusal: a field that refuses the payload is not a hole, but it must say so. */
    static void accepted(String what, WebClient.Page page) {
        if (page.status() != 200) refused.add(what + " → " + page.status());
    }

    static void fillEveryFreeTextField() {
        var dsl = db.dsl();
        long household = dsl.select(HOUSEHOLD_ACCOUNT.HOUSEHOLD_ID).from(HOUSEHOLD_ACCOUNT).join(ACCOUNT).on(ACCOUNT.ID.eq(HOUSEHOLD_ACCOUNT.ACCOUNT_ID))
                .where(ACCOUNT.EMAIL.eq("marie.dupont@exemple.fr")).fetchSingle().value1();
        var child = dsl.selectFrom(CHILD).where(CHILD.HOUSEHOLD_ID.eq(household)).orderBy(CHILD.ID).limit(1).fetchSingle();
        String c = "/dossier/enfants/" + child.getId();

        // the family: child, health sheet, authorised person, coordinates, justificatif, message, démarche
        parent.get(c);
        accepted("child", parent.post(c, Map.of("lastName", "DUPONT", "firstNames", "Léa " + PAYLOAD, "birthDate", child.getBirthDate().toString(),
                "school", child.getSchool(), "level", child.getLevel() == null ? "" : child.getLevel().name())));
        parent.get(c + "/fiche-sanitaire");
        accepted("health", parent.post(c + "/fiche-sanitaire", Map.of("doctorName", "Dr " + PAYLOAD, "doctorPhone", "01 64 00 00 01",
                "drugAllergies", "oui", "drugAllergyDetail", PAYLOAD, "otherAllergies", PAYLOAD, "recommendations", PAYLOAD, "bloodGroup", "UNKNOWN",
                "vaccine_DTP", "2019-01-01")));
        parent.get(c + "/autorisations");
        accepted("contact", parent.post(c + "/autorisations", Map.of("name", "Mamie " + PAYLOAD, "relationship", PAYLOAD, "phone", "06 12 34 56 78",
                "emergency", "oui", "mayCollect", "oui")));
        var guardian = dsl.selectFrom(GUARDIAN).where(GUARDIAN.HOUSEHOLD_ID.eq(household)).orderBy(GUARDIAN.POSITION).limit(1).fetchSingle();
        parent.get("/dossier/coordonnees");
        accepted("coordinates", parent.post("/dossier/coordonnees", Map.of("postalAddress", "3 rue " + PAYLOAD, "guardian1_lastName", guardian.getLastName(),
                "guardian1_firstNames", guardian.getFirstNames() + " " + PAYLOAD, "guardian1_relationship", PAYLOAD, "guardian1_email", guardian.getEmail(),
                "guardian1_mobilePhone", guardian.getMobilePhone(), "guardian1_otherPhone", guardian.getOtherPhone())));
        parent.get("/dossier/documents");
        accepted("justificatif name", parent.postFile("/dossier/documents", Map.of("type", "livret-famille", "child", "", "validUntil", ""),
                "file", "livret" + FILE_NAME_PAYLOAD + ".pdf", PDF));
        parent.get("/messagerie/nouveau");
        accepted("message", parent.postFile("/messagerie/nouveau", Map.of("service", "ESPACE_SERVICES", "subject", "Objet " + PAYLOAD, "text", PAYLOAD),
                "file", "piece" + FILE_NAME_PAYLOAD + ".pdf", PDF));
        var list = parent.get("/demarches");
        var formId = Pattern.compile("name=\"form\" value=\"(\\d+)\">\\s*<p><strong>Demande de quotient familial").matcher(list.body());
        assertTrue(formId.find(), list.body());
        var started = parent.post("/demarches/nouvelle", Map.of("form", formId.group(1)));
        accepted("démarche", parent.postFile(started.uri().getPath(), Map.of("champ1", PAYLOAD, "champ2", "2,5 " + PAYLOAD, "action", "envoyer"),
                "champ3", "avis" + FILE_NAME_PAYLOAD + ".pdf", PDF));

        // the town: a reply, a news article, a démarche form, a refused démarche and justificatif, a new account
        long thread = dsl.select(MESSAGE_THREAD.ID).from(MESSAGE_THREAD).where(MESSAGE_THREAD.HOUSEHOLD_ID.eq(household)).limit(1).fetchSingle().value1();
        agent.get("/agent/messagerie/" + thread);
        accepted("reply", agent.postFile("/agent/messagerie/" + thread, Map.of("text", "Réponse " + PAYLOAD), "file", "", new byte[0]));
        agent.get("/agent/actualites/nouvelle");
        accepted("news", agent.postFile("/agent/actualites", Map.of("title", "Titre " + PAYLOAD, "text", "Texte " + PAYLOAD + "\n\n- **" + PAYLOAD + "**",
                "publish", "oui"), "unused", "", new byte[0]));
        agent.get("/agent/demarches/formulaires/nouveau");
        accepted("démarche form", agent.post("/agent/demarches/formulaires", Map.of("title", "Formulaire " + PAYLOAD, "description", PAYLOAD,
                "definition", "Question " + PAYLOAD.replace("|", "") + " | texte")));
        long demarche = dsl.select(DEMARCHE.ID).from(DEMARCHE).where(DEMARCHE.HOUSEHOLD_ID.eq(household)).limit(1).fetchSingle().value1();
        agent.get("/agent/demarches/" + demarche);
        accepted("démarche rejected", agent.post("/agent/demarches/" + demarche + "/rejeter", Map.of("reason", "Motif " + PAYLOAD)));
        long document = dsl.select(SUPPORTING_DOCUMENT.ID).from(SUPPORTING_DOCUMENT).where(SUPPORTING_DOCUMENT.HOUSEHOLD_ID.eq(household))
                .orderBy(SUPPORTING_DOCUMENT.ID.desc()).limit(1).fetchSingle().value1();
        agent.get("/agent/foyers/" + household + "/documents");
        accepted("justificatif refused", agent.post("/agent/justificatifs/" + document + "/refuser", Map.of("reason", "Motif " + PAYLOAD)));
        agent.get("/agent/comptes/nouveau");
        accepted("account", agent.post("/agent/comptes", Map.of("lastName", "Nom " + PAYLOAD, "firstNames", "Prénom " + PAYLOAD,
                "email", "xss@exemple.fr")));
        agent.get("/agent/foyers/" + household + "/message");
        accepted("message to household", agent.postFile("/agent/foyers/" + household + "/message", Map.of("service", "ESPACE_SERVICES",
                "subject", "Sujet " + PAYLOAD, "text", PAYLOAD), "aucun", "", new byte[0]));

        // bookings: an absence refused with a reason, an enrolment request refused with a reason (both read by the family),
        // an activity created through the agent's form
        long absence = dsl.select(MEDICAL_ABSENCE.ID).from(MEDICAL_ABSENCE).where(MEDICAL_ABSENCE.HOUSEHOLD_ID.eq(household)).limit(1).fetchSingle().value1();
        agent.get("/agent/absences");
        accepted("absence refused", agent.post("/agent/absences/" + absence + "/refuser", Map.of("reason", BOOKING_MARKERS.get(0) + " " + PAYLOAD)));
        // the activities of the year in progress (in the summer the demo also has the next year's)
        int year = fr.portailfamille.domain.bookings.SchoolYear.containing(java.time.LocalDate.now(CLOCK.withZone(TownZone.ZONE))).startYear();
        long holidays = dsl.select(ACTIVITY.ID).from(ACTIVITY).where(ACTIVITY.NAME.eq("Centre de loisirs des vacances"), ACTIVITY.START_YEAR.eq(year))
                .fetchSingle().value1();
        parent.get("/inscriptions");
        accepted("enrolment request", parent.post("/inscriptions", Map.of("child", Long.toString(child.getId()), "activity", Long.toString(holidays))));
        long enrolment = dsl.select(ENROLMENT.ID).from(ENROLMENT).where(ENROLMENT.CHILD_ID.eq(child.getId()), ENROLMENT.ACTIVITY_ID.eq(holidays))
                .fetchSingle().value1();
        agent.get("/agent/inscriptions");
        accepted("enrolment refused", agent.post("/agent/inscriptions/" + enrolment + "/refuser", Map.of("reason", BOOKING_MARKERS.get(1) + " " + PAYLOAD)));
        agent.get("/agent/activites/nouvelle");
        accepted("activity", agent.postAll("/agent/activites", List.of(Map.entry("schoolYear", fr.portailfamille.domain.bookings.SchoolYear.containing(java.time.LocalDate.now(CLOCK.withZone(TownZone.ZONE))).label()),
                Map.entry("name", BOOKING_MARKERS.get(2) + " " + PAYLOAD), Map.entry("kind", "ACCUEIL_SOIR"), Map.entry("unit", "SESSION"),
                Map.entry("weekday", "2"), Map.entry("capacity", "20"), Map.entry("bookingRule", "J-1 avant 18h"),
                Map.entry("cancellationRule", "J-1 avant 18h"), Map.entry("cashOfficeId", "PERI"), Map.entry("priceCategory", "PERI-SOIR"))));

        // the register of the last morning that took place, with the child (payload in its name) come without a booking
        long morning = dsl.select(ACTIVITY.ID).from(ACTIVITY).where(ACTIVITY.NAME.eq("Accueil du matin"), ACTIVITY.START_YEAR.eq(year)).fetchSingle().value1();
        var lastMorning = dsl.select(SLOT.DAY).from(SLOT).where(SLOT.ACTIVITY_ID.eq(morning), SLOT.CLOSED.isFalse(), SLOT.DAY.le(java.time.LocalDate.now(CLOCK.withZone(TownZone.ZONE))))
                .orderBy(SLOT.DAY.desc()).limit(1).fetchSingle().value1();
        String register = "/agent/activites/" + morning + "/creneaux/" + lastMorning + "/appel";
        agent.get(register);
        accepted("register without booking", agent.post(register + "/sans-reservation", Map.of("child", Long.toString(child.getId()))));

        // names typed in the back-office forms, shown to families (planning, invoices): set here as an agent could type them
        dsl.update(ACTIVITY).set(ACTIVITY.NAME, ACTIVITY.NAME.concat(" " + PAYLOAD)).execute();
        dsl.update(CASH_OFFICE).set(CASH_OFFICE.NAME, CASH_OFFICE.NAME.concat(" " + PAYLOAD)).execute();
        dsl.update(HOUSEHOLD).set(HOUSEHOLD.NAME, HOUSEHOLD.NAME.concat(" " + PAYLOAD)).where(HOUSEHOLD.ID.eq(household)).execute();
        db.reference().invalidate(); // written around the adapters: the portal's copy goes now, not when PostgreSQL's notice arrives

        crawl("famille", parent);
        crawl("agent", agent);
        crawl("admin", admin);
        crawl("anonyme", new WebClient(port));
        // decided démarches leave the agent's queue: open this one directly
        pages.put("agent /agent/demarches/" + demarche, agent.get("/agent/demarches/" + demarche).body());
        // and this register (the crawl reaches only a few days' registers)
        var registerPage = agent.get(register).body();
        assertTrue(registerPage.contains("Présent sans réservation"), registerPage);
        pages.put("agent " + register, registerPage);
    }

    /** Follows every same-site link from the home page (a few pages per path: weeks and filters repeat). */
    static void crawl(String who, WebClient client) {
        var seen = new java.util.HashSet<String>();
        var perPath = new HashMap<String, Integer>();
        var queue = new ArrayDeque<String>(List.of("/"));
        var link = Pattern.compile("href=\"(/[^\"#]*)\"");
        while (!queue.isEmpty() && seen.size() < 400) {
            String url = queue.poll().replace("&amp;", "&");
            if (!seen.add(url)) continue;
            String path = url.split("\\?")[0];
            if (perPath.merge(path, 1, Integer::sum) > 3) continue;
            var page = client.get(url);
            pages.put(who + " " + url, page.body());
            var m = link.matcher(page.body());
            while (m.find()) {
                String next = m.group(1);
                if (next.startsWith("/static") || next.startsWith("/observe") || next.startsWith("/health") || next.startsWith("/deconnexion")
                        || next.endsWith("/pdf") || next.endsWith(".csv") || next.contains("/fichiers/") || next.contains("/pieces/")
                        || next.matches("/dossier/documents/\\d+") || next.contains("/apercu") || next.endsWith("/image")) continue;
                queue.add(next);
            }
        }
    }

    @Test
    void every_field_took_the_payload() {
        assertTrue(refused.isEmpty(), "forms that refused the payload (nothing to check behind them): " + refused);
    }

    @Test
    void no_page_renders_the_payload_as_markup() {
        assertTrue(pages.size() > 60, "the crawl reached the portal's pages: " + pages.size());
        assertAll(pages.entrySet().stream().map(page -> () -> {
            for (String live : LIVE) assertFalse(page.getValue().contains(live), page.getKey() + " renders «" + live + "» as markup");
        }));
    }

    @Test
    void the_pages_that_show_the_payload_show_it_as_text() {
        var showing = new TreeSet<String>();
        pages.forEach((url, body) -> {
            if (body.contains(ESCAPED)) showing.add(url.replaceAll("\\d+", "N"));
        });
        for (String expected : List.of("famille /dossier", "famille /dossier/enfants/N/fiche-sanitaire", "famille /dossier/enfants/N/autorisations",
                "famille /dossier/documents", "famille /dossier/coordonnees", "famille /messagerie", "famille /messagerie/N", "famille /planning",
                "famille /facturation", "famille /facturation/factures/PERIN-N", "famille /planning/absences", "famille /inscriptions", "famille /demarches/N", "famille /actualites/N",
                "agent /agent/messagerie/N", "agent /agent/demarches/N", "agent /agent/foyers/N", "agent /agent/foyers/N/documents",
                "agent /agent/comptes/N", "agent /agent/foyers/N/enfants/N/fiche-sanitaire", "agent /agent/activites", "agent /agent/activites/N/creneaux/N-N-N/appel")) {
            assertTrue(showing.contains(expected), expected + " should show the payload as text; pages showing it: " + showing);
        }
    }

    /** Each bookings field, on a page of the person who reads it: the marker then the payload, escaped. */
    @Test
    void the_bookings_free_text_fields_are_shown_escaped_where_they_are_read() {
        String escapedStart = " &lt;script&gt;alert(1)&lt;/script&gt;";
        var where = Map.of(BOOKING_MARKERS.get(0), "famille /planning/absences", BOOKING_MARKERS.get(1), "famille /inscriptions",
                BOOKING_MARKERS.get(2), "agent /agent/activites");
        assertAll(where.entrySet().stream().map(e -> () -> {
            assertTrue(pages.containsKey(e.getValue()), "crawled: " + e.getValue() + " in " + pages.keySet());
            String body = pages.get(e.getValue());
            assertTrue(body.contains(e.getKey() + escapedStart), e.getValue() + " shows «" + e.getKey() + "» and the payload as text");
        }));
        // stored as typed (the forms took them: not a vacuous crawl)
        assertEquals(1, db.dsl().fetchCount(MEDICAL_ABSENCE, MEDICAL_ABSENCE.REFUSAL_REASON.eq(BOOKING_MARKERS.get(0) + " " + PAYLOAD)));
        assertEquals(1, db.dsl().fetchCount(ENROLMENT, ENROLMENT.REFUSAL_REASON.eq(BOOKING_MARKERS.get(1) + " " + PAYLOAD)));
        assertEquals(1, db.dsl().fetchCount(ACTIVITY, ACTIVITY.NAME.startsWith(BOOKING_MARKERS.get(2) + " " + PAYLOAD)));
    }

    @Test
    void mails_show_the_payload_as_text() throws Exception {
        // the outbox delivers every 2 s: wait until it has sent what the forms queued
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (db.dsl().fetchCount(MAIL_OUTBOX, MAIL_OUTBOX.SENT_AT.isNull()) > 0 && System.nanoTime() < deadline) Thread.sleep(200);
        var carrying = new ArrayList<String>();
        for (MimeMessage message : greenMail.getReceivedMessages()) {
            String html = htmlPart(message);
            if (!html.contains("alert(1)")) continue;
            carrying.add(message.getSubject());
            for (String live : LIVE) assertFalse(html.contains(live), "mail «" + message.getSubject() + "» renders «" + live + "» as markup");
            assertTrue(html.contains(ESCAPED), html);
        }
        assertTrue(carrying.size() >= 1, "at least the activation mail carries the payload (names): " + carrying);
    }

    static String htmlPart(MimeMessage message) throws Exception {
        Object content = message.getContent();
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                if (part.isMimeType("text/html")) return (String) part.getContent();
            }
        }
        return "";
    }

    @Test
    void the_payload_reached_the_database_unchanged() {
        // escaping belongs to the output: the stored text is what was typed
        assertEquals(1, db.dsl().fetchCount(CHILD, CHILD.FIRST_NAMES.eq("Léa " + PAYLOAD)));
    }
}
