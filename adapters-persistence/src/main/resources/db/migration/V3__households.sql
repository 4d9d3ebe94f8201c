-- The family file («dossier»): households and their member accounts, guardians, children with health sheets,
-- authorised contacts and consent answers; justificatifs with their bytes; the dossier's audit trail; and the
-- town's data they refer to (schools, kinds of justificatifs, consent questions).

CREATE TABLE school (
    name TEXT PRIMARY KEY CHECK (length(trim(name)) > 0)
);

CREATE TABLE document_type (
    code      TEXT PRIMARY KEY CHECK (code ~ '^[a-z0-9-]{1,40}$'),
    label     TEXT    NOT NULL,
    required  BOOLEAN NOT NULL,
    per_child BOOLEAN NOT NULL,
    -- the order the town lists them in
    position  SERIAL  NOT NULL
);

-- Every version of every question is kept: answers refer to the version they answered.
CREATE TABLE consent_question (
    code     TEXT    NOT NULL CHECK (code ~ '^[a-z0-9-]{1,40}$'),
    version  INTEGER NOT NULL CHECK (version > 0),
    label    TEXT    NOT NULL,
    required BOOLEAN NOT NULL,
    position SERIAL  NOT NULL,
    PRIMARY KEY (code, version)
);

CREATE TABLE household (
    id                 BIGSERIAL PRIMARY KEY,
    name               TEXT    NOT NULL CHECK (length(trim(name)) > 0),
    postal_address     TEXT    NOT NULL DEFAULT '',
    paperless_invoices BOOLEAN NOT NULL DEFAULT false
);

-- A parent account belongs to one household (the primary key); a household may have several accounts.
CREATE TABLE household_account (
    account_id   BIGINT PRIMARY KEY REFERENCES account (id),
    household_id BIGINT NOT NULL REFERENCES household (id) ON DELETE CASCADE
);
CREATE INDEX household_account_household ON household_account (household_id);

CREATE TABLE guardian (
    household_id BIGINT  NOT NULL REFERENCES household (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    last_name    TEXT    NOT NULL,
    first_names  TEXT    NOT NULL,
    relationship TEXT    NOT NULL,
    email        TEXT    NOT NULL,
    mobile_phone TEXT    NOT NULL,
    other_phone  TEXT    NOT NULL,
    PRIMARY KEY (household_id, position)
);

CREATE TYPE school_level AS ENUM ('PS', 'MS', 'GS', 'CP', 'CE1', 'CE2', 'CM1', 'CM2');

CREATE TABLE child (
    id           BIGSERIAL PRIMARY KEY,
    household_id BIGINT       NOT NULL REFERENCES household (id) ON DELETE CASCADE,
    last_name    TEXT         NOT NULL CHECK (length(trim(last_name)) > 0),
    first_names  TEXT         NOT NULL CHECK (length(trim(first_names)) > 0),
    birth_date   DATE         NOT NULL,
    -- a school's name, or '' when not known; not a foreign key: a school closing must not erase the history
    school       TEXT         NOT NULL DEFAULT '',
    level        school_level
);
CREATE INDEX child_household ON child (household_id);

-- Health data: read by the dossier pages only, never logged (jOOQ's execute logging is off).
CREATE TABLE health_record (
    child_id            BIGINT PRIMARY KEY REFERENCES child (id) ON DELETE CASCADE,
    doctor_name         TEXT    NOT NULL,
    doctor_phone        TEXT    NOT NULL,
    drug_allergies      BOOLEAN,
    drug_allergy_detail TEXT    NOT NULL,
    other_allergies     TEXT    NOT NULL,
    recommendations     TEXT    NOT NULL,
    -- ChildhoodIllness names
    illnesses           TEXT[]  NOT NULL DEFAULT '{}',
    -- BloodGroup name; null while not answered
    blood_group         TEXT
);

CREATE TABLE vaccination (
    child_id       BIGINT NOT NULL REFERENCES child (id) ON DELETE CASCADE,
    -- Vaccine name
    vaccine        TEXT   NOT NULL,
    last_injection DATE   NOT NULL,
    PRIMARY KEY (child_id, vaccine)
);

CREATE TABLE authorised_contact (
    id           BIGSERIAL PRIMARY KEY,
    child_id     BIGINT  NOT NULL REFERENCES child (id) ON DELETE CASCADE,
    rank         INTEGER NOT NULL CHECK (rank > 0),
    name         TEXT    NOT NULL,
    relationship TEXT    NOT NULL,
    phone        TEXT    NOT NULL,
    emergency    BOOLEAN NOT NULL,
    may_collect  BOOLEAN NOT NULL
);
CREATE INDEX authorised_contact_child ON authorised_contact (child_id, rank);

CREATE TABLE consent_answer (
    child_id      BIGINT      NOT NULL REFERENCES child (id) ON DELETE CASCADE,
    question_code TEXT        NOT NULL,
    version       INTEGER     NOT NULL,
    granted       BOOLEAN     NOT NULL,
    answered_at   TIMESTAMPTZ NOT NULL,
    answered_by   BIGINT      NOT NULL,
    PRIMARY KEY (child_id, question_code, version)
);

CREATE TYPE document_status AS ENUM ('PENDING', 'VALIDATED', 'REJECTED');

CREATE TABLE supporting_document (
    id               BIGSERIAL PRIMARY KEY,
    household_id     BIGINT          NOT NULL REFERENCES household (id) ON DELETE CASCADE,
    child_id         BIGINT REFERENCES child (id) ON DELETE CASCADE,
    type_code        TEXT            NOT NULL,
    file_name        TEXT            NOT NULL,
    -- FileType name, detected from the content
    file_type        TEXT            NOT NULL,
    size             BIGINT          NOT NULL CHECK (size > 0),
    sha256           TEXT            NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    sent_at          TIMESTAMPTZ     NOT NULL,
    sent_by          BIGINT          NOT NULL,
    valid_until      DATE,
    status           document_status NOT NULL,
    rejection_reason TEXT,
    reviewed_at      TIMESTAMPTZ,
    reviewed_by      BIGINT,
    from_town        BOOLEAN         NOT NULL DEFAULT false,
    CHECK ((status = 'REJECTED') = (rejection_reason IS NOT NULL))
);
CREATE INDEX supporting_document_household ON supporting_document (household_id, id DESC);
CREATE INDEX supporting_document_pending ON supporting_document (id) WHERE status = 'PENDING';

-- The bytes, apart from the metadata so that lists never read them; written once.
CREATE TABLE document_content (
    document_id BIGINT PRIMARY KEY REFERENCES supporting_document (id) ON DELETE CASCADE,
    content     BYTEA NOT NULL
);

-- Who changed what in a dossier (health sheet, contacts, consents, coordinates), old → new. Append-only; read by staff.
CREATE TABLE dossier_change (
    id               BIGSERIAL PRIMARY KEY,
    household_id     BIGINT      NOT NULL REFERENCES household (id) ON DELETE CASCADE,
    child_id         BIGINT,
    actor_account_id BIGINT      NOT NULL,
    at               TIMESTAMPTZ NOT NULL,
    field            TEXT        NOT NULL,
    old_value        TEXT        NOT NULL,
    new_value        TEXT        NOT NULL
);
CREATE INDEX dossier_change_household ON dossier_change (household_id, id DESC);
