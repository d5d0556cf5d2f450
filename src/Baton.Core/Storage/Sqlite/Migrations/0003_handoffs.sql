-- Handoffs and their reviews, and a hash chain over the event log (docs/handoffs.md).

-- A handoff is kept whole as its schemas/handoff.v1.json document; the columns beside it are copies for
-- lookups and the optimistic-concurrency check (a write names the revision it read).
CREATE TABLE handoffs (
    id         TEXT    PRIMARY KEY,
    number     INTEGER NOT NULL UNIQUE CHECK (number > 0),
    state      TEXT    NOT NULL,
    recipient  TEXT    NOT NULL,
    revision   INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    document   TEXT    NOT NULL
);

CREATE INDEX handoffs_state ON handoffs (state, number);

-- Reviews are never deleted; a stale approval gets dismissed_at and its reason.
CREATE TABLE handoff_reviews (
    seq              INTEGER PRIMARY KEY,
    id               TEXT    NOT NULL UNIQUE,
    handoff          TEXT    NOT NULL REFERENCES handoffs (id),
    verdict          TEXT    NOT NULL,
    actor            TEXT    NOT NULL,
    name             TEXT    NOT NULL,
    tool             TEXT,
    model            TEXT,
    body             TEXT,
    on_item          TEXT,
    on_path          TEXT,
    on_line_start    INTEGER,
    on_line_end      INTEGER,
    head             TEXT,
    pack             TEXT,
    at               INTEGER NOT NULL,
    dismissed_at     INTEGER,
    dismissed_reason TEXT
);

CREATE INDEX handoff_reviews_handoff ON handoff_reviews (handoff, seq);

-- Feedback items (kind 'feedback') given on a handoff.
CREATE TABLE handoff_feedback (
    handoff TEXT    NOT NULL REFERENCES handoffs (id),
    item    INTEGER NOT NULL REFERENCES items (rowid) ON DELETE CASCADE,
    PRIMARY KEY (handoff, item)
) WITHOUT ROWID;

CREATE INDEX handoff_feedback_item ON handoff_feedback (item);

-- The hash of each event: SHA-256 of the previous event's hash and the event's canonical form
-- (Audit/EventChain.cs). baton_event_hash is registered by the store on every connection it opens, so a
-- tool without it cannot append events at all. Append-only, like events.
CREATE TABLE event_chain (
    seq  INTEGER PRIMARY KEY,
    hash TEXT    NOT NULL
);

CREATE TRIGGER event_chain_no_update BEFORE UPDATE ON event_chain
BEGIN SELECT RAISE(ABORT, 'the event chain is append-only'); END;

CREATE TRIGGER event_chain_no_delete BEFORE DELETE ON event_chain
BEGIN SELECT RAISE(ABORT, 'the event chain is append-only'); END;

-- Chain the events written before this version, oldest first.
WITH RECURSIVE chain (seq, hash) AS (
    SELECT e.seq, baton_event_hash(NULL, e.seq, e.at, e.actor, e.kind, e.subject, e.data)
    FROM events e WHERE e.seq = (SELECT min(seq) FROM events)
    UNION ALL
    SELECT e.seq, baton_event_hash(c.hash, e.seq, e.at, e.actor, e.kind, e.subject, e.data)
    FROM chain c JOIN events e ON e.seq = (SELECT min(seq) FROM events WHERE seq > c.seq)
)
INSERT INTO event_chain (seq, hash) SELECT seq, hash FROM chain;

CREATE TRIGGER events_chain AFTER INSERT ON events BEGIN
    INSERT INTO event_chain (seq, hash) VALUES (new.seq, baton_event_hash(
        (SELECT hash FROM event_chain ORDER BY seq DESC LIMIT 1),
        new.seq, new.at, new.actor, new.kind, new.subject, new.data));
END;
