package fr.portailfamille.bootstrap.web;

import fr.portailfamille.bootstrap.TestPortal;
import fr.portailfamille.persistence.mail.JooqMailOutbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static fr.portailfamille.persistence.schema.Tables.LOGIN_THROTTLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Guessing passwords and mailed links: failures slow the guesser down (per account and per address; links per address), an unknown
 * identifier gets exactly the answers a known one gets, and every mailed link works once.
 */
class BruteForceTest {

    static final String KNOWN = "lan.nguyen@exemple.fr";
    static final String PASSWORD = "Demo-Famille-Nguyen-2026";

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
    void forgetFailures() {
        portal.db().dsl().deleteFrom(LOGIN_THROTTLE).execute();
    }

    WebClient.Page signIn(WebClient client, String identifier, String password) {
        client.get("/connexion");
        return client.post("/connexion", Map.of("identifier", identifier, "password", password));
    }

    /** The page without what differs by nature between two requests (tokens, the identifier typed back). */
    static String shape(WebClient.Page page, String identifier) {
        return page.body().replaceAll("value=\"[^\"]*\"", "").replace(identifier, "IDENTIFIER").replaceAll("\\d+ secondes?", "N secondes");
    }

    @Test
    void a_known_and_an_unknown_identifier_get_the_same_answers_and_the_same_back_off() {
        var known = new WebClient(portal.portal().port());
        var unknown = new WebClient(portal.portal().port());
        String nobody = "personne.inconnue@exemple.fr";
        for (int i = 0; i < 5; i++) {
            var k = signIn(known, KNOWN, "mauvais-" + i);
            // the address is throttled too: forget it so that only the identifier's own count matters here
            portal.db().dsl().deleteFrom(LOGIN_THROTTLE).where(LOGIN_THROTTLE.KEY.like("address:%")).execute();
            var u = signIn(unknown, nobody, "mauvais-" + i);
            portal.db().dsl().deleteFrom(LOGIN_THROTTLE).where(LOGIN_THROTTLE.KEY.like("address:%")).execute();
            assertEquals(401, k.status());
            assertEquals(k.status(), u.status(), "attempt " + (i + 1));
            assertEquals(shape(k, KNOWN), shape(u, nobody), "attempt " + (i + 1) + ": the pages differ");
        }
        var k = signIn(known, KNOWN, PASSWORD);
        var u = signIn(unknown, nobody, "peu importe");
        assertTrue(k.contains("Trop de tentatives de connexion : réessayez dans"), "even the right password waits: " + k.body());
        assertNull(known.cookie("pf_session"));
        assertEquals(k.status(), u.status());
        assertEquals(shape(k, KNOWN), shape(u, nobody), "the back-off of an unknown identifier looks the same");
    }

