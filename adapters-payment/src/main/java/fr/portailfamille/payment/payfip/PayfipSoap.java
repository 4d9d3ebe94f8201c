package fr.portailfamille.payment.payfip;

import jakarta.xml.soap.MessageFactory;
import jakarta.xml.soap.MimeHeaders;
import jakarta.xml.soap.SOAPBody;
import jakarta.xml.soap.SOAPConstants;
import jakarta.xml.soap.SOAPElement;
import jakarta.xml.soap.SOAPEnvelope;
import jakarta.xml.soap.SOAPException;
import jakarta.xml.soap.SOAPMessage;

import javax.xml.namespace.QName;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The SOAP 1.1 shapes of payfip.md §2/§4/§7, shared by the gateway and the simulator: only the operation element (and
 * a fault's detail entry) is qualified; {@code arg0}, {@code return} and every field are unqualified. Reading is
 * namespace-aware: elements are matched on namespace URI + local name, never on a prefix.
 */
final class PayfipSoap {

    static final String SERVICE_NS = "http://securite.service.tpa.cp.finances.gouv.fr/services/mas_securite/"
            + "contrat_paiement_securise/PaiementSecuriseService";
    static final String ENVELOPE_NS = SOAPConstants.URI_NS_SOAP_1_1_ENVELOPE;
    static final String CONTENT_TYPE = "text/xml; charset=utf-8";
    /** JAX-WS RI expects the action quoted, and it is empty for every operation of this service. */
    static final String SOAP_ACTION = "\"\"";
    static final String FUNCTIONAL_FAULT = "FonctionnelleErreur";

    static final String CREATE = "creerPaiementSecurise";
    static final String DETAIL = "recupererDetailPaiementSecurise";
    static final String CLIENT = "recupererDetailClient";

    private static final MessageFactory FACTORY;

    static {
        try {
            FACTORY = MessageFactory.newInstance(SOAPConstants.SOAP_1_1_PROTOCOL);
        } catch (SOAPException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private PayfipSoap() {
    }

    /** A field of {@code arg0} or {@code return}; null values are left out (every field is minOccurs=0). */
    record Field(String name, String value) {
    }

    /** What a caller reads from an envelope. */
    sealed interface Content {
        /** The operation element (e.g. {@code creerPaiementSecurise} or {@code …Response}) with its wrapper's fields. */
        record Operation(String name, Map<String, String> fields) implements Content {
        }

        /** A fault: {@code kind} is the detail entry's local name (FonctionnelleErreur, Tech…), {@code code} its code. */
        record Fault(String kind, String code, String libelle) implements Content {
        }
    }

    /** {@code <soapenv:Envelope xmlns:soapenv xmlns:pai><soapenv:Header/><soapenv:Body><pai:op><arg0>…} */
    static byte[] request(String operation, List<Field> fields) {
        try {
            SOAPMessage message = FACTORY.createMessage();
            SOAPEnvelope envelope = envelope(message, "soapenv", true);
            envelope.addNamespaceDeclaration("pai", SERVICE_NS);
            var op = envelope.getBody().addBodyElement(new QName(SERVICE_NS, operation, "pai"));
            addFields(op.addChildElement(new QName("arg0")), fields);
            return bytes(message);
        } catch (SOAPException e) {
            throw new IllegalStateException("cannot build the " + operation + " envelope", e);
        }
    }

    /** {@code <S:Envelope xmlns:S><S:Body><ns2:opResponse xmlns:ns2><return>…} */
    static byte[] response(String operation, List<Field> fields) {
        try {
            SOAPMessage message = FACTORY.createMessage();
            SOAPEnvelope envelope = envelope(message, "S", false);
            var op = envelope.getBody().addBodyElement(new QName(SERVICE_NS, operation + "Response", "ns2"));
            addFields(op.addChildElement(new QName("return")), fields);
            return bytes(message);
        } catch (SOAPException e) {
            throw new IllegalStateException("cannot build the " + operation + " response", e);
        }
    }

    /** A fault as JAX-WS RI writes it: faultcode S:Server, the exception class as faultstring, a typed detail entry. */
    static byte[] fault(String kind, String code, String libelle) {
        try {
            SOAPMessage message = FACTORY.createMessage();
            SOAPEnvelope envelope = envelope(message, "S", false);
            var fault = envelope.getBody().addFault(new QName(ENVELOPE_NS, "Server", "S"),
                    "fr.gouv.finances.cp.tpa.webservice.exceptions." + kind);
            var entry = fault.addDetail().addDetailEntry(new QName(SERVICE_NS, kind, "ns2"));
            addFields(entry, List.of(new Field("code", code), new Field("descriptif", libelle),
                    new Field("libelle", libelle), new Field("severite", "2")));
            return bytes(message);
        } catch (SOAPException e) {
            throw new IllegalStateException("cannot build a fault", e);
        }
    }

    /**
     * Reads an envelope of either direction.
     *
     * @throws SOAPException when the bytes are no SOAP 1.1 envelope or hold no operation nor fault
     */
    static Content read(byte[] body, String contentType) throws SOAPException {
        var headers = new MimeHeaders();
        headers.addHeader("Content-Type", contentType == null || !contentType.contains("xml") ? CONTENT_TYPE : contentType);
        SOAPMessage message;
        try {
            message = FACTORY.createMessage(headers, new ByteArrayInputStream(body));
        } catch (IOException e) {
            throw new SOAPException(e);
        }
        SOAPBody soapBody = message.getSOAPBody();
        if (soapBody.hasFault()) return readFault(soapBody);
        for (SOAPElement op : elements(soapBody.getChildElements())) {
            if (!SERVICE_NS.equals(op.getNamespaceURI())) continue;
            for (SOAPElement wrapper : elements(op.getChildElements())) {
                if (isUnqualified(wrapper) && ("arg0".equals(wrapper.getLocalName()) || "return".equals(wrapper.getLocalName()))) {
                    return new Content.Operation(op.getLocalName(), fields(wrapper));
                }
            }
            return new Content.Operation(op.getLocalName(), Map.of());
        }
        throw new SOAPException("no PayFiP operation in the body");
    }

    private static Content readFault(SOAPBody body) throws SOAPException {
        var fault = body.getFault();
        var detail = fault.getDetail();
        if (detail != null) {
            for (SOAPElement entry : elements(detail.getDetailEntries())) {
                if (SERVICE_NS.equals(entry.getNamespaceURI())) {
                    var fields = fields(entry);
                    return new Content.Fault(entry.getLocalName(), fields.getOrDefault("code", ""), fields.getOrDefault("libelle", ""));
                }
            }
        }
        // a fault without PayFiP detail comes from the stack itself (bad envelope, server error): technical
        return new Content.Fault("TechProtocolaireErreur", "", String.valueOf(fault.getFaultString()));
    }

    /** The unqualified children of an element, by local name, in document order. */
    private static Map<String, String> fields(SOAPElement parent) {
        var fields = new LinkedHashMap<String, String>();
        for (SOAPElement child : elements(parent.getChildElements())) {
            if (isUnqualified(child)) fields.putIfAbsent(child.getLocalName(), child.getTextContent().strip());
        }
        return fields;
    }

    private static boolean isUnqualified(SOAPElement element) {
        return element.getNamespaceURI() == null || element.getNamespaceURI().isEmpty();
    }

    private static List<SOAPElement> elements(Iterator<?> nodes) {
        var list = new ArrayList<SOAPElement>();
        nodes.forEachRemaining(n -> {
            if (n instanceof SOAPElement e) list.add(e);
        });
        return list;
    }

    static Optional<String> field(Map<String, String> fields, String name) {
        return Optional.ofNullable(fields.get(name)).filter(v -> !v.isEmpty());
    }

    private static SOAPEnvelope envelope(SOAPMessage message, String prefix, boolean withHeader) throws SOAPException {
        SOAPEnvelope envelope = message.getSOAPPart().getEnvelope();
        String defaultPrefix = envelope.getPrefix();
        envelope.addNamespaceDeclaration(prefix, ENVELOPE_NS);
        envelope.setPrefix(prefix);
        envelope.getBody().setPrefix(prefix);
        if (withHeader) envelope.getHeader().setPrefix(prefix);
        else envelope.getHeader().detachNode();
        envelope.removeNamespaceDeclaration(defaultPrefix);
        return envelope;
    }

    private static void addFields(SOAPElement parent, List<Field> fields) throws SOAPException {
        for (Field field : fields) {
            if (field.value() != null) parent.addChildElement(new QName(field.name())).addTextNode(field.value());
        }
    }

    private static byte[] bytes(SOAPMessage message) throws SOAPException {
        message.saveChanges();
        var out = new ByteArrayOutputStream();
        try {
            message.writeTo(out);
        } catch (IOException e) {
            throw new SOAPException(e);
        }
        return out.toByteArray();
    }
}
