"""Records in and out of the journal: add, edit, delete, get, list, search.

Functions take already-validated values (see `patrolog.entry.validate`) and return
plain dicts shaped like the JSON of docs/commands.md#a-record-as-json. Nothing here prints.
"""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from typing import Any

from patrolog.core import fields, vocab
from patrolog.core.errors import InputError, JournalError
from patrolog.core.kinds import (
    BY_PREFIX,
    BY_WORD,
    COMMON_TAIL,
    INCIDENT,
    KINDS,
    PATROL,
    Kind,
)
from patrolog.core.times import SLACK, human, iso, journal_tz, now_in, start_of
from patrolog.journal.ids import parse_ref, ref_of, resolve
from patrolog.journal.search_index import reindex
from patrolog.journal.store import Store

FUTURE_LIMIT = SLACK  # a journal records what happened: later than now (+ slack) is a typo
LONGEST_PATROL = timedelta(hours=24)
LINK_LOOKBACK = timedelta(days=7)  # a patrol longer than this is not linked automatically


def _dumps(value: Any) -> str:
    import json  # not at the top: `add` without tags and `--json` never needs it

    return json.dumps(value, ensure_ascii=False)


def _loads(text: str) -> Any:
    import json

    return json.loads(text)


# -- context -------------------------------------------------------------------
class Context:
    """The journal's clock and profile, read once per command."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.now: datetime = now_in(journal_tz(store.config().get("timezone")))

    @property
    def tz(self):  # noqa: ANN201 - a tzinfo
        return self.now.tzinfo


# -- reading -------------------------------------------------------------------
def _row_to_record(kind: Kind, row: sqlite3.Row, places: list[dict[str, str]] | None) -> dict:
    rec: dict[str, Any] = {"id": f"{kind.prefix}{row['id']}", "uid": row["uid"]}
    for name in kind.fields:
        if name == "places":
            rec["places"] = places or []
        elif name == "patrol":
            rec["patrol"] = ref_of(PATROL, row["patrol_id"])
        elif name in kind.lists:
            text = row[name]
            rec[name] = _list_of(kind, row, name, text) if text and text != "[]" else []
        else:
            rec[name] = row[name]
    for name in COMMON_TAIL:
        rec[name] = row[name]
    if row["deleted_at"]:
        rec["deleted_at"] = row["deleted_at"]
    return rec


def _list_of(kind: Kind, row: sqlite3.Row, name: str, text: Any) -> list:
    """A list column's JSON; anything else was written by another tool: the journal is
    damaged there, named (exit 3), for `patrolog check` to find."""
    try:
        value = _loads(text) if isinstance(text, str) else None
    except (ValueError, RecursionError):
        value = None
    if not isinstance(value, list):
        raise JournalError("err.damaged_value", id=f"{kind.prefix}{row['id']}", column=name,
                           value=str(text)[:40])
    return value


def places_for(conn: sqlite3.Connection, ids: list[int]) -> dict[int, list[dict[str, str]]]:
    out: dict[int, list[dict[str, str]]] = {i: [] for i in ids}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        marks = ",".join("?" * len(chunk))
        for r in conn.execute(
            f"SELECT patrol_id, type, name FROM visits WHERE patrol_id IN ({marks}) "
            "ORDER BY patrol_id, position", chunk
        ):
            out[r[0]].append({"type": r[1], "name": r[2]})
    return out


def records_from_rows(conn: sqlite3.Connection, kind: Kind, rows: list[sqlite3.Row]) -> list[dict]:
    places = places_for(conn, [r["id"] for r in rows]) if kind is PATROL else {}
    return [_row_to_record(kind, r, places.get(r["id"])) for r in rows]


# The WHERE of the partial index `contacts_open_followups` (migration m001), verbatim so
# SQLite reads open promises from that index alone; blank text is never stored (`add`
# and `import` keep NULL), so a non-NULL follow_up is a promise.
OPEN_PROMISE = "follow_up IS NOT NULL AND done_at IS NULL AND deleted_at IS NULL"


def select(store: Store, kind: Kind, where: str, params: tuple | dict = ()) -> list[dict]:
    """Records of `kind` matching an SQL condition (with its ORDER BY), in one query."""
    rows = store.query(f"SELECT * FROM {kind.table} WHERE {where}", params)
    return records_from_rows(store.conn, kind, rows)


def get(store: Store, ref: str, *, include_deleted: bool = True) -> dict:
    """One record by short id, uid or uid prefix (see `resolve`)."""
    kind, number = resolve(store.conn, ref)
    row = store.conn.execute(f"SELECT * FROM {kind.table} WHERE id = ?", (number,)).fetchone()
    if row is None or (row["deleted_at"] and not include_deleted):
        raise InputError("err.no_such_id", id=f"{kind.prefix}{number}")
    return records_from_rows(store.conn, kind, [row])[0]


def show(store: Store, ref: str) -> dict:
    """A record with what links to it and its earlier versions (oldest first)."""
    rec = get(store, ref)
    kind, number = parse_ref(rec["id"])
    links: list[dict] = []
    if kind is PATROL:
        for other in (INCIDENT, KINDS["contact"]):
            rows = store.conn.execute(
                f"SELECT * FROM {other.table} WHERE patrol_id = ? AND deleted_at IS NULL "
                f"ORDER BY {other.time}", (number,)
            ).fetchall()
            links.extend(records_from_rows(store.conn, other, rows))
    elif rec.get("patrol"):
        try:
            links.append(get(store, rec["patrol"]))
        except InputError:
            pass
    rec["links"] = links
    rec["history"] = [
        _loads(r[0]) for r in store.conn.execute(
            "SELECT record FROM history WHERE record_uid = ? ORDER BY id", (rec["uid"],)
        )
    ]
    return rec


# Far beyond any journal's size and far inside SQLite's 64-bit integers: a slip of the
# finger in `--limit` is refused, never a crash (docs/commands.md#exit-codes-and-errors).
MAX_LIMIT = 10**12


def checked_limit(value: int | None) -> int | None:
    """`--limit N`: None is no limit; a number past any journal's size is refused."""
    if value is not None and value > MAX_LIMIT:
        raise InputError("err.limit_too_large", value=value, max=MAX_LIMIT)
    return value


