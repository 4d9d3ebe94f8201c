package fr.portailfamille.persistence.billing;

import fr.portailfamille.application.billing.port.InvoiceRepository;
import fr.portailfamille.application.billing.InvoicingRun;
import fr.portailfamille.domain.billing.BilledDay;
import fr.portailfamille.domain.billing.CreditNote;
import fr.portailfamille.domain.billing.Invoice;
import fr.portailfamille.domain.billing.InvoiceDraft;
import fr.portailfamille.domain.billing.InvoiceHeader;
import fr.portailfamille.domain.billing.InvoiceLine;
import fr.portailfamille.domain.billing.InvoiceNumber;
import fr.portailfamille.domain.billing.InvoicePayment;
import fr.portailfamille.domain.billing.InvoiceSequence;
import fr.portailfamille.domain.billing.InvoiceStatus;
import fr.portailfamille.domain.billing.PaymentMethod;
import fr.portailfamille.domain.common.Money;
import fr.portailfamille.persistence.Bulk;
import fr.portailfamille.persistence.Db;
import fr.portailfamille.persistence.schema.tables.records.InvoiceRecord;
import fr.portailfamille.persistence.schema.tables.records.InvoicingRunRecord;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static fr.portailfamille.persistence.schema.Tables.CREDIT_NOTE;
import static fr.portailfamille.persistence.schema.Tables.CREDIT_NOTE_LINE;
import static fr.portailfamille.persistence.schema.Tables.DESK_PAYMENT;
import static fr.portailfamille.persistence.schema.Tables.DRAFT_DAY;
import static fr.portailfamille.persistence.schema.Tables.DRAFT_LINE;
import static fr.portailfamille.persistence.schema.Tables.INVOICE;
import static fr.portailfamille.persistence.schema.Tables.INVOICE_LINE;
import static fr.portailfamille.persistence.schema.Tables.INVOICE_SEQUENCE;
import static fr.portailfamille.persistence.schema.Tables.INVOICING_RUN;

// Long because: one port (InvoiceRepository) whose set-based writes and locked numbering belong together.
/**
 * Invoices on PostgreSQL. Bulk writes go as multi-row INSERTs of {@value #CHUNK} rows: 10,000 invoices are a few dozen
 * statements. Numbers come from {@code invoice_sequence}, whose row is locked with {@code SELECT … FOR UPDATE} until
 * the caller's transaction ends.
 */
public final class JooqInvoiceRepository implements InvoiceRepository {

    static final int CHUNK = 1000;

    private final Db db;

    public JooqInvoiceRepository(Db db) {
        this.db = db;
    }

    // ------------------------------------------------------------------ runs

    /** The partial unique index «one draft per régie and month» decides between two agents starting the same month. */
    @Override
    public InvoicingRun createRun(long cashOfficeId, YearMonth month, long createdBy, Instant at) {
        var dsl = db.dsl();
        var ofMonth = INVOICING_RUN.CASH_OFFICE_ID.eq(cashOfficeId).and(INVOICING_RUN.MONTH.eq(month.atDay(1)));
        boolean complementary = dsl.fetchExists(INVOICING_RUN, ofMonth.and(INVOICING_RUN.STATUS.eq(InvoicingRun.Status.FINALISED.name())));
        var created = dsl.insertInto(INVOICING_RUN)
                .set(INVOICING_RUN.CASH_OFFICE_ID, cashOfficeId).set(INVOICING_RUN.MONTH, month.atDay(1)).set(INVOICING_RUN.COMPLEMENTARY, complementary)
                .set(INVOICING_RUN.STATUS, InvoicingRun.Status.DRAFT.name()).set(INVOICING_RUN.CREATED_BY, createdBy)
                .set(INVOICING_RUN.CREATED_AT, utc(at))
                .onConflict(INVOICING_RUN.CASH_OFFICE_ID, INVOICING_RUN.MONTH).where(INVOICING_RUN.STATUS.eq(InvoicingRun.Status.DRAFT.name())).doNothing()
                .returning().fetchOptional();
        return created.map(JooqInvoiceRepository::run).orElseGet(() -> dsl.selectFrom(INVOICING_RUN)
                .where(ofMonth.and(INVOICING_RUN.STATUS.eq(InvoicingRun.Status.DRAFT.name()))).fetchSingle(JooqInvoiceRepository::run));
    }

