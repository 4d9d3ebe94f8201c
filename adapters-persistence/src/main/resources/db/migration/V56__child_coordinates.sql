-- «COORDONNÉES» of a child (the guide's «Adresse e-mail» and «Portable» on each child): an older child's own
-- e-mail and mobile phone, both optional ("" when not given).
ALTER TABLE child
    ADD COLUMN email        varchar(254) NOT NULL DEFAULT '',
    ADD COLUMN mobile_phone varchar(20)  NOT NULL DEFAULT '';
