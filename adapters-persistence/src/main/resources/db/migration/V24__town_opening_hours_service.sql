-- When the Espace Services receives the public, written by the town's admin («Réglages de la commune»); shown on the
-- contact page. Empty until the town writes it.
ALTER TABLE town_settings ADD COLUMN opening_hours TEXT NOT NULL DEFAULT '' CHECK (length(opening_hours) <= 1000);