class Filters:
    """What `list` narrows by (plain class: a dataclass costs import time on every run)."""

    def __init__(self, *, since: date | None = None, until: date | None = None,
                 kind: str | None = None, status: str | None = None, area: str | None = None,
                 tag: str | None = None, limit: int | None = None,
                 officer: str | None = None) -> None:
        self.since, self.until = since, until
        self.kind = kind        # a category code (patrol kind, incident kind or role)
        self.status, self.area, self.tag = status, area, tag
        self.limit = checked_limit(limit)
        self.officer = officer  # as the journal writes it (`officers.resolve`)




def kinds_for_category(text: str) -> dict[Kind, str]:
    """Which record kinds have a category matching `text`, with the code in each."""

    found: dict[Kind, str] = {}
    for kind in KINDS.values():
        try:
            found[kind] = vocab.lookup(kind.vocab, text)
        except InputError:
            continue
    if not found:
        if text.strip().lower() in BY_WORD:
            raise InputError("err.kind_is_records", value=text.strip())
        examples = ", ".join(vocab.label(k.vocab, vocab.codes(k.vocab)[0])
                             for k in KINDS.values())
        raise InputError("err.bad_category", value=text.strip(), examples=examples)
    return found


def iter_records(store: Store, kinds: list[Kind], flt: Filters) -> Iterator[dict]:
    """Live records of `kinds` matching `flt`, newest first, read in chunks as they are
    consumed: a unit's journal of 100,000 records
    lists at once and in little memory. Bad filters raise here, before anything is read,
    so a refusal never follows half an output."""
    category_codes: dict[Kind, str] = {}
    if flt.kind and len(kinds) == 1:  # that kind's own list, in the user's words

        category_codes = {kinds[0]: vocab.lookup(kinds[0].vocab, flt.kind)}
    elif flt.kind:
        category_codes = kinds_for_category(flt.kind)
    streams = []
    for kind in kinds:
        if flt.kind and kind not in category_codes:
            continue
        if flt.status and kind is not INCIDENT:
            continue
        where = ["deleted_at IS NULL"]
        params: list[Any] = []
        if flt.since:
            where.append(f"{kind.time} >= ?")
            params.append(flt.since.isoformat())
        if flt.until:
            where.append(f"{kind.time} < ?")
            params.append((flt.until + timedelta(days=1)).isoformat())
        if flt.kind:
            where.append(f"{kind.category} = ?")
            params.append(category_codes[kind])
        if flt.status:
            where.append("status = ?")
            params.append(flt.status)
        if flt.area:
            col = {"patrol": "area", "incident": "location", "contact": "place"}[kind.name]
            pattern = ("%" + flt.area.strip().replace("\\", "\\\\").replace("%", "\\%")
                       .replace("_", "\\_") + "%")
            if kind is PATROL:  # the area, or any place the patrol visited ("Pasar Boplo")
                where.append(f"({col} LIKE ? ESCAPE '\\' OR EXISTS (SELECT 1 FROM visits v "
                             f"WHERE v.patrol_id = patrols.id AND v.name LIKE ? ESCAPE '\\'))")
                params += [pattern, pattern]
            else:
                where.append(f"{col} LIKE ? ESCAPE '\\'")
                params.append(pattern)
        if flt.tag:
            where.append("EXISTS (SELECT 1 FROM json_each(tags) WHERE lower(value) = lower(?))")
            params.append(flt.tag.strip())
        if flt.officer:
            where.append("officer = ? COLLATE NOCASE")
            params.append(flt.officer)
        sql = (f"SELECT * FROM {kind.table} WHERE {' AND '.join(where)} "
               f"ORDER BY {kind.time} DESC, id DESC")
        if flt.limit is not None:
            sql += f" LIMIT {int(flt.limit)}"
        streams.append(_stream(store, kind, sql, tuple(params)))
    import heapq

    merged = heapq.merge(*streams, key=_newest_key, reverse=True)
    if flt.limit is None:
        return merged
    from itertools import islice

    return islice(merged, flt.limit)


