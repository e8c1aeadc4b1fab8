-- The schema of the first release (schema version 1), frozen here as it shipped:
-- tests/conftest.py builds the first-release journal from it, so that a change
-- to migration m001 shows as a difference from a journal made by that release.
-- PRAGMA application_id = 0x50544C47 ('PTLG'), user_version = 1.
CREATE TABLE config (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE patrols (
    id         INTEGER PRIMARY KEY,
    uid        TEXT NOT NULL UNIQUE,
    started_at TEXT NOT NULL,
    ended_at   TEXT NOT NULL,
    kind       TEXT NOT NULL DEFAULT 'dialogic',
    area       TEXT,
    summary    TEXT,
    tags       TEXT NOT NULL DEFAULT '[]',
    officer    TEXT,
    unit       TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);
CREATE TABLE visits (
    id        INTEGER PRIMARY KEY,
    patrol_id INTEGER NOT NULL REFERENCES patrols(id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    type      TEXT NOT NULL,
    name      TEXT NOT NULL
);
CREATE TABLE incidents (
    id          INTEGER PRIMARY KEY,
    uid         TEXT NOT NULL UNIQUE,
    occurred_at TEXT NOT NULL,
    kind        TEXT NOT NULL,
    location    TEXT,
    description TEXT,
    action      TEXT,
    injured     INTEGER NOT NULL DEFAULT 0 CHECK (injured >= 0),
    dead        INTEGER NOT NULL DEFAULT 0 CHECK (dead >= 0),
    severity    TEXT,
    status      TEXT NOT NULL DEFAULT 'open',
    referred_to TEXT,
    patrol_id   INTEGER REFERENCES patrols(id),
    tags        TEXT NOT NULL DEFAULT '[]',
    officer     TEXT,
    unit        TEXT,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    deleted_at  TEXT
);
CREATE TABLE contacts (
    id           INTEGER PRIMARY KEY,
    uid          TEXT NOT NULL UNIQUE,
    met_at       TEXT NOT NULL,
    name         TEXT,
    role         TEXT NOT NULL,
    organisation TEXT,
    place        TEXT,
    phone        TEXT,
    topic        TEXT,
    concern      TEXT,
    follow_up    TEXT,
    due          TEXT,
    done_at      TEXT,
    patrol_id    INTEGER REFERENCES patrols(id),
    tags         TEXT NOT NULL DEFAULT '[]',
    officer      TEXT,
    unit         TEXT,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    deleted_at   TEXT
);
-- Earlier versions of edited and deleted records, as the JSON they had.
CREATE TABLE history (
    id         INTEGER PRIMARY KEY,
    record_uid TEXT NOT NULL,
    ref        TEXT NOT NULL,
    action     TEXT NOT NULL,
    changed_at TEXT NOT NULL,
    record     TEXT NOT NULL
);
CREATE INDEX patrols_started ON patrols(started_at);
CREATE INDEX patrols_ended ON patrols(ended_at);
CREATE INDEX visits_patrol ON visits(patrol_id);
CREATE INDEX incidents_occurred ON incidents(occurred_at);
CREATE INDEX incidents_patrol ON incidents(patrol_id);
CREATE INDEX incidents_status ON incidents(status) WHERE deleted_at IS NULL;
CREATE INDEX contacts_met ON contacts(met_at);
CREATE INDEX contacts_patrol ON contacts(patrol_id);
CREATE INDEX contacts_open_followups ON contacts(due)
    WHERE follow_up IS NOT NULL AND done_at IS NULL AND deleted_at IS NULL;
CREATE INDEX contacts_done ON contacts(done_at) WHERE done_at IS NOT NULL;
CREATE INDEX history_uid ON history(record_uid);
-- One row per live record: `ref` is its short id (P12, I3, C40).
CREATE VIRTUAL TABLE search_index USING fts5(
    ref UNINDEXED, body, tokenize = 'unicode61 remove_diacritics 2'
);
