package fr.portailfamille.application.billing.port;

import fr.portailfamille.domain.billing.ChildcareTaxCertificate;
import fr.portailfamille.domain.town.Town;

import java.time.LocalDate;
import java.util.Objects;

/** Out-port: prints a childcare tax certificate as a PDF, in French, with the town's details and a signature line. */
public interface TaxCertificatePdf {

    byte[] render(TaxCertificateDocument document);

    /** Everything the certificate prints: who issues it, to whom, for which children, on which day. */
    record TaxCertificateDocument(Town town, String addressee, String postalAddress, ChildcareTaxCertificate certificate, LocalDate issuedOn) {
        public TaxCertificateDocument {
            Objects.requireNonNull(town, "town");
            Objects.requireNonNull(addressee, "addressee");
            postalAddress = postalAddress == null ? "" : postalAddress;
            Objects.requireNonNull(certificate, "certificate");
            Objects.requireNonNull(issuedOn, "issuedOn");
        }
    }
}
