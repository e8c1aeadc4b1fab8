"""The server's schema (docs/server.md "Schema"): the journal's tables in PostgreSQL.

The tables are the journal's own, column for column (read from the journal's
migrations, so a column a migration adds reaches the server at the next `server init`),
with times as the same ISO text, so the journal's queries run unchanged. Each record
(and each visit, history row and tombstone) carries `officer` and `unit`, which
row-level security reads: an officer's login reads and writes that officer's records of
their unit, a supervisor's login reads its units' records, nobody else anything.

`server init` runs in one transaction under an advisory lock: several at once wait for
each other and the later ones find nothing to do. The server's version is the journal
schema version its tables mirror; a server of a newer version is refused, never changed.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from patrolog.core.errors import ServerError
from patrolog.core.people import person_sql
from patrolog.journal import migrations
from patrolog.journal.store import Store
from patrolog.server.adapter import server_error
from patrolog.server.connect import shown

SCHEMA = "patrolog"
LOCK = 0x50544C47  # 'PTLG', as the journal's application_id
DATA_TABLES = ("patrols", "visits", "incidents", "contacts", "history", "tombstones")
RECORD_TABLES = ("patrols", "incidents", "contacts")
SEARCH_PATH = f"{SCHEMA}, pg_catalog"
# One unit seen as a journal: a view of each table narrowed to the session's
# `patrolog.unit` setting. A reading session only sets two settings (no temporary objects,
# so it runs on a read-only replica too) and row-level security still applies: the views
# are security_invoker (PostgreSQL 15).
UNIT_SCHEMA = "patrolog_unit"
UNIT_SEARCH_PATH = f"{UNIT_SCHEMA}, {SCHEMA}, pg_catalog"
# The planner settings of a reading session (docs/server.md "Measured"). The digest joins
# a period's patrols to their visits: with PostgreSQL's default random_page_cost (4, a
# spinning disk's) the planner scans every visit of the unit instead of probing the
# `visits_patrol` index per patrol (300 ms against 18 ms for a Polres of a million
# records). 1.1 is the usual value for SSD storage. JIT compiling pays off for queries of
# minutes, not for a report's few milliseconds each.
READING_SETTINGS = {"random_page_cost": "1.1", "jit": "off"}

# The honorifics the server's person index (`contacts_unit_people`) drops: every one
# patrolog knew at revision 2, frozen with the index as the journal's INDEX_WORDS are
# (PostgreSQL has no limit on nested replace(); SQLite's index drops 17 words). The digest
# then probes each person once instead of once per honorific the index keeps. An
# honorific added later is probed for, as in a journal (`people.index_keys`).
PERSON_INDEX_WORDS = ("bang", "bapak", "bu", "bude", "budhe", "cak", "h.", "haji", "hajjah",
                      "hj.", "ibu", "kak", "kiai", "kyai", "mas", "mbak", "om", "pak",
                      "pakde", "pakdhe", "pendeta", "romo", "sdr.", "sdri.", "tante",
                      "ustad", "ustadz", "ustadzah", "ustaz", "ustazah")

# What the server holds beyond the journal's tables (views, functions), counted apart from
# the journal's schema version: a server set up by an older patrolog of the same journal
# version is upgraded by `server init` too. 2: the unit views replaced temporary ones.
REVISION = 2

# SQLite's functions that the journal's reading queries use, under the same names, so the
# digest's SQL runs unchanged (patrolog/server/adapter.py). In the patrolog schema, which
# sessions put first on their search_path.
SHIMS = r"""
CREATE OR REPLACE FUNCTION patrolog.julianday(text) RETURNS double precision
    LANGUAGE sql STABLE PARALLEL SAFE
    AS $$ SELECT extract(epoch FROM $1::timestamptz)::float8 / 86400.0 + 2440587.5 $$;
CREATE OR REPLACE FUNCTION patrolog.json_each(text) RETURNS TABLE(value text)
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT e FROM jsonb_array_elements_text(CASE WHEN jsonb_typeof($1::jsonb) = 'array'
              THEN $1::jsonb ELSE '[]'::jsonb END) AS e $$;
