-- The pseudonym vault: which placeholder (<EMAIL_3>) stands for which value, so that the same value gets the same
-- placeholder across runs and processes and `baton restore` can put values back for the owner.
-- Values are never stored in clear: each is sealed with AES-256-GCM (own random nonce) under a key kept in the
-- user's data folder, and found again by an HMAC of (rule, value) under a key derived from the same key file.

-- One row: the vault's id (names its key file) and a check value of the key its entries are sealed under.
CREATE TABLE vault (
    singleton  INTEGER PRIMARY KEY CHECK (singleton = 1),
    id         TEXT    NOT NULL,
    key_check  TEXT               -- NULL until the first key is bound
);

INSERT INTO vault (singleton, id) VALUES (1, lower(hex(randomblob(16))));

CREATE TABLE vault_entries (
    lookup     BLOB    PRIMARY KEY,   -- HMAC-SHA-256 of rule NUL value: one placeholder per value
    label      TEXT    NOT NULL,      -- EMAIL, PHONE_NUMBER
    number     INTEGER NOT NULL CHECK (number > 0),
    rule       TEXT    NOT NULL,
    nonce      BLOB    NOT NULL,
    sealed     BLOB    NOT NULL,      -- ciphertext followed by the 16-byte tag
    created_at INTEGER NOT NULL,
    UNIQUE (label, number)            -- two values never share a placeholder
) WITHOUT ROWID;