    @Override
    public List<InvoicingRun> lockRuns(long cashOfficeId, YearMonth month) {
        return db.dsl().selectFrom(INVOICING_RUN).where(INVOICING_RUN.CASH_OFFICE_ID.eq(cashOfficeId), INVOICING_RUN.MONTH.eq(month.atDay(1)))
                .orderBy(INVOICING_RUN.ID).forUpdate().fetch(JooqInvoiceRepository::run);
    }

    @Override
    public boolean deleteDraft(long runId) {
        return db.dsl().deleteFrom(INVOICING_RUN).where(INVOICING_RUN.ID.eq(runId), INVOICING_RUN.STATUS.eq(InvoicingRun.Status.DRAFT.name())).execute() == 1;
    }

    @Override
    public Optional<InvoicingRun> findRun(long runId) {
        return db.dsl().selectFrom(INVOICING_RUN).where(INVOICING_RUN.ID.eq(runId)).fetchOptional(JooqInvoiceRepository::run);
    }

    @Override
    public Optional<InvoicingRun> lockRun(long runId) {
        return db.dsl().selectFrom(INVOICING_RUN).where(INVOICING_RUN.ID.eq(runId)).forUpdate().fetchOptional(JooqInvoiceRepository::run);
    }

    @Override
    public List<InvoicingRun> runs(long cashOfficeId) {
        return db.dsl().selectFrom(INVOICING_RUN).where(INVOICING_RUN.CASH_OFFICE_ID.eq(cashOfficeId))
                .orderBy(INVOICING_RUN.MONTH.desc(), INVOICING_RUN.ID.desc()).fetch(JooqInvoiceRepository::run);
    }

    private static final List<Bulk.Column> DRAFT_LINES = List.of(new Bulk.Column("run_id", "bigint"), new Bulk.Column("household_id", "bigint"),
            new Bulk.Column("position", "integer"), new Bulk.Column("prestation", "text"), new Bulk.Column("child_name", "text"),
            new Bulk.Column("quantity", "integer"), new Bulk.Column("unit_price_cents", "bigint"), new Bulk.Column("note", "text"));

    private static final List<Bulk.Column> DRAFT_DAYS = List.of(new Bulk.Column("run_id", "bigint"), new Bulk.Column("household_id", "bigint"),
            new Bulk.Column("child_id", "bigint"), new Bulk.Column("activity_id", "bigint"), new Bulk.Column("day", "date"));

    @Override
    public void replaceDrafts(long runId, List<InvoiceDraft> drafts, Instant computedAt) {
        db.dsl().deleteFrom(DRAFT_LINE).where(DRAFT_LINE.RUN_ID.eq(runId)).execute();
        db.dsl().deleteFrom(DRAFT_DAY).where(DRAFT_DAY.RUN_ID.eq(runId)).execute();
        var rows = new ArrayList<Object[]>();
        var days = new ArrayList<Object[]>();
        for (InvoiceDraft d : drafts) {
            int position = 0;
            for (InvoiceLine l : d.lines()) {
                rows.add(new Object[]{runId, d.householdId(), ++position, l.prestation(), l.childName(), l.quantity(), l.unitPrice().cents(), l.note()});
            }
            for (BilledDay day : d.days()) days.add(new Object[]{runId, d.householdId(), day.childId(), day.activityId(), day.day()});
        }
        Bulk.insert(db.dsl(), "draft_line", DRAFT_LINES, rows);
        Bulk.insert(db.dsl(), "draft_day", DRAFT_DAYS, days);
        db.dsl().update(INVOICING_RUN).set(INVOICING_RUN.COMPUTED_AT, utc(computedAt)).where(INVOICING_RUN.ID.eq(runId)).execute();
    }

    @Override
    public List<InvoiceDraft> drafts(long runId) {
        var run = findRun(runId).orElseThrow(() -> new IllegalArgumentException("unknown run " + runId));
        var lines = new LinkedHashMap<Long, List<InvoiceLine>>();
        db.dsl().selectFrom(DRAFT_LINE).where(DRAFT_LINE.RUN_ID.eq(runId)).orderBy(DRAFT_LINE.HOUSEHOLD_ID, DRAFT_LINE.POSITION)
                .forEach(r -> lines.computeIfAbsent(r.getHouseholdId(), h -> new ArrayList<>())
                        .add(new InvoiceLine(r.getPrestation(), r.getChildName(), r.getQuantity(), Money.ofCents(r.getUnitPriceCents()), r.getNote())));
        var drafts = new ArrayList<InvoiceDraft>();
        lines.forEach((household, list) -> drafts.add(new InvoiceDraft(household, run.cashOfficeId(), run.month(), list)));
        return drafts;
    }

