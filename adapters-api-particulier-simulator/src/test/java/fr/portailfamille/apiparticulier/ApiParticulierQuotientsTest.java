package fr.portailfamille.apiparticulier;

import fr.portailfamille.application.billing.port.QuotientLookup.Allocataire;
import fr.portailfamille.application.billing.port.QuotientLookup.Answer;
import fr.portailfamille.domain.billing.QuotientSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/** The real API Particulier adapter against the simulator: found, not found, error, slow, refused token. */
class ApiParticulierQuotientsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T09:00:00Z"), ZoneOffset.UTC);

    private final ApiParticulierSimulator simulator = new ApiParticulierSimulator(0, CLOCK).start();

    @AfterEach
    void stop() {
        simulator.stop();
    }

    private ApiParticulierQuotients adapter(Map<String, String> overrides) {
        var values = new HashMap<>(simulator.settings());
        values.putAll(overrides);
        assertEquals(List.of(), ApiParticulierSettings.problems(key -> Optional.ofNullable(values.get(key))));
        return new ApiParticulierQuotients(ApiParticulierSettings.fromEnvironment(key -> Optional.ofNullable(values.get(key))));
    }

    private static Allocataire named(String birthName) {
        return new Allocataire(birthName, List.of("Marie", "Anne"), "F", LocalDate.of(1988, 3, 14), "91064", null);
    }

    @Test
    void a_known_allocataire_gives_the_quotient_its_regime_and_reference_month_asked_by_identity_pivot() {
        assertEquals(new Answer.Found(640, QuotientSource.CAF, YearMonth.of(2026, 10)), adapter(Map.of()).lookup(named("Dupont")));
        assertEquals(Map.of("nomNaissance", List.of("Dupont"), "prenoms[]", List.of("Marie", "Anne"), "sexe", List.of("F"),
                "anneeDateDeNaissance", List.of("1988"), "moisDateDeNaissance", List.of("3"), "jourDateDeNaissance", List.of("14"),
                "codeInseeLieuDeNaissance", List.of("91064"), "codePaysLieuDeNaissance", List.of("99100")), simulator.queries().getFirst());
        assertEquals(new Answer.Found(1300, QuotientSource.MSA, YearMonth.of(2026, 10)), adapter(Map.of()).lookup(named("Martin")));
    }

    @Test
    void an_unknown_allocataire_is_not_found() {
        assertEquals(new Answer.NotFound(), adapter(Map.of()).lookup(named("Inconnu")));
    }

    @Test
    void an_error_a_refused_token_a_timeout_or_the_service_down_are_failures() {
        assertInstanceOf(Answer.Failed.class, adapter(Map.of()).lookup(named("Erreur")));
        assertInstanceOf(Answer.Failed.class, adapter(Map.of("API_PARTICULIER_TOKEN", "un-autre-jeton")).lookup(named("Dupont")));
        // «Lent» answers a quotient after 3 s: Failed proves the adapter stopped waiting at its timeout
        // (1 s here; the others keep the default, so a loaded machine's first request is not taken for a timeout)
        simulator.slowness(Duration.ofSeconds(3));
        assertInstanceOf(Answer.Failed.class, adapter(Map.of("API_PARTICULIER_TIMEOUT_SECONDS", "1")).lookup(named("Lent")));
        simulator.down(true);
        assertInstanceOf(Answer.Failed.class, adapter(Map.of()).lookup(named("Dupont")));
    }

    @Test
    void settings_problems_are_listed_in_french() {
        var problems = ApiParticulierSettings.problems(key -> Optional.ofNullable(Map.of("API_PARTICULIER_TOKEN", "x",
                "API_PARTICULIER_URL", "ftp://x/y", "API_PARTICULIER_TIMEOUT_SECONDS", "0", "API_PARTICULIER_VALIDITY_MONTHS", "99").get(key)));
        assertEquals(3, problems.size(), problems.toString());
        assertEquals(List.of(), ApiParticulierSettings.problems(key -> Optional.empty()));
    }
}