    /** Without the decoy hash an unknown identifier would be answered in a few ms, a known one after ~90 ms of Argon2id. */
    @Test
    void an_unknown_identifier_takes_as_long_as_a_known_one() {
        var client = new WebClient(portal.portal().port());
        long known = Long.MAX_VALUE;
        long unknown = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            client.get("/connexion");
            long t0 = System.nanoTime();
            client.post("/connexion", Map.of("identifier", KNOWN, "password", "mauvais-" + i));
            known = Math.min(known, System.nanoTime() - t0);
            client.get("/connexion");
            long t1 = System.nanoTime();
            client.post("/connexion", Map.of("identifier", "inconnu" + i + "@exemple.fr", "password", "mauvais-" + i));
            unknown = Math.min(unknown, System.nanoTime() - t1);
            portal.db().dsl().deleteFrom(LOGIN_THROTTLE).execute();
        }
        // the fastest of five each: noise only adds time
        assertTrue(unknown * 10 >= known * 4, "unknown " + unknown / 1_000_000 + " ms vs known " + known / 1_000_000 + " ms");
    }

    @Test
    void spraying_many_identifiers_from_one_address_is_slowed_down_too() {
        var client = new WebClient(portal.portal().port());
        for (int i = 0; i < 5; i++) signIn(client, "inconnu" + i + "@exemple.fr", "mauvais");
        var next = signIn(client, KNOWN, PASSWORD);
        assertTrue(next.contains("Trop de tentatives de connexion"), next.body());
        assertNull(client.cookie("pf_session"));
    }

    @Test
    void the_forgotten_password_form_answers_the_same_for_a_known_and_an_unknown_identifier() {
        var client = new WebClient(portal.portal().port());
        client.get("/mot-de-passe-oublie");
        var known = client.post("/mot-de-passe-oublie", Map.of("identifier", KNOWN));
        client.get("/mot-de-passe-oublie");
        var unknown = client.post("/mot-de-passe-oublie", Map.of("identifier", "personne.inconnue@exemple.fr"));
        assertEquals(known.status(), unknown.status());
        assertEquals(shape(known, KNOWN), shape(unknown, "personne.inconnue@exemple.fr"));
    }

    @Test
    void a_reset_link_works_once_and_a_guessed_one_never() {
        var client = new WebClient(portal.portal().port());
        client.get("/mot-de-passe-oublie");
        client.post("/mot-de-passe-oublie", Map.of("identifier", "marie.dupont@exemple.fr"));
        String link = lastLink("/mot-de-passe/nouveau/");

        var guessed = new WebClient(portal.portal().port()).get("/mot-de-passe/nouveau/" + "A".repeat(43));
        assertEquals(410, guessed.status());
        assertTrue(guessed.contains("Ce lien n'est pas valide"), guessed.body());

        assertEquals(200, client.get(link).status());
        var done = client.post(link, Map.of("password", "Une-Autre-Phrase-De-Passe-2026", "confirmation", "Une-Autre-Phrase-De-Passe-2026"));
        assertTrue(done.contains("Votre mot de passe a été modifié"), done.body());

        var again = new WebClient(portal.portal().port());
        assertEquals(410, again.get(link).status());
        again.get("/connexion");
        var reused = again.post(link, Map.of("password", "Encore-Une-Phrase-2026-X", "confirmation", "Encore-Une-Phrase-2026-X"));
        assertEquals(410, reused.status(), "a used link cannot set the password a second time");
        assertTrue(reused.contains("Ce lien a déjà été utilisé."), reused.body());
        assertFalse(signIn(new WebClient(portal.portal().port()), "marie.dupont@exemple.fr", "Encore-Une-Phrase-2026-X").contains("Bonjour"));
        assertTrue(signIn(new WebClient(portal.portal().port()), "marie.dupont@exemple.fr", "Une-Autre-Phrase-De-Passe-2026").contains("Bonjour"));
    }

    @Test
    void an_activation_link_works_once_and_a_guessed_one_never() {
        // the demo seed leaves the Bernard family's activation link in the outbox
        var text = new JooqMailOutbox(portal.db(), portal.clock()).latest(50).stream().map(m -> m.mail().textBody())
                .filter(t -> t.contains("/activation/")).findFirst().orElseThrow();
        var matcher = Pattern.compile("http://localhost(/activation/[A-Za-z0-9_-]+)").matcher(text);
        assertTrue(matcher.find(), text);
        String link = matcher.group(1);

        var guessed = new WebClient(portal.portal().port()).get("/activation/" + "A".repeat(43));
        assertEquals(410, guessed.status());
        var parent = new WebClient(portal.portal().port());
        assertEquals(200, parent.get(link).status());
        var home = parent.post(link, Map.of("acceptTerms", "oui", "password", "Une-Phrase-De-Passe-2026", "confirmation", "Une-Phrase-De-Passe-2026"));
        assertTrue(home.contains("Bonjour"), home.body());

        var other = new WebClient(portal.portal().port());
        other.get("/connexion");
        var reused = other.post(link, Map.of("acceptTerms", "oui", "password", "Pirate-Phrase-De-Passe-2026", "confirmation", "Pirate-Phrase-De-Passe-2026"));
        assertEquals(410, reused.status());
        assertTrue(reused.contains("Ce lien a déjà été utilisé."), reused.body());
    }

    @Test
    void guessing_links_from_one_address_is_slowed_down_whatever_the_kind_of_link() {
        var owner = new WebClient(portal.portal().port());
        owner.get("/mot-de-passe-oublie");
        owner.post("/mot-de-passe-oublie", Map.of("identifier", "marie.dupont@exemple.fr"));
        String good = lastLink("/mot-de-passe/nouveau/");

        var guesser = new WebClient(portal.portal().port());
        var random = new java.security.SecureRandom();
        for (int i = 0; i < 5; i++) {
            String guess = java.util.HexFormat.of().formatHex(random.generateSeed(16));
            var page = guesser.get((i % 2 == 0 ? "/activation/" : "/mot-de-passe/nouveau/") + guess);
            assertEquals(410, page.status());
            assertTrue(page.contains("Ce lien n'est pas valide"), "guess " + (i + 1) + ": " + page.body());
        }
        for (String next : List.of("/activation/" + "B".repeat(43), "/mot-de-passe/nouveau/" + "C".repeat(43), good)) {
            var page = guesser.get(next);
            assertTrue(page.contains("Trop de liens non valides essayés depuis votre connexion : réessayez dans"), next + ": " + page.body());
        }
        guesser.get("/connexion");
        var emailChange = guesser.post("/mon-compte/courriel/" + "D".repeat(43), Map.of());
        assertTrue(emailChange.contains("Trop de liens non valides"), emailChange.body());

        // the wait ends (here: forgotten), and the good link still works: a guesser cannot spend someone else's link
        portal.db().dsl().deleteFrom(LOGIN_THROTTLE).execute();
        assertEquals(200, owner.get(good).status());
    }

    static String lastLink(String path) {
        var text = new JooqMailOutbox(portal.db(), portal.clock()).latest(1).getFirst().mail().textBody();
        var matcher = Pattern.compile("http://localhost(" + Pattern.quote(path) + "[A-Za-z0-9_-]+)").matcher(text);
        assertTrue(matcher.find(), text);
        return matcher.group(1);
    }
}
