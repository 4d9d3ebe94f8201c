package fr.portailfamille.bootstrap.web;

import fr.portailfamille.application.bookings.SubmitBookings;
import fr.portailfamille.application.common.MutableClock;
import fr.portailfamille.bootstrap.TestPortal;
import fr.portailfamille.persistence.households.JooqHouseholdRepository;
import fr.portailfamille.persistence.schema.enums.BookingStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static fr.portailfamille.persistence.schema.Tables.ACTIVITY;
import static fr.portailfamille.persistence.schema.Tables.BILLED_DAY;
import static fr.portailfamille.persistence.schema.Tables.BOOKING;
import static fr.portailfamille.persistence.schema.Tables.CHILD;
import static fr.portailfamille.persistence.schema.Tables.DRAFT_DAY;
import static fr.portailfamille.persistence.schema.Tables.INVOICE;
import static fr.portailfamille.persistence.schema.Tables.INVOICE_LINE;
import static fr.portailfamille.persistence.schema.Tables.INVOICING_RUN;
import static fr.portailfamille.persistence.schema.Tables.SLOT;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The ledger over HTTP, on Saturday 5 December 2026: December invoiced before it ends, a day booked afterwards billed
 * by a complementary run and by it only; a second draft of the month never appears beside the first; a finalisation
 * that fails is a French page and leaves nothing half-done.
 */
class LedgerWebTest {

    static final Instant SATURDAY = Instant.parse("2026-12-05T09:00:00Z");

    @TempDir
    static Path dataDir;
    static TestPortal portal;

