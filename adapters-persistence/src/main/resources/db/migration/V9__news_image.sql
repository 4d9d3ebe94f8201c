-- The optional image of an «Actualité» (JPEG or PNG, checked from its content), apart so lists never read it.
CREATE TABLE news_image (
    article_id BIGINT PRIMARY KEY REFERENCES news_article (id) ON DELETE CASCADE,
    media_type TEXT  NOT NULL CHECK (media_type IN ('image/jpeg', 'image/png')),
    content    BYTEA NOT NULL
);
