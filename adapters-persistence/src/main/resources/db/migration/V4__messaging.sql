-- Notification centre: one row per notification of an account; the header counts the unread ones.
CREATE TABLE notification (
    id         BIGSERIAL PRIMARY KEY,
    account_id BIGINT      NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    kind       TEXT        NOT NULL,
    title      TEXT        NOT NULL CHECK (length(trim(title)) > 0),
    link       TEXT        CHECK (link IS NULL OR link LIKE '/%'),
    created_at TIMESTAMPTZ NOT NULL,
    read_at    TIMESTAMPTZ
);
CREATE INDEX notification_by_account ON notification (account_id, id DESC);
-- the header's count runs on every page: keep it on a small index
CREATE INDEX notification_unread ON notification (account_id) WHERE read_at IS NULL;

-- Which notification kinds also come by mail; no row = all of them.
CREATE TABLE mail_preferences (
    account_id BIGINT PRIMARY KEY REFERENCES account (id) ON DELETE CASCADE,
    by_mail    TEXT[] NOT NULL
);

-- «Actualités»: text in the agents' simple formatting, rendered to safe HTML when shown.
CREATE TABLE news_article (
    id           BIGSERIAL PRIMARY KEY,
    title        TEXT    NOT NULL CHECK (length(trim(title)) > 0),
    published_on DATE    NOT NULL,
    text         TEXT    NOT NULL,
    published    BOOLEAN NOT NULL DEFAULT false
);
CREATE INDEX news_article_latest ON news_article (published_on DESC, id DESC);