    @Override
    public void markFinalised(long runId, LocalDate issuedOn, long finalisedBy, Instant at) {
        db.dsl().update(INVOICING_RUN).set(INVOICING_RUN.STATUS, InvoicingRun.Status.FINALISED.name())
                .set(INVOICING_RUN.ISSUED_ON, issuedOn).set(INVOICING_RUN.FINALISED_BY, finalisedBy).set(INVOICING_RUN.FINALISED_AT, utc(at))
                .where(INVOICING_RUN.ID.eq(runId)).execute();
    }

    private static InvoicingRun run(InvoicingRunRecord r) {
        return new InvoicingRun(r.getId(), r.getCashOfficeId(), YearMonth.from(r.getMonth()), r.getComplementary(), InvoicingRun.Status.valueOf(r.getStatus()),
                r.getCreatedBy(), r.getCreatedAt().toInstant(), instant(r.getComputedAt()), r.getIssuedOn(), instant(r.getFinalisedAt()));
    }

    // ------------------------------------------------------------------ numbers

    @Override
    public InvoiceSequence.Reservation reserveNumbers(long cashOfficeId, YearMonth month, int count) {
        var dsl = db.dsl();
        dsl.insertInto(INVOICE_SEQUENCE).set(INVOICE_SEQUENCE.CASH_OFFICE_ID, cashOfficeId).set(INVOICE_SEQUENCE.YEAR, month.getYear())
                .set(INVOICE_SEQUENCE.LAST_ISSUED, 0).onConflictDoNothing().execute();
        int last = dsl.select(INVOICE_SEQUENCE.LAST_ISSUED).from(INVOICE_SEQUENCE)
                .where(INVOICE_SEQUENCE.CASH_OFFICE_ID.eq(cashOfficeId).and(INVOICE_SEQUENCE.YEAR.eq(month.getYear())))
                .forUpdate().fetchSingle().value1();
        var reservation = new InvoiceSequence(cashOfficeId, month.getYear(), last).reserve(month, count);
        dsl.update(INVOICE_SEQUENCE).set(INVOICE_SEQUENCE.LAST_ISSUED, reservation.next().lastIssued())
                .where(INVOICE_SEQUENCE.CASH_OFFICE_ID.eq(cashOfficeId).and(INVOICE_SEQUENCE.YEAR.eq(month.getYear()))).execute();
        return reservation;
    }

    // ------------------------------------------------------------------ invoices

    private static final List<Bulk.Column> INVOICES = List.of(new Bulk.Column("number", "text"), new Bulk.Column("cash_office_id", "bigint"),
            new Bulk.Column("sequence_year", "integer"), new Bulk.Column("sequence", "integer"), new Bulk.Column("household_id", "bigint"),
            new Bulk.Column("run_id", "bigint"), new Bulk.Column("month", "date"), new Bulk.Column("issued_on", "date"), new Bulk.Column("due_on", "date"),
            new Bulk.Column("status", "text"), new Bulk.Column("total_cents", "bigint"), new Bulk.Column("credited_cents", "bigint"),
            new Bulk.Column("addressee", "text"), new Bulk.Column("addressee_address", "text"), new Bulk.Column("town_name", "text"),
            new Bulk.Column("town_address", "text"), new Bulk.Column("town_email", "text"), new Bulk.Column("town_phone", "text"),
            new Bulk.Column("cash_office_name", "text"));

    private static final List<Bulk.Column> INVOICE_LINES = List.of(new Bulk.Column("number", "text"), new Bulk.Column("position", "integer"),
            new Bulk.Column("prestation", "text"), new Bulk.Column("child_name", "text"), new Bulk.Column("quantity", "integer"),
            new Bulk.Column("unit_price_cents", "bigint"), new Bulk.Column("note", "text"));

