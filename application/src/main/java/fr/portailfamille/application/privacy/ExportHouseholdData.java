package fr.portailfamille.application.privacy;

import fr.portailfamille.application.privacy.port.*;
import fr.portailfamille.application.bookings.port.AbsenceRepository;
import fr.portailfamille.application.bookings.port.ActivityRepository;
import fr.portailfamille.application.bookings.port.EnrolmentRepository;
import fr.portailfamille.application.bookings.port.SlotRepository;
import fr.portailfamille.application.billing.BillingPorts;
import fr.portailfamille.application.billing.InvoiceDocuments;
import fr.portailfamille.application.billing.port.InvoiceRepository;
import fr.portailfamille.application.billing.OnlinePayment;
import fr.portailfamille.application.common.Actor;
import fr.portailfamille.application.demarches.port.DemarcheRepository;
import fr.portailfamille.application.households.HouseholdsPorts;
import fr.portailfamille.application.messaging.port.ThreadRepository;
import fr.portailfamille.domain.accounts.Account;
import fr.portailfamille.domain.accounts.Role;
import fr.portailfamille.domain.billing.CreditNote;
import fr.portailfamille.domain.billing.Invoice;
import fr.portailfamille.domain.billing.InvoicePayment;
import fr.portailfamille.domain.bookings.Activity;
import fr.portailfamille.domain.bookings.Enrolment;
import fr.portailfamille.domain.bookings.MedicalAbsence;
import fr.portailfamille.domain.bookings.SchoolYear;
import fr.portailfamille.domain.demarches.Demarche;
import fr.portailfamille.domain.demarches.DemarcheForm;
import fr.portailfamille.domain.demarches.FormField;
import fr.portailfamille.domain.demarches.StatusChange;
import fr.portailfamille.domain.households.AuthorisedContact;
import fr.portailfamille.domain.households.Child;
import fr.portailfamille.domain.households.ConsentAnswer;
import fr.portailfamille.domain.households.DossierChange;
import fr.portailfamille.domain.households.HealthRecord;
import fr.portailfamille.domain.households.Household;
import fr.portailfamille.domain.households.SupportingDocument;
import fr.portailfamille.domain.households.TownDocument;
import fr.portailfamille.domain.messaging.Message;
import fr.portailfamille.domain.messaging.MessageThread;
import fr.portailfamille.domain.privacy.HealthSheetRead;

import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

// Long because: the export must read every area the family has data in (RGPD art. 15 and 20); one place says what it holds.
/**
 * «Télécharger mes données» (RGPD, articles 15 and 20): everything the town holds about one household, for its
 * family or for an agent answering a request at the desk. The records are read at once; the files (justificatifs,
 * attachments, certificates) are read one at a time while the archive is written, so a large family's export never
 * holds them all in memory. Reading it as staff counts as exporting each child's health sheet.
 */
public final class ExportHouseholdData {

    /** The ports of the other areas the export reads from; each is scoped by household or child here. */
    public record Sources(HouseholdsPorts households, ActivityRepository activities, EnrolmentRepository enrolments, SlotRepository slots,
                          AbsenceRepository absences, BillingPorts billing, ThreadRepository threads,
                          DemarcheRepository demarches, HealthSheetReads reads, AuditTrail trail) {
    }

    /** An account without what only the portal needs (its password hash). */
    public record AccountData(int loginId, String email, String lastName, String firstNames, String role, String status,
                              Instant createdAt, Instant activatedAt, int acceptedTermsVersion) {
        static AccountData of(Account a) {
            return new AccountData(a.loginId(), a.email().value(), a.lastName(), a.firstNames(), a.role().label(), a.status().name(),
                    a.createdAt(), a.activatedAt(), a.acceptedTermsVersion());
        }
    }

    /** @param consentHistory every answer given, withdrawn or given again, oldest first */
    public record ChildData(Child child, HealthRecord healthRecord, List<AuthorisedContact> contacts, List<ConsentAnswer> consentHistory) {
    }

    public record EnrolmentData(String child, String activity, Enrolment enrolment) {
    }

    public record BookingData(String child, String activity, LocalDate day, boolean booked, int waitingPosition) {
    }

    public record AbsenceData(String child, MedicalAbsence absence, String file) {
    }

    /** @param file the invoice's PDF inside the archive */
    public record InvoiceData(String cashOffice, Invoice invoice, List<CreditNote> creditNotes, List<InvoicePayment> deskPayments, String file) {
    }

    /**
     * An online payment attempt (one PayFiP transaction) as the family may know it: the order's reference and mail, not
     * the addresses the provider was given.
     */
    public record PaymentAttemptData(String cashOffice, List<String> invoices, long amountCents, String state, Instant createdAt, Instant settledAt,
                                     String reference, String payerEmail, String authorisation) {
        static PaymentAttemptData of(String cashOffice, OnlinePayment p) {
            return new PaymentAttemptData(cashOffice, p.invoices().stream().map(n -> n.value()).toList(), p.amountCents(), p.state().label(),
                    p.createdAt(), p.settledAt(), p.order() == null ? null : p.order().reference(), p.order() == null ? null : p.order().payerEmail(),
                    p.authorisation());
        }

        /** «54,60 €», for the readable summary. */
        public String amount() {
            return fr.portailfamille.domain.common.Money.ofCents(amountCents).format();
        }
    }

