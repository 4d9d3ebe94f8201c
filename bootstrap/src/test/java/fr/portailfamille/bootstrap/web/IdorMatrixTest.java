package fr.portailfamille.bootstrap.web;

import fr.portailfamille.bootstrap.TestPortal;
import fr.portailfamille.web.Access;
import fr.portailfamille.web.RouteTable;
import io.helidon.http.Method;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;

import static fr.portailfamille.persistence.schema.Tables.ACCOUNT;
import static fr.portailfamille.persistence.schema.Tables.AUTHORISED_CONTACT;
import static fr.portailfamille.persistence.schema.Tables.CHILD;
import static fr.portailfamille.persistence.schema.Tables.DEMARCHE;
import static fr.portailfamille.persistence.schema.Tables.DEMARCHE_FILE;
import static fr.portailfamille.persistence.schema.Tables.HOUSEHOLD_ACCOUNT;
import static fr.portailfamille.persistence.schema.Tables.INVOICE;
import static fr.portailfamille.persistence.schema.Tables.MEDICAL_ABSENCE;
import static fr.portailfamille.persistence.schema.Tables.MESSAGE;
import static fr.portailfamille.persistence.schema.Tables.MESSAGE_THREAD;
import static fr.portailfamille.persistence.schema.Tables.NOTIFICATION;
import static fr.portailfamille.persistence.schema.Tables.SUPPORTING_DOCUMENT;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The IDOR matrix, built from the route table: every route whose path carries an id is either in {@link #MATRIX}
 * (household-scoped: the Dupont family's id, asked by the Nguyen family's session, must answer 404 and leak nothing)
 * or in {@link #NOT_HOUSEHOLD_SCOPED} with the reason. A route added without an entry fails
 * {@link #every_route_with_an_id_has_a_matrix_entry()}.
 *
 * <p>Ids carried in query strings and form fields rather than in the path are covered where they are read:
 * {@code PlanningWebTest} (child, booking key, typical week, enrolment), the régie test below (invoice numbers), and
 * {@code PaymentNotificationsTest} (a payment id on the return page).
 *
 * <p>To add a route: put its pattern in {@code MATRIX} with the URL of one of the Dupont family's objects (add the id
 * to {@link Owned} if it is a new kind), or in {@code NOT_HOUSEHOLD_SCOPED} with a reason.
 */
class IdorMatrixTest {

    /** Ids that belong to the Dupont household (the victim). */
    record Owned(long child, long contact, long document, String invoice, long thread, long message, long demarche, long demarcheFile,
                 long notification, long absence, long townDocument) {
    }

    /** Household-scoped routes: the URL of the Dupont family's object. */
    static final Map<String, Function<Owned, String>> MATRIX = Map.ofEntries(
            Map.entry("/dossier/enfants/{child}", o -> "/dossier/enfants/" + o.child()),
            Map.entry("/dossier/enfants/{child}/fiche-sanitaire", o -> "/dossier/enfants/" + o.child() + "/fiche-sanitaire"),
            Map.entry("/dossier/enfants/{child}/fiche-sanitaire/impression", o -> "/dossier/enfants/" + o.child() + "/fiche-sanitaire/impression"),
            Map.entry("/dossier/enfants/{child}/autorisations", o -> "/dossier/enfants/" + o.child() + "/autorisations"),
            Map.entry("/dossier/enfants/{child}/autorisations/{contact}", o -> "/dossier/enfants/" + o.child() + "/autorisations/" + o.contact()),
            Map.entry("/dossier/enfants/{child}/autorisations/{contact}/supprimer",
                    o -> "/dossier/enfants/" + o.child() + "/autorisations/" + o.contact() + "/supprimer"),
            Map.entry("/dossier/enfants/{child}/consentements", o -> "/dossier/enfants/" + o.child() + "/consentements"),
            Map.entry("/dossier/documents/{document}", o -> "/dossier/documents/" + o.document()),
            Map.entry("/dossier/documents-de-la-ville/{document}", o -> "/dossier/documents-de-la-ville/" + o.townDocument()),
            Map.entry("/facturation/factures/{number}", o -> "/facturation/factures/" + o.invoice()),
            Map.entry("/facturation/factures/{number}/pdf", o -> "/facturation/factures/" + o.invoice() + "/pdf"),
            Map.entry("/messagerie/{thread}", o -> "/messagerie/" + o.thread()),
            Map.entry("/messagerie/pieces/{message}", o -> "/messagerie/pieces/" + o.message()),
            Map.entry("/demarches/{id}", o -> "/demarches/" + o.demarche()),
            Map.entry("/demarches/fichiers/{file}", o -> "/demarches/fichiers/" + o.demarcheFile()),
            Map.entry("/notifications/{id}", o -> "/notifications/" + o.notification()),
            Map.entry("/planning/absences/{absence}/certificat", o -> "/planning/absences/" + o.absence() + "/certificat"));

    /** Routes with an id that is not a household's, and why. */
    static final Map<String, String> NOT_HOUSEHOLD_SCOPED = Map.ofEntries(
            Map.entry("/activation/{token}", "a secret single-use token, no session (BruteForceTest)"),
            Map.entry("/mot-de-passe/nouveau/{token}", "a secret single-use token, no session (BruteForceTest)"),
            Map.entry("/mon-compte/courriel/{token}", "a secret single-use token mailed to the new address"),
            Map.entry("/actualites/{id}", "the town's public news"),
            Map.entry("/agenda/{token}", "a household's private calendar address: the secret token is the credential, stored hashed; "
                    + "unknown or revoked ⇒ 404 (CalendarFeedWebTest)"),
            Map.entry("/actualites/{id}/image", "the town's public news"),
            Map.entry("/facturation/regies/{office}/payer", "a régie is the town's; the page lists the visitor's own invoices"
                    + " (invoice numbers posted in the form: a_family_cannot_pay_or_see_another_familys_invoice_through_the_form)"),
            Map.entry("/facturation/regies/{office}/recapitulatif", "as /payer"),
            Map.entry("/facturation/regies/{office}/paiement", "as /payer"),
            Map.entry("/agent/activites/{activity}/creneaux/{day}/appel/sans-reservation", "staff only (parents get 404: RouteSecurityTest); the posted "
                    + "child must be enrolled in that activity (an_enrolled_child_who_came_without_a_booking_is_added_to_the_register_and_can_be_taken_off)"));

    /** Staff see every household of their town (one town per portal); parents get 404 from RouteSecurityTest. */
    static boolean staffOnly(RouteTable.Route route) {
        return route.access() == Access.STAFF || route.access() == Access.ADMIN;
    }

    @TempDir
    static Path dataDir;
    static TestPortal portal;
    static List<RouteTable.Route> routes;
    static Owned dupont;
    static WebClient owner;
    static WebClient intruder;
    static final byte[] PDF = "%PDF-1.4\n% pièce de la famille Dupont\n".getBytes();

    @BeforeAll
    static void start() {
        portal = TestPortal.start(dataDir);
        routes = new ArrayList<>(portal.portal().web().routeTable().routes());
        routes.addAll(portal.portal().web().routeTable().callbacks());
        owner = WebClient.signedIn(portal.portal().port(), "marie.dupont@exemple.fr", "Demo-Famille-Dupont-2026");
        intruder = WebClient.signedIn(portal.portal().port(), "lan.nguyen@exemple.fr", "Demo-Famille-Nguyen-2026");
        dupont = dupontObjects();
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    /** Gives the Dupont family one object of each kind (through the real forms) and returns their ids. */
    static Owned dupontObjects() {
        var dsl = portal.db().dsl();
        long household = dsl.select(HOUSEHOLD_ACCOUNT.HOUSEHOLD_ID).from(HOUSEHOLD_ACCOUNT).join(ACCOUNT).on(ACCOUNT.ID.eq(HOUSEHOLD_ACCOUNT.ACCOUNT_ID))
                .where(ACCOUNT.EMAIL.eq("marie.dupont@exemple.fr")).fetchSingle().value1();
        long account = dsl.select(ACCOUNT.ID).from(ACCOUNT).where(ACCOUNT.EMAIL.eq("marie.dupont@exemple.fr")).fetchSingle().value1();
        long child = dsl.select(CHILD.ID).from(CHILD).where(CHILD.HOUSEHOLD_ID.eq(household)).orderBy(CHILD.ID).limit(1).fetchSingle().value1();

        owner.get("/dossier/enfants/" + child + "/autorisations");
        owner.post("/dossier/enfants/" + child + "/autorisations",
                Map.of("name", "Mamie Dupont", "relationship", "Grand-mère", "phone", "06 12 34 56 78", "emergency", "oui", "mayCollect", "oui"));
        owner.get("/dossier/documents");
        owner.postFile("/dossier/documents", Map.of("type", "livret-famille", "child", "", "validUntil", ""), "file", "livret.pdf", PDF);
        owner.get("/messagerie/nouveau");
        owner.postFile("/messagerie/nouveau", Map.of("service", "REGIE", "subject", "Facture Dupont", "text", "Question"), "file", "f.pdf", PDF);
        var list = owner.get("/demarches");
        var formId = Pattern.compile("name=\"form\" value=\"(\\d+)\">\\s*<p><strong>Demande de quotient familial").matcher(list.body());
        assertTrue(formId.find(), list.body());
        var started = owner.post("/demarches/nouvelle", Map.of("form", formId.group(1)));
        owner.postFile(started.uri().getPath(), Map.of("champ2", "2,5", "action", "envoyer"), "champ3", "avis.pdf", PDF);

        long thread = dsl.select(MESSAGE_THREAD.ID).from(MESSAGE_THREAD).where(MESSAGE_THREAD.HOUSEHOLD_ID.eq(household)).limit(1).fetchSingle().value1();
        long demarche = dsl.select(DEMARCHE.ID).from(DEMARCHE).where(DEMARCHE.HOUSEHOLD_ID.eq(household)).limit(1).fetchSingle().value1();
        return new Owned(child,
                dsl.select(AUTHORISED_CONTACT.ID).from(AUTHORISED_CONTACT).where(AUTHORISED_CONTACT.CHILD_ID.eq(child)).limit(1).fetchSingle().value1(),
                dsl.select(SUPPORTING_DOCUMENT.ID).from(SUPPORTING_DOCUMENT).where(SUPPORTING_DOCUMENT.HOUSEHOLD_ID.eq(household)).limit(1).fetchSingle().value1(),
                dsl.select(INVOICE.NUMBER).from(INVOICE).where(INVOICE.HOUSEHOLD_ID.eq(household)).limit(1).fetchSingle().value1(),
                thread,
                dsl.select(MESSAGE.ID).from(MESSAGE).where(MESSAGE.THREAD_ID.eq(thread), MESSAGE.ATTACHMENT_NAME.isNotNull()).limit(1).fetchSingle().value1(),
                demarche,
                dsl.select(DEMARCHE_FILE.ID).from(DEMARCHE_FILE).where(DEMARCHE_FILE.DEMARCHE_ID.eq(demarche)).limit(1).fetchSingle().value1(),
                dsl.select(NOTIFICATION.ID).from(NOTIFICATION).where(NOTIFICATION.ACCOUNT_ID.eq(account)).limit(1).fetchSingle().value1(),
                // the demo gives Léa a pending absence with its certificate
                dsl.select(MEDICAL_ABSENCE.ID).from(MEDICAL_ABSENCE).where(MEDICAL_ABSENCE.HOUSEHOLD_ID.eq(household)).limit(1).fetchSingle().value1(),
                // a town document addressed to the Dupont household alone
                new fr.portailfamille.persistence.households.JooqTownDocumentRepository(portal.db()).publish(fr.portailfamille.domain.households.TownDocument
                        .published("Attestation Dupont", PDF.length, "ab".repeat(32), portal.clock().instant(), account, household), PDF).id());
    }

    static boolean hasId(RouteTable.Route route) {
        return route.path().contains("{");
    }

    @Test
    void every_route_with_an_id_has_a_matrix_entry() {
        var withId = routes.stream().filter(IdorMatrixTest::hasId).toList();
        assertTrue(withId.size() > 30, "the route table lists the routes with ids");
        var missing = new TreeSet<String>();
        withId.stream().filter(r -> !staffOnly(r))
                .filter(r -> !MATRIX.containsKey(r.path()) && !NOT_HOUSEHOLD_SCOPED.containsKey(r.path()))
                .forEach(r -> missing.add(r.method() + " " + r.path() + " (" + r.access() + ")"));
        assertTrue(missing.isEmpty(), "routes with an id but no IDOR matrix entry (add them to IdorMatrixTest.MATRIX or NOT_HOUSEHOLD_SCOPED): " + missing);
        var stale = new TreeSet<String>(MATRIX.keySet());
        stale.addAll(NOT_HOUSEHOLD_SCOPED.keySet());
        withId.forEach(r -> stale.remove(r.path()));
        assertTrue(stale.isEmpty(), "matrix entries for routes that no longer exist: " + stale);
    }

    @Test
    void the_owner_sees_each_object_so_the_ids_are_real() {
        var gets = routes.stream().filter(r -> r.method() == Method.GET && MATRIX.containsKey(r.path())).toList();
        assertTrue(gets.size() >= 10, "the matrix covers the household-scoped pages");
        assertAll(gets.stream().map(route -> (Executable) () -> {
            String url = MATRIX.get(route.path()).apply(dupont);
            assertEquals(200, owner.download(url).statusCode(), "the owner opens " + url);
        }));
    }

    @Test
    void another_household_gets_404_on_every_household_scoped_route_and_no_data() {
        var scoped = routes.stream().filter(r -> MATRIX.containsKey(r.path())).toList();
        assertTrue(scoped.size() >= 15, "the matrix covers the household-scoped routes: " + scoped.size());
        intruder.get("/");
        assertAll(scoped.stream().map(route -> (Executable) () -> {
            String url = MATRIX.get(route.path()).apply(dupont);
            WebClient.Page page;
            if (route.method() == Method.GET) {
                page = intruder.get(url);
            } else if (url.startsWith("/messagerie/") || url.startsWith("/demarches/")) {
                page = intruder.postFile(url, Map.of("text", "Intrusion", "champ2", "1", "action", "envoyer"), "file", "x.pdf", PDF);
            } else {
                page = intruder.post(url, Map.of("name", "Intrus", "relationship", "Intrus", "phone", "0600000000"));
            }
            assertEquals(404, page.status(), route.method() + " " + url);
            for (String secret : List.of("Dupont", "DUPONT", "Mamie", "livret.pdf", "avis.pdf", "Facture Dupont", dupont.invoice())) {
                assertFalse(page.body().contains(secret), route.method() + " " + url + " leaks «" + secret + "»");
            }
        }));
        // nothing the intruder posted changed the Dupont family's data
        var dsl = portal.db().dsl();
        assertEquals(1, dsl.fetchCount(AUTHORISED_CONTACT, AUTHORISED_CONTACT.ID.eq(dupont.contact())), "the contact is still there");
        assertEquals(0, dsl.fetchCount(MESSAGE, MESSAGE.TEXT.eq("Intrusion")), "no message in another family's thread");
        assertEquals(0, dsl.fetchCount(NOTIFICATION, NOTIFICATION.ID.eq(dupont.notification()), NOTIFICATION.READ_AT.isNotNull()),
                "the notification is still unread");
    }

    @Test
    void a_family_cannot_pay_or_see_another_familys_invoice_through_the_form() {
        var dsl = portal.db().dsl();
        var toPay = dsl.select(INVOICE.NUMBER, INVOICE.CASH_OFFICE_ID).from(INVOICE)
                .where(INVOICE.NUMBER.eq(dupont.invoice()).or(INVOICE.HOUSEHOLD_ID.eq(
                        dsl.select(INVOICE.HOUSEHOLD_ID).from(INVOICE).where(INVOICE.NUMBER.eq(dupont.invoice())))))
                .and(INVOICE.STATUS.eq("TO_PAY")).limit(1).fetchSingle();
        String office = "/facturation/regies/" + toPay.value2();
        long payments = dsl.fetchCount(fr.portailfamille.persistence.schema.Tables.PAYMENT);
        for (String step : List.of("/recapitulatif", "/paiement")) {
            intruder.get("/facturation");
            var page = intruder.postAll(office + step, List.of(Map.entry("facture", toPay.value1())));
            assertTrue(page.status() == 404 || page.status() == 422, step + ": " + page.status());
            assertFalse(page.body().contains("DUPONT") || page.body().contains("Dupont"), step + " leaks the other family");
        }
        assertEquals(payments, dsl.fetchCount(fr.portailfamille.persistence.schema.Tables.PAYMENT), "no payment started for another's invoice");
    }
}