    /** Two statements whatever the count: the invoices, then their lines joined to them by number. */
    @Override
    public void issue(Long runId, List<Invoice> invoices, Map<InvoiceNumber, InvoiceHeader> headers) {
        var rows = new ArrayList<Object[]>(invoices.size());
        var lines = new ArrayList<Object[]>();
        for (Invoice i : invoices) {
            var h = headers.get(i.number());
            rows.add(new Object[]{i.number().value(), i.cashOfficeId(), i.number().sequenceYear(), i.number().sequence(), i.householdId(), runId,
                    i.month().atDay(1), i.issuedOn(), i.dueOn(), i.status().name(), i.total().cents(), i.credited().cents(),
                    h == null ? null : h.addressee(), h == null ? null : h.address(), h == null ? null : h.townName(), h == null ? null : h.townAddress(),
                    h == null ? null : h.townEmail(), h == null ? null : h.townPhone(), h == null ? null : h.cashOfficeName()});
            int position = 0;
            for (InvoiceLine l : i.lines()) {
                lines.add(new Object[]{i.number().value(), ++position, l.prestation(), l.childName(), l.quantity(), l.unitPrice().cents(), l.note()});
            }
        }
        // one transaction (the caller's when there is one): a day billed already leaves no invoice behind
        db.run(() -> store(runId, invoices, rows, lines));
    }

    /** From how many invoices issued at once the statistics are refreshed before they are joined. */
    private static final int ANALYZE_FROM = 500;

    private void store(Long runId, List<Invoice> invoices, List<Object[]> rows, List<Object[]> lines) {
        Bulk.insert(db.dsl(), "invoice", INVOICES, rows);
        if (invoices.size() >= ANALYZE_FROM) {
            // a town's run writes thousands of invoices in this transaction, which the planner's statistics do not count
            // yet: the two joins below then loop over every invoice for each line and each draft day (finalisation of
            // 10,000 households measured at 227 s, 5,000 at 57 s by the bench's P4). ANALYZE sees this transaction's rows.
            db.dsl().execute("ANALYZE invoice, draft_day");
        }
        Bulk.execute(db.dsl(), "INSERT INTO invoice_line (invoice_id, position, prestation, child_name, quantity, unit_price_cents, note) "
                + "SELECT i.id, u.position, u.prestation, u.child_name, u.quantity, u.unit_price_cents, u.note FROM {rows} JOIN invoice i ON i.number = u.number",
                INVOICE_LINES, lines);
        // the days the run's drafts count, now billed by these invoices: the primary key refuses a day billed already
        if (runId != null && !invoices.isEmpty()) {
            db.dsl().execute("INSERT INTO billed_day (invoice_id, child_id, activity_id, day) SELECT i.id, d.child_id, d.activity_id, d.day "
                    + "FROM draft_day d JOIN invoice i ON i.run_id = d.run_id AND i.household_id = d.household_id WHERE d.run_id = ?", runId);
        }
    }

    @Override
    public Optional<InvoiceHeader> header(InvoiceNumber number) {
        return db.dsl().selectFrom(INVOICE).where(INVOICE.NUMBER.eq(number.value()), INVOICE.ADDRESSEE.isNotNull())
                .fetchOptional(r -> new InvoiceHeader(r.getAddressee(), r.getAddresseeAddress(), r.getTownName(), r.getTownAddress(), r.getTownEmail(),
                        r.getTownPhone(), r.getCashOfficeName()));
    }

    @Override
    public Optional<Invoice> find(String number) {
        return invoices(INVOICE.NUMBER.eq(number), 1).stream().findFirst();
    }

    @Override
    public List<Invoice> ofRun(long runId) {
        return invoices(INVOICE.RUN_ID.eq(runId), Integer.MAX_VALUE, INVOICE.NUMBER.asc());
    }

    @Override
    public List<Invoice> ofHousehold(long householdId, long cashOfficeId) {
        return invoices(INVOICE.HOUSEHOLD_ID.eq(householdId).and(INVOICE.CASH_OFFICE_ID.eq(cashOfficeId)), Integer.MAX_VALUE);
    }

    @Override
    public List<Long> cashOfficesOf(long householdId) {
        return db.dsl().selectDistinct(INVOICE.CASH_OFFICE_ID).from(INVOICE).where(INVOICE.HOUSEHOLD_ID.eq(householdId))
                .orderBy(INVOICE.CASH_OFFICE_ID).fetch(r -> r.value1());
    }

    @Override
    public List<Invoice> search(String text, Optional<InvoiceStatus> status, int limit) {
        Condition where = INVOICE.NUMBER.containsIgnoreCase(text == null ? "" : text.strip());
        if (status.isPresent()) where = where.and(INVOICE.STATUS.eq(status.get().name()));
        return invoices(where, Math.max(limit, 0));
    }

    private List<Invoice> invoices(Condition where, int limit) {
        return invoices(where, limit, INVOICE.MONTH.desc(), INVOICE.NUMBER.desc());
    }