    public record MessageData(Message message, String file) {
    }

    public record ThreadData(MessageThread thread, List<MessageData> messages) {
    }

    public record DemarcheData(String form, Demarche demarche, List<StatusChange> history, List<String> files) {
    }

    public record DocumentData(SupportingDocument document, String file) {
    }

    /** A town document addressed to this household alone (those to every family are the town's, not the family's data). */
    public record TownDocumentData(TownDocument document, String file) {
    }

    public record ReadData(String child, String reader, HealthSheetRead read) {
    }

    /** The household's records; each file is named by its path inside the archive. */
    public record FamilyData(Instant exportedAt, List<AccountData> accounts, Household household, List<ChildData> children,
                             List<EnrolmentData> enrolments, List<BookingData> bookings, List<AbsenceData> absences, List<InvoiceData> invoices,
                             List<PaymentAttemptData> paymentAttempts, List<ThreadData> messages, List<DemarcheData> demarches, List<DocumentData> documents,
                             List<TownDocumentData> townDocuments,
                             List<DossierChange> dossierChanges, List<ReadData> healthSheetReads, List<HouseholdJournal.Line> auditTrail) {
    }

    /** A file of the archive, read only when written. */
    public record ExportedFile(String path, Supplier<Optional<byte[]>> content) {
    }

    public record Export(FamilyData data, List<ExportedFile> files) {
    }

    /** How many school years back enrolments and bookings are looked for: longer than any retention. */
    static final int YEARS_BACK = 12;

    private final Sources sources;
    private final HouseholdsPorts ports;
    private final HealthSheetConsultations consultations;
    private final HouseholdJournal journal;
    private final InvoiceDocuments invoicePdfs;

    public ExportHouseholdData(Sources sources) {
        this.sources = sources;
        this.invoicePdfs = new InvoiceDocuments(sources.billing());
        this.ports = sources.households();
        this.consultations = new HealthSheetConsultations(ports, sources.reads());
        this.journal = new HouseholdJournal(ports, sources.trail());
    }

    /** The parent's own household. */
    public Export mine(Actor parent) {
        if (parent.role() != Role.PARENT) throw new Actor.NotAllowed();
        long household = ports.households().householdOf(parent.accountId()).orElseThrow(Actor.NotAllowed::new);
        return export(parent, household, "/mes-donnees/archive");
    }

    /** Any household, for staff answering a family's request; {@code page} is where it was asked from. */
    public Export forStaff(Actor agent, long householdId, String page) {
        agent.requireStaff();
        return export(agent, householdId, page);
    }

    private Export export(Actor actor, long householdId, String page) {
        return ports.transactions().inTransaction(() -> {
            var household = ports.households().find(householdId).orElseThrow(Actor.NotAllowed::new);
            var files = new ArrayList<ExportedFile>();
            var children = ports.households().children(householdId);
            var names = new HashMap<Long, String>();
            children.forEach(c -> names.put(c.id(), c.firstNames() + " " + c.lastName()));
            var activities = new HashMap<Long, String>();
            var childData = new ArrayList<ChildData>();
            for (var child : children) {
                var sheet = consultations.open(actor, householdId, child.id(), HealthSheetRead.Kind.EXPORTED, page);
                childData.add(new ChildData(child, sheet, ports.households().contacts(child.id()), ports.households().consentHistory(child.id())));
            }
            var data = new FamilyData(ports.clock().instant(), accounts(householdId), household, childData,
                    enrolments(names, activities), bookings(names, activities), absences(householdId, names, files), invoices(householdId, files),
                    paymentAttempts(householdId), threads(householdId, files), demarches(householdId, files), documents(householdId, files),
                    townDocuments(householdId, files),
                    ports.audit().latest(householdId, Integer.MAX_VALUE),
                    consultations.ofHousehold(householdId).stream().map(l -> new ReadData(l.childName(), l.readerName(), l.read())).toList(),
                    journal.lines(householdId));
            return new Export(data, List.copyOf(files));
        });
    }

    private List<AccountData> accounts(long householdId) {
        return ports.households().accountsOf(householdId).stream().flatMap(id -> ports.accounts().find(id).stream()).map(AccountData::of).toList();
    }

    /** Activity names by id, read once per export. */
    private String activity(Map<Long, String> names, long id) {
        return names.computeIfAbsent(id, a -> sources.activities().find(a).map(Activity::name).orElse("activité n° " + a));
    }

    private List<EnrolmentData> enrolments(Map<Long, String> children, Map<Long, String> activities) {
        if (children.isEmpty()) return List.of();
        var current = SchoolYear.containing(ports.today());
        var found = new ArrayList<EnrolmentData>();
        for (int back = YEARS_BACK; back >= -1; back--) {
            for (var e : sources.enrolments().ofChildren(children.keySet(), new SchoolYear(current.startYear() - back))) {
                found.add(new EnrolmentData(children.get(e.childId()), activity(activities, e.activityId()), e));
            }
        }
        return found;
    }