CREATE OR REPLACE FUNCTION patrolog.json_extract(text, text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT ($1::jsonb) #>> array_remove(regexp_split_to_array(
              regexp_replace(substr($2, 2), '\[(\d+)\]', '.\1', 'g'), '\.'), '') $$;
CREATE OR REPLACE FUNCTION patrolog.json_array_length(text) RETURNS integer
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT jsonb_array_length($1::jsonb) $$;
CREATE OR REPLACE FUNCTION patrolog.date(text) RETURNS text
    LANGUAGE sql STABLE PARALLEL SAFE
    AS $$ SELECT CASE WHEN length($1) <= 10 THEN $1 ELSE
              to_char($1::timestamptz AT TIME ZONE 'UTC', 'YYYY-MM-DD') END $$;
CREATE OR REPLACE FUNCTION patrolog.strftime(text, text) RETURNS text
    LANGUAGE sql STABLE PARALLEL SAFE
    AS $$ SELECT to_char($2::timestamptz AT TIME ZONE 'UTC',
              replace(replace(replace(replace(replace(replace(replace($1,
              '%Y', 'YYYY'), '%m', 'MM'), '%d', 'DD'), '%H', 'HH24'), '%M', 'MI'),
              '%S', 'SS'), '%j', 'DDD')) $$;
CREATE OR REPLACE FUNCTION patrolog.ifnull(anyelement, anyelement) RETURNS anyelement
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT coalesce($1, $2) $$;
CREATE OR REPLACE FUNCTION patrolog.bool_sum_step(bigint, boolean) RETURNS bigint
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT CASE WHEN $2 IS NULL THEN $1 ELSE coalesce($1, 0) + $2::int END $$;
DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_aggregate a JOIN pg_proc p ON p.oid = a.aggfnoid
                   JOIN pg_namespace n ON n.oid = p.pronamespace
                   WHERE n.nspname = 'patrolog' AND p.proname = 'sum') THEN
        CREATE AGGREGATE patrolog.sum(boolean) (SFUNC = patrolog.bool_sum_step, STYPE = bigint);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_collation c JOIN pg_namespace n ON n.oid = c.collnamespace
                   WHERE n.nspname = 'patrolog' AND c.collname = 'nocase') THEN
        CREATE COLLATION patrolog.nocase (provider = icu, locale = 'und-u-ks-level2',
                                          deterministic = false);
    END IF;
END $$;
"""

# Who the connected login is: its grants (SECURITY DEFINER: the grants table is the
# owner's alone). Row-level security calls these once per query (as sub-selects).
RIGHTS = """
CREATE OR REPLACE FUNCTION patrolog.my_units() RETURNS text[]
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, patrolog
    AS $$ SELECT coalesce(array_agg(unit ORDER BY unit), '{}') FROM patrolog.grants
          WHERE login = session_user AND role = 'supervisor' $$;
CREATE OR REPLACE FUNCTION patrolog.my_officer() RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, patrolog
    AS $$ SELECT lower(officer) FROM patrolog.grants
          WHERE login = session_user AND role = 'officer' $$;
CREATE OR REPLACE FUNCTION patrolog.my_unit() RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, patrolog
    AS $$ SELECT unit FROM patrolog.grants WHERE login = session_user AND role = 'officer' $$;
CREATE OR REPLACE FUNCTION patrolog.whoami()
    RETURNS TABLE(login text, officer text, unit text, units text[], owner boolean)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, patrolog
    AS $$ SELECT session_user::text,
              (SELECT officer FROM patrolog.grants WHERE login = session_user
                AND role = 'officer'),
              patrolog.my_unit(), patrolog.my_units(),
              pg_has_role(session_user, (SELECT nspowner FROM pg_namespace
                                         WHERE nspname = 'patrolog'), 'MEMBER') $$;
