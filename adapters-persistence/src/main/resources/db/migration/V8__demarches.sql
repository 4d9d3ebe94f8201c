-- Online démarches. A form keeps the agents' definition text (one line per question), parsed by the domain.
CREATE TABLE demarche_form (
    id          BIGSERIAL PRIMARY KEY,
    title       TEXT    NOT NULL CHECK (length(trim(title)) > 0),
    description TEXT    NOT NULL DEFAULT '',
    definition  TEXT    NOT NULL,
    active      BOOLEAN NOT NULL DEFAULT true
);

CREATE TABLE demarche (
    id               BIGSERIAL PRIMARY KEY,
    form_id          BIGINT      NOT NULL REFERENCES demarche_form (id),
    household_id     BIGINT      NOT NULL REFERENCES household (id) ON DELETE CASCADE,
    status           TEXT        NOT NULL CHECK (status IN ('TO_COMPLETE', 'DRAFT', 'SUBMITTED', 'VALIDATED', 'REJECTED')),
    rejection_reason TEXT,
    created_at       TIMESTAMPTZ NOT NULL,
    updated_at       TIMESTAMPTZ NOT NULL
);
CREATE INDEX demarche_household ON demarche (household_id, updated_at DESC);
CREATE INDEX demarche_status ON demarche (status, updated_at);

CREATE TABLE demarche_answer (
    demarche_id BIGINT NOT NULL REFERENCES demarche (id) ON DELETE CASCADE,
    field_key   TEXT   NOT NULL,
    value       TEXT   NOT NULL,
    PRIMARY KEY (demarche_id, field_key)
);

CREATE TABLE demarche_history (
    id          BIGSERIAL PRIMARY KEY,
    demarche_id BIGINT      NOT NULL REFERENCES demarche (id) ON DELETE CASCADE,
    from_status TEXT,
    to_status   TEXT        NOT NULL,
    account_id  BIGINT      NOT NULL REFERENCES account (id),
    at          TIMESTAMPTZ NOT NULL,
    reason      TEXT
);
CREATE INDEX demarche_history_order ON demarche_history (demarche_id, id);
