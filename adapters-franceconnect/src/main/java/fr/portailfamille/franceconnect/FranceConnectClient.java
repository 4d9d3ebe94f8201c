package fr.portailfamille.franceconnect;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.BadJWSException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import fr.portailfamille.application.accounts.port.IdentityProvider;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * {@link IdentityProvider} on FranceConnect v2 (OpenID Connect, authorization code flow). The provider's configuration
 * and keys are read from its discovery document when first needed, and again when a token names a key not seen yet
 * (FranceConnect rotates its keys: its documentation asks clients to fetch them again rather than fail). All JOSE work
 * — signature, algorithm, key selection — is Nimbus JOSE+JWT's; the claims are checked by its
 * {@link DefaultJWTClaimsVerifier} on the portal's clock, the eIDAS level here.
 */
public final class FranceConnectClient implements IdentityProvider {

    private static final Logger LOG = Logger.getLogger(FranceConnectClient.class.getName());
    /** Clocks drift: a token issued a few seconds «in the future» by the provider's clock is still fine. */
    private static final int CLOCK_SKEW_SECONDS = 60;

    /** What the discovery document says, with the keys published at its jwks_uri. */
    private record Provider(String issuer, URI authorization, URI token, URI endSession, JWKSet keys) {
    }

    private final FranceConnectSettings settings;
    private final Supplier<String> publicBaseUrl;
    private final Clock clock;
    private final HttpClient http;
    private volatile Provider provider;

    /** @param publicBaseUrl the portal's public address (known once its server listens, in tests) */
    public FranceConnectClient(FranceConnectSettings settings, Supplier<String> publicBaseUrl, Clock clock) {
        this.settings = settings;
        this.publicBaseUrl = publicBaseUrl;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public Optional<URI> authorizationPage(String state, String nonce) {
        return provider(false).map(p -> {
            var query = new LinkedHashMap<String, String>();
            query.put("response_type", "code");
            query.put("client_id", settings.clientId());
            query.put("redirect_uri", callback(FranceConnectSettings.CALLBACK_PATH));
            query.put("scope", settings.scopes());
            query.put("state", state);
            query.put("nonce", nonce);
            query.put("acr_values", settings.acr());
            if (!settings.prompt().isBlank()) query.put("prompt", settings.prompt());
            return withQuery(p.authorization(), query);
        });
    }

    @Override
    public Optional<URI> endSessionPage(String idToken, String state) {
        return provider(false).map(p -> withQuery(p.endSession(), Map.of("id_token_hint", idToken, "state", state,
                "post_logout_redirect_uri", callback(FranceConnectSettings.POST_LOGOUT_PATH))));
    }

    @Override
    public Answer identify(String code, String nonce) {
        var p = provider(false);
        if (p.isEmpty()) return new Answer.Unavailable("discovery");
        HttpResponse<String> response;
        try {
            response = http.send(HttpRequest.newBuilder(p.get().token()).timeout(settings.timeout())
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("grant_type", "authorization_code", "code", code,
                            "redirect_uri", callback(FranceConnectSettings.CALLBACK_PATH), "client_id", settings.clientId(),
                            "client_secret", settings.clientSecret())))).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            provider = null; // read the configuration again next time: the next parent gets the French page at once if it is still down
            return unavailable("token", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer.Unavailable("interrupted");
        }
        if (response.statusCode() >= 500) {
            provider = null;
            return new Answer.Unavailable("token " + response.statusCode());
        }
        if (response.statusCode() != 200) return new Answer.Rejected(Reason.CODE_REFUSED);
        String idToken;
        try {
            idToken = JSONObjectUtils.getString(JSONObjectUtils.parse(response.body()), "id_token");
        } catch (ParseException e) {
            return new Answer.Rejected(Reason.CODE_REFUSED);
        }
        if (idToken == null) return new Answer.Rejected(Reason.CODE_REFUSED);
        return check(idToken, nonce);
    }