def _newest_key(rec: dict) -> tuple[str, str]:
    prefix = rec["id"][0]
    return rec[BY_PREFIX[prefix].time], prefix


def _stream(store: Store, kind: Kind, sql: str, params: tuple, chunk: int = 500,
            ) -> Iterator[dict]:
    cur = store.query_cursor(sql, params)
    while rows := cur.fetchmany(chunk):
        yield from records_from_rows(store.conn, kind, rows)


def iter_search(store: Store, text: str, limit: int | None = None,
                officer: str | None = None) -> Iterator[dict]:
    """Full-text search over every free-text field, best match first, fetched 500 records at
    a time (a common word can match most of a journal). With `officer`, only their records:
    the limit then counts their matches, so it is applied after the officer is."""
    tokens = [tok.replace('"', '""') for tok in text.split()]
    if not tokens:
        raise InputError("err.empty_search")
    query = " ".join(f'"{tok}"*' for tok in tokens)
    sql = "SELECT ref FROM search_index WHERE search_index MATCH ? ORDER BY rank"
    if checked_limit(limit) is not None and officer is None:
        sql += f" LIMIT {int(limit)}"
    refs = [r[0] for r in store.query(sql, (query,))]
    found = _fetch_in_order(store, refs, officer=officer)
    if limit is None or officer is None:
        return found
    from itertools import islice

    return islice(found, limit)


def _fetch_in_order(store: Store, refs: list[str], chunk: int = 500,
                    officer: str | None = None) -> Iterator[dict]:
    who = " AND officer = ? COLLATE NOCASE" if officer else ""
    for start in range(0, len(refs), chunk):
        part = refs[start:start + chunk]
        found: dict[str, dict] = {}
        for prefix in {ref[0] for ref in part}:
            kind = BY_PREFIX[prefix]
            ids = [int(ref[1:]) for ref in part if ref[0] == prefix]
            marks = ",".join("?" * len(ids))
            params = (*ids, officer) if officer else tuple(ids)
            for rec in select(store, kind, f"id IN ({marks}){who}", params):
                found[rec["id"]] = rec
        yield from (found[ref] for ref in part if ref in found)


# -- writing -------------------------------------------------------------------


