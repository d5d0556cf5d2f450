-- The context library: items at their current revision, earlier revisions, tags, links, prompts,
-- an append-only event log, and a full-text index over title, body and tags.
-- Times are Unix milliseconds (UTC). Ids are lower-case ULIDs, so they sort by creation time.

CREATE TABLE items (
    rowid           INTEGER PRIMARY KEY,
    id              TEXT    NOT NULL UNIQUE,
    kind            TEXT    NOT NULL,
    title           TEXT    NOT NULL,
    body            TEXT    NOT NULL,
    tags            TEXT    NOT NULL DEFAULT '',   -- space-separated copy of item_tags, for the index and display
    sensitivity     INTEGER NOT NULL,              -- 0 public, 1 internal, 2 confidential, 3 secret
    revision        INTEGER NOT NULL,
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL,
    archived_at     INTEGER,
    -- source label: who or what produced the item first
    src_actor       TEXT    NOT NULL,
    src_name        TEXT    NOT NULL CHECK (src_name <> ''),
    src_tool        TEXT,
    src_model       TEXT,
    src_prompt      TEXT,
    src_repo        TEXT,
    src_branch      TEXT,
    src_commit      TEXT,
    src_dirty       INTEGER,
    src_path        TEXT,
    src_line_start  INTEGER,
    src_line_end    INTEGER,
    src_url         TEXT,
    src_at          INTEGER NOT NULL,
    -- snippet anchor: the lines an item was taken from and a hash of their content
    anchor_path     TEXT,
    anchor_start    INTEGER,
    anchor_end      INTEGER,
    anchor_commit   TEXT,
    anchor_hash     TEXT,
    anchor_language TEXT,
    -- author of the current revision
    rev_actor       TEXT    NOT NULL,
    rev_name        TEXT    NOT NULL,
    rev_tool        TEXT,
    rev_model       TEXT
);

CREATE INDEX items_updated ON items (updated_at DESC);
CREATE INDEX items_kind ON items (kind, updated_at DESC);
CREATE INDEX items_tool ON items (src_tool) WHERE src_tool IS NOT NULL;
CREATE INDEX items_archived ON items (archived_at) WHERE archived_at IS NOT NULL;

-- Earlier revisions, copied out of items before an edit replaces them. Never updated.
CREATE TABLE item_revisions (
    item        INTEGER NOT NULL REFERENCES items (rowid) ON DELETE CASCADE,
    revision    INTEGER NOT NULL,
    title       TEXT    NOT NULL,
    body        TEXT    NOT NULL,
    tags        TEXT    NOT NULL,
    sensitivity INTEGER NOT NULL,
    rev_actor   TEXT    NOT NULL,
    rev_name    TEXT    NOT NULL,
    rev_tool    TEXT,
    rev_model   TEXT,
    at          INTEGER NOT NULL,
    PRIMARY KEY (item, revision)
) WITHOUT ROWID;

CREATE TABLE item_tags (
    tag  TEXT    NOT NULL,
    item INTEGER NOT NULL REFERENCES items (rowid) ON DELETE CASCADE,
    PRIMARY KEY (tag, item)
) WITHOUT ROWID;

CREATE INDEX item_tags_item ON item_tags (item);

CREATE TABLE item_links (
    source     INTEGER NOT NULL REFERENCES items (rowid) ON DELETE CASCADE,
    type       TEXT    NOT NULL,
    target     INTEGER NOT NULL REFERENCES items (rowid) ON DELETE CASCADE,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (source, type, target)
) WITHOUT ROWID;

CREATE INDEX item_links_target ON item_links (target);

-- A prompt is an item of kind 'prompt'; its versions are the item's revisions.
CREATE TABLE prompts (
    name TEXT    PRIMARY KEY,
    item INTEGER NOT NULL UNIQUE REFERENCES items (rowid) ON DELETE CASCADE
);

CREATE TABLE prompt_labels (
    name     TEXT    NOT NULL REFERENCES prompts (name) ON DELETE CASCADE,
    label    TEXT    NOT NULL,
    revision INTEGER NOT NULL,
    set_at   INTEGER NOT NULL,
    PRIMARY KEY (name, label)
) WITHOUT ROWID;

-- Append-only: every change writes one row here in the same transaction.
CREATE TABLE events (
    seq     INTEGER PRIMARY KEY,
    at      INTEGER NOT NULL,
    actor   TEXT    NOT NULL,
    kind    TEXT    NOT NULL,
    subject TEXT    NOT NULL,
    data    TEXT
);

CREATE INDEX events_subject ON events (subject, seq);

CREATE TRIGGER events_no_update BEFORE UPDATE ON events
BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;

CREATE TRIGGER events_no_delete BEFORE DELETE ON events
BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;

CREATE VIRTUAL TABLE items_fts USING fts5 (
    title, body, tags,
    content = 'items', content_rowid = 'rowid',
    tokenize = 'porter unicode61 remove_diacritics 2'
);

-- New rows are indexed by the store a batch at a time (SqliteStore.Inserter.cs), not by a trigger: row by
-- row, FTS5 writes a segment per item. A 64 MiB pending-terms buffer lets a large batch become one segment.
INSERT INTO items_fts (items_fts, rank) VALUES ('hashsize', 67108864);

CREATE TRIGGER items_fts_delete AFTER DELETE ON items BEGIN
    INSERT INTO items_fts (items_fts, rowid, title, body, tags) VALUES ('delete', old.rowid, old.title, old.body, old.tags);
END;

CREATE TRIGGER items_fts_update AFTER UPDATE OF title, body, tags ON items BEGIN
    INSERT INTO items_fts (items_fts, rowid, title, body, tags) VALUES ('delete', old.rowid, old.title, old.body, old.tags);
    INSERT INTO items_fts (rowid, title, body, tags) VALUES (new.rowid, new.title, new.body, new.tags);
END;
