package fr.portailfamille.bootstrap.web;

import fr.portailfamille.application.common.MutableClock;
import fr.portailfamille.bootstrap.TestPortal;
import fr.portailfamille.domain.billing.InvoiceDraft;
import fr.portailfamille.domain.billing.InvoiceLine;
import fr.portailfamille.domain.billing.InvoicePayment;
import fr.portailfamille.domain.billing.PaymentMethod;
import fr.portailfamille.domain.common.Money;
import fr.portailfamille.persistence.billing.JooqCashOfficeRepository;
import fr.portailfamille.persistence.billing.JooqInvoiceRepository;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import static fr.portailfamille.persistence.schema.Tables.ACTIVITY;
import static fr.portailfamille.persistence.schema.Tables.CHILD;
import static fr.portailfamille.persistence.schema.Tables.HOUSEHOLD;
import static fr.portailfamille.persistence.schema.Tables.MAIL_OUTBOX;
import static fr.portailfamille.persistence.schema.Tables.SUPPORTING_DOCUMENT;
import static fr.portailfamille.persistence.schema.Tables.TAX_CERTIFICATE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The 2026 childcare tax certificates over HTTP, on 12 January 2027: the Duponts paid in April 2026 an invoice of the
 * evening care and the canteen for Léa (under 6); the agent previews, produces, cannot produce twice; the family finds
 * the PDF in its documents (the care, not the canteen) and, paperless, gets a mail without any amount or name. And the
 * admin's «Relance des factures impayées» page.
 */
class LedgerStaffPagesWebTest {

    static final Instant JANUARY = Instant.parse("2027-01-12T09:00:00Z");
    static final String PAGE = "/agent/attestations-fiscales";

    @TempDir
    static Path dataDir;
    static TestPortal portal;
    static long duponts;

