package fr.portailfamille.application.billing;

import fr.portailfamille.application.billing.port.*;
import java.nio.charset.StandardCharsets;
import java.util.List;

class TextInvoicePdfTest extends InvoicePdfContract {

    @Override
    protected InvoicePdf pdf() {
        return new TextInvoicePdf();
    }

    @Override
    protected List<String> pages(byte[] rendered) {
        return List.of(new String(rendered, StandardCharsets.UTF_8).split("\f"));
    }
}