"""

# A visit's and a history row's officer and unit are their record's: filled in when the
# insert leaves them out (the journal's own code writes visits and history; see push.py).
OWNERS = """
CREATE OR REPLACE FUNCTION patrolog.fill_owner() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.unit IS NULL OR NEW.officer IS NULL THEN
        IF TG_TABLE_NAME = 'visits' THEN
            SELECT p.officer, p.unit INTO NEW.officer, NEW.unit
                FROM patrolog.patrols p WHERE p.id = NEW.patrol_id;
        ELSE
            SELECT s.officer, s.unit INTO NEW.officer, NEW.unit FROM (
                SELECT officer, unit FROM patrolog.patrols WHERE uid = NEW.record_uid
                UNION ALL SELECT officer, unit FROM patrolog.incidents WHERE uid = NEW.record_uid
                UNION ALL SELECT officer, unit FROM patrolog.contacts WHERE uid = NEW.record_uid
            ) s LIMIT 1;
        END IF;
    END IF;
    RETURN NEW;
END $$;
CREATE OR REPLACE TRIGGER fill_owner BEFORE INSERT ON patrolog.visits
    FOR EACH ROW EXECUTE FUNCTION patrolog.fill_owner();
CREATE OR REPLACE TRIGGER fill_owner BEFORE INSERT ON patrolog.history
    FOR EACH ROW EXECUTE FUNCTION patrolog.fill_owner();
