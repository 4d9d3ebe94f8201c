package fr.portailfamille.mail;

import fr.portailfamille.application.mail.port.MailComposer;
import fr.portailfamille.application.mail.MailContent;
import fr.portailfamille.application.mail.MailContent.AccountActivation;
import fr.portailfamille.application.mail.MailContent.EmailChangeConfirmation;
import fr.portailfamille.application.mail.MailContent.EmailChangedNotice;
import fr.portailfamille.application.mail.MailContent.InvoiceAvailable;
import fr.portailfamille.application.mail.MailContent.NotificationMail;
import fr.portailfamille.application.mail.MailContent.PasswordReset;
import fr.portailfamille.application.mail.MailContent.PaymentConfirmed;
import fr.portailfamille.application.mail.OutgoingMail;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Locale;
import java.util.Map;

/**
 * Words each {@link MailContent} kind with a pair of templates from {@code /mail} named after the record:
 * {@code <kind>.ftl} (plain text) and {@code <kind>.ftlh} (HTML, auto-escaped). Templates see the record as
 * {@code mail}, its town as {@code town}, and the subject as {@code subject}.
 */
public final class FreemarkerMailComposer implements MailComposer {

    private final Configuration freemarker;

    public FreemarkerMailComposer() {
        freemarker = new Configuration(Configuration.VERSION_2_3_35);
        freemarker.setClassForTemplateLoading(FreemarkerMailComposer.class, "/mail");
        freemarker.setDefaultEncoding("UTF-8");
        freemarker.setOutputEncoding("UTF-8");
        // .ftlh → HTML output format with auto-escaping; .ftl → no escaping, for the text part.
        freemarker.setRecognizeStandardFileExtensions(true);
        freemarker.setLocale(Locale.FRANCE);
        freemarker.setLocalizedLookup(false);
        // Digits without grouping (a login id must read «3154», not «3 154»), French decimal comma.
        freemarker.setNumberFormat("0.##");
        freemarker.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        freemarker.setLogTemplateExceptions(false);
        freemarker.setWrapUncheckedExceptions(true);
        freemarker.setFallbackOnNullLoopVariable(false);
    }

    @Override
    public OutgoingMail compose(MailContent content) {
        String subject = subjectOf(content) + " – " + content.town().townHall();
        Map<String, Object> model = Map.of("mail", content, "town", content.town(), "subject", subject);
        String template = templateOf(content);
        return new OutgoingMail(content.to(), content.town().servicesEmail(), subject,
                render(template + ".ftl", model), render(template + ".ftlh", model));
    }

    private static String subjectOf(MailContent content) {
        return switch (content) {
            case AccountActivation a -> "Création compte portail famille";
            case PasswordReset r -> "Réinitialisation de votre mot de passe";
            case EmailChangeConfirmation c -> "Confirmez votre nouvelle adresse e-mail";
            case EmailChangedNotice n -> "Votre adresse e-mail a été modifiée";
            case NotificationMail n -> n.kindLabel() + " sur votre Portail Famille";
            case PaymentConfirmed p -> "Paiement confirmé";
            case InvoiceAvailable i -> "Facture disponible";
        };
    }

    private static String templateOf(MailContent content) {
        return switch (content) {
            case AccountActivation a -> "account-activation";
            case PasswordReset r -> "password-reset";
            case EmailChangeConfirmation c -> "email-change-confirmation";
            case EmailChangedNotice n -> "email-changed-notice";
            case NotificationMail n -> "notification";
            case PaymentConfirmed p -> "payment-confirmed";
            case InvoiceAvailable i -> "invoice-available";
        };
    }

    private String render(String name, Map<String, Object> model) {
        try {
            StringWriter out = new StringWriter();
            freemarker.getTemplate(name).process(model, out);
            return out.toString();
        } catch (IOException | TemplateException e) {
            // A missing or broken template is a packaging bug, not a delivery failure worth retrying.
            throw new IllegalStateException("Cannot render mail template " + name, e);
        }
    }
}
