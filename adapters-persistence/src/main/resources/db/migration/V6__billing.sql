-- Billing: régies, tariff grids by quotient familial, households' quotients, invoicing runs (drafts), final
-- invoices with frozen lines and gap-free numbers, credit notes, online payments (PayFiP attempts) and desk payments.
-- Amounts are integer cents. A month is stored as its first day.

CREATE TABLE cash_office (
    id                   BIGSERIAL PRIMARY KEY,
    name                 TEXT NOT NULL CHECK (length(trim(name)) > 0),
    payfip_client_number TEXT NOT NULL CHECK (payfip_client_number ~ '^[0-9]{6}$'),
    invoice_prefix       TEXT NOT NULL UNIQUE CHECK (invoice_prefix ~ '^[A-Z][A-Z0-9]{0,7}$'),
    number_template      TEXT NOT NULL
);

-- The prices of one tariff line (an activity's «priceCategory») for a period, with the activity's billing rules.
CREATE TABLE tariff (
    id                      BIGSERIAL PRIMARY KEY,
    cash_office_id          BIGINT  NOT NULL REFERENCES cash_office (id),
    tariff_key              TEXT    NOT NULL CHECK (tariff_key ~ '^[A-Z0-9][A-Z0-9-]{0,39}$'),
    activity_name           TEXT    NOT NULL CHECK (length(trim(activity_name)) > 0),
    unit_label              TEXT    NOT NULL DEFAULT '',
    valid_from              DATE    NOT NULL,
    valid_to                DATE CHECK (valid_to IS NULL OR valid_to >= valid_from),
    bill_late_cancellations BOOLEAN NOT NULL,
    -- the late-booking surcharge: a fixed amount, a percentage in basis points, or none
    surcharge_cents         BIGINT CHECK (surcharge_cents > 0),
    surcharge_basis_points  INTEGER CHECK (surcharge_basis_points BETWEEN 1 AND 10000),
    CHECK (surcharge_cents IS NULL OR surcharge_basis_points IS NULL)
);
CREATE INDEX tariff_by_cash_office ON tariff (cash_office_id, tariff_key, valid_from);

CREATE TABLE tariff_bracket (
    tariff_id        BIGINT  NOT NULL REFERENCES tariff (id) ON DELETE CASCADE,
    label            TEXT    NOT NULL,
    from_quotient    INTEGER NOT NULL CHECK (from_quotient >= 0),
    to_quotient      INTEGER,
    unit_price_cents BIGINT  NOT NULL CHECK (unit_price_cents >= 0),
    PRIMARY KEY (tariff_id, label)
);

-- A household's quotient familial, set by an agent after validating the justificatif; the history is kept.
CREATE TABLE family_quotient (
    id           BIGSERIAL PRIMARY KEY,
    household_id BIGINT      NOT NULL REFERENCES household (id) ON DELETE CASCADE,
    euros        INTEGER     NOT NULL CHECK (euros >= 0),
    source       TEXT        NOT NULL CHECK (source IN ('AVIS_IMPOSITION', 'CAF', 'MSA')),
    valid_from   DATE        NOT NULL,
    valid_to     DATE        NOT NULL CHECK (valid_to >= valid_from),
    set_by       BIGINT      NOT NULL REFERENCES account (id),
    set_at       TIMESTAMPTZ NOT NULL
);
CREATE INDEX family_quotient_by_household ON family_quotient (household_id);

-- One run per régie and month may be finalised; drafts may be computed again until then.
CREATE TABLE invoicing_run (
    id             BIGSERIAL PRIMARY KEY,
    cash_office_id BIGINT      NOT NULL REFERENCES cash_office (id),
    month          DATE        NOT NULL CHECK (extract(DAY FROM month) = 1),
    status         TEXT        NOT NULL CHECK (status IN ('DRAFT', 'FINALISED')),
    created_by     BIGINT      NOT NULL REFERENCES account (id),
    created_at     TIMESTAMPTZ NOT NULL,
    computed_at    TIMESTAMPTZ,
    issued_on      DATE,
    finalised_by   BIGINT REFERENCES account (id),
    finalised_at   TIMESTAMPTZ,
    CHECK ((status = 'FINALISED') = (finalised_at IS NOT NULL))
);
CREATE UNIQUE INDEX invoicing_run_one_final ON invoicing_run (cash_office_id, month) WHERE status = 'FINALISED';

-- A draft's lines, per household: replaced wholesale each time the run is computed.
CREATE TABLE draft_line (
    run_id           BIGINT  NOT NULL REFERENCES invoicing_run (id) ON DELETE CASCADE,
    household_id     BIGINT  NOT NULL REFERENCES household (id),
    position         INTEGER NOT NULL,
    prestation       TEXT    NOT NULL,
    child_name       TEXT    NOT NULL,
    quantity         INTEGER NOT NULL CHECK (quantity > 0),
    unit_price_cents BIGINT  NOT NULL,
    note             TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (run_id, household_id, position)
);

-- The gap-free series of each régie and year: the row is locked (SELECT … FOR UPDATE) while numbers are taken,
-- until the transaction that uses them commits; a rollback gives them back.
CREATE TABLE invoice_sequence (
    cash_office_id BIGINT  NOT NULL REFERENCES cash_office (id),
    year           INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2099),
    last_issued    INTEGER NOT NULL CHECK (last_issued >= 0),
    PRIMARY KEY (cash_office_id, year)
);