    @BeforeAll
    static void start() {
        portal = TestPortal.start(dataDir, MutableClock.ticking(JANUARY));
        var dsl = portal.db().dsl();
        var lea = dsl.select(CHILD.ID, CHILD.HOUSEHOLD_ID, CHILD.LAST_NAME).from(CHILD).where(CHILD.FIRST_NAMES.eq("Léa")).fetchSingle();
        duponts = lea.value2();
        dsl.update(CHILD).set(CHILD.BIRTH_DATE, LocalDate.of(2017, 9, 2)).where(CHILD.HOUSEHOLD_ID.eq(duponts)).execute();
        dsl.update(CHILD).set(CHILD.BIRTH_DATE, LocalDate.of(2021, 3, 14)).where(CHILD.ID.eq(lea.value1())).execute();
        dsl.update(HOUSEHOLD).set(HOUSEHOLD.PAPERLESS_INVOICES, true).where(HOUSEHOLD.ID.eq(duponts)).execute();
        String evening = dsl.select(ACTIVITY.NAME).from(ACTIVITY).where(ACTIVITY.KIND.eq(fr.portailfamille.persistence.schema.enums.ActivityKind.ACCUEIL_SOIR))
                .limit(1).fetchSingle().value1();
        String canteen = dsl.select(ACTIVITY.NAME).from(ACTIVITY)
                .where(ACTIVITY.KIND.eq(fr.portailfamille.persistence.schema.enums.ActivityKind.RESTAURATION_SCOLAIRE)).limit(1).fetchSingle().value1();
        var office = new JooqCashOfficeRepository(portal.db()).find(portal.periOffice()).orElseThrow();
        var march = YearMonth.of(2026, 3);
        String child = "Léa " + lea.value3();
        var invoice = new InvoiceDraft(duponts, office.id(), march, List.of(
                InvoiceLine.of(InvoiceLine.prestationLabel(evening, march.atDay(1), march.atEndOfMonth(), ""), child, 10, Money.ofCents(455)),
                InvoiceLine.of(InvoiceLine.prestationLabel(canteen, march.atDay(1), march.atEndOfMonth(), "Repas"), child, 8, Money.ofCents(380))))
                .finalise(office.invoiceNumber(march, 900), LocalDate.of(2026, 4, 1));
        var invoices = new JooqInvoiceRepository(portal.db());
        invoices.issue(null, List.of(invoice));
        invoices.markPaid(invoice.number(), new InvoicePayment(PaymentMethod.CHEQUE, Money.ofCents(7590), Instant.parse("2026-04-02T09:00:00Z"), "0001"));
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    static WebClient agent() {
        return WebClient.signedIn(portal.portal().port(), "paul.roussel@beaulieu-sur-orge.example", "Demo-Agent-Beaulieu-2026");
    }

    @Test
    void the_agent_previews_produces_once_and_the_family_finds_the_certificate_of_its_care_without_the_canteen() throws Exception {
        var agent = agent();
        var page = agent.get(PAGE);
        assertEquals(200, page.status(), page.body());
        assertTrue(page.contains("value=\"2026\""), "the last ended year is proposed");
        assertTrue(page.contains("1 foyer concerné(s), 1 enfant de moins de 6 ans"), page.body());
        assertTrue(page.contains("Produire 1 attestation 2026"), page.body());

        var done = agent.post(PAGE, Map.of("annee", "2026"));
        assertEquals(200, done.status(), done.body());
        assertTrue(done.contains("1 attestation produite pour 2026"), done.body());
        assertTrue(done.contains("1 foyer prévenu par courriel"), done.body());
        assertEquals(1, portal.db().dsl().fetchCount(TAX_CERTIFICATE, TAX_CERTIFICATE.HOUSEHOLD_ID.eq(duponts), TAX_CERTIFICATE.YEAR.eq(2026)));

        var again = agent.post(PAGE, Map.of("annee", "2026"));
        assertEquals(422, again.status());
        assertTrue(again.contains("Les attestations 2026 ont déjà été produites"), again.body());
        assertEquals(1, portal.db().dsl().fetchCount(SUPPORTING_DOCUMENT, SUPPORTING_DOCUMENT.HOUSEHOLD_ID.eq(duponts),
                SUPPORTING_DOCUMENT.FROM_TOWN.isTrue()), "never a second document");

        var mails = portal.db().dsl().selectFrom(MAIL_OUTBOX).where(MAIL_OUTBOX.TEXT_BODY.contains("attestation fiscale 2026")).fetch();
        assertFalse(mails.isEmpty(), "the paperless family is told by mail");
        for (var mail : mails) {
            assertFalse(mail.getTextBody().contains("€") || mail.getHtmlBody().contains("€"), "no amount in the mail");
            assertFalse(mail.getTextBody().contains("Léa") || mail.getSubject().contains("Léa"), "no child's name in the mail");
        }

        var parent = WebClient.signedIn(portal.portal().port(), "marie.dupont@exemple.fr", "Demo-Famille-Dupont-2026");
        var documents = parent.get("/dossier/documents");
        assertTrue(documents.contains("attestation-fiscale-frais-de-garde-2026.pdf"), documents.body());
        long id = portal.db().dsl().select(SUPPORTING_DOCUMENT.ID).from(SUPPORTING_DOCUMENT)
                .where(SUPPORTING_DOCUMENT.HOUSEHOLD_ID.eq(duponts), SUPPORTING_DOCUMENT.FROM_TOWN.isTrue()).fetchSingle().value1();
        var pdf = parent.download("/dossier/documents/" + id);
        assertEquals(200, pdf.statusCode());
        String text;
        try (var document = Loader.loadPDF(pdf.body())) {
            text = new PDFTextStripper().getText(document).replace('\u00A0', ' ').replace('\u202F', ' ');
        }
        assertTrue(text.contains("45,50 €"), "ten evenings at 4,55 €: " + text);
        assertFalse(text.contains("30,40"), "the canteen is not childcare");
        assertTrue(text.contains("Mairie de ") && text.contains("Signature"), text);
        assertEquals(404, parent.get(PAGE).status(), "a staff page");
    }

    @Test
    void a_year_not_ended_or_not_a_year_is_a_french_error() {
        var agent = agent();
        var current = agent.get(PAGE + "?annee=2027");
        assertEquals(422, current.status());
        assertTrue(current.contains("L'année 2027 n'est pas terminée"), current.body());
        var nonsense = agent.post(PAGE, Map.of("annee", "deux mille"));
        assertEquals(422, nonsense.status());
        assertTrue(nonsense.contains("Saisissez une année sur quatre chiffres"), nonsense.body());
        var produced = agent.get(PAGE + "?annee=2026&produites=abc&courriels=1");
        assertEquals(200, produced.status(), "a forged confirmation is ignored, never a 500");
    }

    @Test
    void the_admin_sets_the_reminder_delay_between_1_and_90_days_and_agents_cannot() {
        var admin = WebClient.signedIn(portal.portal().port(), "claire.martin@beaulieu-sur-orge.example", "Demo-Admin-Beaulieu-2026");
        var page = admin.get("/admin/relances");
        assertEquals(200, page.status(), page.body());
        assertTrue(page.contains("value=\"15\""), "the default fortnight");
        for (String wrong : List.of("0", "91", "quinze", "")) {
            var refused = admin.post("/admin/relances", Map.of("days", wrong));
            assertEquals(422, refused.status(), wrong);
            assertTrue(refused.contains("Le délai est") || refused.contains("Indiquez après combien de jours"), refused.body());
            assertEquals(15, reminderDays(), "nothing changed");
        }
        var saved = admin.post("/admin/relances", Map.of("days", "30"));
        assertEquals(200, saved.status());
        assertTrue(saved.contains("Le délai de relance est enregistré") && saved.contains("value=\"30\""), saved.body());
        assertEquals(30, reminderDays());
        assertEquals(404, agent().get("/admin/relances").status(), "an admin page");
        admin.post("/admin/relances", Map.of("days", "15"));
    }

    static int reminderDays() {
        return portal.db().dsl().select(fr.portailfamille.persistence.schema.Tables.TOWN_SETTINGS.REMINDER_DAYS)
                .from(fr.portailfamille.persistence.schema.Tables.TOWN_SETTINGS).fetchSingle().value1();
    }

    /** Starts (or opens) the January 2027 run of the périscolaire régie, computes and finalises it: the run's path. */
    static String invoiceJanuary(WebClient agent) {
        agent.get("/agent/regies/" + portal.periOffice());
        var run = agent.post("/agent/regies/" + portal.periOffice() + "/facturations", Map.of("month", "2027-01"));
        assertEquals(200, run.status(), run.body());
        String path = run.uri().getPath();
        assertEquals(200, agent.post(path + "/calcul", Map.of()).status());
        assertEquals(200, agent.get(path + "/finalisation").status());
        var done = agent.post(path + "/finalisation", Map.of("confirme", "oui"));
        assertEquals(200, done.status(), done.body());
        return path;
    }

    @Test
    void a_day_cancelled_after_invoicing_credited_and_booked_again_is_billed_by_the_complementary_run() {
        var dsl = portal.db().dsl();
        var bookings = new fr.portailfamille.application.bookings.SubmitBookings(portal.bookingsPorts());
        var dupont = portal.actor("marie.dupont@exemple.fr");
        long hugo = dsl.select(CHILD.ID).from(CHILD).where(CHILD.FIRST_NAMES.eq("Hugo")).fetchSingle().value1();
        long canteen = dsl.select(ACTIVITY.ID).from(ACTIVITY).where(ACTIVITY.PRICE_CATEGORY.eq("REPAS")).fetchSingle().value1();
        var day = LocalDate.of(2027, 1, 26);
        bookings.submit(dupont, List.of(new fr.portailfamille.application.bookings.SubmitBookings.Item(hugo, canteen, day, false)));
        var agent = agent();
        invoiceJanuary(agent);
        var billed = fr.portailfamille.persistence.schema.Tables.BILLED_DAY;
        var invoice = fr.portailfamille.persistence.schema.Tables.INVOICE;
        var line = fr.portailfamille.persistence.schema.Tables.INVOICE_LINE;
        String number = dsl.select(invoice.NUMBER).from(billed).join(invoice).on(invoice.ID.eq(billed.INVOICE_ID))
                .where(billed.CHILD_ID.eq(hugo), billed.ACTIVITY_ID.eq(canteen), billed.DAY.eq(day)).fetchSingle().value1();

        // the family cancels in time, the agent credits the meal and gives the day back
        bookings.submit(dupont, List.of(new fr.portailfamille.application.bookings.SubmitBookings.Item(hugo, canteen, day, true)));
        var page = agent.get("/agent/factures/" + number);
        String key = hugo + ":" + canteen + ":" + day;
        assertTrue(page.contains("Jours rendus facturables") && page.contains("value=\"" + key + "\""), page.body());
        var lines = dsl.select(line.POSITION, line.PRESTATION, line.CHILD_NAME).from(line).join(invoice).on(invoice.ID.eq(line.INVOICE_ID))
                .where(invoice.NUMBER.eq(number)).orderBy(line.POSITION).fetch();
        var form = new java.util.ArrayList<Map.Entry<String, String>>();
        for (int i = 0; i < lines.size(); i++) {
            boolean meal = lines.get(i).value2().startsWith("Restauration scolaire") && lines.get(i).value3().startsWith("Hugo");
            form.add(Map.entry("quantity" + i, meal ? "1" : "0"));
        }
        form.add(Map.entry("reason", "Repas annulé dans les délais"));
        var tooMany = new java.util.ArrayList<>(form);
        tooMany.add(Map.entry("day", key));
        tooMany.add(Map.entry("day", "1:2:pas-un-jour"));
        var refused = agent.postAll("/agent/factures/" + number + "/avoir", tooMany);
        assertEquals(422, refused.status());
        assertTrue(refused.contains("Un jour coché n'est pas reconnu"), refused.body());
        form.add(Map.entry("day", key));
        var credited = agent.postAll("/agent/factures/" + number + "/avoir", form);
        assertEquals(200, credited.status(), credited.body());
        assertFalse(dsl.fetchExists(billed, billed.CHILD_ID.eq(hugo), billed.ACTIVITY_ID.eq(canteen), billed.DAY.eq(day)), "given back");

        // booked again: the complementary run bills that meal, and only it
        bookings.submit(dupont, List.of(new fr.portailfamille.application.bookings.SubmitBookings.Item(hugo, canteen, day, false)));
        String complementary = invoiceJanuary(agent);
        long run = Long.parseLong(complementary.substring(complementary.lastIndexOf('/') + 1));
        var rebilled = dsl.select(line.PRESTATION, line.QUANTITY).from(line).join(invoice).on(invoice.ID.eq(line.INVOICE_ID))
                .where(invoice.RUN_ID.eq(run)).fetch();
        assertEquals(1, rebilled.size(), rebilled.toString());
        assertEquals("Restauration scolaire – du 26/01 au 26/01 – Repas", rebilled.getFirst().value1());
        assertEquals(1, dsl.fetchCount(billed, billed.CHILD_ID.eq(hugo), billed.ACTIVITY_ID.eq(canteen), billed.DAY.eq(day)), "billed once again");
    }
}
