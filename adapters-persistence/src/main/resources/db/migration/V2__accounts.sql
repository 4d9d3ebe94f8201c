-- Web accounts (parents and staff) and what signing in needs: one-time links, sessions, throttling,
-- the audit trail and the proof of CGU acceptances.

-- Enums rather than TEXT: the database itself refuses a misspelt role or status, and jOOQ maps them to Java enums.
CREATE TYPE account_role AS ENUM ('PARENT', 'AGENT', 'ADMIN');
CREATE TYPE account_status AS ENUM ('PENDING_ACTIVATION', 'ACTIVE', 'PURGED');

CREATE TABLE account (
    id                     BIGSERIAL PRIMARY KEY,
    -- the short «identifiant de connexion» mailed at creation; never given twice, even after a purge
    login_id               INTEGER        NOT NULL UNIQUE CHECK (login_id > 0),
    -- stored canonical (lower case) by the domain; the unique index below still compares lower() to be safe
    email                  TEXT           NOT NULL,
    last_name              TEXT           NOT NULL CHECK (length(trim(last_name)) > 0),
    first_names            TEXT           NOT NULL CHECK (length(trim(first_names)) > 0),
    role                   account_role   NOT NULL,
    status                 account_status NOT NULL,
    -- Argon2id encoded string; null until activation and after a purge
    password_hash          TEXT,
    mobile_layout          BOOLEAN        NOT NULL DEFAULT false,
    created_at             TIMESTAMPTZ    NOT NULL,
    activated_at           TIMESTAMPTZ,
    -- version of the CGU last accepted, 0 for none (the full history is in terms_acceptance)
    accepted_terms_version INTEGER        NOT NULL DEFAULT 0 CHECK (accepted_terms_version >= 0)
);

-- One living account per address; a purged account keeps its row (audit, login id) but frees its address.
CREATE UNIQUE INDEX account_email_unique ON account (lower(email)) WHERE status <> 'PURGED';
-- The purge looks for accounts still pending long after their creation.
CREATE INDEX account_status_created_at ON account (status, created_at);

-- Login ids are a sequence, not max(login_id) + 1: two agents creating accounts at once never get the same one.
-- AS INTEGER: running out raises an error instead of overflowing the INTEGER column.
-- OWNED BY: the sequence goes with the column, and TRUNCATE … RESTART IDENTITY restarts it at 1001 too.
CREATE SEQUENCE login_id_seq AS INTEGER START 1001 OWNED BY account.login_id;

CREATE TYPE token_purpose AS ENUM ('ACTIVATION', 'PASSWORD_RESET', 'EMAIL_CHANGE');

-- Single-use links sent by mail; only the SHA-256 of the token is kept, so a leaked table cannot be replayed.
CREATE TABLE one_time_token (
    hash       TEXT PRIMARY KEY CHECK (hash ~ '^[0-9a-f]{64}$'),
    purpose    token_purpose NOT NULL,
    -- a purged account's links go with it
    account_id BIGINT        NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    expires_at TIMESTAMPTZ   NOT NULL,
    -- set once, by a conditional UPDATE: two clicks at once on one link succeed only once
    used_at    TIMESTAMPTZ,
    -- what the link confirms, e.g. the new address of an e-mail change
    payload    TEXT
);
-- revoke and hasLiveToken look tokens up by account and purpose.
CREATE INDEX one_time_token_account_purpose ON one_time_token (account_id, purpose);

-- Sessions live in the database so they survive a restart and are shared by several portal instances;
-- the cookie holds a random id, this table only its hash.
CREATE TABLE web_session (
    id_hash      TEXT PRIMARY KEY,
    account_id   BIGINT      NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    created_at   TIMESTAMPTZ NOT NULL,
    last_seen_at TIMESTAMPTZ NOT NULL,
    CHECK (last_seen_at >= created_at)
);
-- deleteForAccount (password reset, purge)
CREATE INDEX web_session_account ON web_session (account_id);
-- deleteExpired (idle timeout)
CREATE INDEX web_session_last_seen_at ON web_session (last_seen_at);

-- Consecutive sign-in failures per key («account:42», «address:203.0.113.7»), to slow down password guessing.
CREATE TABLE login_throttle (
    key                  TEXT PRIMARY KEY,
    consecutive_failures INTEGER NOT NULL CHECK (consecutive_failures >= 0),
    -- null exactly when there is no failure since the last success
    last_failure_at      TIMESTAMPTZ,
    CHECK ((consecutive_failures = 0) = (last_failure_at IS NULL))
);

-- The account journal, append-only. No foreign keys on purpose: the trail must outlive purged accounts,
-- and a failed login on an unknown id has no account at all.
CREATE TABLE audit_event (
    id                 BIGSERIAL PRIMARY KEY,
    -- the AuditEventType name; TEXT, not an enum, so a new kind of event needs no migration
    type               TEXT        NOT NULL,
    actor_account_id   BIGINT,
    subject_account_id BIGINT,
    at                 TIMESTAMPTZ NOT NULL,
    client_address     TEXT,
    -- short free text; never health data, a password or a token
    detail             TEXT
);
-- «Journal» of one account, most recent first. The whole journal, most recent first, needs no index of its own:
-- the primary key's index read backwards already gives it.
CREATE INDEX audit_event_subject ON audit_event (subject_account_id, id DESC);

-- Each acceptance of a CGU version, kept as proof (account, version, when).
-- No ON DELETE CASCADE: accounts are purged by status, never deleted, and the proof must not vanish with a row.
CREATE TABLE terms_acceptance (
    account_id  BIGINT      NOT NULL REFERENCES account (id),
    version     INTEGER     NOT NULL REFERENCES terms_version (version),
    accepted_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (account_id, version)
);