"""

# The unit views, and `config` as a journal has it (the session's unit, when one is set).
# (The setting is read in a sub-select: evaluated once per query, not once per row.)
UNIT_VIEW = ("CREATE VIEW {schema}.{table} WITH (security_invoker = true) AS "
             "SELECT * FROM {base}.{table} "
             "WHERE unit = (SELECT current_setting('patrolog.unit', true))")
CONFIG_VIEW = (f"CREATE OR REPLACE VIEW {SCHEMA}.config WITH (security_invoker = true) AS "
               "SELECT 'unit'::text AS key, s.value FROM (SELECT nullif(current_setting("
               "'patrolog.unit', true), '') AS value) AS s WHERE s.value IS NOT NULL")


def _views_sql() -> list[str]:
    """The unit views made anew (a table's columns may have grown since)."""
    out = [f"CREATE SCHEMA IF NOT EXISTS {UNIT_SCHEMA}",
           f"REVOKE ALL ON SCHEMA {UNIT_SCHEMA} FROM PUBLIC"]
    for table in DATA_TABLES:
        out.append(f"DROP VIEW IF EXISTS {UNIT_SCHEMA}.{table}")
        out.append(UNIT_VIEW.format(schema=UNIT_SCHEMA, base=SCHEMA, table=table))
    out.append(CONFIG_VIEW)
    return out


_MINE = ("unit = (SELECT patrolog.my_unit()) "
         "AND lower(officer) = (SELECT patrolog.my_officer())")
# A supervisor's units as a sub-select: PostgreSQL hashes the list, where `unit = ANY(...)`
# compared each row with every granted unit in turn (a Kapolda's 540 units: the grades'
# statements took 3.3 s instead of 0.6 s, docs/server.md "A Polda's grades").
_READ = f"unit IN (SELECT unnest(patrolog.my_units())) OR ({_MINE})"


def _journal_tables() -> dict[str, list[tuple[str, str, bool, Any]]]:
    """(column, type, not null, default) of the journal's tables, as its migrations make
    them today."""
    store = Store.open(Path("/nonexistent-patrolog-server/schema.db"))  # in memory only
    try:
        tables = {}
        for table in DATA_TABLES:
            tables[table] = [(r[1], r[2].upper(), bool(r[3]), r[4]) for r in
                             store.conn.execute(f"PRAGMA table_info({table})")]
        return tables
    finally:
        store.close()


def _pg_type(name: str, kind: str) -> str:
    return "bigint" if name.endswith("_id") or name == "id" else "integer" \
        if kind.startswith("INT") else "text"


_TYPES: dict[str, dict[str, str]] = {}


def column_types() -> dict[str, dict[str, str]]:
    """Each server table's column types (as `server init` makes them)."""
    if not _TYPES:
        for table, columns in _journal_tables().items():
            _TYPES[table] = {c[0]: _pg_type(c[0], c[1]) for c in columns}
            _TYPES[table].update(officer="text", unit="text")
    return _TYPES


def _column_sql(table: str, name: str, kind: str, not_null: bool, default: Any) -> str:
    if name == "id":
        return "id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"
    if name == "uid" and table == "tombstones":
        return f"uid text {BINARY} PRIMARY KEY"
    pg_type = _pg_type(name, kind)
    sql = f"{name} {pg_type}"
    if pg_type == "text":
        sql += f" {BINARY}"
    if default is not None:
        sql += f" DEFAULT {default}"
    if not_null:
        sql += " NOT NULL"
    if name == "uid":
        sql += " UNIQUE"
    return sql


# Text compares and sorts byte by byte, as SQLite's BINARY collation does: the journal's
# `ORDER BY name` gives the same order on both stores whatever the server's locale, and
# the times (ISO text) compare by memcmp, not by the locale's rules (the digest's range
# scans and sorts took twice as long under `C.UTF-8`, docs/server.md "Measured").
BINARY = 'COLLATE "C"'


def _binary_text_sql(pg: Any) -> list[str]:
    """A server made before revision 2 kept text in the database's collation: each such
    column made byte-ordered (the indexes over it are rebuilt; the policies and views that
    read it are dropped first, and made again by `init`)."""
    columns: dict[str, list[str]] = {}
    for table, column in pg.execute(
            "SELECT table_name, column_name FROM information_schema.columns "
            "WHERE table_schema = %s AND data_type = 'text' "
            "AND coalesce(collation_name, '') <> 'C' AND table_name = ANY(%s) "
            "ORDER BY table_name, ordinal_position", (SCHEMA, list(DATA_TABLES))):
        columns.setdefault(table, []).append(column)
    if not columns:
        return []
    out = [f"DROP SCHEMA IF EXISTS {UNIT_SCHEMA} CASCADE"]
    out += [f"DROP POLICY IF EXISTS {policy} ON {SCHEMA}.{table}"
            for table in columns for policy in _POLICIES]
    out += [f"ALTER TABLE {SCHEMA}.{table} " + ", ".join(
        f"ALTER COLUMN {c} TYPE text {BINARY}" for c in names)
        for table, names in columns.items()]
    return out


def _tables_sql(existing: dict[str, set[str]]) -> list[str]:
    """CREATE TABLE for the tables not there yet, ADD COLUMN for columns a newer journal
    schema added; every table also `officer` and `unit` (row-level security reads them)."""
    out = []
    for table, columns in _journal_tables().items():
        names = [c[0] for c in columns]
        extra = [(n, "TEXT", False, None) for n in ("officer", "unit") if n not in names]
        columns = columns + extra
        have = existing.get(table)
        if have is None:
            body = ",\n    ".join(_column_sql(table, *c) for c in columns)
            if table == "visits":
                body = body.replace("patrol_id bigint NOT NULL",
                                    "patrol_id bigint NOT NULL REFERENCES patrolog.patrols(id) "
                                    "ON DELETE CASCADE")
            out.append(f"CREATE TABLE {SCHEMA}.{table} (\n    {body}\n)")
            continue
        for column in columns:
            if column[0] not in have:
                sql = _column_sql(table, *column).replace(" UNIQUE", "")
                out.append(f"ALTER TABLE {SCHEMA}.{table} ADD COLUMN {sql}")
    return out


def _indexes_sql() -> list[str]:

    t = SCHEMA
    return [
        # a unit's period; officer and deleted_at included: the roster reads them alone
        f"CREATE INDEX IF NOT EXISTS patrols_unit_time ON {t}.patrols(unit, started_at) "
        "INCLUDE (officer, deleted_at)",
        # every unit's period (a Polda's grades) by time alone; officer, unit and deleted_at
        # included: the roster of every unit reads them alone (a (unit, time) index would be
        # read whole)
        f"CREATE INDEX IF NOT EXISTS patrols_time ON {t}.patrols(started_at) "
        "INCLUDE (unit, officer, deleted_at)",
        f"CREATE INDEX IF NOT EXISTS incidents_time ON {t}.incidents(occurred_at) "
        "INCLUDE (unit, officer, deleted_at)",
        f"CREATE INDEX IF NOT EXISTS contacts_time ON {t}.contacts(met_at) "
        "INCLUDE (unit, officer, deleted_at)",
        f"CREATE INDEX IF NOT EXISTS patrols_updated ON {t}.patrols(unit, updated_at)",
        f"CREATE INDEX IF NOT EXISTS incidents_unit_time ON {t}.incidents(unit, occurred_at) "
        "INCLUDE (officer, deleted_at)",
        f"CREATE INDEX IF NOT EXISTS incidents_unit_open ON {t}.incidents(unit, occurred_at) "
        "WHERE status = 'open' AND deleted_at IS NULL",
        f"CREATE INDEX IF NOT EXISTS incidents_updated ON {t}.incidents(unit, updated_at)",
        f"CREATE INDEX IF NOT EXISTS contacts_unit_time ON {t}.contacts(unit, met_at) "
        "INCLUDE (officer, deleted_at)",
        f"CREATE INDEX IF NOT EXISTS contacts_updated ON {t}.contacts(unit, updated_at)",
        f"CREATE INDEX IF NOT EXISTS contacts_unit_done ON {t}.contacts(unit, done_at) "
        "WHERE done_at IS NOT NULL",
        # overdue promises by officer, from the index alone
        f"CREATE INDEX IF NOT EXISTS contacts_unit_promised ON {t}.contacts(unit, due) "
        "INCLUDE (officer) "
        "WHERE follow_up IS NOT NULL AND done_at IS NULL AND deleted_at IS NULL",
        # every unit's grades (`report --grades`) read the period's done promises by time
        f"CREATE INDEX IF NOT EXISTS contacts_done ON {t}.contacts(done_at) "
        "WHERE done_at IS NOT NULL",
        f"CREATE INDEX IF NOT EXISTS contacts_unit_people ON {t}.contacts(unit, "
        f"({person_sql('name', PERSON_INDEX_WORDS)}), met_at) "
        "WHERE name IS NOT NULL AND deleted_at IS NULL",
        f"CREATE INDEX IF NOT EXISTS visits_patrol ON {t}.visits(patrol_id)",
        f"CREATE INDEX IF NOT EXISTS history_uid ON {t}.history(record_uid)",
        f"CREATE INDEX IF NOT EXISTS tombstones_unit ON {t}.tombstones(unit, updated_at)",
    ]


_REPLACED = ("contacts_unit_person", "patrols_unit_started", "incidents_unit_occurred",
             "contacts_unit_met", "contacts_unit_open",
             "patrols_started", "incidents_occurred", "contacts_met")  # now *_time
_POLICIES = ("patrolog_read", "patrolog_add", "patrolog_change", "patrolog_remove")


def _policies_sql() -> list[str]:
    out = []
    for table in DATA_TABLES:
        name = f"{SCHEMA}.{table}"
        out.append(f"ALTER TABLE {name} ENABLE ROW LEVEL SECURITY")
        for policy in _POLICIES:
            out.append(f"DROP POLICY IF EXISTS {policy} ON {name}")
        out += [f"CREATE POLICY patrolog_read ON {name} FOR SELECT USING ({_READ})",
                f"CREATE POLICY patrolog_add ON {name} FOR INSERT WITH CHECK ({_MINE})",
                f"CREATE POLICY patrolog_change ON {name} FOR UPDATE USING ({_MINE}) "
                f"WITH CHECK ({_MINE})",
                f"CREATE POLICY patrolog_remove ON {name} FOR DELETE USING ({_MINE})"]
    return out


def _index_count(pg: Any) -> int:
    return pg.execute("SELECT count(*) FROM pg_indexes WHERE schemaname = %s", (SCHEMA,)
                      ).fetchone()[0]


def version(conn: Any) -> tuple[int, int] | None:
    """The server's (schema version, revision); None when `server init` never ran there."""
    row = conn.execute("SELECT to_regclass('patrolog.meta') IS NOT NULL").fetchone()
    if not row[0]:
        return None
    return _version(conn)


_VERSION_SQL = ("SELECT max(value) FILTER (WHERE key = 'schema_version'), "
                "max(value) FILTER (WHERE key = 'server_revision') FROM patrolog.meta")


def _version(conn: Any) -> tuple[int, int] | None:
    found, revision = conn.execute(_VERSION_SQL).fetchone()
    return None if found is None else (int(found), int(revision or 1))


def init(pg: Any, url: str, then: Callable[[Any], None]) -> dict[str, Any]:
    """Create or upgrade the schema; {"version", "before", "changed"}. `then(pg)` runs in
    the same transaction after a change (`rights.regrant_all`: logins granted before an
    upgrade see the tables it added)."""
    import psycopg

    try:
        with pg.transaction():
            pg.execute("SELECT pg_advisory_xact_lock(%s)", (LOCK,))
            held = version(pg)
            before, revision = held if held is not None else (None, 0)
            if (before or 0) > migrations.LATEST or revision > REVISION:
                raise ServerError("err.server_newer", version=before,
                                  supported=migrations.LATEST)
            existing: dict[str, set[str]] = {}
            for table, column in pg.execute(
                    "SELECT table_name, column_name FROM information_schema.columns "
                    "WHERE table_schema = %s", (SCHEMA,)):
                existing.setdefault(table, set()).add(column)
            if before == migrations.LATEST and revision == REVISION \
                    and all(t in existing for t in DATA_TABLES) and not _tables_sql(existing):
                # up to date; an index a later patrolog of the same version added is made
                indexes = _index_count(pg)
                for sql in _indexes_sql():
                    pg.execute(sql)
                return {"version": before, "before": before,
                        "changed": _index_count(pg) != indexes}
            statements = [f"CREATE SCHEMA IF NOT EXISTS {SCHEMA}",
                          f"REVOKE ALL ON SCHEMA {SCHEMA} FROM PUBLIC",
                          f"CREATE TABLE IF NOT EXISTS {SCHEMA}.meta "
                          "(key text PRIMARY KEY, value text NOT NULL)",
                          f"CREATE TABLE IF NOT EXISTS {SCHEMA}.grants (login text NOT NULL, "
                          "role text NOT NULL CHECK (role IN ('officer', 'supervisor')), "
                          "officer text, unit text NOT NULL, "
                          "PRIMARY KEY (login, role, unit))",
                          f"CREATE UNIQUE INDEX IF NOT EXISTS grants_one_officer ON "
                          f"{SCHEMA}.grants(login) WHERE role = 'officer'",
                          SHIMS, *_tables_sql(existing), *_binary_text_sql(pg),
                          # revision 1's indexes that revision 2's replace (wider, or
                          # the person index dropping every honorific, not 17)
                          *(f"DROP INDEX IF EXISTS {SCHEMA}.{name}" for name in _REPLACED),
                          *_indexes_sql(), RIGHTS, OWNERS, *_policies_sql(), *_views_sql(),
                          f"INSERT INTO {SCHEMA}.meta VALUES ('server_id', "
                          "gen_random_uuid()::text) ON CONFLICT DO NOTHING",
                          f"INSERT INTO {SCHEMA}.meta VALUES ('schema_version', "
                          f"'{migrations.LATEST}') ON CONFLICT (key) DO UPDATE "
                          "SET value = excluded.value",
                          f"INSERT INTO {SCHEMA}.meta VALUES ('server_revision', "
                          f"'{REVISION}') ON CONFLICT (key) DO UPDATE "
                          "SET value = excluded.value"]
            for sql in statements:
                pg.execute(sql)
            then(pg)
    except psycopg.Error as exc:
        raise server_error(exc, url) from None
    return {"version": migrations.LATEST, "before": before, "changed": True}


def require(pg: Any, url: str) -> int:
    """The server's schema, checked before any reading or pushing: set up, and the
    version this patrolog writes (exit 4 otherwise, saying what to do)."""
    import psycopg

    try:
        held = _version(pg)  # one round trip: a missing schema or table means "not set up"
    except (psycopg.errors.InvalidSchemaName, psycopg.errors.UndefinedTable):
        held = None
    except psycopg.Error as exc:
        raise server_error(exc, url) from None
    if held is None:
        raise ServerError("err.server_not_set_up", server=shown(url))
    found, revision = held
    if found > migrations.LATEST or revision > REVISION:
        raise ServerError("err.server_newer", version=found, supported=migrations.LATEST)
    if found < migrations.LATEST:
        raise ServerError("err.server_older", server=shown(url), version=found,
                          supported=migrations.LATEST)
    if revision < REVISION:
        raise ServerError("err.server_revision_older", server=shown(url))
    return found
