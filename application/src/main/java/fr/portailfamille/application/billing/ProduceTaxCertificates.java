package fr.portailfamille.application.billing;

import fr.portailfamille.application.billing.port.*;
import fr.portailfamille.application.common.Actor;
import fr.portailfamille.application.households.port.DocumentRepository;
import fr.portailfamille.application.households.port.DocumentStorage;
import fr.portailfamille.application.mail.MailContent;
import fr.portailfamille.application.mail.OutgoingMail;
import fr.portailfamille.domain.billing.ChildcareTaxCertificate;
import fr.portailfamille.domain.households.FileType;
import fr.portailfamille.domain.households.SupportingDocument;
import fr.portailfamille.domain.messaging.Notification;
import fr.portailfamille.domain.messaging.NotificationKind;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * «Attestations fiscales pour frais de garde»: once a year, an agent produces each household's certificate of the
 * past civil year (see {@link ChildcareTaxCertificate} for the tax rules). Each is a PDF kept in the family's
 * «Documents de la ville», announced by a notification, and by mail to the households that chose paperless invoices;
 * neither says an amount nor a child's name (they stay behind the sign-in). A household has one certificate per year:
 * producing the year again makes only the missing ones (a payment recorded since for a household that had none).
 */
public final class ProduceTaxCertificates {

    public static final String TYPE_CODE = "ATTESTATION_FISCALE";
    static final String DOCUMENTS_LINK = "/dossier/documents";

    /** What producing the year would do, shown before the agent confirms. */
    public record Preview(int year, int households, int children, int alreadyProduced, long unresolvedLines) {
        public int toProduce() {
            return households - alreadyProduced;
        }
    }

    public sealed interface Result {
        /** @param mailed the paperless households told by mail */
        record Produced(int year, int produced, int alreadyProduced, int mailed) implements Result {
        }

        record Refused(String message) implements Result {
        }
    }

    private final BillingPorts ports;
    private final ChildcareTaxCertificates certificates;
    private final TaxCertificatePdf pdf;
    private final DocumentRepository documents;
    private final DocumentStorage storage;

    public ProduceTaxCertificates(BillingPorts ports, ChildcareTaxCertificates certificates, TaxCertificatePdf pdf, DocumentRepository documents,
                                  DocumentStorage storage) {
        this.ports = ports;
        this.certificates = certificates;
        this.pdf = pdf;
        this.documents = documents;
        this.storage = storage;
    }

    /** The last ended year: the one the page proposes. */
    public int lastEndedYear(Actor actor) {
        actor.requireStaff();
        return ports.today().getYear() - 1;
    }

    /** A year that can have certificates: ended, and not before the portal's invoices. Empty when it can. */
    public Optional<String> refusal(Actor actor, int year) {
        actor.requireStaff();
        int current = ports.today().getYear();
        if (year >= current) {
            return Optional.of("L'année " + year + " n'est pas terminée : ses attestations se produisent à partir du 1er janvier " + (year + 1)
                    + ", quand tous ses paiements sont connus.");
        }
        if (year < 2000) return Optional.of("Choisissez une année entre 2000 et " + (current - 1) + ".");
        return Optional.empty();
    }

    public Preview preview(Actor actor, int year) {
        actor.requireStaff();
        var lines = certificates.paidIn(year);
        var all = ChildcareTaxCertificate.forYear(year, lines);
        var done = certificates.certified(year);
        return new Preview(year, all.size(), all.stream().mapToInt(c -> c.children().size()).sum(),
                (int) all.stream().filter(c -> done.contains(c.householdId())).count(), ChildcareTaxCertificate.unresolved(year, lines));
    }

    public Result produce(Actor actor, int year) {
        var refused = refusal(actor, year);
        if (refused.isPresent()) return new Result.Refused(refused.get());
        var done = certificates.certified(year);
        var missing = ChildcareTaxCertificate.forYear(year, certificates.paidIn(year)).stream().filter(c -> !done.contains(c.householdId())).toList();
        if (missing.isEmpty()) {
            return new Result.Refused(done.isEmpty() ? "Aucun foyer n'a payé en " + year + " de frais de garde pour un enfant de moins de 6 ans : aucune attestation à produire."
                    : "Les attestations " + year + " ont déjà été produites pour les " + done.size() + " foyer(s) concerné(s) : elles ne sont pas produites deux fois.");
        }
        var addressees = ports.invoiced().addressees(missing.stream().map(ChildcareTaxCertificate::householdId).toList());
        var town = ports.town().get();
        var produced = new ArrayList<Long>();
        for (var certificate : missing) {
            var addressee = addressees.getOrDefault(certificate.householdId(), new InvoicedHouseholds.Addressee("", ""));
            byte[] content = pdf.render(new TaxCertificatePdf.TaxCertificateDocument(town, addressee.name(), addressee.postalAddress(), certificate,
                    ports.today()));
            // one transaction per household: a second agent producing the same year at once makes it refuse, not duplicate
            try {
                ports.transactions().run(() -> store(actor, certificate, content));
                produced.add(certificate.householdId());
            } catch (AlreadyProduced e) {
                // counted below with the households that had theirs
            }
        }
        int mailed = tell(year, produced);
        return new Result.Produced(year, produced.size(), done.size() + missing.size() - produced.size(), mailed);
    }

    private void store(Actor actor, ChildcareTaxCertificate certificate, byte[] content) {
        var now = ports.clock().instant();
        var document = documents.add(SupportingDocument.producedByTown(certificate.householdId(), TYPE_CODE, fileName(certificate.year()), FileType.PDF,
                content.length, sha256(content), now, actor.accountId()));
        storage.store(document.id(), content);
        if (!certificates.record(certificate.householdId(), certificate.year(), document.id(), now, actor.accountId())) throw new AlreadyProduced();
    }

    /** A notification to each active account of the households, a mail to those of paperless ones; one transaction. */
    private int tell(int year, List<Long> households) {
        if (households.isEmpty()) return 0;
        var town = ports.town().get();
        var now = ports.clock().instant();
        String title = "Votre attestation fiscale " + year + " pour frais de garde est disponible dans vos documents";
        var notifications = new ArrayList<Notification>();
        var mails = new ArrayList<OutgoingMail>();
        var mailed = new HashSet<Long>();
        for (var r : ports.invoiced().recipients(households)) {
            notifications.add(Notification.raise(r.accountId(), NotificationKind.TOWN_DOCUMENT, title, DOCUMENTS_LINK, now));
            if (r.paperless()) {
                mails.add(ports.composer().compose(new MailContent.NotificationMail(r.email(), town, r.displayName(),
                        NotificationKind.TOWN_DOCUMENT.label(), title, town.publicBaseUrl() + DOCUMENTS_LINK)));
                mailed.add(r.householdId());
            }
        }
        ports.transactions().run(() -> {
            ports.invoiced().raise(notifications);
            if (!mails.isEmpty()) ports.outbox().enqueueAll(mails);
        });
        return mailed.size();
    }

    public static String fileName(int year) {
        return "attestation-fiscale-frais-de-garde-" + year + ".pdf";
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Another production stored this household's certificate first: this one's document is rolled back. */
    private static final class AlreadyProduced extends RuntimeException {
        AlreadyProduced() {
            super("certificate produced already", null, false, false);
        }
    }
}
