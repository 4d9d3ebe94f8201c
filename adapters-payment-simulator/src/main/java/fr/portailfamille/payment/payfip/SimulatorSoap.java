package fr.portailfamille.payment.payfip;

import com.sun.net.httpserver.HttpExchange;
import fr.portailfamille.payment.payfip.PayfipSimulator.ReceivedRequest;
import fr.portailfamille.payment.payfip.PayfipSoap.Content;
import fr.portailfamille.payment.payfip.PayfipSoap.Field;
import fr.portailfamille.payment.payfip.SimulatedPayments.Client;
import fr.portailfamille.payment.payfip.SimulatedPayments.Payment;
import jakarta.xml.soap.SOAPException;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

/**
 * The simulated PayFiP SOAP endpoint ({@code /tpa/services/securite}): the three operations in the §7 shapes, and
 * the faults R3, A1, A2, M1, M3, M5, N1, D1, S1, T1, T2, P1, P5 (codes marked «?» in payfip.md are the simulator's
 * guess), or a TechIndisponibiliteErreur for every call while {@link #technicalFailure} is set.
 */
final class SimulatorSoap {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Pattern REFDET = Pattern.compile("[A-Za-z0-9]{6,30}");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");

    private final SimulatedPayments payments;
    private final List<ReceivedRequest> received = new CopyOnWriteArrayList<>();
    private volatile boolean technicalFailure;

    SimulatorSoap(SimulatedPayments payments) {
        this.payments = payments;
    }

    void technicalFailure(boolean value) {
        technicalFailure = value;
    }

    List<ReceivedRequest> received() {
        return List.copyOf(received);
    }

    void handle(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
        received.add(new ReceivedRequest(exchange.getRequestHeaders().getFirst("SOAPAction"), contentType,
                new String(body, StandardCharsets.UTF_8)));
        if (technicalFailure) {
            fault(exchange, "TechIndisponibiliteErreur", "I1", "Service momentanement indisponible");
            return;
        }
        Content content;
        try {
            content = PayfipSoap.read(body, contentType);
        } catch (SOAPException | RuntimeException e) {
            fault(exchange, "TechProtocolaireErreur", "X1", "Requete SOAP illisible");
            return;
        }
        if (!(content instanceof Content.Operation op)) {
            fault(exchange, "TechProtocolaireErreur", "X1", "Requete SOAP inattendue");
            return;
        }
        switch (op.name()) {
            case PayfipSoap.CREATE -> create(exchange, op.fields());
            case PayfipSoap.DETAIL -> detail(exchange, op.fields());
            case PayfipSoap.CLIENT -> client(exchange, op.fields());
            default -> fault(exchange, "TechProtocolaireErreur", "X2", "Operation inconnue " + op.name());
        }
    }

    private void create(HttpExchange exchange, Map<String, String> f) throws IOException {
        String error = createError(f);
        if (error != null) {
            fault(exchange, PayfipSoap.FUNCTIONAL_FAULT, error.substring(0, 2), error.substring(3));
            return;
        }
        String idOp = payments.create(f);
        answer(exchange, PayfipSoap.CREATE, List.of(new Field("idOp", idOp)));
    }

    /** «code libelle» of the first rule broken, or null; codes marked «?» in payfip.md are the simulator's guess. */
    private String createError(Map<String, String> f) {
        String numcli = f.getOrDefault("numcli", "");
        String mel = f.getOrDefault("mel", "");
        String montant = f.getOrDefault("montant", "");
        if (!numcli.matches("[0-9]{6}")) return "T1 Numero de client invalide";
        if (payments.client(numcli) == null) return "T2 Numero de client inconnu";
        if (!REFDET.matcher(f.getOrDefault("refdet", "")).matches()) return "R3 Format de REFDET invalide";
        if (mel.isBlank()) return "A1 Adresse mel absente";
        if (mel.length() < 6 || mel.length() > 80 || mel.indexOf('@') <= 0) return "A2 Adresse mel invalide";
        if (!DIGITS.matcher(montant).matches() || montant.length() > 12) return "M1 Format du montant invalide";
        if (Long.parseLong(montant) < 100) return "M3 Montant inferieur au minimum de 1 euro";
        if (Long.parseLong(montant) > 10_000_000) return "M5 Montant superieur au maximum autorise";
        if (!isWebAddress(f.get("urlnotif"))) return "N1 URL de notification invalide";
        if (!isWebAddress(f.get("urlredirect"))) return "D1 URL de redirection invalide";
        if (PayfipSettings.modeOrNull(f.get("saisie")) == null || f.get("saisie").length() != 1) return "S1 Mode de saisie invalide";
        return null;
    }

    private void detail(HttpExchange exchange, Map<String, String> f) throws IOException {
        // the lowercase <idop> reportedly answers P1 as well: only idOp is read
        Payment p = payments.alive(f.get("idOp"));
        if (p == null) {
            fault(exchange, PayfipSoap.FUNCTIONAL_FAULT, "P1", "IdOp inconnu");
            return;
        }
        if (p.result() == null) {
            fault(exchange, PayfipSoap.FUNCTIONAL_FAULT, "P5", "Resultat de la transaction pas encore connu");
            return;
        }
        var at = p.resultAt().atZone(PARIS);
        var r = p.request();
        answer(exchange, PayfipSoap.DETAIL, List.of(
                new Field("dattrans", at.format(DateTimeFormatter.ofPattern("ddMMuuuu"))),
                new Field("exer", r.get("exer")),
                new Field("heurtrans", at.format(DateTimeFormatter.ofPattern("HHmm"))),
                new Field("idOp", p.idOp()),
                new Field("mel", r.get("mel")),
                new Field("montant", r.get("montant")),
                new Field("numauto", p.numauto()),
                new Field("numcli", r.get("numcli")),
                new Field("objet", r.get("objet")),
                new Field("refdet", r.get("refdet")),
                new Field("resultrans", p.result()),
                new Field("saisie", r.get("saisie"))));
    }

    private void client(HttpExchange exchange, Map<String, String> f) throws IOException {
        Client c = payments.client(f.getOrDefault("numCli", ""));
        if (c == null) {
            fault(exchange, PayfipSoap.FUNCTIONAL_FAULT, "T2", "Numero de client inconnu");
            return;
        }
        answer(exchange, PayfipSoap.CLIENT, List.of(new Field("libelleN1", c.libelleN1()), new Field("libelleN2", c.libelleN2()),
                new Field("libelleN3", c.libelleN3()), new Field("numcli", c.numcli())));
    }

    private void answer(HttpExchange exchange, String operation, List<Field> fields) throws IOException {
        PayfipSimulator.send(exchange, 200, PayfipSoap.CONTENT_TYPE, PayfipSoap.response(operation, fields));
    }

    private void fault(HttpExchange exchange, String kind, String code, String libelle) throws IOException {
        PayfipSimulator.send(exchange, 500, PayfipSoap.CONTENT_TYPE, PayfipSoap.fault(kind, code, libelle));
    }

    private static boolean isWebAddress(String url) {
        try {
            var uri = new URI(url);
            return uri.getHost() != null && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()));
        } catch (Exception e) {
            return false;
        }
    }
}
