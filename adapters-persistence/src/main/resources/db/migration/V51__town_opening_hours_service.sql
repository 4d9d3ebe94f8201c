-- When the Espace Services receives the public, written by the town's admin («Réglages de la commune»); shown on the
-- contact page. Empty until the town writes it.
ALTER TABLE town_settings ADD COLUMN opening_hours TEXT NOT NULL DEFAULT '' CHECK (length(opening_hours) <= 1000);

-- The town's logo (PNG or JPEG, checked from its bytes), served at /ville/logo for the banner: in the database like every
-- uploaded file, so a backup holds it.
CREATE TABLE town_logo (
    id         SMALLINT PRIMARY KEY DEFAULT 1 CHECK (id = 1),
    media_type TEXT  NOT NULL CHECK (media_type IN ('PNG', 'JPEG')),
    content    BYTEA NOT NULL
);
