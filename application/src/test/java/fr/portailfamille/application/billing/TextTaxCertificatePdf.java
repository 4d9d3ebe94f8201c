package fr.portailfamille.application.billing;

import fr.portailfamille.application.billing.port.*;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;

/** In memory: the «PDF» is the text the certificate prints, one line each (the PDF adapter is tested on its own). */
public final class TextTaxCertificatePdf implements TaxCertificatePdf {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Override
    public byte[] render(TaxCertificateDocument document) {
        var certificate = document.certificate();
        String children = certificate.children().stream()
                .map(c -> c.childName() + " né(e) le " + c.birthDate().format(DAY) + " : " + c.paid().format())
                .collect(Collectors.joining("\n"));
        return String.join("\n", "Attestation fiscale pour frais de garde – année " + certificate.year(), "Mairie de " + document.town().name(),
                document.addressee(), document.postalAddress(), children, "Total : " + certificate.total().format(),
                "Fait à " + document.town().name() + ", le " + document.issuedOn().format(DAY)).getBytes(StandardCharsets.UTF_8);
    }
}