    private List<Invoice> invoices(Condition where, int limit, org.jooq.SortField<?>... order) {
        var rows = db.dsl().selectFrom(INVOICE).where(where).orderBy(order).limit(limit).fetch();
        if (rows.isEmpty()) return List.of();
        var lines = new HashMap<Long, List<InvoiceLine>>();
        db.dsl().selectFrom(INVOICE_LINE).where(INVOICE_LINE.INVOICE_ID.eq(DSL.any(rows.map(InvoiceRecord::getId).toArray(Long[]::new))))
                .orderBy(INVOICE_LINE.INVOICE_ID, INVOICE_LINE.POSITION)
                .forEach(l -> lines.computeIfAbsent(l.getInvoiceId(), id -> new ArrayList<>())
                        .add(new InvoiceLine(l.getPrestation(), l.getChildName(), l.getQuantity(), Money.ofCents(l.getUnitPriceCents()), l.getNote())));
        return rows.map(r -> invoice(r, lines.getOrDefault(r.getId(), List.of())));
    }

    private static Invoice invoice(InvoiceRecord r, List<InvoiceLine> lines) {
        YearMonth month = YearMonth.from(r.getMonth());
        InvoicePayment payment = r.getPaidMethod() == null ? null : new InvoicePayment(PaymentMethod.valueOf(r.getPaidMethod()),
                Money.ofCents(r.getPaidAmountCents()), r.getPaidAt().toInstant(), r.getPaidReference());
        return new Invoice(new InvoiceNumber(r.getNumber(), month, r.getSequence()), r.getHouseholdId(), r.getCashOfficeId(), month, lines,
                r.getIssuedOn(), r.getDueOn(), InvoiceStatus.valueOf(r.getStatus()), Money.ofCents(r.getCreditedCents()), payment);
    }

    // ------------------------------------------------------------------ payments and credit notes

    @Override
    public boolean markPaid(InvoiceNumber number, InvoicePayment p) {
        return db.dsl().update(INVOICE).set(INVOICE.STATUS, p.method().resultingStatus().name()).set(INVOICE.PAID_METHOD, p.method().name())
                .set(INVOICE.PAID_AMOUNT_CENTS, p.amount().cents()).set(INVOICE.PAID_AT, utc(p.paidAt())).set(INVOICE.PAID_REFERENCE, p.reference())
                .where(INVOICE.NUMBER.eq(number.value()).and(INVOICE.STATUS.eq(InvoiceStatus.TO_PAY.name())))
                .execute() == 1;
    }

    @Override
    public boolean recordDeskPayment(InvoiceNumber number, InvoicePayment p, long recordedBy, Instant at) {
        return db.inTransaction(() -> {
            if (!markPaid(number, p)) return false;
            db.dsl().insertInto(DESK_PAYMENT)
                    .set(DESK_PAYMENT.INVOICE_ID, DSL.select(INVOICE.ID).from(INVOICE).where(INVOICE.NUMBER.eq(number.value())))
                    .set(DESK_PAYMENT.METHOD, p.method().name()).set(DESK_PAYMENT.AMOUNT_CENTS, p.amount().cents())
                    .set(DESK_PAYMENT.RECEIVED_AT, utc(p.paidAt())).set(DESK_PAYMENT.REFERENCE, p.reference())
                    .set(DESK_PAYMENT.RECORDED_BY, recordedBy).set(DESK_PAYMENT.RECORDED_AT, utc(at))
                    .execute();
            return true;
        });
    }

    @Override
    public List<DeskPaymentRecord> deskPayments(InvoiceNumber number) {
        return db.dsl().select(DESK_PAYMENT.fields()).from(DESK_PAYMENT).join(INVOICE).on(INVOICE.ID.eq(DESK_PAYMENT.INVOICE_ID))
                .where(INVOICE.NUMBER.eq(number.value())).orderBy(DESK_PAYMENT.ID)
                .fetch(r -> new DeskPaymentRecord(new InvoicePayment(PaymentMethod.valueOf(r.get(DESK_PAYMENT.METHOD)),
                        Money.ofCents(r.get(DESK_PAYMENT.AMOUNT_CENTS)), r.get(DESK_PAYMENT.RECEIVED_AT).toInstant(), r.get(DESK_PAYMENT.REFERENCE)),
                        r.get(DESK_PAYMENT.RECORDED_BY), r.get(DESK_PAYMENT.RECORDED_AT).toInstant()));
    }

