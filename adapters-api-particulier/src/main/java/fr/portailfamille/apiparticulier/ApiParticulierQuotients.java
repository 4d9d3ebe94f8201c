package fr.portailfamille.apiparticulier;

import com.nimbusds.jose.util.JSONObjectUtils;
import fr.portailfamille.application.billing.port.QuotientLookup;
import fr.portailfamille.domain.billing.QuotientSource;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * {@link QuotientLookup} on API Particulier (see {@link ApiParticulierSettings} for the sources). 404 is «not found»;
 * anything else that is not a readable 200 — an error, a refused token, a timeout — is a failure. Neither the
 * allocataire's identity nor the answer is logged (only the status).
 */
public final class ApiParticulierQuotients implements QuotientLookup {

    private static final Logger LOG = Logger.getLogger(ApiParticulierQuotients.class.getName());
    /** France's INSEE country code: a person born in France is named by the birth town's code, and this country. */
    private static final String FRANCE = "99100";

    private final ApiParticulierSettings settings;
    private final HttpClient http;

    public ApiParticulierQuotients(ApiParticulierSettings settings) {
        this.settings = settings;
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
    }

    @Override
    public Answer lookup(Allocataire allocataire) {
        HttpResponse<String> response;
        try {
            response = http.send(HttpRequest.newBuilder(uri(allocataire)).timeout(settings.timeout())
                    .header("X-Api-Key", settings.token()).header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            LOG.warning(() -> "API Particulier unreachable: " + e.getClass().getSimpleName());
            return new Answer.Failed(e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer.Failed("interrupted");
        }
        if (response.statusCode() == 404) return new Answer.NotFound();
        if (response.statusCode() != 200) {
            LOG.warning(() -> "API Particulier answered " + response.statusCode());
            return new Answer.Failed("HTTP " + response.statusCode());
        }
        try {
            Map<String, Object> body = JSONObjectUtils.parse(response.body());
            int euros = JSONObjectUtils.getInt(body, "quotientFamilial");
            var month = YearMonth.of(JSONObjectUtils.getInt(body, "annee"), JSONObjectUtils.getInt(body, "mois"));
            return switch (String.valueOf(JSONObjectUtils.getString(body, "regime"))) {
                case "CNAF", "CAF" -> new Answer.Found(euros, QuotientSource.CAF, month);
                case "MSA" -> new Answer.Found(euros, QuotientSource.MSA, month);
                default -> new Answer.Failed("unknown regime");
            };
        } catch (ParseException | RuntimeException e) {
            return new Answer.Failed("unreadable answer");
        }
    }

    private URI uri(Allocataire a) {
        List<String[]> query = new ArrayList<>();
        query.add(new String[]{"nomNaissance", a.birthName()});
        a.firstNames().forEach(name -> query.add(new String[]{"prenoms[]", name}));
        query.add(new String[]{"sexe", a.sex()});
        query.add(new String[]{"anneeDateDeNaissance", Integer.toString(a.birthDate().getYear())});
        query.add(new String[]{"moisDateDeNaissance", Integer.toString(a.birthDate().getMonthValue())});
        query.add(new String[]{"jourDateDeNaissance", Integer.toString(a.birthDate().getDayOfMonth())});
        if (a.birthTownInsee() != null) query.add(new String[]{"codeInseeLieuDeNaissance", a.birthTownInsee()});
        query.add(new String[]{"codePaysLieuDeNaissance", a.birthCountryInsee() != null ? a.birthCountryInsee() : FRANCE});
        return URI.create(settings.url() + settings.quotientPath() + "?" + query.stream()
                .map(p -> URLEncoder.encode(p[0], StandardCharsets.UTF_8) + "=" + URLEncoder.encode(p[1], StandardCharsets.UTF_8))
                .collect(Collectors.joining("&")));
    }
}
