package fr.portailfamille.persistence.billing;

import fr.portailfamille.application.billing.port.CashOfficeRepository;
import fr.portailfamille.application.billing.Tariff;
import fr.portailfamille.domain.billing.BillingRules;
import fr.portailfamille.domain.billing.CashOffice;
import fr.portailfamille.domain.billing.InvoiceNumberPattern;
import fr.portailfamille.domain.billing.LateBookingSurcharge;
import fr.portailfamille.domain.billing.TariffBracket;
import fr.portailfamille.domain.billing.TariffGrid;
import fr.portailfamille.domain.common.Money;
import fr.portailfamille.persistence.Db;
import fr.portailfamille.persistence.schema.tables.records.CashOfficeRecord;
import fr.portailfamille.persistence.schema.tables.records.TariffRecord;

import java.util.List;
import java.util.Optional;

import static fr.portailfamille.persistence.schema.Tables.CASH_OFFICE;
import static fr.portailfamille.persistence.schema.Tables.TARIFF;
import static fr.portailfamille.persistence.schema.Tables.TARIFF_BRACKET;

public final class JooqCashOfficeRepository implements CashOfficeRepository {

    private final Db db;

    public JooqCashOfficeRepository(Db db) {
        this.db = db;
    }

    @Override
    public CashOffice add(CashOffice c) {
        db.reference().changed();
        long id = db.dsl().insertInto(CASH_OFFICE)
                .set(CASH_OFFICE.NAME, c.name()).set(CASH_OFFICE.PAYFIP_CLIENT_NUMBER, c.payfipClientNumber())
                .set(CASH_OFFICE.INVOICE_PREFIX, c.invoicePrefix()).set(CASH_OFFICE.NUMBER_TEMPLATE, c.numberPattern().template())
                .returning(CASH_OFFICE.ID).fetchOne().getId();
        return c.withId(id);
    }

    @Override
    public void update(CashOffice c) {
        db.reference().changed();
        db.dsl().update(CASH_OFFICE)
                .set(CASH_OFFICE.NAME, c.name()).set(CASH_OFFICE.PAYFIP_CLIENT_NUMBER, c.payfipClientNumber())
                .set(CASH_OFFICE.INVOICE_PREFIX, c.invoicePrefix()).set(CASH_OFFICE.NUMBER_TEMPLATE, c.numberPattern().template())
                .where(CASH_OFFICE.ID.eq(c.id())).execute();
    }

    @Override
    public Optional<CashOffice> find(long id) {
        return db.reference().get(new Office(id), () ->
                db.dsl().selectFrom(CASH_OFFICE).where(CASH_OFFICE.ID.eq(id)).fetchOptional(JooqCashOfficeRepository::cashOffice));
    }

    @Override
    public List<CashOffice> all() {
        return db.reference().get("cash offices", () ->
                db.dsl().selectFrom(CASH_OFFICE).orderBy(CASH_OFFICE.NAME, CASH_OFFICE.ID).fetch(JooqCashOfficeRepository::cashOffice).stream().toList());
    }

    private record Office(long id) {
    }

    static CashOffice cashOffice(CashOfficeRecord r) {
        return new CashOffice(r.getId(), r.getName(), r.getPayfipClientNumber(), r.getInvoicePrefix(), new InvoiceNumberPattern(r.getNumberTemplate()));
    }

    @Override
    public Tariff addTariff(Tariff t) {
        long id = db.dsl().insertInto(TARIFF).set(tariffRow(t)).returning(TARIFF.ID).fetchOne().getId();
        insertBrackets(id, t.grid());
        return t.withId(id);
    }

    @Override
    public void updateTariff(Tariff t) {
        var row = tariffRow(t);
        row.changed(TARIFF.ID, false);
        db.dsl().update(TARIFF).set(row).where(TARIFF.ID.eq(t.id())).execute();
        db.dsl().deleteFrom(TARIFF_BRACKET).where(TARIFF_BRACKET.TARIFF_ID.eq(t.id())).execute();
        insertBrackets(t.id(), t.grid());
    }

    @Override
    public Optional<Tariff> findTariff(long id) {
        return db.dsl().selectFrom(TARIFF).where(TARIFF.ID.eq(id)).fetchOptional(this::tariff);
    }

    @Override
    public List<Tariff> tariffs(long cashOfficeId) {
        return db.dsl().selectFrom(TARIFF).where(TARIFF.CASH_OFFICE_ID.eq(cashOfficeId))
                .orderBy(TARIFF.TARIFF_KEY, TARIFF.VALID_FROM, TARIFF.ID).fetch(this::tariff);
    }

    private TariffRecord tariffRow(Tariff t) {
        var r = new TariffRecord();
        r.setCashOfficeId(t.cashOfficeId());
        r.setTariffKey(t.key());
        r.setActivityName(t.activityName());
        r.setUnitLabel(t.grid().unitLabel());
        r.setValidFrom(t.grid().validFrom());
        r.setValidTo(t.grid().validTo());
        r.setBillLateCancellations(t.rules().billLateCancellations());
        switch (t.rules().lateBookingSurcharge().orElse(null)) {
            case LateBookingSurcharge.FixedAmount f -> r.setSurchargeCents(f.amount().cents());
            case LateBookingSurcharge.Percentage p -> r.setSurchargeBasisPoints(p.basisPoints());
            case null -> { }
        }
        return r;
    }

    private void insertBrackets(long tariffId, TariffGrid grid) {
        var insert = db.dsl().insertInto(TARIFF_BRACKET, TARIFF_BRACKET.TARIFF_ID, TARIFF_BRACKET.LABEL, TARIFF_BRACKET.FROM_QUOTIENT,
                TARIFF_BRACKET.TO_QUOTIENT, TARIFF_BRACKET.UNIT_PRICE_CENTS);
        for (TariffBracket b : grid.brackets()) insert = insert.values(tariffId, b.label(), b.fromQuotient(), b.toQuotient(), b.unitPrice().cents());
        insert.execute();
    }

    private Tariff tariff(TariffRecord r) {
        var brackets = db.dsl().selectFrom(TARIFF_BRACKET).where(TARIFF_BRACKET.TARIFF_ID.eq(r.getId())).orderBy(TARIFF_BRACKET.FROM_QUOTIENT)
                .fetch(b -> new TariffBracket(b.getLabel(), b.getFromQuotient(), b.getToQuotient(), Money.ofCents(b.getUnitPriceCents())));
        Optional<LateBookingSurcharge> surcharge = r.getSurchargeCents() != null
                ? Optional.of(new LateBookingSurcharge.FixedAmount(Money.ofCents(r.getSurchargeCents())))
                : Optional.ofNullable(r.getSurchargeBasisPoints()).map(LateBookingSurcharge.Percentage::new);
        return new Tariff(r.getId(), r.getCashOfficeId(), r.getActivityName(),
                new TariffGrid(r.getTariffKey(), r.getUnitLabel(), r.getValidFrom(), r.getValidTo(), brackets),
                new BillingRules(r.getBillLateCancellations(), surcharge));
    }
}
