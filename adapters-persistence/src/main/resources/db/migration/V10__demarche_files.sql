-- Files a family joins to a démarche (a question of type «fichier»); the answer keeps a reference to the row.
CREATE TABLE demarche_file (
    id          BIGSERIAL PRIMARY KEY,
    demarche_id BIGINT NOT NULL REFERENCES demarche (id) ON DELETE CASCADE,
    field_key   TEXT   NOT NULL,
    name        TEXT   NOT NULL,
    media_type  TEXT   NOT NULL,
    content     BYTEA  NOT NULL
);
CREATE INDEX demarche_file_demarche ON demarche_file (demarche_id);