    @BeforeAll
    static void start() {
        portal = TestPortal.start(dataDir, MutableClock.ticking(SATURDAY));
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    static WebClient agent() {
        return WebClient.signedIn(portal.portal().port(), "paul.roussel@beaulieu-sur-orge.example", "Demo-Agent-Beaulieu-2026");
    }

    /** Starts (or opens) the December run: its path. */
    static String december(WebClient agent) {
        agent.get("/agent/regies/" + portal.periOffice());
        var run = agent.post("/agent/regies/" + portal.periOffice() + "/facturations", Map.of("month", "2026-12"));
        assertEquals(200, run.status(), run.body());
        assertTrue(run.uri().getPath().startsWith("/agent/facturations/"), run.uri().toString());
        return run.uri().getPath();
    }

    static WebClient.Page computeAndFinalise(WebClient agent, String run) {
        agent.get(run);
        var computed = agent.post(run + "/calcul", Map.of());
        assertEquals(200, computed.status(), computed.body());
        return confirmed(agent, run);
    }

    /** The confirmation page, then its «Confirmer». */
    static WebClient.Page confirmed(WebClient agent, String run) {
        var confirm = agent.get(run + "/finalisation");
        assertEquals(200, confirm.status(), confirm.body());
        assertTrue(confirm.contains("Confirmer : émettre"), confirm.body());
        return agent.post(run + "/finalisation", Map.of("confirme", "oui"));
    }

    static int billedDays() {
        return portal.db().dsl().fetchCount(BILLED_DAY);
    }

    @Test
    void december_invoiced_before_it_ends_then_a_day_booked_since_is_billed_by_a_complementary_run_only() {
        var agent = agent();
        String first = december(agent);
        var page = agent.get(first);
        assertTrue(page.contains("Le mois de décembre 2026 n'est pas terminé"), page.body());
        assertTrue(page.contains("facturation complémentaire"), "it says what happens to the days booked later");
        assertEquals(first, december(agent), "starting the month again opens the same draft");
        var done = computeAndFinalise(agent, first);
        assertEquals(200, done.status(), done.body());
        assertTrue(done.uri().getQuery().contains("finalise=1"), done.body());
        int billedFirst = billedDays();
        assertTrue(billedFirst > 0, "December's bookings so far are billed");
        int invoices = portal.db().dsl().fetchCount(INVOICE);

        // the parent books one more December day for Hugo: the canteen on Tuesday 15th
        var dupont = portal.actor("marie.dupont@exemple.fr");
        long hugo = portal.db().dsl().select(CHILD.ID).from(CHILD).where(CHILD.FIRST_NAMES.eq("Hugo")).fetchSingle().value1();
        long canteen = portal.db().dsl().select(ACTIVITY.ID).from(ACTIVITY).where(ACTIVITY.PRICE_CATEGORY.eq("REPAS")).fetchSingle().value1();
        var day = LocalDate.of(2026, 12, 15);
        assertFalse(portal.db().dsl().fetchExists(BOOKING, BOOKING.CHILD_ID.eq(hugo), BOOKING.ACTIVITY_ID.eq(canteen), BOOKING.DAY.eq(day)));
        new SubmitBookings(portal.bookingsPorts()).submit(dupont, List.of(new SubmitBookings.Item(hugo, canteen, day, false)));
        assertTrue(portal.db().dsl().fetchExists(BOOKING, BOOKING.CHILD_ID.eq(hugo), BOOKING.DAY.eq(day), BOOKING.STATUS.eq(BookingStatus.BOOKED)));

        String second = december(agent);
        assertNotEquals(first, second, "a complementary run, the first one being final");
        assertTrue(agent.get(second).contains("Facturation complémentaire"));
        var regie = agent.get("/agent/regies/" + portal.periOffice());
        assertTrue(regie.contains("12/2026 – Finalisée") && regie.contains("12/2026 – Complémentaire – Brouillon"), regie.body());
        assertFalse(regie.contains("12/2026 – Brouillon"), "no second plain draft beside the final run");
        var complementary = computeAndFinalise(agent, second);
        assertEquals(200, complementary.status(), "never the former HTTP 500: " + complementary.body());
        assertEquals(invoices + 1, portal.db().dsl().fetchCount(INVOICE), "one new invoice, for the Duponts");
        assertEquals(billedFirst + 1, billedDays(), "the day booked since, and only it");
        long secondRun = Long.parseLong(second.substring(second.lastIndexOf('/') + 1));
        var lines = portal.db().dsl().select(INVOICE_LINE.PRESTATION, INVOICE_LINE.QUANTITY).from(INVOICE_LINE).join(INVOICE).on(INVOICE.ID.eq(INVOICE_LINE.INVOICE_ID))
                .where(INVOICE.RUN_ID.eq(secondRun)).fetch();
        assertEquals(1, lines.size(), lines.toString());
        assertEquals(1, lines.getFirst().value2());
        assertEquals("Restauration scolaire – du 15/12 au 15/12 – Repas", lines.getFirst().value1());

        // a third start, nothing booked since: its draft bills nothing
        String third = december(agent);
        agent.get(third);
        assertTrue(agent.post(third + "/calcul", Map.of()).contains("Brouillons : 0 foyer"));
    }

    @Test
    void a_finalisation_that_fails_is_a_french_page_and_leaves_nothing_half_done() {
        // Léa came to the canteen on Tuesday 24 November, not invoiced yet
        long lea = portal.db().dsl().select(CHILD.ID).from(CHILD).where(CHILD.FIRST_NAMES.eq("Léa")).fetchSingle().value1();
        long canteen = portal.db().dsl().select(ACTIVITY.ID).from(ACTIVITY).where(ACTIVITY.PRICE_CATEGORY.eq("REPAS")).fetchSingle().value1();
        var day = LocalDate.of(2026, 11, 24);
        portal.db().dsl().insertInto(SLOT).set(SLOT.ACTIVITY_ID, canteen).set(SLOT.DAY, day).set(SLOT.CAPACITY, 120).onConflictDoNothing().execute();
        var at = java.time.OffsetDateTime.parse("2026-11-02T08:00:00Z");
        portal.db().dsl().insertInto(BOOKING).set(BOOKING.SLOT_ID, portal.db().dsl().select(SLOT.ID).from(SLOT).where(SLOT.ACTIVITY_ID.eq(canteen), SLOT.DAY.eq(day)))
                .set(BOOKING.CHILD_ID, lea).set(BOOKING.ACTIVITY_ID, canteen).set(BOOKING.DAY, day).set(BOOKING.STATUS, BookingStatus.BOOKED)
                .set(BOOKING.REQUESTED_AT, at).set(BOOKING.BOOKED_AT, at).execute();
        var agent = agent();
        agent.get("/agent/regies/" + portal.periOffice());
        var run = agent.post("/agent/regies/" + portal.periOffice() + "/facturations", Map.of("month", "2026-11"));
        String path = run.uri().getPath();
        long runId = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
        agent.get(path);
        agent.post(path + "/calcul", Map.of());
        assertTrue(portal.db().dsl().fetchExists(DRAFT_DAY, DRAFT_DAY.RUN_ID.eq(runId)), "November has days to bill");
        // a day of the draft billed in the meantime by hand, behind the portal's back: the database refuses to bill it twice
        var stolen = portal.db().dsl().selectFrom(DRAFT_DAY).where(DRAFT_DAY.RUN_ID.eq(runId)).limit(1).fetchSingle();
        long october = portal.db().dsl().select(INVOICE.ID).from(INVOICE).limit(1).fetchSingle().value1();
        portal.db().dsl().insertInto(BILLED_DAY).set(BILLED_DAY.INVOICE_ID, october).set(BILLED_DAY.CHILD_ID, stolen.getChildId())
                .set(BILLED_DAY.ACTIVITY_ID, stolen.getActivityId()).set(BILLED_DAY.DAY, stolen.getDay()).execute();
        int invoices = portal.db().dsl().fetchCount(INVOICE);

        var failed = confirmed(agent, path);
        assertEquals(422, failed.status(), failed.body());
        assertTrue(failed.contains("La finalisation n'a pas abouti : aucune facture n'a été émise"), failed.body());
        assertEquals(invoices, portal.db().dsl().fetchCount(INVOICE), "no invoice issued");
        assertEquals("DRAFT", portal.db().dsl().select(INVOICING_RUN.STATUS).from(INVOICING_RUN).where(INVOICING_RUN.ID.eq(runId)).fetchSingle().value1());

        // computed again, the draft leaves the day billed elsewhere out (it was November's only one) and finalises
        agent.post(path + "/calcul", Map.of());
        assertFalse(portal.db().dsl().fetchExists(DRAFT_DAY, DRAFT_DAY.RUN_ID.eq(runId)));
        var done = confirmed(agent, path);
        assertEquals(200, done.status(), done.body());
        assertEquals(invoices, portal.db().dsl().fetchCount(INVOICE), "the day stays billed once");
        assertEquals("FINALISED", portal.db().dsl().select(INVOICING_RUN.STATUS).from(INVOICING_RUN).where(INVOICING_RUN.ID.eq(runId)).fetchSingle().value1());
    }

    /** The demo invoice's PDF, downloaded, then again after the Duponts moved: the same bytes, the address at issue. */
    @Test
    void an_issued_invoice_prints_the_same_bytes_after_the_family_moves() throws Exception {
        var dupont = WebClient.signedIn(portal.portal().port(), "marie.dupont@exemple.fr", "Demo-Famille-Dupont-2026");
        dupont.get("/facturation");
        byte[] before = dupont.download("/facturation/factures/" + portal.demoInvoice(1) + "/pdf").body();
        var households = new JooqHouseholdRepository(portal.db());
        var household = households.find(portal.db().dsl().select(INVOICE.HOUSEHOLD_ID).from(INVOICE).where(INVOICE.NUMBER.eq(portal.demoInvoice(1)))
                .fetchSingle().value1()).orElseThrow();
        String issuedTo = household.postalAddress();
        assertFalse(issuedTo.isBlank(), "the demo family has an address");
        households.update(household.withCoordinates("12 avenue du Nouveau Départ, 91999 Beaulieu-sur-Orge", household.paperlessInvoices(),
                household.guardians()));

        byte[] after = dupont.download("/facturation/factures/" + portal.demoInvoice(1) + "/pdf").body();
        assertArrayEquals(before, after, "the issued invoice did not change");
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(after)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertTrue(text.contains(issuedTo.replaceAll("\\s+", " ")), text);
            assertFalse(text.contains("Nouveau Départ"), text);
        }
    }

