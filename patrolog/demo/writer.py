"""Writing the sample (`patrolog demo`): the options, and the rows of the story into the
journal in one transaction, with batched inserts and explicit ids (patrol ids are needed
to link what happened on them); the search index is rebuilt once per kind at the end.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from patrolog.core.errors import InputError
from patrolog.core.kinds import KINDS
from patrolog.core.output import Progress
from patrolog.core.times import journal_tz, now_in, zone_name
from patrolog.demo.story import (
    Clock,
    Officer,
    Shift,
    Span,
    make_officer,
    new_uid,
    officer_names,
    officer_week,
)
from patrolog.journal.search_index import reindex
from patrolog.journal.store import Store

DEFAULT_WEEKS = 8
DEFAULT_OFFICERS = 1
DEFAULT_SEED = 1945
MAX_WEEKS = 1040
MAX_OFFICERS = 1000
CHUNK = 20_000  # rows per executemany: big enough to be fast, small enough to stay lean

DEFAULT_TIMEZONE = "Asia/Jakarta"


# -- options ----------------------------------------------------------------------
def check_options(weeks: int, officers: int) -> None:
    if not 1 <= weeks <= MAX_WEEKS:
        raise InputError("err.demo_weeks", value=weeks, max=MAX_WEEKS)
    if not 1 <= officers <= MAX_OFFICERS:
        raise InputError("err.demo_officers", value=officers, max=MAX_OFFICERS)


# -- writing ---------------------------------------------------------------------------------
_INSERT = {
    "patrols": "INSERT INTO patrols(id, uid, started_at, ended_at, kind, area, summary, tags, "
               "officer, unit, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
    "visits": "INSERT INTO visits(patrol_id, position, type, name) VALUES (?,?,?,?)",
    "incidents": "INSERT INTO incidents(id, uid, occurred_at, kind, location, description, "
                 "action, injured, dead, severity, status, referred_to, patrol_id, tags, "
                 "officer, unit, created_at, updated_at, parties, resolution) "
                 "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
    "contacts": "INSERT INTO contacts(id, uid, met_at, name, role, organisation, place, phone, "
                "topic, concern, follow_up, due, done_at, patrol_id, tags, officer, unit, "
                "created_at, updated_at, hope, field) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
}
_PATROL_AT = {"incidents": 10, "contacts": 11}  # index of patrol_id in a row without id/uid


class Writer:
    """Numbers rows, links them to their patrol's id, and inserts them in big batches."""

    def __init__(self, conn: Any) -> None:
        self.conn = conn
        self.next = {t: conn.execute(f"SELECT coalesce(max(id), 0) FROM {t}").fetchone()[0] + 1
                     for t in ("patrols", "incidents", "contacts")}
        self.rows: dict[str, list[tuple]] = {t: [] for t in _INSERT}
        self.counts = dict.fromkeys(_INSERT, 0)

    def week(self, shifts: list[Shift], loose: list[tuple[tuple, tuple]]) -> None:
        shifts.sort(key=lambda s: s.key)
        incidents: list[tuple[tuple, tuple, int]] = []
        contacts: list[tuple[tuple, tuple, int | None]] = [(k, r, None) for k, r in loose]
        for shift in shifts:
            pid = self.next["patrols"]
            self.next["patrols"] += 1
            self.rows["patrols"].append((pid, new_uid(), *shift.row))
            self.rows["visits"].extend((pid, i, t, n) for i, (t, n) in enumerate(shift.visits))
            incidents.extend((k, r, pid) for k, r in shift.incidents)
            contacts.extend((k, r, pid) for k, r in shift.contacts)
        for table, items in (("incidents", incidents), ("contacts", contacts)):
            items.sort(key=lambda item: item[0])
            at = _PATROL_AT[table]
            out = self.rows[table]
            for _, row, pid in items:
                out.append((self.next[table], new_uid(), *row[:at], pid, *row[at + 1:]))
                self.next[table] += 1
        if any(len(rows) >= CHUNK for rows in self.rows.values()):
            self.flush()

    def flush(self) -> None:
        # Patrols first: visits, incidents and contacts refer to them.
        for table, rows in self.rows.items():
            if rows:
                self.conn.executemany(_INSERT[table], rows)
                self.counts[table] += len(rows)
                rows.clear()


# -- the whole sample ------------------------------------------------------------------------
def _record_count(store: Store) -> int:
    return sum(store.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
               for t in ("patrols", "incidents", "contacts"))


def _refuse_non_empty(store: Store) -> None:
    count = _record_count(store)
    if count:
        raise InputError("err.demo_not_empty", path=str(store.path), count=count)


def _set_profile(conn: Any, officer: Officer, timezone: str) -> None:
    """The seed officer's profile, for whatever the journal does not say yet."""
    profile = {"officer": officer.name, "unit": officer.unit, "area": officer.kelurahan,
               "timezone": timezone}
    conn.executemany("INSERT INTO config(key, value) VALUES (?, ?) ON CONFLICT(key) DO NOTHING",
                     list(profile.items()))


def fill(store: Store, *, weeks: int = DEFAULT_WEEKS, officers: int = DEFAULT_OFFICERS,
         seed: int = DEFAULT_SEED, append: bool = False,
         progress: Progress | None = None) -> dict[str, Any]:
    """Write the sample into `store`; return what was written, for the summary line."""

    check_options(weeks, officers)
    if not append:
        _refuse_non_empty(store)  # before anything is created on disk
    store.make_writable()
    tz = journal_tz(store.config().get("timezone") or DEFAULT_TIMEZONE)
    now = now_in(tz)
    first = now.date() - timedelta(days=now.weekday() + 7 * (weeks - 1))
    span = Span(nweeks=weeks, today=(now.date() - first).days, now=now.hour * 60 + now.minute,
                clock=Clock(first, tz))
    people = [make_officer(i, name, seed) for i, name in enumerate(officer_names(officers, seed))]
    step = max(1, weeks // 200)
    with store.write() as conn:
        if not append:
            _refuse_non_empty(store)  # again under the lock: another writer may have been first
        _set_profile(conn, people[0], zone_name(tz))
        writer = Writer(conn)
        for widx in range(weeks):
            shifts: list[Shift] = []
            loose: list[tuple[tuple, tuple]] = []
            for off in people:
                got, calls = officer_week(off, span, widx)
                shifts.extend(got)
                loose.extend(calls)
            writer.week(shifts, loose)
            if progress and ((widx + 1) % step == 0 or widx + 1 == weeks):
                progress("records", widx + 1, weeks)
        writer.flush()
        for n, kind in enumerate(KINDS.values()):
            if progress:
                progress("index", n, len(KINDS))
            reindex(conn, kind)
        if progress:
            progress("index", len(KINDS), len(KINDS))
    return {"journal": str(store.path), "weeks": weeks, "officers": officers, "seed": seed,
            "from": first.isoformat(), "to": now.date().isoformat(),
            "patrols": writer.counts["patrols"], "visits": writer.counts["visits"],
            "incidents": writer.counts["incidents"], "contacts": writer.counts["contacts"]}
