package fr.portailfamille.apiparticulier;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The town's access to API Particulier's «quotient familial CAF &amp; MSA» (v2, identity pivot). From its public
 * documentation (https://particulier.api.gouv.fr/developpeurs and the test cases of etalab/siade_staging_data,
 * «api_particulier_v2_cnav_quotient_familial_v2»): the town's token in the {@code X-Api-Key} header; the allocataire
 * named by birth name, first names, sex, birth date and birth town or country (INSEE codes); the answer gives
 * {@code quotientFamilial}, {@code regime} (CNAF or MSA), {@code annee} and {@code mois}. The path could not be checked
 * against a live service: it is a setting.
 *
 * @param url            API_PARTICULIER_URL, https://particulier.api.gouv.fr by default
 * @param token          API_PARTICULIER_TOKEN, the town's token (its presence turns the lookup on)
 * @param quotientPath   API_PARTICULIER_QUOTIENT_PATH, /api/v2/composition-familiale-v2 by default
 * @param timeout        API_PARTICULIER_TIMEOUT_SECONDS, 10 by default: past it, the manual path
 * @param validityMonths API_PARTICULIER_VALIDITY_MONTHS, how long a quotient read is kept valid from its reference month (12)
 */
public record ApiParticulierSettings(URI url, String token, String quotientPath, Duration timeout, int validityMonths) {

    public static boolean configured(Function<String, Optional<String>> settings) {
        return settings.apply("API_PARTICULIER_TOKEN").isPresent();
    }

    /** Every problem of the API_PARTICULIER_* settings, each in one French sentence (none when the lookup is off). */
    public static List<String> problems(Function<String, Optional<String>> settings) {
        var problems = new ArrayList<String>();
        if (!configured(settings)) return problems;
        settings.apply("API_PARTICULIER_URL").filter(url -> !url.matches("https?://[^\\s/?#]+/?"))
                .ifPresent(url -> problems.add("API_PARTICULIER_URL est l'adresse du service sans chemin (https://particulier.api.gouv.fr), pas « " + url + " »."));
        settings.apply("API_PARTICULIER_QUOTIENT_PATH").filter(path -> !path.matches("/\\S*"))
                .ifPresent(path -> problems.add("API_PARTICULIER_QUOTIENT_PATH commence par /, pas « " + path + " »."));
        settings.apply("API_PARTICULIER_TIMEOUT_SECONDS").filter(s -> !s.matches("[1-9]\\d?"))
                .ifPresent(s -> problems.add("API_PARTICULIER_TIMEOUT_SECONDS est un nombre de secondes entre 1 et 99, pas « " + s + " »."));
        settings.apply("API_PARTICULIER_VALIDITY_MONTHS").filter(s -> !s.matches("[1-9]|1[0-9]|2[0-4]"))
                .ifPresent(s -> problems.add("API_PARTICULIER_VALIDITY_MONTHS est un nombre de mois entre 1 et 24, pas « " + s + " »."));
        return problems;
    }

    /** From the environment; call {@link #problems} first. */
    public static ApiParticulierSettings fromEnvironment(Function<String, Optional<String>> settings) {
        return new ApiParticulierSettings(URI.create(settings.apply("API_PARTICULIER_URL").orElse("https://particulier.api.gouv.fr").replaceAll("/$", "")),
                settings.apply("API_PARTICULIER_TOKEN").orElseThrow(),
                settings.apply("API_PARTICULIER_QUOTIENT_PATH").orElse("/api/v2/composition-familiale-v2"),
                Duration.ofSeconds(Integer.parseInt(settings.apply("API_PARTICULIER_TIMEOUT_SECONDS").orElse("10"))),
                Integer.parseInt(settings.apply("API_PARTICULIER_VALIDITY_MONTHS").orElse("12")));
    }

    @Override
    public String toString() {
        return "ApiParticulierSettings[url=" + url + ", token=***, quotientPath=" + quotientPath + "]";
    }
}