    @Test
    void finalising_asks_for_a_confirmation_saying_what_will_be_issued_and_a_draft_run_can_be_deleted() {
        var agent = agent();
        agent.get("/agent/regies/" + portal.periOffice());
        var run = agent.post("/agent/regies/" + portal.periOffice() + "/facturations", Map.of("month", "2026-09"));
        String path = run.uri().getPath();
        agent.get(path);
        agent.post(path + "/calcul", Map.of());
        var confirm = agent.get(path + "/finalisation");
        assertTrue(confirm.contains("0 facture</strong> émise, pour un total de <strong>0,00"), confirm.body());
        assertTrue(confirm.contains("0 courriel « Facture disponible »") && confirm.contains("0 facture papier"), confirm.body());
        var unconfirmed = agent.post(path + "/finalisation", Map.of());
        assertEquals(path + "/finalisation", unconfirmed.uri().getPath(), "a finalisation without its confirmation shows the confirmation");
        assertEquals("DRAFT", portal.db().dsl().select(INVOICING_RUN.STATUS).from(INVOICING_RUN)
                .where(INVOICING_RUN.ID.eq(Long.parseLong(path.substring(path.lastIndexOf('/') + 1)))).fetchSingle().value1());

        agent.get(path);
        var deleted = agent.post(path + "/suppression", Map.of());
        assertEquals(200, deleted.status());
        assertTrue(deleted.contains("Facturation en brouillon supprimée"), deleted.body());
        assertFalse(deleted.contains("09/2026 – Brouillon"), "the empty September draft is gone");
        assertEquals(404, agent.get(path).status());
        // a final run is never deleted
        String october = "/agent/facturations/" + portal.db().dsl().select(INVOICING_RUN.ID).from(INVOICING_RUN)
                .where(INVOICING_RUN.STATUS.eq("FINALISED")).limit(1).fetchSingle().value1();
        agent.get(october);
        var refused = agent.post(october + "/suppression", Map.of());
        assertEquals(422, refused.status());
        assertTrue(refused.contains("Une facturation finalisée ne se supprime pas"), refused.body());
    }

