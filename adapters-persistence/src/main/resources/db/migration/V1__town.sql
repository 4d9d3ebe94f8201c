-- The town running the portal: one row of settings, read by every page (banner, footer, mails).
CREATE TABLE town_settings (
    id                        SMALLINT PRIMARY KEY DEFAULT 1 CHECK (id = 1),
    name                      TEXT        NOT NULL CHECK (length(trim(name)) > 0),
    logo_path                 TEXT,
    services_email            TEXT        NOT NULL,
    phone                     TEXT        NOT NULL,
    postal_address            TEXT        NOT NULL,
    public_base_url           TEXT        NOT NULL,
    activation_validity_hours INTEGER     NOT NULL DEFAULT 168 CHECK (activation_validity_hours > 0),
    updated_at                TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Conditions générales d'utilisation: every published version is kept, the highest is current.
CREATE TABLE terms_version (
    version      INTEGER PRIMARY KEY CHECK (version > 0),
    title        TEXT        NOT NULL,
    body         TEXT        NOT NULL,
    published_at TIMESTAMPTZ NOT NULL
);

-- Mails written in the same transaction as the change that causes them; a worker delivers them
-- (SMTP, or the development mailbox when no SMTP server is configured).
-- SENDING: claimed by one worker; a crash while sending leaves it there rather than risk sending twice.
CREATE TYPE mail_status AS ENUM ('PENDING', 'SENDING', 'SENT', 'FAILED');

CREATE TABLE mail_outbox (
    id              BIGSERIAL PRIMARY KEY,
    recipient       TEXT        NOT NULL,
    sender          TEXT        NOT NULL,
    subject         TEXT        NOT NULL,
    text_body       TEXT        NOT NULL,
    html_body       TEXT        NOT NULL,
    status          mail_status NOT NULL DEFAULT 'PENDING',
    attempts        INTEGER     NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    last_error      TEXT,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    sent_at         TIMESTAMPTZ,
    -- where it went: 'smtp' or 'dev-mailbox'
    delivered_via   TEXT
);
CREATE INDEX mail_outbox_due ON mail_outbox (next_attempt_at) WHERE status = 'PENDING';
