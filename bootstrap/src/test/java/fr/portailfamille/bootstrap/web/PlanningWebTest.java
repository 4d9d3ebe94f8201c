package fr.portailfamille.bootstrap.web;

import fr.portailfamille.bootstrap.TestPortal;
import fr.portailfamille.domain.bookings.RefusalReason;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static fr.portailfamille.persistence.schema.Tables.ACTIVITY;
import static fr.portailfamille.persistence.schema.Tables.BOOKING;
import static fr.portailfamille.persistence.schema.Tables.CHILD;
import static fr.portailfamille.persistence.schema.Tables.LOGIN_THROTTLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The planning over real HTTP on the demo town: calendar in words, Soumettre with its answers, typical week, enrolments, 404 on another family's child, agents' pages. */
class PlanningWebTest {

    static final String DUPONT = "marie.dupont@exemple.fr";
    static final String DUPONT_PASSWORD = "Demo-Famille-Dupont-2026";
    static final String NGUYEN = "lan.nguyen@exemple.fr";
    static final String NGUYEN_PASSWORD = "Demo-Famille-Nguyen-2026";
    static final String AGENT = "paul.roussel@beaulieu-sur-orge.example";
    static final String AGENT_PASSWORD = "Demo-Agent-Beaulieu-2026";

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
        portal.db().dsl().deleteFrom(LOGIN_THROTTLE).execute();
    }

    WebClient signedIn(String identifier, String password) {
        return WebClient.signedIn(portal.portal().port(), identifier, password);
    }

    static long child(String firstNames) {
        return portal.db().dsl().select(CHILD.ID).from(CHILD).where(CHILD.FIRST_NAMES.eq(firstNames)).fetchOne(CHILD.ID);
    }

    static long activity(String name) {
        return portal.activity(name);
    }

    static List<String> keys(String html, String field, String prefix) {
        var m = Pattern.compile("name=\"" + field + "\" value=\"(" + Pattern.quote(prefix) + "[^\"]+)\"").matcher(html);
        var keys = new java.util.ArrayList<String>();
        while (m.find()) keys.add(m.group(1));
        return keys;
    }

    static LocalDate today() {
        return portal.today();
    }

    @Test
    void the_mails_month_link_opens_that_month() {
        var dupont = signedIn(DUPONT, DUPONT_PASSWORD);
        var month = java.time.YearMonth.from(today()).plusMonths(2);
        String label = fr.portailfamille.domain.bookings.BookingDates.longDate(month.atDay(1)).replaceFirst("^\\S+ 1er ", "");
        var page = dupont.get("/planning?mois=" + month);
        assertEquals(200, page.status());
        assertTrue(page.body().contains("<h2 id=\"periode\">" + label.substring(0, 1).toUpperCase() + label.substring(1) + "</h2>"), page.body());
        assertEquals(200, dupont.get("/planning?mois=pas-un-mois").status());
    }

    @Test
    void the_month_says_each_cell_in_words_with_the_rules_and_soumettre_answers_item_by_item() {
        var dupont = signedIn(DUPONT, DUPONT_PASSWORD);
        long hugo = child("Hugo");
        long lea = child("Léa");
        long morning = activity("Accueil du matin");
        String month = portal.classesFrom().plusMonths(1).withDayOfMonth(1).toString();
        var page = dupont.get("/planning?date=" + month);
        assertEquals(200, page.status());
        assertTrue(page.contains("Hugo – Accueil du matin"), page.body());
        assertTrue(page.contains("réservable"));
        assertTrue(page.contains("Réservation au plus tard 2 jours ouvrés avant, avant 12 h (hors week-ends et jours fériés)."));
        assertTrue(page.contains(">Soumettre<"));
        var bookable = keys(page.body(), "reserver", hugo + "-" + morning + "-");
        assertTrue(bookable.size() >= 2, "Hugo has bookable mornings next month");
        assertFalse(page.body().contains("<script>"), "works without a script of its own");

        // book two days, then in one Soumettre cancel one, book another, and ask for a day already past
        var first = dupont.postAll("/planning", List.of(Map.entry("reserver", bookable.get(0)), Map.entry("reserver", bookable.get(1))));
        assertEquals(200, first.status());
        assertTrue(first.contains("2 demandes faites, 0 sur liste d'attente, 0 refusée"), first.body());
        // Post/Redirect/Get: the answer has its own address; reloading it books nothing again and goes back to the planning
        assertEquals("/planning/reponse", first.uri().getPath());
        int bookings = portal.db().dsl().fetchCount(BOOKING);
        var reloaded = dupont.get("/planning/reponse");
        assertEquals("/planning", reloaded.uri().getPath());
        assertFalse(reloaded.contains("demandes faites"), "the answer is shown once");
        assertEquals(bookings, portal.db().dsl().fetchCount(BOOKING));
        String past = hugo + "-" + morning + "-" + today().minusDays(1);
        var result = dupont.postAll("/planning", List.of(Map.entry("annuler", bookable.get(0)), Map.entry("reserver", past),
                Map.entry("retour", "https://ailleurs.example/")));
        assertTrue(result.contains("Réservation annulée."), result.body());
        assertTrue(result.contains("refusé"), result.body());
        assertTrue(result.contains(RefusalReason.BOOKING_DEADLINE_PASSED.message()) || result.contains(RefusalReason.HOLIDAY.message())
                || result.contains(RefusalReason.NOT_RUNNING.message()) || result.contains(RefusalReason.CLOSED.message()), "a refused item says why");
        assertTrue(first.contains("class=\"alert success\""), "all done: green");
        assertTrue(result.contains("class=\"alert info\"") && !result.contains("alert success"), "a refusal among them: not green");
        assertTrue(!result.contains(RefusalReason.BOOKING_DEADLINE_PASSED.message()) || result.contains("c&#39;était au plus tard le ")
                || result.contains("c'était au plus tard le "), "a deadline refusal says the last moment: " + result.body());
        assertTrue(result.contains("href=\"/planning\""), "never sent back elsewhere");
        assertEquals(1, portal.db().dsl().fetchCount(BOOKING, BOOKING.CHILD_ID.eq(hugo).and(BOOKING.ACTIVITY_ID.eq(morning))
                .and(BOOKING.STATUS.eq(fr.portailfamille.persistence.schema.enums.BookingStatus.BOOKED))));

        var week = dupont.get("/planning?vue=semaine&date=" + bookable.get(1).substring(bookable.get(1).lastIndexOf('-') - 7) + "&enfant=" + hugo);
        assertEquals(200, week.status());
        assertTrue(week.contains("Semaine suivante"));
        assertFalse(week.contains("Léa – "), "filtered on Hugo");
        assertEquals(List.of(), keys(week.body(), "reserver", lea + "-"));

        var nothing = dupont.postAll("/planning", List.of());
        assertEquals(422, nothing.status());
        assertTrue(nothing.contains("Aucun jour n'a été sélectionné"));
    }

    @Test
    void the_month_picker_lists_the_school_years_months_and_opens_the_one_chosen() {
        var dupont = signedIn(DUPONT, DUPONT_PASSWORD);
        var year = fr.portailfamille.domain.bookings.SchoolYear.containing(today());
        var first = java.time.YearMonth.from(year.firstDay());
        var page = dupont.get("/planning?mois=" + first);
        assertTrue(page.contains("<label for=\"mois\">Mois</label>"), page.body());
        assertTrue(page.contains("<option value=\"" + first + "\" selected>septembre " + first.getYear() + "</option>"), page.body());
        assertTrue(page.contains("<option value=\"" + first.plusMonths(11) + "\">août " + (first.getYear() + 1) + "</option>"), "the whole school year");
        // the form sends «mois» with the date shown: the month chosen wins
        var march = dupont.get("/planning?vue=mois&date=" + first.atDay(1) + "&mois=" + first.plusMonths(6) + "&enfant=&activite=");
        assertTrue(march.contains("<option value=\"" + first.plusMonths(6) + "\" selected>mars " + (first.getYear() + 1) + "</option>"), march.body());
        assertTrue(march.contains("name=\"date\" value=\"" + first.plusMonths(6).atDay(1) + "\""), "the grid shows March: " + march.body());
    }

    @Test
    void the_waiting_list_and_the_day_view_speak_in_words() {
        var dupont = signedIn(DUPONT, DUPONT_PASSWORD);
        long hugo = child("Hugo");
        var waiting = portal.db().dsl().selectFrom(BOOKING).where(BOOKING.CHILD_ID.eq(hugo),
                BOOKING.STATUS.eq(fr.portailfamille.persistence.schema.enums.BookingStatus.WAITING)).fetchOne();
        var day = dupont.get("/planning/jour?date=" + waiting.getDay() + "&enfant=" + hugo);
        assertEquals(200, day.status());
        assertTrue(day.contains("liste d'attente"), day.body());
        assertTrue(day.contains("position 1"));
        assertTrue(day.contains("Quitter la liste d'attente"));
    }

    @Test
    void another_familys_child_is_a_404_and_an_incomplete_dossier_says_what_is_missing() {
        var nguyen = signedIn(NGUYEN, NGUYEN_PASSWORD);
        long lea = child("Léa");
        long minh = child("Minh");
        long morning = activity("Accueil du matin");
        var page = nguyen.get("/planning");
        assertEquals(200, page.status());
        assertTrue(page.contains("Minh ne peut pas encore réserver"), page.body());
        assertTrue(page.contains("href=\"/dossier/enfants/" + minh + "/fiche-sanitaire#vaccinations\""), page.body());
        assertEquals(404, nguyen.get("/planning?enfant=" + lea).status());
        assertEquals(404, nguyen.get("/planning/jour?enfant=" + lea).status());
        String leaKey = lea + "-" + morning + "-" + today().plusDays(30);
        assertEquals(404, nguyen.postAll("/planning", List.of(Map.entry("annuler", leaKey))).status());
        nguyen.get("/planning");
        assertEquals(404, nguyen.postAll("/planning/semaine-type", List.of(Map.entry("activity", Long.toString(morning)),
                Map.entry("person", Long.toString(lea)), Map.entry("from", today().toString()), Map.entry("to", today().plusDays(20).toString()),
                Map.entry("periodicity", "EVERY_WEEK"), Map.entry("weekday", "2"))).status());
        nguyen.get("/inscriptions");
        var refused = nguyen.post("/inscriptions", Map.of("child", Long.toString(minh), "activity", Long.toString(morning)));
        assertEquals(422, refused.status());
        assertTrue(refused.contains("Le dossier de Minh est incomplet"), refused.body());
        assertEquals(404, nguyen.post("/inscriptions", Map.of("child", Long.toString(lea), "activity", Long.toString(morning))).status());
    }

    @Test
    void a_typical_week_reports_what_was_booked_and_what_was_skipped() {
        var dupont = signedIn(DUPONT, DUPONT_PASSWORD);
        long hugo = child("Hugo");
        long evening = activity("Accueil du soir");
        var form = dupont.get("/planning/semaine-type");
        assertTrue(form.contains("ANNULER") && form.contains("ENREGISTRER") && form.contains("Personnes concernées"), form.body());
        assertTrue(form.contains("Semaines paires : celles du "), "«semaines paires» explained with dates: " + form.body());
        var invalid = dupont.postAll("/planning/semaine-type", List.of(Map.entry("activity", Long.toString(evening))));
        assertEquals(422, invalid.status());
        assertTrue(invalid.contains("Choisissez au moins une personne concernée."));
        LocalDate from = portal.classesFrom().plusDays(7);
        var applied = dupont.postAll("/planning/semaine-type", List.of(Map.entry("activity", Long.toString(evening)), Map.entry("person", Long.toString(hugo)),
                Map.entry("from", from.toString()), Map.entry("to", from.plusDays(27).toString()), Map.entry("periodicity", "EVERY_WEEK"),
                Map.entry("weekday", "1"), Map.entry("weekday", "5")));
        assertEquals(200, applied.status());
        assertTrue(applied.body().matches("(?s).*\\d+ jours réservés.*") && applied.contains("<h1>Semaine type enregistrée</h1>"), applied.body());
        assertEquals("/planning/semaine-type/reponse", applied.uri().getPath());
        int bookings = portal.db().dsl().fetchCount(BOOKING);
        var reloaded = dupont.get("/planning/semaine-type/reponse");
        assertEquals("/planning/semaine-type", reloaded.uri().getPath(), "a reload shows the form, not the answer again");
        assertTrue(reloaded.contains("ENREGISTRER") && !reloaded.contains("jours réservés"), reloaded.body());
        assertEquals(bookings, portal.db().dsl().fetchCount(BOOKING));
        var again = dupont.postAll("/planning/semaine-type", List.of(Map.entry("activity", Long.toString(evening)), Map.entry("person", Long.toString(hugo)),
                Map.entry("from", from.toString()), Map.entry("to", from.plusDays(27).toString()), Map.entry("periodicity", "EVERY_WEEK"),
                Map.entry("weekday", "1"), Map.entry("weekday", "5")));
        assertTrue(again.contains("0 jour réservé"), again.body());
        // nothing booked: neither «enregistrée» nor the green box
        assertTrue(again.contains("<h1>Semaine type : aucun jour réservé</h1>") && again.contains("class=\"alert error\""), again.body());
        assertTrue(again.contains(RefusalReason.ALREADY_BOOKED.message()), "never changes what exists");
    }

    @Test
    void agents_manage_activities_with_rules_in_words_slots_and_waiting_lists() {
        var agent = signedIn(AGENT, AGENT_PASSWORD);
        var list = agent.get("/agent/activites?annee=" + portal.schoolYear());
        assertEquals(200, list.status());
        assertTrue(list.contains("Mercredis loisirs") && list.contains("Réservation au plus tard le dimanche de la semaine S-2"), list.body());
        agent.get("/agent/activites/nouvelle");
        var refused = agent.post("/agent/activites", Map.of("schoolYear", portal.schoolYear(), "name", "Atelier", "kind", "MERCREDI", "unit", "DAY",
                "weekday", "3", "capacity", "12", "bookingRule", "deux jours avant", "cancellationRule", "J-1 avant 18h", "cashOfficeId", "R", "priceCategory", "P"));
        assertEquals(422, refused.status());
        assertTrue(refused.contains("Règle de délai non reconnue : « deux jours avant »"), refused.body());
        long hugo = child("Hugo");
        var waiting = portal.db().dsl().selectFrom(BOOKING).where(BOOKING.CHILD_ID.eq(hugo),
                BOOKING.STATUS.eq(fr.portailfamille.persistence.schema.enums.BookingStatus.WAITING)).fetchOne();
        var slot = agent.get("/agent/activites/" + waiting.getActivityId() + "/creneaux/" + waiting.getDay());
        assertEquals(200, slot.status());
        assertTrue(slot.contains("Hugo Dupont"), slot.body());
        assertEquals(404, agent.get("/agent/activites/" + waiting.getActivityId() + "/creneaux/pas-une-date").status());
        assertEquals(200, agent.get("/agent/activites/" + waiting.getActivityId() + "/creneaux?mois=" + java.time.YearMonth.from(waiting.getDay())).status());
        assertEquals(200, agent.get("/agent/calendrier-scolaire").status());
        assertEquals(200, agent.get("/agent/inscriptions").status());
        var dupont = signedIn(DUPONT, DUPONT_PASSWORD);
        assertEquals(404, dupont.get("/agent/activites").status());
        assertEquals(200, dupont.get("/inscriptions").status());
        assertTrue(dupont.get("/inscriptions").contains("Acceptée"));
    }

    @Test
    void an_agent_enrols_a_child_of_a_household_directly_and_the_family_is_told() {
        var db = portal.db().dsl();
        long minh = child("Minh");
        long household = db.select(CHILD.HOUSEHOLD_ID).from(CHILD).where(CHILD.ID.eq(minh)).fetchOne(CHILD.HOUSEHOLD_ID);
        long wednesdays = activity("Mercredis loisirs");
        var agent = signedIn(AGENT, AGENT_PASSWORD);
        String path = "/agent/foyers/" + household + "/inscription";
        var form = agent.get(path);
        assertEquals(200, form.status());
        assertTrue(form.contains("value=\"" + minh + "\">Minh") && !form.contains(">Léa "), form.body());
        assertTrue(agent.get("/agent/foyers/" + household).contains(path), "linked from the household's page");

        var foreign = agent.post(path, Map.of("child", Long.toString(child("Léa")), "activity", Long.toString(wednesdays)));
        assertEquals(422, foreign.status());
        assertTrue(foreign.contains("Choisissez un enfant du foyer."), foreign.body());
        int told = db.fetchCount(fr.portailfamille.persistence.schema.Tables.NOTIFICATION,
                fr.portailfamille.persistence.schema.Tables.NOTIFICATION.KIND.eq("ENROLMENT_DECISION"));
        var enrolled = agent.post(path, Map.of("child", Long.toString(minh), "activity", Long.toString(wednesdays)));
        assertEquals(200, enrolled.status());
        assertTrue(enrolled.contains("L&#39;enfant est inscrit") || enrolled.contains("L'enfant est inscrit"), enrolled.body());
        assertEquals(fr.portailfamille.persistence.schema.enums.EnrolmentStatus.ACCEPTED, db.select(fr.portailfamille.persistence.schema.Tables.ENROLMENT.STATUS)
                .from(fr.portailfamille.persistence.schema.Tables.ENROLMENT).where(fr.portailfamille.persistence.schema.Tables.ENROLMENT.CHILD_ID.eq(minh),
                        fr.portailfamille.persistence.schema.Tables.ENROLMENT.ACTIVITY_ID.eq(wednesdays)).fetchOne(0, fr.portailfamille.persistence.schema.enums.EnrolmentStatus.class));
        assertTrue(db.fetchCount(fr.portailfamille.persistence.schema.Tables.NOTIFICATION,
                fr.portailfamille.persistence.schema.Tables.NOTIFICATION.KIND.eq("ENROLMENT_DECISION")) > told, "the family is told");
        var twice = agent.post(path, Map.of("child", Long.toString(minh), "activity", Long.toString(wednesdays)));
        assertEquals(422, twice.status());
        assertEquals(404, agent.get("/agent/foyers/999999/inscription").status());
        assertEquals(404, signedIn(NGUYEN, NGUYEN_PASSWORD).get(path).status());
    }

    @Test
    void an_activity_for_another_school_is_neither_offered_nor_accepted_for_the_dupont_children() {
        var db = portal.db().dsl();
        String leasSchool = db.select(CHILD.SCHOOL).from(CHILD).where(CHILD.FIRST_NAMES.eq("Léa")).fetchOne(CHILD.SCHOOL);
        String otherSchool = db.select(fr.portailfamille.persistence.schema.Tables.SCHOOL.NAME).from(fr.portailfamille.persistence.schema.Tables.SCHOOL)
                .where(fr.portailfamille.persistence.schema.Tables.SCHOOL.NAME.ne(leasSchool)).limit(1).fetchOne(0, String.class);
        var agent = signedIn(AGENT, AGENT_PASSWORD);
        var fields = new java.util.ArrayList<Map.Entry<String, String>>(List.of(Map.entry("schoolYear", portal.schoolYear()), Map.entry("name", "Chorale de l'école"),
                Map.entry("kind", "ACCUEIL_SOIR"), Map.entry("unit", "SESSION"), Map.entry("weekday", "2"), Map.entry("capacity", "20"),
                Map.entry("bookingRule", "J-1 avant 18h"), Map.entry("cancellationRule", "J-1 avant 18h"), Map.entry("cashOfficeId", "PERI"),
                Map.entry("priceCategory", "PERI-SOIR"), Map.entry("school", otherSchool), Map.entry("level", "CE1"), Map.entry("level", "CM2")));
        var saved = agent.postAll("/agent/activites", fields);
        assertEquals(200, saved.status(), saved.body());
        assertTrue(saved.contains("Chorale de l&#39;école") || saved.contains("Chorale de l'école"), saved.body());
        assertTrue(saved.contains("pour CE1, CM2 – " + otherSchool), saved.body());
        long chorale = portal.activity("Chorale de l'école", fr.portailfamille.domain.bookings.SchoolYear.containing(today()));
        assertTrue(agent.get("/agent/activites/" + chorale).contains("value=\"CM2\" checked"), "the form shows the targeting back");

        var dupont = signedIn(DUPONT, DUPONT_PASSWORD);
        assertFalse(dupont.get("/inscriptions").contains("Chorale"), "not offered");
        var refused = dupont.post("/inscriptions", Map.of("child", Long.toString(child("Léa")), "activity", Long.toString(chorale)));
        assertEquals(422, refused.status());
        assertTrue(refused.contains("Elle n&#39;est pas proposée à Léa") || refused.contains("Elle n'est pas proposée à Léa"), refused.body());

        // nor enrolled by an agent, unless the agent says so
        long lea = child("Léa");
        long household = db.select(CHILD.HOUSEHOLD_ID).from(CHILD).where(CHILD.ID.eq(lea)).fetchOne(CHILD.HOUSEHOLD_ID);
        String path = "/agent/foyers/" + household + "/inscription";
        var form = agent.get(path);
        assertTrue(form.contains("Inscrire malgré tout"), form.body());
        var notTargeted = agent.post(path, Map.of("child", Long.toString(lea), "activity", Long.toString(chorale)));
        assertEquals(422, notTargeted.status());
        String expected = "« Chorale de l'école » est réservée à CE1, CM2 – " + otherSchool + " : Léa (" + leasSchool + ", CE1) n'en fait pas partie.";
        assertTrue(notTargeted.contains(expected.replace("'", "&#39;")) || notTargeted.contains(expected), expected + " in " + notTargeted.body());
        var enrolments = fr.portailfamille.persistence.schema.Tables.ENROLMENT;
        assertEquals(0, db.fetchCount(enrolments, enrolments.CHILD_ID.eq(lea).and(enrolments.ACTIVITY_ID.eq(chorale))), "nothing stored");
        var despite = agent.post(path, Map.of("child", Long.toString(lea), "activity", Long.toString(chorale), "despiteTarget", "oui"));
        assertEquals(200, despite.status(), despite.body());
        assertEquals(1, db.fetchCount(enrolments, enrolments.CHILD_ID.eq(lea).and(enrolments.ACTIVITY_ID.eq(chorale))));
    }
}