CREATE TABLE invoice (
    id                BIGSERIAL PRIMARY KEY,
    number            TEXT    NOT NULL UNIQUE,
    cash_office_id    BIGINT  NOT NULL REFERENCES cash_office (id),
    sequence_year     INTEGER NOT NULL,
    sequence          INTEGER NOT NULL CHECK (sequence > 0),
    household_id      BIGINT  NOT NULL REFERENCES household (id),
    run_id            BIGINT REFERENCES invoicing_run (id),
    month             DATE    NOT NULL CHECK (extract(DAY FROM month) = 1),
    issued_on         DATE    NOT NULL,
    due_on            DATE    NOT NULL,
    status            TEXT    NOT NULL CHECK (status IN ('TO_PAY', 'PAID', 'PAID_AT_DESK', 'CANCELLED_BY_CREDIT_NOTE')),
    total_cents       BIGINT  NOT NULL CHECK (total_cents > 0),
    credited_cents    BIGINT  NOT NULL DEFAULT 0 CHECK (credited_cents >= 0 AND credited_cents <= total_cents),
    paid_method       TEXT CHECK (paid_method IN ('ONLINE', 'CASH', 'CHEQUE', 'CESU', 'CARD_AT_DESK')),
    paid_amount_cents BIGINT,
    paid_at           TIMESTAMPTZ,
    paid_reference    TEXT,
    UNIQUE (cash_office_id, sequence_year, sequence),
    -- a household gets one invoice per run: finalising twice cannot issue a second one
    UNIQUE (run_id, household_id),
    CHECK ((status IN ('PAID', 'PAID_AT_DESK')) = (paid_method IS NOT NULL))
);
CREATE INDEX invoice_by_household ON invoice (household_id, cash_office_id, month DESC);

-- Frozen at finalisation: never updated.
CREATE TABLE invoice_line (
    invoice_id       BIGINT  NOT NULL REFERENCES invoice (id),
    position         INTEGER NOT NULL,
    prestation       TEXT    NOT NULL,
    child_name       TEXT    NOT NULL,
    quantity         INTEGER NOT NULL CHECK (quantity > 0),
    unit_price_cents BIGINT  NOT NULL,
    note             TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (invoice_id, position)
);