    @Test
    void the_activity_form_offers_the_regies_and_tariff_lines_as_lists() {
        var agent = agent();
        var form = agent.get("/agent/activites/nouvelle");
        assertTrue(form.body().matches("(?s).*<select id=\"cashOfficeId\" name=\"cashOfficeId\".*<option value=\"PERI\">Régie Périscolaire \\(PERI\\)</option>.*"),
                form.body());
        assertTrue(form.body().matches("(?s).*<select id=\"priceCategory\" name=\"priceCategory\".*<option value=\"REPAS\">Restauration scolaire \\(REPAS\\) – Régie Périscolaire</option>.*"),
                form.body());
        long canteen = portal.db().dsl().select(ACTIVITY.ID).from(ACTIVITY).where(ACTIVITY.PRICE_CATEGORY.eq("REPAS")).fetchSingle().value1();
        assertTrue(agent.get("/agent/activites/" + canteen).contains("<option value=\"REPAS\" selected>"), "an activity's own choice is selected");
    }

    @Test
    void a_month_not_begun_is_refused_with_the_reason() {
        var agent = agent();
        agent.get("/agent/regies/" + portal.periOffice());
        var refused = agent.post("/agent/regies/" + portal.periOffice() + "/facturations", Map.of("month", "2027-01"));
        assertEquals(422, refused.status());
        assertTrue(refused.contains("Le mois de janvier 2027 n'a pas commencé"), refused.body());
    }
}
