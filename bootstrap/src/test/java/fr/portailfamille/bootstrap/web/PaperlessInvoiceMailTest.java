package fr.portailfamille.bootstrap.web;

import fr.portailfamille.bootstrap.browser.MailWait;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import fr.portailfamille.bootstrap.DemoData;
import fr.portailfamille.bootstrap.Portal;
import fr.portailfamille.bootstrap.PortalConfig;
import fr.portailfamille.mail.SmtpMailTransport;
import fr.portailfamille.mail.SmtpSettings;
import fr.portailfamille.persistence.TestDatabase;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

import static fr.portailfamille.persistence.schema.Tables.ACCOUNT;
import static fr.portailfamille.persistence.schema.Tables.HOUSEHOLD_ACCOUNT;
import static fr.portailfamille.persistence.schema.Tables.INVOICE;
import static fr.portailfamille.persistence.schema.Tables.INVOICING_RUN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demo's October run, over real SMTP (GreenMail): the paperless Dupont family gets «Facture disponible» with its
 * invoice's PDF attached — a real PDF carrying its number — the Nguyen family the usual notification mail without
 * attachment, and staff print the Nguyens' invoice (the one on paper) from the run's page.
 */
class PaperlessInvoiceMailTest {

    /** The portal's clock, running from the machine's «now» (CI shifts it with faketime). */
    static final fr.portailfamille.application.common.MutableClock CLOCK = fr.portailfamille.bootstrap.TestPortal.runningClock();

    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    Path dataDir;

    @Test
    void the_paperless_household_gets_the_pdf_by_mail_and_staff_print_the_others() throws Exception {
        var config = new PortalConfig(Optional.empty(), dataDir, 0, "http://localhost", true);
        var db = TestDatabase.fresh();
        DemoData.seedIfEmpty(db, config, CLOCK);
        String paperlessInvoice = invoiceOf(db, "marie.dupont@exemple.fr");
        String paperInvoice = invoiceOf(db, "lan.nguyen@exemple.fr");
        var smtp = new SmtpSettings("127.0.0.1", greenMail.getSmtp().getPort(), null, null, false);
        try (var portal = Portal.start(config, db, new SmtpMailTransport(smtp), 0, CLOCK)) {
            var mail = MailWait.firstTo(greenMail, "marie.dupont@exemple.fr", "Facture disponible");
            assertEquals("Facture disponible – Mairie de Beaulieu-sur-Orge", mail.getSubject());
            assertTrue(mail.isMimeType("multipart/mixed"), mail.getContentType());
            var parts = (MimeMultipart) mail.getContent();
            assertEquals(2, parts.getCount());
            assertTrue(text(parts.getBodyPart(0)).contains(paperlessInvoice));
            BodyPart file = parts.getBodyPart(1);
            assertEquals(Part.ATTACHMENT, file.getDisposition());
            assertEquals("facture-" + paperlessInvoice + ".pdf", file.getFileName());
            assertTrue(file.isMimeType("application/pdf"), file.getContentType());
            byte[] pdf = file.getInputStream().readAllBytes();
            assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
            String printed = pdfText(pdf);
            assertTrue(printed.contains("Facture " + paperlessInvoice), printed);
            assertFalse(printed.contains(paperInvoice));

            var nguyen = MailWait.firstTo(greenMail, "lan.nguyen@exemple.fr", "Facture à payer");
            assertTrue(nguyen.isMimeType("multipart/alternative"), "no attachment for a household on paper: " + nguyen.getContentType());

            var agent = WebClient.signedIn(portal.port(), "paul.roussel@beaulieu-sur-orge.example", "Demo-Agent-Beaulieu-2026");
            long run = db.dsl().select(INVOICING_RUN.ID).from(INVOICING_RUN).fetchSingle().value1();
            var page = agent.get("/agent/facturations/" + run);
            assertTrue(page.contains("Imprimer les factures papier (1 foyer"), page.body());
            var print = agent.download("/agent/facturations/" + run + "/factures-papier.pdf");
            assertEquals(200, print.statusCode());
            assertEquals("application/pdf", print.headers().firstValue("content-type").orElse(""));
            String paper = pdfText(print.body());
            assertTrue(paper.contains("Facture " + paperInvoice), paper);
            assertFalse(paper.contains(paperlessInvoice), "the paperless household's invoice is not printed");

            var parent = WebClient.signedIn(portal.port(), "lan.nguyen@exemple.fr", "Demo-Famille-Nguyen-2026");
            assertEquals(404, parent.download("/agent/facturations/" + run + "/factures-papier.pdf").statusCode());
        }
    }

    private static String invoiceOf(fr.portailfamille.persistence.Db db, String email) {
        return db.dsl().select(INVOICE.NUMBER).from(INVOICE)
                .join(HOUSEHOLD_ACCOUNT).on(HOUSEHOLD_ACCOUNT.HOUSEHOLD_ID.eq(INVOICE.HOUSEHOLD_ID))
                .join(ACCOUNT).on(ACCOUNT.ID.eq(HOUSEHOLD_ACCOUNT.ACCOUNT_ID))
                .where(ACCOUNT.EMAIL.eq(email)).fetchSingle().value1();
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replace('\u00A0', ' ').replace('\u202F', ' ');
        }
    }

    private static String text(BodyPart part) throws Exception {
        var alternatives = (MimeMultipart) part.getContent();
        return (String) alternatives.getBodyPart(0).getContent();
    }
}