    private List<BookingData> bookings(Map<Long, String> children, Map<Long, String> activities) {
        if (children.isEmpty()) return List.of();
        var current = SchoolYear.containing(ports.today());
        return sources.slots().bookingsOf(children.keySet(), new SchoolYear(current.startYear() - YEARS_BACK).firstDay(),
                        new SchoolYear(current.startYear() + 1).lastDay()).stream()
                .map(b -> new BookingData(children.get(b.personId()), activity(activities, b.activityId()), b.day(), b.booked(), b.waitingPosition()))
                .toList();
    }

    private List<AbsenceData> absences(long householdId, Map<Long, String> children, List<ExportedFile> files) {
        return sources.absences().ofHousehold(householdId).stream().map(a -> {
            String path = null;
            if (a.certificate() != null) {
                path = "fichiers/absences/" + a.id() + "-" + fileName(a.certificate().name());
                files.add(new ExportedFile(path, () -> sources.absences().certificate(a.id())));
            }
            return new AbsenceData(children.getOrDefault(a.childId(), ""), a, path);
        }).toList();
    }

    private List<InvoiceData> invoices(long householdId, List<ExportedFile> files) {
        var billing = sources.billing();
        var found = new ArrayList<InvoiceData>();
        for (long office : billing.invoices().cashOfficesOf(householdId)) {
            String name = cashOffice(office);
            for (var invoice : billing.invoices().ofHousehold(householdId, office)) {
                // rendered only when the archive writes it, one at a time
                String path = "fichiers/factures/" + fileName(InvoiceDocuments.fileName(invoice.number()));
                files.add(new ExportedFile(path, () -> billing.invoices().find(invoice.number().value()).map(invoicePdfs::render)));
                found.add(new InvoiceData(name, invoice, billing.invoices().creditNotes(invoice.number()),
                        billing.invoices().deskPayments(invoice.number()).stream().map(InvoiceRepository.DeskPaymentRecord::payment).toList(), path));
            }
        }
        return found;
    }

    private String cashOffice(long id) {
        return sources.billing().cashOffices().find(id).map(o -> o.name()).orElse("");
    }

    private List<PaymentAttemptData> paymentAttempts(long householdId) {
        return sources.billing().payments().ofHousehold(householdId).stream().map(p -> PaymentAttemptData.of(cashOffice(p.cashOfficeId()), p)).toList();
    }

    private List<ThreadData> threads(long householdId, List<ExportedFile> files) {
        return sources.threads().ofHousehold(householdId).stream().map(t -> new ThreadData(t, sources.threads().messages(t.id()).stream().map(m -> {
            if (m.attachment() == null) return new MessageData(m, null);
            String path = "fichiers/messages/" + m.id() + "-" + fileName(m.attachment().name());
            files.add(new ExportedFile(path, () -> sources.threads().attachment(m.id())));
            return new MessageData(m, path);
        }).toList())).toList();
    }

    private List<DemarcheData> demarches(long householdId, List<ExportedFile> files) {
        return sources.demarches().ofHousehold(householdId).stream().map(d -> {
            var paths = new ArrayList<String>();
            d.answers().values().forEach(value -> FormField.FileAnswer.parse(value).ifPresent(file -> {
                String path = "fichiers/demarches/" + file.fileId() + "-" + fileName(file.name());
                paths.add(path);
                files.add(new ExportedFile(path, () -> sources.demarches().file(file.fileId())
                        .filter(f -> f.demarcheId() == d.id()).map(DemarcheRepository.StoredFile::content)));
            }));
            String form = sources.demarches().form(d.formId()).map(DemarcheForm::title).orElse("Démarche");
            return new DemarcheData(form, d, sources.demarches().history(d.id()), paths);
        }).toList();
    }

    private List<DocumentData> documents(long householdId, List<ExportedFile> files) {
        return ports.documents().ofHousehold(householdId).stream().map(doc -> {
            String path = "fichiers/" + (doc.fromTown() ? "documents-de-la-ville/" : "justificatifs/") + doc.id() + "-" + fileName(doc.fileName());
            files.add(new ExportedFile(path, () -> ports.storage().read(doc.id())));
            return new DocumentData(doc, path);
        }).toList();
    }

    private List<TownDocumentData> townDocuments(long householdId, List<ExportedFile> files) {
        return ports.townDocuments().readableBy(householdId).stream().filter(doc -> !doc.toEveryFamily()).map(doc -> {
            String path = "fichiers/documents-de-la-ville/publie-" + doc.id() + "-" + fileName(doc.fileName());
            files.add(new ExportedFile(path, () -> ports.townDocuments().content(doc.id())));
            return new TownDocumentData(doc, path);
        }).toList();
    }

    /** A name safe inside a ZIP on every system: no folders, no accents, nothing unusual. */
    static String fileName(String name) {
        String ascii = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("[^A-Za-z0-9._-]", "_").replaceAll("^[._]+", "");
        if (ascii.length() > 80) ascii = ascii.substring(ascii.length() - 80);
        return ascii.isBlank() ? "fichier" : ascii;
    }
}
