-- Billing, second part: mails with attachments, the invoice PDF's size.

-- An outbox mail's attachments, as references resolved when the mail leaves (never the bytes: an invoicing run mails
-- thousands of PDFs). The three arrays run in parallel: name, content type, reference.
ALTER TABLE mail_outbox
    ADD COLUMN attachment_names TEXT[] NOT NULL DEFAULT '{}',
    ADD COLUMN attachment_types TEXT[] NOT NULL DEFAULT '{}',
    ADD COLUMN attachment_refs  TEXT[] NOT NULL DEFAULT '{}',
    ADD CONSTRAINT mail_outbox_attachments_parallel
        CHECK (cardinality(attachment_names) = cardinality(attachment_types) AND cardinality(attachment_names) = cardinality(attachment_refs));

-- The size of the invoice's PDF once rendered, shown next to «Télécharger» without rendering it again; forgotten
-- when a credit note changes what the PDF prints.
ALTER TABLE invoice ADD COLUMN pdf_size INTEGER CHECK (pdf_size > 0);
