package fr.portailfamille.bootstrap.web;

import fr.portailfamille.application.common.MutableClock;
import fr.portailfamille.bootstrap.TestPortal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import static fr.portailfamille.persistence.schema.Tables.CASH_OFFICE;
import static fr.portailfamille.persistence.schema.Tables.FAMILY_QUOTIENT;
import static fr.portailfamille.persistence.schema.Tables.TARIFF;
import static fr.portailfamille.persistence.schema.Tables.TARIFF_BRACKET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The agents' billing forms over HTTP: what is typed («2,10», «12,5 %», «850») is read by the page, a bad value is a
 * French message next to its field with the form as typed, status 422, and nothing saved.
 */
class BillingSettingsWebTest {

    @TempDir
    static Path dataDir;
    static TestPortal portal;

    @BeforeAll
    static void start() {
        portal = TestPortal.start(dataDir, MutableClock.ticking(Instant.parse("2026-11-02T09:00:00Z")));
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    static Map<String, String> tariff() {
        var form = new HashMap<>(Map.of("key", "etude", "activityName", "Étude surveillée", "validFrom", "2026-09-01", "validTo", "2027-08-31",
                "surchargeKind", "pourcentage", "surcharge", "12,5", "billLateCancellations", "oui"));
        form.putAll(Map.of("label1", "T1", "from1", "0", "to1", "800", "price1", "2,10", "label2", "T2", "from2", "801", "to2", "", "price2", "3,25"));
        return form;
    }

    @Test
    void a_tariff_typed_wrong_is_refused_with_every_message_and_saved_once_typed_right() {
        var agent = portal.signedIn(TestPortal.AGENT, TestPortal.AGENT_PASSWORD);
        String page = "/agent/regies/" + portal.periOffice() + "/tarifs";
        agent.get(page + "/nouveau");
        int before = portal.db().dsl().fetchCount(TARIFF);
        var wrong = tariff();
        wrong.putAll(Map.of("validFrom", "2026-02-31", "price1", "2,105", "to2", "beaucoup", "surcharge", "cent"));
        var refused = agent.post(page, wrong);
        assertEquals(422, refused.status(), refused.body());
        assertTrue(refused.contains("Saisissez une date valide (jj/mm/aaaa)."), refused.body());
        assertTrue(refused.contains("Tranche 1 : Un montant a au plus deux chiffres après la virgule"), refused.body());
        assertTrue(refused.contains("Tranche 2 : les quotients sont des nombres entiers d&#39;euros")
                || refused.contains("Tranche 2 : les quotients sont des nombres entiers d'euros"), refused.body());
        assertTrue(refused.contains("Saisissez un pourcentage entre 0,01 et 100"), refused.body());
        assertTrue(refused.contains("value=\"2,105\""), "the form as typed");
        assertEquals(before, portal.db().dsl().fetchCount(TARIFF), "nothing saved");

        var saved = agent.post(page, tariff());
        assertEquals(200, saved.status(), saved.body());
        var row = portal.db().dsl().selectFrom(TARIFF).where(TARIFF.TARIFF_KEY.eq("ETUDE")).fetchSingle();
        assertEquals(1250, row.getSurchargeBasisPoints());
        assertEquals(2, portal.db().dsl().fetchCount(TARIFF_BRACKET, TARIFF_BRACKET.TARIFF_ID.eq(row.getId())));
        assertEquals(210L, portal.db().dsl().select(TARIFF_BRACKET.UNIT_PRICE_CENTS).from(TARIFF_BRACKET)
                .where(TARIFF_BRACKET.TARIFF_ID.eq(row.getId()), TARIFF_BRACKET.LABEL.eq("T1")).fetchSingle().value1().longValue());
    }

    @Test
    void a_quotient_with_cents_or_a_second_regie_with_the_same_prefix_is_refused() {
        var agent = portal.signedIn(TestPortal.AGENT, TestPortal.AGENT_PASSWORD);
        long household = portal.db().dsl().select(FAMILY_QUOTIENT.HOUSEHOLD_ID).from(FAMILY_QUOTIENT).limit(1).fetchSingle().value1();
        String page = "/agent/foyers/" + household + "/quotient";
        agent.get(page);
        int before = portal.db().dsl().fetchCount(FAMILY_QUOTIENT);
        var refused = agent.post(page, Map.of("euros", "850,50", "source", "CAF", "validFrom", "2027-01-01", "validTo", "2026-12-31"));
        assertEquals(422, refused.status(), refused.body());
        assertTrue(refused.contains("Saisissez le quotient familial en euros, sans centimes"), refused.body());
        assertTrue(refused.contains("La fin de validité précède le début."), refused.body());
        assertEquals(before, portal.db().dsl().fetchCount(FAMILY_QUOTIENT), "nothing saved");
        var recorded = agent.post(page, Map.of("euros", "910", "source", "CAF", "validFrom", "2027-01-01", "validTo", "2027-12-31"));
        assertEquals(200, recorded.status(), recorded.body());
        assertEquals(before + 1, portal.db().dsl().fetchCount(FAMILY_QUOTIENT));

        agent.get("/agent/regies");
        int offices = portal.db().dsl().fetchCount(CASH_OFFICE);
        var twin = agent.post("/agent/regies", Map.of("name", "Régie bis", "clientNumber", "012399", "prefix", "peri", "template", ""));
        assertEquals(422, twin.status(), twin.body());
        assertTrue(twin.contains("Une autre régie utilise déjà le préfixe PERI."), twin.body());
        assertEquals(offices, portal.db().dsl().fetchCount(CASH_OFFICE));
    }
}
