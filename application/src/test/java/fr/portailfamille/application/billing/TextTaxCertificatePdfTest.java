package fr.portailfamille.application.billing;

import fr.portailfamille.application.billing.port.*;
import java.nio.charset.StandardCharsets;

class TextTaxCertificatePdfTest extends TaxCertificatePdfContract {

    @Override
    protected TaxCertificatePdf pdf() {
        return new TextTaxCertificatePdf();
    }

    @Override
    protected String text(byte[] rendered) {
        return new String(rendered, StandardCharsets.UTF_8);
    }
}