def covering_patrol(conn: sqlite3.Connection, when: str, officer: str | None = None) -> int | None:
    """The patrol whose span holds `when`: incidents and contacts met on it get linked.

    In a unit's journal several officers patrol at once, so a record stamped with an
    officer links only to that officer's patrol, or to one stamped with no officer (logged
    before `config set officer`); a record without an officer links to any patrol. The
    officer's own patrol wins over an unstamped one."""
    # Bounded look-back: unbounded, a time that no patrol covers walks the whole index.
    since = iso(datetime.fromisoformat(when) - LINK_LOOKBACK)
    row = conn.execute(
        "SELECT id FROM patrols WHERE deleted_at IS NULL AND started_at BETWEEN :since AND :when "
        "AND ended_at >= :when AND (:officer IS NULL OR officer IS NULL OR officer = :officer) "
        "ORDER BY officer IS :officer DESC, started_at DESC LIMIT 1",
        {"since": since, "when": when, "officer": officer},
    ).fetchone()
    return row[0] if row else None


def check_patrol_span(started: str, ended: str) -> None:
    """A patrol ends after it starts and lasts at most a day (as `--duration` does): a longer
    one is a mistyped date, and would swallow the incidents of the days it covers."""
    if ended <= started:
        raise InputError("err.end_before_start", start=human(started), end=human(ended))
    span = datetime.fromisoformat(ended) - datetime.fromisoformat(started)
    if span > LONGEST_PATROL:
        raise InputError("err.patrol_too_long", hours=round(span.total_seconds() / 3600),
                         start=human(started), end=human(ended))


def check_not_ahead(value: str, now: datetime) -> None:
    """A record's own time (not a due date) may not be later than now, beyond the slack."""
    if datetime.fromisoformat(value) > now + FUTURE_LIMIT:
        raise InputError("err.in_future", value=human(value, now=now), now=human(now, now=now))


def _stored_time(rec: dict, name: str) -> datetime:
    value = rec.get(name)
    try:
        return datetime.fromisoformat(value)
    except (TypeError, ValueError):
        raise JournalError("err.damaged_value", id=rec["id"], column=name,
                           value=str(value)[:40]) from None


def _check_times(kind: Kind, values: dict[str, Any], ctx: Context) -> None:
    for name in (kind.time, "ended_at") if kind is PATROL else (kind.time,):
        if values.get(name) is not None:
            check_not_ahead(values[name], ctx.now)
    if kind is PATROL:
        check_patrol_span(values["started_at"], values["ended_at"])


def _resolve_patrol_link(conn: sqlite3.Connection, kind: Kind, values: dict[str, Any],
                         explicit: bool, officer: str | None) -> None:
    if kind is PATROL:
        return
    # `--patrol none` is kept: a patrol logged later does not take the record (`link_late`).
    values["unlinked"] = 0
    if explicit:
        ref = values.pop("patrol", None)
        if ref is None:
            values["patrol_id"] = None
            values["unlinked"] = 1
            return
        _, number = resolve(conn, ref, PATROL)
        row = conn.execute("SELECT deleted_at FROM patrols WHERE id = ?", (number,)).fetchone()
        if row is None or row[0]:
            raise InputError("err.no_such_id", id=ref.strip().upper())
        values["patrol_id"] = number
    else:
        values.pop("patrol", None)
        values["patrol_id"] = covering_patrol(conn, values[kind.time], officer)


def link_late(conn: sqlite3.Connection, patrol_id: int, values: dict[str, Any]) -> int:
    """Link the incidents and contacts logged before the patrol that covers them (docs/commands.md#links):
    unlinked (and not kept so with `--patrol none`), live, their time within the patrol's
    span, of its officer (or stamped with none; a patrol with no officer takes any), as
    `covering_patrol` would have linked them. Their `updated_at` moves on, so a sync by
    time carries the link. Returns how many were linked."""
    linked = 0
    for kind in (INCIDENT, KINDS["contact"]):
        linked += conn.execute(
            f"UPDATE {kind.table} SET patrol_id = :pid, updated_at = :stamp "
            f"WHERE patrol_id IS NULL AND unlinked = 0 AND deleted_at IS NULL "
            f"AND {kind.time} BETWEEN :start AND :end "
            "AND (:officer IS NULL OR officer IS NULL OR officer = :officer)",
            {"pid": patrol_id, "stamp": values["created_at"], "start": values["started_at"],
             "end": values["ended_at"], "officer": values.get("officer")},
        ).rowcount
    return linked


