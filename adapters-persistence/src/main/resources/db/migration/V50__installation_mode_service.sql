-- What this database is, set once: a demonstration ('DEMO', seeded with a fictional town) or a real town's ('TOWN',
-- made by `portail init`). The portal reads it at start instead of guessing from the environment.
CREATE TABLE installation (
    id        SMALLINT PRIMARY KEY DEFAULT 1 CHECK (id = 1),
    mode      TEXT        NOT NULL CHECK (mode IN ('DEMO', 'TOWN')),
    marked_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Databases set up before this mark existed: the demo seed is recognised by its administrator, any other town is a town.
INSERT INTO installation (mode)
SELECT CASE WHEN EXISTS (SELECT 1 FROM account WHERE email = 'claire.martin@beaulieu-sur-orge.example') THEN 'DEMO' ELSE 'TOWN' END
FROM town_settings;
