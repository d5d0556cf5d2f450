-- Packs: one row per pack written, immutable. The manifest (selection spec, commit, blob hashes, item revisions,
-- counts, output hash, boundary report; never content) is JSON; the columns beside it are what lists filter on.
CREATE TABLE packs (
    id            TEXT PRIMARY KEY,
    created_at    INTEGER NOT NULL,
    created_by    TEXT NOT NULL,
    target        TEXT NOT NULL,
    encoding      TEXT NOT NULL,
    style         TEXT NOT NULL,
    commit_sha    TEXT,
    output_sha256 TEXT NOT NULL,
    output_tokens INTEGER NOT NULL,
    parts         INTEGER NOT NULL,
    manifest      TEXT NOT NULL
) STRICT;

CREATE TRIGGER packs_immutable_update BEFORE UPDATE ON packs
BEGIN SELECT RAISE(ABORT, 'packs are immutable'); END;
CREATE TRIGGER packs_immutable_delete BEFORE DELETE ON packs
BEGIN SELECT RAISE(ABORT, 'packs are immutable'); END;

-- Token counts per (encoding, SHA-256 of the UTF-16 text counted): a warm pack skips tokenising what it counted before.
CREATE TABLE token_counts (
    encoding TEXT NOT NULL,
    hash     TEXT NOT NULL,
    tokens   INTEGER NOT NULL,
    PRIMARY KEY (encoding, hash)
) STRICT, WITHOUT ROWID;
