-- Texts the privacy scanner found nothing in, per scanner fingerprint (its build and rules) and SHA-256 of the UTF-16
-- text: a pack's boundary skips scanning a text it passed clean before. Rows of other fingerprints are dropped when a
-- newer build saves, so the table holds one build's memory. Losing it costs time, never privacy: the scan runs again.
CREATE TABLE clean_texts (
    scanner TEXT NOT NULL,
    hash    TEXT NOT NULL,
    PRIMARY KEY (scanner, hash)
) STRICT, WITHOUT ROWID;