    /** The ID token's checks, in the order of OpenID Connect Core §3.1.3.7. */
    Answer check(String idToken, String nonce) {
        SignedJWT jwt;
        try {
            jwt = SignedJWT.parse(idToken);
        } catch (ParseException e) {
            return new Answer.Rejected(Reason.FORGED); // unsigned («alg: none») or not a JWS at all
        }
        var p = provider(false).orElse(null);
        if (p == null) return new Answer.Unavailable("discovery");
        String kid = jwt.getHeader().getKeyID();
        if (kid != null && p.keys().getKeyByKeyId(kid) == null) {
            p = provider(true).orElse(p); // a key not seen yet: FranceConnect may have rotated its keys
        }
        try {
            JWTClaimsSet claims = processor(p, nonce).process(jwt, null);
            String acr = claims.getStringClaim("acr");
            if (acr == null || FranceConnectSettings.LEVELS.indexOf(acr) < FranceConnectSettings.LEVELS.indexOf(settings.acr())) {
                return new Answer.Rejected(Reason.INSUFFICIENT_LEVEL);
            }
            return new Answer.Identified(claims.getSubject(), idToken);
        } catch (BadJWTException e) {
            return new Answer.Rejected(whyClaimsFailed(jwt, nonce));
        } catch (BadJWSException e) {
            return new Answer.Rejected(Reason.FORGED);
        } catch (BadJOSEException e) {
            return new Answer.Rejected(Reason.FORGED); // another algorithm than the registered one, or no key for it
        } catch (JOSEException | ParseException e) {
            return new Answer.Rejected(Reason.FORGED);
        }
    }

    private DefaultJWTProcessor<SecurityContext> processor(Provider p, String nonce) {
        var processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(settings.algorithm(), new ImmutableJWKSet<>(p.keys())));
        var verifier = new DefaultJWTClaimsVerifier<>(settings.clientId(),
                new JWTClaimsSet.Builder().issuer(p.issuer()).claim("nonce", nonce).build(), Set.of("sub", "iat", "exp", "nonce", "acr")) {
            @Override
            protected Date currentTime() {
                return Date.from(clock.instant()); // the portal's one clock, not the machine's
            }
        };
        verifier.setMaxClockSkew(CLOCK_SKEW_SECONDS);
        processor.setJWTClaimsSetVerifier(verifier);
        return processor;
    }

    /** The signature held but a claim did not: which one, for the parent's message (the claims are trustworthy now). */
    private Reason whyClaimsFailed(SignedJWT jwt, String nonce) {
        try {
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            if (claims.getExpirationTime() == null || claims.getExpirationTime().toInstant().plusSeconds(CLOCK_SKEW_SECONDS).isBefore(clock.instant())) {
                return Reason.EXPIRED;
            }
            if (!nonce.equals(claims.getStringClaim("nonce"))) return Reason.WRONG_NONCE;
            return Reason.WRONG_ISSUER_OR_AUDIENCE;
        } catch (ParseException e) {
            return Reason.FORGED;
        }
    }

    private Optional<Provider> provider(boolean refresh) {
        Provider known = provider;
        if (known != null && !refresh) return Optional.of(known);
        try {
            Map<String, Object> config = JSONObjectUtils.parse(get(settings.discovery()));
            var fresh = new Provider(JSONObjectUtils.getString(config, "issuer"),
                    JSONObjectUtils.getURI(config, "authorization_endpoint"), JSONObjectUtils.getURI(config, "token_endpoint"),
                    JSONObjectUtils.getURI(config, "end_session_endpoint"), JWKSet.parse(get(JSONObjectUtils.getURI(config, "jwks_uri"))));
            if (fresh.issuer() == null || fresh.authorization() == null || fresh.token() == null || fresh.endSession() == null) {
                throw new ParseException("discovery document without issuer or endpoints", 0);
            }
            provider = fresh;
            return Optional.of(fresh);
        } catch (IOException | ParseException e) {
            unavailable("discovery", e);
            return Optional.ofNullable(refresh ? known : null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.ofNullable(known);
        }
    }

    private String get(URI uri) throws IOException, InterruptedException {
        var response = http.send(HttpRequest.newBuilder(uri).timeout(settings.timeout()).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) throw new IOException(uri.getPath() + " answered " + response.statusCode());
        return response.body();
    }

    private static Answer unavailable(String step, Exception e) {
        LOG.log(Level.WARNING, "FranceConnect unreachable (" + step + "): " + e);
        return new Answer.Unavailable(step);
    }

    private String callback(String path) {
        return publicBaseUrl.get().replaceAll("/+$", "") + path;
    }

    private static URI withQuery(URI endpoint, Map<String, String> query) {
        return URI.create(endpoint + (endpoint.getRawQuery() == null ? "?" : "&") + form(query));
    }

    private static String form(Map<String, String> values) {
        return values.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
