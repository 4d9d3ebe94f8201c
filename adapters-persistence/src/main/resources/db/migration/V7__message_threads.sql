-- «Messagerie»: a conversation between one household and one town service.
CREATE TABLE message_thread (
    id               BIGSERIAL PRIMARY KEY,
    household_id     BIGINT      NOT NULL REFERENCES household (id) ON DELETE CASCADE,
    service          TEXT        NOT NULL,
    subject          TEXT        NOT NULL CHECK (length(trim(subject)) > 0),
    open             BOOLEAN     NOT NULL DEFAULT true,
    assigned_to      BIGINT      REFERENCES account (id),
    created_at       TIMESTAMPTZ NOT NULL,
    last_message_at  TIMESTAMPTZ NOT NULL,
    -- one flag per side: a message is unread for the other side until someone of that side opens the thread
    unread_by_family BOOLEAN     NOT NULL,
    unread_by_town   BOOLEAN     NOT NULL
);
CREATE INDEX message_thread_household ON message_thread (household_id, last_message_at DESC);
CREATE INDEX message_thread_inbox ON message_thread (service, open, last_message_at DESC);

CREATE TABLE message (
    id                 BIGSERIAL PRIMARY KEY,
    thread_id          BIGINT      NOT NULL REFERENCES message_thread (id) ON DELETE CASCADE,
    author_account_id  BIGINT      NOT NULL REFERENCES account (id),
    from_town          BOOLEAN     NOT NULL,
    text               TEXT        NOT NULL,
    sent_at            TIMESTAMPTZ NOT NULL,
    attachment_name    TEXT,
    attachment_type    TEXT,
    attachment_size    INTEGER
);
CREATE INDEX message_thread_order ON message (thread_id, id);

-- the bytes apart, so listing messages never reads them
CREATE TABLE message_attachment (
    message_id BIGINT PRIMARY KEY REFERENCES message (id) ON DELETE CASCADE,
    content    BYTEA NOT NULL
);
