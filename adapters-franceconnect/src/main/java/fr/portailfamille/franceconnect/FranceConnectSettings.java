package fr.portailfamille.franceconnect;

import com.nimbusds.jose.JWSAlgorithm;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * How this portal is registered at FranceConnect. Facts from FranceConnect's partner documentation
 * (https://docs.partenaires.franceconnect.gouv.fr/fs/fs-technique/fs-technique-endpoints/ and
 * https://docs.partenaires.franceconnect.gouv.fr/fs/migration/fs-migration-diff-v1-v2/): v2 publishes its
 * configuration at {@code /api/v2/.well-known/openid-configuration}, signs with ES256 or RS256 (the algorithm is
 * chosen at registration), and publishes its keys at {@code /api/v2/jwks}. What varies per town or could not be
 * confirmed (scopes, the eIDAS level, the {@code prompt} parameter) is a setting.
 *
 * @param discovery        FRANCECONNECT_DISCOVERY_URL, e.g. https://fcp-low.integ01.dev-franceconnect.fr/api/v2/.well-known/openid-configuration
 * @param acr              FRANCECONNECT_ACR, the eIDAS level asked for and required back (eidas1, eidas2, eidas3)
 * @param algorithm        FRANCECONNECT_ID_TOKEN_ALG, the one signature algorithm accepted (RS256 or ES256)
 * @param prompt           FRANCECONNECT_PROMPT, sent as {@code prompt} when not blank
 * <p>Registered at FranceConnect besides: the callback PUBLIC_BASE_URL + {@value #CALLBACK_PATH} and the page after
 * sign-out PUBLIC_BASE_URL + {@value #POST_LOGOUT_PATH}.
 */
public record FranceConnectSettings(URI discovery, String clientId, String clientSecret, String scopes, String acr,
                                    JWSAlgorithm algorithm, String prompt, Duration timeout) {

    public static final String CALLBACK_PATH = "/connexion/franceconnect/retour";
    public static final String POST_LOGOUT_PATH = "/deconnexion/franceconnect";
    public static final List<String> LEVELS = List.of("eidas1", "eidas2", "eidas3");

    /** Whether FRANCECONNECT_CLIENT_ID is given: without it the portal shows no FranceConnect button. */
    public static boolean configured(Function<String, Optional<String>> settings) {
        return settings.apply("FRANCECONNECT_CLIENT_ID").isPresent();
    }

    /** Every problem of the FRANCECONNECT_* settings, each in one French sentence (none when FranceConnect is not configured). */
    public static List<String> problems(Function<String, Optional<String>> settings) {
        var problems = new ArrayList<String>();
        if (!configured(settings)) return problems;
        if (settings.apply("FRANCECONNECT_CLIENT_SECRET").isEmpty()) problems.add("FRANCECONNECT_CLIENT_SECRET est obligatoire avec FRANCECONNECT_CLIENT_ID.");
        if (settings.apply("FRANCECONNECT_DISCOVERY_URL").filter(url -> url.matches("https?://\\S+")).isEmpty()) {
            problems.add("FRANCECONNECT_DISCOVERY_URL doit être l'adresse complète de la configuration OpenID Connect de FranceConnect "
                    + "(https://…/api/v2/.well-known/openid-configuration).");
        }
        settings.apply("FRANCECONNECT_ACR").filter(acr -> !LEVELS.contains(acr))
                .ifPresent(acr -> problems.add("FRANCECONNECT_ACR vaut eidas1, eidas2 ou eidas3, pas « " + acr + " »."));
        settings.apply("FRANCECONNECT_ID_TOKEN_ALG").filter(alg -> !alg.matches("RS256|ES256"))
                .ifPresent(alg -> problems.add("FRANCECONNECT_ID_TOKEN_ALG vaut RS256 ou ES256, pas « " + alg + " »."));
        settings.apply("FRANCECONNECT_TIMEOUT_SECONDS").filter(s -> !s.matches("[1-9]\\d{0,2}"))
                .ifPresent(s -> problems.add("FRANCECONNECT_TIMEOUT_SECONDS est un nombre de secondes entre 1 et 999, pas « " + s + " »."));
        return problems;
    }

    /** From the environment; call {@link #problems} first. */
    public static FranceConnectSettings fromEnvironment(Function<String, Optional<String>> settings) {
        return new FranceConnectSettings(URI.create(settings.apply("FRANCECONNECT_DISCOVERY_URL").orElseThrow()),
                settings.apply("FRANCECONNECT_CLIENT_ID").orElseThrow(), settings.apply("FRANCECONNECT_CLIENT_SECRET").orElseThrow(),
                settings.apply("FRANCECONNECT_SCOPES").orElse("openid given_name family_name"), settings.apply("FRANCECONNECT_ACR").orElse("eidas1"),
                JWSAlgorithm.parse(settings.apply("FRANCECONNECT_ID_TOKEN_ALG").orElse("RS256")), settings.apply("FRANCECONNECT_PROMPT").orElse("login consent"),
                Duration.ofSeconds(Integer.parseInt(settings.apply("FRANCECONNECT_TIMEOUT_SECONDS").orElse("10"))));
    }

    @Override
    public String toString() {
        return "FranceConnectSettings[discovery=" + discovery + ", clientId=" + clientId + ", clientSecret=***, acr=" + acr + "]";
    }
}
