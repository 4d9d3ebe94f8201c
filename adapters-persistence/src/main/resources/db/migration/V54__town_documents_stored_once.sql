-- «Documents de la ville» stored once: a document to every family was copied into each household (a 10 MB PDF to
-- 1,000 households stored 10 GB) and a household that joined later never saw it. Now one row and one file per
-- document, addressed to every family (household_id NULL) or to one household, whose data it follows when anonymised.
CREATE TABLE town_document (
    id           BIGSERIAL PRIMARY KEY,
    title        TEXT        NOT NULL CHECK (length(trim(title)) > 0),
    file_name    TEXT        NOT NULL,
    size         BIGINT      NOT NULL CHECK (size > 0),
    sha256       TEXT        NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    published_at TIMESTAMPTZ NOT NULL,
    published_by BIGINT      NOT NULL,
    household_id BIGINT REFERENCES household (id) ON DELETE CASCADE
);
CREATE INDEX town_document_household ON town_document (household_id);

-- The bytes apart, so that lists never read them.
CREATE TABLE town_document_content (
    document_id BIGINT PRIMARY KEY REFERENCES town_document (id) ON DELETE CASCADE,
    content     BYTEA NOT NULL
);

-- The copies made before: one publication is the copies sharing file, time and author. Several copies were a
-- document to every family; a single one a document to that household (a town with one household cannot tell).
CREATE TABLE town_document_copies AS
SELECT min(d.id) AS first_copy, array_agg(d.id) AS copies, d.file_name, d.size, d.sha256, d.sent_at, d.sent_by,
       CASE WHEN count(*) = 1 THEN min(d.household_id) END AS household_id
FROM supporting_document d
WHERE d.from_town AND d.type_code = 'document-ville'
GROUP BY d.file_name, d.size, d.sha256, d.sent_at, d.sent_by;

ALTER TABLE town_document_copies ADD COLUMN new_id BIGINT;
UPDATE town_document_copies SET new_id = nextval(pg_get_serial_sequence('town_document', 'id'));

INSERT INTO town_document (id, title, file_name, size, sha256, published_at, published_by, household_id)
SELECT new_id, coalesce(nullif(trim(regexp_replace(file_name, '\.pdf$', '', 'i')), ''), file_name), file_name, size, sha256, sent_at, sent_by,
       household_id
FROM town_document_copies;

INSERT INTO town_document_content (document_id, content)
SELECT c.new_id, dc.content FROM town_document_copies c JOIN document_content dc ON dc.document_id = c.first_copy;

-- document_content goes with its document (ON DELETE CASCADE)
DELETE FROM supporting_document d USING town_document_copies c WHERE d.id = ANY (c.copies);
DROP TABLE town_document_copies;
