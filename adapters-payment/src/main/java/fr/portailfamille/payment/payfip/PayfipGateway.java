package fr.portailfamille.payment.payfip;

import fr.portailfamille.application.payment.port.PaymentGateway;
import fr.portailfamille.application.payment.PaymentMode;
import fr.portailfamille.application.payment.PaymentOrder;
import fr.portailfamille.application.payment.PaymentRules;
import fr.portailfamille.application.payment.PaymentStart;
import fr.portailfamille.application.payment.PaymentStatus;
import fr.portailfamille.payment.payfip.PayfipSoap.Content;
import fr.portailfamille.payment.payfip.PayfipSoap.Field;
import jakarta.xml.soap.SOAPException;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link PaymentGateway} on PayFiP régie web-service (payfip.md): SAAJ envelopes sent with the JDK HttpClient (SAAJ's
 * own connection has no timeout). Functional faults of {@code creerPaiementSecurise} are our data's fault
 * ({@link PaymentStart.Rejected}, no retry); technical faults, HTTP and network failures are transient.
 */
public final class PayfipGateway implements PaymentGateway {

    private static final System.Logger LOG = System.getLogger(PayfipGateway.class.getName());
    /** PayFiP (DGFiP) states dattrans/heurtrans in metropolitan French time, whatever the town's own zone. */
    private static final ZoneId PAYFIP_ZONE = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter DATTRANS = DateTimeFormatter.ofPattern("ddMMuuuu");
    private static final DateTimeFormatter HEURTRANS = DateTimeFormatter.ofPattern("HHmm");
    private static final String GENERIC_REFUSAL =
            "Le service de paiement a refusé cette demande. Réessayez plus tard ou contactez la régie.";

    private final PayfipSettings settings;
    private final java.util.function.Supplier<HttpClient> http;

    public PayfipGateway(PayfipSettings settings) {
        this.settings = settings;
        // built at the first call to PayFiP, not at start-up: the JDK's HTTP client and TLS setup take a few hundred ms
        this.http = new java.util.function.Supplier<>() {
            private volatile HttpClient client;

            @Override
            public HttpClient get() {
                if (client == null) {
                    synchronized (this) {
                        if (client == null) {
                            client = HttpClient.newBuilder()
                                    .connectTimeout(settings.timeout())
                                    .version(HttpClient.Version.HTTP_1_1) // the JAX-WS RI endpoint speaks HTTP/1.1
                                    .followRedirects(HttpClient.Redirect.NEVER)
                                    .build();
                        }
                    }
                }
                return client;
            }
        };
    }

    @Override
    public PaymentMode mode() {
        return settings.mode();
    }

    @Override
    public PaymentStart start(PaymentOrder order) {
        if (order.mode() != settings.mode()) {
            return new PaymentStart.Rejected("MODE", "Le paiement en ligne n'est pas ouvert en mode " + order.mode().label() + ".");
        }
        // XSD order; the order's own checks are left to PayFiP so that its codes (R3, A2…) reach the logs
        var answer = call(PayfipSoap.CREATE, List.of(
                new Field("exer", Integer.toString(order.year())),
                new Field("mel", order.payerEmail()),
                new Field("montant", Long.toString(order.amountCents())),
                new Field("numcli", order.clientNumber()),
                new Field("objet", objet(order.label())),
                new Field("refdet", order.reference()),
                new Field("saisie", PayfipSettings.saisie(order.mode())),
                new Field("urlnotif", order.notificationUrl()),
                new Field("urlredirect", order.returnUrl())));
        return switch (answer) {
            case Answer.Returned r -> PayfipSoap.field(r.fields(), "idOp")
                    .<PaymentStart>map(id -> new PaymentStart.Started(id, pageUrl(id)))
                    .orElseGet(() -> unavailable("réponse de creerPaiementSecurise sans idOp"));
            case Answer.Fault f when f.functional() -> {
                LOG.log(System.Logger.Level.WARNING, "PayFiP refuse le paiement {0} : {1} {2}", order.reference(), f.code(), f.libelle());
                yield new PaymentStart.Rejected(f.code(), refusalMessage(f.code()));
            }
            case Answer.Fault f -> unavailable(f.describe());
            case Answer.Failed failed -> unavailable(failed.reason());
        };
    }

    @Override
    public PaymentStatus status(String providerPaymentId, PaymentOrder original, Instant now) {
        var answer = call(PayfipSoap.DETAIL, List.of(new Field("idOp", providerPaymentId)));
        return switch (answer) {
            case Answer.Returned r -> detail(providerPaymentId, original, now, r.fields());
            // P5: no result yet; P1: unknown id (page maybe not opened yet, or purged) — over only after 20 minutes
            case Answer.Fault f when f.functional() && (f.code().equals("P5") || f.code().equals("P1")) ->
                    PaymentRules.pendingWhileAlive(original, now, new PaymentStatus.Expired());
            case Answer.Fault f -> unknown(providerPaymentId, f.describe());
            case Answer.Failed failed -> unknown(providerPaymentId, failed.reason());
        };
    }

    /**
     * {@code recupererDetailClient}: the configuration check of a cash office's client number, for the back-office
     * and the start-up of the portal.
     */
    public ClientCheck checkConfiguration(String clientNumber) {
        var answer = call(PayfipSoap.CLIENT, List.of(new Field("numCli", clientNumber)));
        return switch (answer) {
            case Answer.Returned r -> {
                var labels = new ArrayList<String>();
                for (String name : List.of("libelleN1", "libelleN2", "libelleN3")) PayfipSoap.field(r.fields(), name).ifPresent(labels::add);
                yield new ClientCheck.Known(r.fields().getOrDefault("numcli", clientNumber), labels);
            }
            case Answer.Fault f when f.functional() -> new ClientCheck.Refused(f.code(),
                    "PayFiP ne reconnaît pas le numéro de client " + clientNumber + " (code " + f.code() + ").");
            case Answer.Fault f -> new ClientCheck.Unavailable(f.describe());
            case Answer.Failed failed -> new ClientCheck.Unavailable(failed.reason());
        };
    }