-- «Avoirs»: numbered in the régie's series, negative lines.
CREATE TABLE credit_note (
    id             BIGSERIAL PRIMARY KEY,
    number         TEXT        NOT NULL UNIQUE,
    invoice_id     BIGINT      NOT NULL REFERENCES invoice (id),
    cash_office_id BIGINT      NOT NULL REFERENCES cash_office (id),
    sequence_year  INTEGER     NOT NULL,
    sequence       INTEGER     NOT NULL CHECK (sequence > 0),
    household_id   BIGINT      NOT NULL REFERENCES household (id),
    month          DATE        NOT NULL,
    issued_on      DATE        NOT NULL,
    reason         TEXT        NOT NULL CHECK (length(trim(reason)) > 0),
    issued_by      BIGINT      NOT NULL REFERENCES account (id),
    issued_at      TIMESTAMPTZ NOT NULL,
    UNIQUE (cash_office_id, sequence_year, sequence)
);
CREATE TABLE credit_note_line (
    credit_note_id   BIGINT  NOT NULL REFERENCES credit_note (id),
    position         INTEGER NOT NULL,
    prestation       TEXT    NOT NULL,
    child_name       TEXT    NOT NULL,
    quantity         INTEGER NOT NULL CHECK (quantity > 0),
    unit_price_cents BIGINT  NOT NULL CHECK (unit_price_cents < 0),
    note             TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (credit_note_id, position)
);

-- An online payment attempt (one PayFiP transaction): its reference names this row, the order sent is kept to check
-- the provider's answers; the state leaves PENDING once, through UPDATE … WHERE state = 'PENDING'.
CREATE TABLE payment (
    id                BIGSERIAL PRIMARY KEY,
    cash_office_id    BIGINT      NOT NULL REFERENCES cash_office (id),
    household_id      BIGINT      NOT NULL REFERENCES household (id),
    account_id        BIGINT      NOT NULL REFERENCES account (id),
    amount_cents      BIGINT      NOT NULL CHECK (amount_cents > 0),
    state             TEXT        NOT NULL CHECK (state IN ('PENDING', 'PAID', 'REFUSED', 'CANCELLED', 'EXPIRED', 'FAILED')),
    created_at        TIMESTAMPTZ NOT NULL,
    settled_at        TIMESTAMPTZ,
    authorisation     TEXT,
    -- the order as sent (null until sent)
    reference         TEXT UNIQUE,
    provider_id       TEXT UNIQUE,
    client_number     TEXT,
    year              INTEGER,
    payer_email       TEXT,
    label             TEXT,
    mode              TEXT CHECK (mode IN ('TEST', 'ACTIVATION', 'PRODUCTION')),
    notification_url  TEXT,
    return_url        TEXT,
    ordered_at        TIMESTAMPTZ
);
CREATE INDEX payment_pending ON payment (created_at) WHERE state = 'PENDING';

CREATE TABLE payment_invoice (
    payment_id BIGINT NOT NULL REFERENCES payment (id),
    invoice_id BIGINT NOT NULL REFERENCES invoice (id),
    PRIMARY KEY (payment_id, invoice_id)
);
CREATE INDEX payment_invoice_by_invoice ON payment_invoice (invoice_id);

-- Payments received at the régie's desk, with who recorded them: the audit of the back-office.
CREATE TABLE desk_payment (
    id           BIGSERIAL PRIMARY KEY,
    invoice_id   BIGINT      NOT NULL REFERENCES invoice (id),
    method       TEXT        NOT NULL CHECK (method IN ('CASH', 'CHEQUE', 'CESU', 'CARD_AT_DESK')),
    amount_cents BIGINT      NOT NULL CHECK (amount_cents > 0),
    received_at  TIMESTAMPTZ NOT NULL,
    reference    TEXT        NOT NULL DEFAULT '',
    recorded_by  BIGINT      NOT NULL REFERENCES account (id),
    recorded_at  TIMESTAMPTZ NOT NULL
);