def find_duplicate(conn: sqlite3.Connection, kind: Kind, values: dict[str, Any]) -> str | None:
    """The live record that `values` would repeat (docs/commands.md#duplicates), or None:
    the same record typed twice, that is the same officer and every field the officer gives
    equal (times,
    category, area and places in any order, location, name, free text, counts, follow-up
    and due; text compared without regard to case and spacing). A record that differs in
    any of them is another record: two thefts at 08.00 in two streets, three unnamed
    traders met at one market with three concerns. Candidates come from the kind's time
    index (same time, same officer), so the check costs one indexed probe."""
    cur = conn.execute(f"SELECT * FROM {kind.table} WHERE deleted_at IS NULL "
                       f"AND {kind.time} = ? AND officer IS ?",
                       (values[kind.time], values.get("officer")))
    names = [d[0] for d in cur.description]
    compared = _compared_columns(kind)
    for row in cur.fetchall():
        have = dict(zip(names, row))
        if any(_same_value(values.get(c), have.get(c)) is False for c in compared):
            continue
        if kind is PATROL and _places_key(values.get("places") or []) != _places_key(
                {"type": t, "name": n} for t, n in conn.execute(
                    "SELECT type, name FROM visits WHERE patrol_id = ?", (have["id"],))):
            continue
        return f"{kind.prefix}{have['id']}"
    return None


def _compared_columns(kind: Kind) -> list[str]:
    """The stored fields an officer gives for `kind` (options of `add`), places apart."""
    return [f.column for f in fields.of(kind.name)
            if f.column and f.flags and f.adding and f.column not in ("places", "patrol")]


def _places_key(places: Any) -> list[tuple[str, str]]:
    return sorted((p["type"], " ".join(p["name"].split()).casefold()) for p in places)


def _normal(value: Any) -> Any:
    """A field's value as the duplicate check compares it: empty (None, "", 0, no list
    items) is one value; text ignores case and spacing; a list is its items in any order."""
    if value == "[]":
        return None
    if isinstance(value, str) and value.startswith("["):  # a stored list (tags, parties)
        try:
            value = _loads(value)
        except ValueError:
            pass
    if isinstance(value, list):
        items = sorted(" ".join(str(v).split()).casefold() for v in value)
        return items or None
    if isinstance(value, str):
        return " ".join(value.split()).casefold() or None
    return value or None


def _same_value(given: Any, stored: Any) -> bool:
    return _normal(given) == _normal(stored)


def refuse_duplicate(conn: sqlite3.Connection, kind: Kind, values: dict[str, Any]) -> None:
    found = find_duplicate(conn, kind, values)
    if found is not None:
        raise InputError(f"err.duplicate_{kind.name}", id=found)


def write_places(conn: sqlite3.Connection, patrol_id: int, places: list[dict[str, str]]) -> None:
    conn.execute("DELETE FROM visits WHERE patrol_id = ?", (patrol_id,))
    conn.executemany(
        "INSERT INTO visits(patrol_id, position, type, name) VALUES (?, ?, ?, ?)",
        [(patrol_id, i, p["type"], p["name"]) for i, p in enumerate(places)],
    )


_LIST_COLUMNS = frozenset(c for k in KINDS.values() for c in k.lists)


def table_columns(kind: Kind) -> tuple[str, ...]:
    """The columns of a kind's table, from its fields (`core.fields`): a patrol's places
    live in `visits`, a record's patrol is stored as `patrol_id`."""
    return ("id", "uid",
            *("patrol_id" if f == "patrol" else f for f in kind.fields if f != "places"),
            *COMMON_TAIL)