    private PaymentStatus detail(String id, PaymentOrder original, Instant now, Map<String, String> fields) {
        if (!id.equals(fields.get("idOp"))) {
            return mismatch(id, "Réponse du service de paiement pour une autre opération (" + fields.get("idOp") + ").");
        }
        Optional<String> mismatch = PaymentRules.mismatch(original, fields.get("numcli"), fields.get("refdet"),
                fields.get("montant"), PayfipSettings.modeOrNull(fields.get("saisie")));
        if (mismatch.isPresent()) return mismatch(id, mismatch.get());
        String result = fields.getOrDefault("resultrans", "");
        return switch (result) {
            case "P", "V" -> new PaymentStatus.Paid(fields.getOrDefault("numauto", ""), paidAt(fields, now));
            case "R", "Z" -> new PaymentStatus.Refused();
            // the reference client keeps an abandon open while the idOp lives: the payer may come back and pay
            case "A" -> PaymentRules.pendingWhileAlive(original, now, new PaymentStatus.Cancelled());
            default -> unknown(id, "resultrans inattendu « " + result + " »");
        };
    }

    private static Instant paidAt(Map<String, String> fields, Instant fallback) {
        try {
            var date = LocalDate.parse(fields.getOrDefault("dattrans", ""), DATTRANS);
            var time = LocalTime.parse(fields.getOrDefault("heurtrans", ""), HEURTRANS);
            return date.atTime(time).atZone(PAYFIP_ZONE).toInstant();
        } catch (DateTimeParseException e) {
            return fallback;
        }
    }

    private PaymentStatus mismatch(String id, String reason) {
        LOG.log(System.Logger.Level.ERROR, "PayFiP {0} : {1}", id, reason);
        return new PaymentStatus.Mismatch(reason);
    }

    private static PaymentStatus unknown(String id, String reason) {
        LOG.log(System.Logger.Level.WARNING, "PayFiP {0} : état inconnu ({1})", id, reason);
        return new PaymentStatus.Unknown(reason);
    }

    private static PaymentStart unavailable(String reason) {
        LOG.log(System.Logger.Level.WARNING, "PayFiP indisponible : {0}", reason);
        return new PaymentStart.Unavailable(reason);
    }

    private String pageUrl(String idOp) {
        String page = settings.paymentPage().toString();
        return page + (page.contains("?") ? "&" : "?") + "idop=" + URLEncoder.encode(idOp, StandardCharsets.UTF_8);
    }

    /** Clients strip the label to ASCII letters, digits and spaces, at most 100 characters (payfip.md §3). */
    static String objet(String label) {
        String ascii = Normalizer.normalize(label, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String cleaned = ascii.replaceAll("[^A-Za-z0-9 ]", " ").replaceAll(" +", " ").strip();
        if (cleaned.length() > 100) cleaned = cleaned.substring(0, 100).strip();
        return cleaned.isEmpty() ? null : cleaned;
    }

    private static String refusalMessage(String code) {
        return switch (code) {
            case "R3" -> "La référence du paiement n'est pas acceptée par le service de paiement. Contactez la régie.";
            case "A1", "A2" -> "Le service de paiement n'accepte pas votre adresse e-mail. Vérifiez-la dans « Mon compte ».";
            case "M1", "M3", "M5" -> "Le montant n'est pas accepté par le service de paiement (minimum 1,00 €). Contactez la régie.";
            default -> GENERIC_REFUSAL;
        };
    }

    /** One exchange with PayFiP, before any business meaning is given to it. */
    private sealed interface Answer {
        record Returned(Map<String, String> fields) implements Answer {
        }

        record Fault(String kind, String code, String libelle) implements Answer {
            boolean functional() {
                return PayfipSoap.FUNCTIONAL_FAULT.equals(kind);
            }

            String describe() {
                return "faute " + kind + " " + code + " : " + libelle;
            }
        }

        record Failed(String reason) implements Answer {
        }
    }

    private Answer call(String operation, List<Field> fields) {
        var request = HttpRequest.newBuilder(settings.endpoint())
                .timeout(settings.timeout())
                .header("Content-Type", PayfipSoap.CONTENT_TYPE)
                .header("SOAPAction", PayfipSoap.SOAP_ACTION)
                .POST(HttpRequest.BodyPublishers.ofByteArray(PayfipSoap.request(operation, fields)))
                .build();
        HttpResponse<byte[]> response;
        try {
            response = http.get().send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            return new Answer.Failed(operation + " : " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer.Failed(operation + " interrompu");
        }
        // faults come with 500 by SOAP 1.1 convention: read the body whatever the status
        try {
            var content = PayfipSoap.read(response.body(), response.headers().firstValue("Content-Type").orElse(null));
            return switch (content) {
                case Content.Fault f -> new Answer.Fault(f.kind(), f.code(), f.libelle());
                case Content.Operation op when op.name().equals(operation + "Response") -> new Answer.Returned(op.fields());
                case Content.Operation op -> new Answer.Failed(operation + " : réponse inattendue " + op.name());
            };
        } catch (SOAPException | RuntimeException e) {
            return new Answer.Failed(operation + " : HTTP " + response.statusCode() + ", réponse illisible (" + e.getMessage() + ")");
        }
    }
}