    @Override
    public void addCreditNote(CreditNote note, Invoice updated, long issuedBy, Instant at) {
        db.run(() -> {
            long invoiceId = db.dsl().update(INVOICE).set(INVOICE.CREDITED_CENTS, updated.credited().cents())
                    .set(INVOICE.STATUS, updated.status().name()).setNull(INVOICE.PDF_SIZE).where(INVOICE.NUMBER.eq(updated.number().value()))
                    .returning(INVOICE.ID).fetchSingle().getId();
            long id = db.dsl().insertInto(CREDIT_NOTE)
                    .set(CREDIT_NOTE.NUMBER, note.number().value()).set(CREDIT_NOTE.INVOICE_ID, invoiceId)
                    .set(CREDIT_NOTE.CASH_OFFICE_ID, note.cashOfficeId()).set(CREDIT_NOTE.SEQUENCE_YEAR, note.number().sequenceYear())
                    .set(CREDIT_NOTE.SEQUENCE, note.number().sequence()).set(CREDIT_NOTE.HOUSEHOLD_ID, note.householdId())
                    .set(CREDIT_NOTE.MONTH, note.number().month().atDay(1)).set(CREDIT_NOTE.ISSUED_ON, note.issuedOn())
                    .set(CREDIT_NOTE.REASON, note.reason()).set(CREDIT_NOTE.ISSUED_BY, issuedBy).set(CREDIT_NOTE.ISSUED_AT, utc(at))
                    .returning(CREDIT_NOTE.ID).fetchSingle().getId();
            var rows = new ArrayList<Object[]>();
            int position = 0;
            for (InvoiceLine l : note.lines()) rows.add(new Object[]{id, ++position, l.prestation(), l.childName(), l.quantity(), l.unitPrice().cents(), l.note()});
            insertChunks(List.of(CREDIT_NOTE_LINE.CREDIT_NOTE_ID, CREDIT_NOTE_LINE.POSITION, CREDIT_NOTE_LINE.PRESTATION, CREDIT_NOTE_LINE.CHILD_NAME,
                    CREDIT_NOTE_LINE.QUANTITY, CREDIT_NOTE_LINE.UNIT_PRICE_CENTS, CREDIT_NOTE_LINE.NOTE), rows);
        });
    }

    @Override
    public List<CreditNote> creditNotes(InvoiceNumber invoice) {
        var notes = db.dsl().select(CREDIT_NOTE.fields()).from(CREDIT_NOTE).join(INVOICE).on(INVOICE.ID.eq(CREDIT_NOTE.INVOICE_ID))
                .where(INVOICE.NUMBER.eq(invoice.value())).orderBy(CREDIT_NOTE.ID).fetch().into(CREDIT_NOTE);
        var result = new ArrayList<CreditNote>();
        for (var n : notes) {
            var lines = db.dsl().selectFrom(CREDIT_NOTE_LINE).where(CREDIT_NOTE_LINE.CREDIT_NOTE_ID.eq(n.getId())).orderBy(CREDIT_NOTE_LINE.POSITION)
                    .fetch(l -> new InvoiceLine(l.getPrestation(), l.getChildName(), l.getQuantity(), Money.ofCents(l.getUnitPriceCents()), l.getNote()));
            result.add(new CreditNote(new InvoiceNumber(n.getNumber(), YearMonth.from(n.getMonth()), n.getSequence()), invoice, n.getHouseholdId(),
                    n.getCashOfficeId(), n.getIssuedOn(), n.getReason(), lines));
        }
        return result;
    }

    @Override
    public Optional<Integer> pdfSize(InvoiceNumber number) {
        return db.dsl().select(INVOICE.PDF_SIZE).from(INVOICE).where(INVOICE.NUMBER.eq(number.value())).fetchOptional().map(r -> r.value1());
    }

    @Override
    public void recordPdfSize(InvoiceNumber number, int bytes) {
        db.dsl().update(INVOICE).set(INVOICE.PDF_SIZE, bytes).where(INVOICE.NUMBER.eq(number.value())).execute();
    }

    // ------------------------------------------------------------------ helpers

    private void insertChunks(List<Field<?>> columns, List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += CHUNK) {
            var insert = db.dsl().insertInto(tableOf(columns)).columns(columns);
            for (Object[] row : rows.subList(from, Math.min(rows.size(), from + CHUNK))) insert = insert.values(row);
            insert.execute();
        }
    }

    private static org.jooq.Table<?> tableOf(List<Field<?>> columns) {
        return ((org.jooq.TableField<?, ?>) columns.getFirst()).getTable();
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