def insert_rows(conn: sqlite3.Connection, kind: Kind, rows: list[dict[str, Any]]) -> None:
    """Many records written at once inside the caller's transaction, as stored (numbered,
    lists as JSON text, `patrol_id` resolved; a patrol's `places` as type/name dicts):
    the bulk path of the journal, for a journal being filled (`demo`). Their search rows
    are the caller's to write (`search_index.reindex` of the whole kind, once)."""
    cols = table_columns(kind)
    conn.executemany(f"INSERT INTO {kind.table} ({', '.join(cols)}) "
                     f"VALUES ({', '.join('?' * len(cols))})",
                     [tuple(row[c] for c in cols) for row in rows])
    if kind is PATROL:
        conn.executemany(
            "INSERT INTO visits(patrol_id, position, type, name) VALUES (?, ?, ?, ?)",
            [(row["id"], i, p["type"], p["name"])
             for row in rows for i, p in enumerate(row["places"])])


def stored_columns(values: dict[str, Any]) -> dict[str, Any]:
    cols = {k: v for k, v in values.items() if k != "places"}
    for name in _LIST_COLUMNS.intersection(cols):
        # Most records carry no tags or parties; "[]" spares `add` the json import
        # (~1.5 ms a run).
        cols[name] = _dumps(cols[name]) if cols[name] else "[]"
    return cols


def _prepare(kind: Kind, values: dict[str, Any], ctx: Context,
             profile: dict[str, str]) -> dict[str, Any]:
    """Defaults, stamps and checks that do not need the database."""
    values = dict(values)
    stamp = iso(ctx.now)
    if kind is PATROL:
        values.setdefault("kind", "dialogic")
        if not values.get("area") and profile.get("area"):
            values["area"] = profile["area"]
    elif kind is INCIDENT:
        values.setdefault("status", "open")
    values.setdefault(kind.time, stamp)
    values.setdefault("tags", [])
    values["officer"] = profile.get("officer")
    values["unit"] = profile.get("unit")
    values.update(uid=uuid.uuid4().hex, created_at=stamp, updated_at=stamp)
    _check_times(kind, values, ctx)
    return values


def _insert(conn: sqlite3.Connection, kind: Kind, values: dict[str, Any]) -> int:
    """Insert prepared values inside the caller's transaction; return the new number.
    The same record logged twice is refused; a patrol takes the records logged before it
    that it covers."""
    refuse_duplicate(conn, kind, values)
    places = values.get("places", [])
    _resolve_patrol_link(conn, kind, values, "patrol" in values, values.get("officer"))
    cols = stored_columns(values)
    names = ", ".join(cols)
    marks = ", ".join("?" * len(cols))
    cur = conn.execute(f"INSERT INTO {kind.table} ({names}) VALUES ({marks})",
                       tuple(cols.values()))
    number = cur.lastrowid
    if kind is PATROL:
        write_places(conn, number, places)
        link_late(conn, number, values)
    reindex(conn, kind, number)
    return number


def add(store: Store, kind_name: str, values: dict[str, Any], *, fetch: bool = True) -> dict:
    """Add one record. `values` holds validated fields; `patrol` (a ref or None) if given.

    Returns the stored record, or with ``fetch=False`` just ``{"id": ...}`` (cron and
    scripts adding records want the id, and the read-back is a third of the work)."""
    kind = KINDS[kind_name]
    prepared = _prepare(kind, values, Context(store), store.config())
    with store.write() as conn:
        number = _insert(conn, kind, prepared)
    ref = f"{kind.prefix}{number}"
    return get(store, ref) if fetch else {"id": ref}


def add_shift(store: Store, patrol: dict[str, Any], incidents: list[dict[str, Any]],
              contacts: list[dict[str, Any]]) -> list[dict]:
    """A patrol with the incidents and contacts met on it, all in one transaction."""
    ctx, profile = Context(store), store.config()
    prepared_patrol = _prepare(PATROL, patrol, ctx, profile)
    others = [(INCIDENT, _prepare(INCIDENT, v, ctx, profile)) for v in incidents]
    others += [(KINDS["contact"], _prepare(KINDS["contact"], v, ctx, profile)) for v in contacts]
    refs: list[str] = []
    with store.write() as conn:
        patrol_id = _insert(conn, PATROL, prepared_patrol)
        refs.append(f"P{patrol_id}")
        for kind, values in others:
            values["patrol"] = f"P{patrol_id}"
            refs.append(f"{kind.prefix}{_insert(conn, kind, values)}")
    return [get(store, ref) for ref in refs]


