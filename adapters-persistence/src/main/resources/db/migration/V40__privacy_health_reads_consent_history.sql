-- Privacy (RGPD): the data-protection officer named by the privacy notice, who read which health sheet, and every
-- change of a consent answer kept with its date.

-- How families reach the data-protection officer («délégué à la protection des données»): a name, an address, a
-- mail; '' while the town has not said it (the notice then points to the town hall).
ALTER TABLE town_settings ADD COLUMN IF NOT EXISTS dpo_contact TEXT NOT NULL DEFAULT '';

-- Every time staff open, print or export a child's health sheet; the family sees its children's lines, admins all.
-- Holds no health data: who, when, which child, how and from which page.
CREATE TABLE health_sheet_read (
    id                BIGSERIAL PRIMARY KEY,
    household_id      BIGINT      NOT NULL REFERENCES household (id) ON DELETE CASCADE,
    child_id          BIGINT      NOT NULL REFERENCES child (id) ON DELETE CASCADE,
    reader_account_id BIGINT      NOT NULL,
    at                TIMESTAMPTZ NOT NULL,
    -- HealthSheetRead.Kind: OPENED, PRINTED, EXPORTED
    kind              TEXT        NOT NULL CHECK (kind IN ('OPENED', 'PRINTED', 'EXPORTED')),
    page              TEXT        NOT NULL
);
CREATE INDEX health_sheet_read_household ON health_sheet_read (household_id, id DESC);
CREATE INDEX health_sheet_read_latest ON health_sheet_read (id DESC);

-- consent_answer keeps the answer in force per question version; this keeps each change (given, withdrawn, given
-- again), dated, with who made it.
CREATE TABLE consent_change (
    id            BIGSERIAL PRIMARY KEY,
    child_id      BIGINT      NOT NULL REFERENCES child (id) ON DELETE CASCADE,
    question_code TEXT        NOT NULL,
    version       INTEGER     NOT NULL,
    granted       BOOLEAN     NOT NULL,
    changed_at    TIMESTAMPTZ NOT NULL,
    changed_by    BIGINT      NOT NULL
);
CREATE INDEX consent_change_child ON consent_change (child_id, id);
-- the answers given before this table existed start each child's history
INSERT INTO consent_change (child_id, question_code, version, granted, changed_at, changed_by)
SELECT child_id, question_code, version, granted, answered_at, answered_by FROM consent_answer ORDER BY answered_at;

-- The audit trail outside the dossier: bookings and cancellations, enrolment and absence decisions, invoices, credit
-- notes, desk payments, the town's settings (household_id null). Who, when, from where; never health data. (The
-- accounts' own audit_event log of sign-ins and account changes is apart.)
CREATE TABLE household_event (
    id                BIGSERIAL PRIMARY KEY,
    household_id      BIGINT REFERENCES household (id) ON DELETE CASCADE,
    actor_account_id  BIGINT      NOT NULL,
    at                TIMESTAMPTZ NOT NULL,
    -- AuditEvent.Kind name
    kind              TEXT        NOT NULL,
    summary           TEXT        NOT NULL,
    origin            TEXT        NOT NULL
);
CREATE INDEX household_event_household ON household_event (household_id, id DESC);
CREATE INDEX household_event_town ON household_event (id DESC) WHERE household_id IS NULL;

-- How long each category of personal data is kept (RetentionPolicy), one row, the legal defaults until admins change
-- them; invoices never under the public accountant's ten years.
CREATE TABLE retention_settings (
    id               SMALLINT PRIMARY KEY DEFAULT 1 CHECK (id = 1),
    household_years  INTEGER NOT NULL DEFAULT 1 CHECK (household_years BETWEEN 0 AND 10),
    document_months  INTEGER NOT NULL DEFAULT 3 CHECK (document_months BETWEEN 0 AND 60),
    message_years    INTEGER NOT NULL DEFAULT 2 CHECK (message_years BETWEEN 1 AND 10),
    audit_years      INTEGER NOT NULL DEFAULT 3 CHECK (audit_years BETWEEN 1 AND 10),
    invoice_years    INTEGER NOT NULL DEFAULT 10 CHECK (invoice_years BETWEEN 10 AND 30)
);

-- Staff mark a household «a quitté la commune»; the retention job anonymises it when its time comes (anonymised_at).
ALTER TABLE household ADD COLUMN left_on DATE;
ALTER TABLE household ADD COLUMN anonymised_at TIMESTAMPTZ;
