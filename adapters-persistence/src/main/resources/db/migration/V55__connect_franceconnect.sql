-- FranceConnect: the identity linked to each account, the trips to FranceConnect in progress, and the ID token of
-- each session signed in through it (handed back to FranceConnect at sign-out to end its session too).

-- One identity per account and one account per identity. The subject is FranceConnect's pairwise identifier of the
-- person for this portal: never a name or an e-mail address.
CREATE TABLE franceconnect_link (
    account_id BIGINT      PRIMARY KEY REFERENCES account (id) ON DELETE CASCADE,
    subject    TEXT        NOT NULL UNIQUE CHECK (length(subject) BETWEEN 1 AND 255),
    linked_at  TIMESTAMPTZ NOT NULL
);

-- A state is used once (the row is deleted when the callback reads it) and lives ten minutes; only its hash is kept,
-- the state itself travels in addresses. The nonce is compared with the ID token's.
CREATE TABLE franceconnect_attempt (
    state_hash TEXT        PRIMARY KEY,
    nonce      TEXT        NOT NULL,
    purpose    TEXT        NOT NULL CHECK (purpose IN ('SIGN_IN', 'LINK')),
    account_id BIGINT      REFERENCES account (id) ON DELETE CASCADE,
    started_at TIMESTAMPTZ NOT NULL,
    CHECK ((purpose = 'LINK') = (account_id IS NOT NULL))
);
CREATE INDEX franceconnect_attempt_started_at ON franceconnect_attempt (started_at);

-- The ID token of a session opened (or linked) through FranceConnect, gone with the session.
CREATE TABLE franceconnect_session (
    session_hash TEXT PRIMARY KEY REFERENCES web_session (id_hash) ON DELETE CASCADE,
    id_token     TEXT NOT NULL
);