def keep_history(conn: sqlite3.Connection, rec: dict, action: str, stamp: str) -> None:
    conn.execute(
        "INSERT INTO history(record_uid, ref, action, changed_at, record) VALUES (?, ?, ?, ?, ?)",
        (rec["uid"], rec["id"], action, stamp, _dumps(rec)),
    )


def stamp_after(now: str, replaced: str | None) -> str:
    """The time a change here is stamped with: now, or a second after the version it
    replaces when that one is stamped later (a clock ahead elsewhere), so a real edit,
    delete or erasure always wins over what came before it (docs/trust.md, Clocks)."""
    if not replaced:
        return now
    try:
        before = datetime.fromisoformat(replaced)
        current = datetime.fromisoformat(now)
        if before < current:
            return now
    except (ValueError, TypeError):
        return now
    return iso((before + timedelta(seconds=1)).astimezone(current.tzinfo))


def edit(store: Store, ref: str, changes: dict[str, Any]) -> dict:
    """Change fields of a live record, keeping the earlier version in its history."""
    before = get(store, ref, include_deleted=False)
    kind, number = parse_ref(before["id"])
    if not changes:
        raise InputError("err.nothing_to_change", id=before["id"])
    ctx = Context(store)
    changes = dict(changes)
    merged = {k: before[k] for k in kind.fields if k not in ("places", "patrol")}
    merged.update({k: v for k, v in changes.items() if k not in ("places", "patrol")})
    if kind is not PATROL or {"started_at", "ended_at"} & changes.keys():
        # Times untouched are left as they were: a record from before a rule was added
        # (the 24-hour patrol) can still have its summary corrected.
        for name in (kind.time, "ended_at") if kind is PATROL else (kind.time,):
            if name not in changes:  # a stored time another tool wrote: named, exit 3
                _stored_time(before, name)
        _check_times(kind, merged if kind is PATROL else {kind.time: merged[kind.time]}, ctx)
    explicit = "patrol" in changes
    # A new time without --patrol re-links by that time, as `add` would.
    relink = kind is not PATROL and (explicit or kind.time in changes)
    stamp = stamp_after(iso(ctx.now), before.get("updated_at"))
    with store.write() as conn:
        keep_history(conn, before, "edit", stamp)
        values = dict(changes)
        if relink:
            values.setdefault(kind.time, merged[kind.time])
            _resolve_patrol_link(conn, kind, values, explicit, before.get("officer"))
        else:
            values.pop("patrol", None)
        places = values.pop("places", None)
        cols = stored_columns(values)
        cols["updated_at"] = stamp
        assignments = ", ".join(f"{k} = ?" for k in cols)
        conn.execute(f"UPDATE {kind.table} SET {assignments} WHERE id = ?",
                     (*cols.values(), number))
        if kind is PATROL and places is not None:
            write_places(conn, number, places)
        reindex(conn, kind, number)
    return get(store, before["id"])


def delete(store: Store, ref: str) -> dict:
    """Take a record out of lists and reports; its history stays."""
    before = get(store, ref, include_deleted=False)
    kind, number = parse_ref(before["id"])
    stamp = stamp_after(iso(Context(store).now), before.get("updated_at"))
    with store.write() as conn:
        keep_history(conn, before, "delete", stamp)
        conn.execute(f"UPDATE {kind.table} SET deleted_at = ?, updated_at = ? WHERE id = ?",
                     (stamp, stamp, number))
        reindex(conn, kind, number)
    return before


def day_bound(store: Store, day: date) -> str:
    """The start of `day` in the journal's timezone, as stored times are written."""
    return start_of(day, Context(store).tz)


def count_before(store: Store, day: date) -> dict[str, int]:
    """Records (live and deleted) whose own time is before `day`, by kind plural."""
    bound = day_bound(store, day)
    return {k.table: store.query(f"SELECT count(*) FROM {k.table} WHERE {k.time} < ?",
                                 (bound,))[0][0]
            for k in KINDS.values()}
