"""Writing the sample (`patrolog demo`): the options, and the records of the story into the
journal in one transaction through the journal's bulk path (`records.insert_rows`), with
explicit ids (patrol ids are needed to link what happened on them); the search index is
rebuilt once per kind at the end.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from patrolog.core.errors import InputError
from patrolog.core.kinds import CONTACT, INCIDENT, KINDS, PATROL, Kind
from patrolog.core.output import Progress
from patrolog.core.times import journal_tz, now_in, zone_name
from patrolog.demo.story import (
    CONTACT_ROW,
    INCIDENT_ROW,
    PATROL_ROW,
    Clock,
    Officer,
    Shift,
    Span,
    make_officer,
    new_uid,
    officer_names,
    officer_week,
)
from patrolog.journal.records import insert_rows
from patrolog.journal.search_index import reindex
from patrolog.journal.store import Store

DEFAULT_WEEKS = 8
DEFAULT_OFFICERS = 1
DEFAULT_SEED = 1945
MAX_WEEKS = 1040
MAX_OFFICERS = 1000
CHUNK = 10_000  # records per batch: big enough to be fast, small enough to stay lean

DEFAULT_TIMEZONE = "Asia/Jakarta"


# -- options ----------------------------------------------------------------------
def check_options(weeks: int, officers: int) -> None:
    if not 1 <= weeks <= MAX_WEEKS:
        raise InputError("err.demo_weeks", value=weeks, max=MAX_WEEKS)
    if not 1 <= officers <= MAX_OFFICERS:
        raise InputError("err.demo_officers", value=officers, max=MAX_OFFICERS)


# -- writing ---------------------------------------------------------------------------------
class Writer:
    """Numbers the story's rows, links them to their patrol's id, and hands them to the
    journal's bulk path in big batches."""

    def __init__(self, conn: Any) -> None:
        self.conn = conn
        self.next = {k: conn.execute(f"SELECT coalesce(max(id), 0) FROM {k.table}").fetchone()[0]
                     + 1 for k in KINDS.values()}
        self.rows: dict[Kind, list[dict[str, Any]]] = {k: [] for k in KINDS.values()}
        self.counts = {"patrols": 0, "visits": 0, "incidents": 0, "contacts": 0}

    def week(self, shifts: list[Shift], loose: list[tuple[tuple, tuple]]) -> None:
        shifts.sort(key=lambda s: s.key)
        incidents: list[tuple[tuple, tuple, int]] = []
        contacts: list[tuple[tuple, tuple, int | None]] = [(k, r, None) for k, r in loose]
        for shift in shifts:
            pid = self._number(PATROL)
            places = [{"type": t, "name": n} for t, n in shift.visits]
            self.rows[PATROL].append({**dict(zip(PATROL_ROW, shift.row)), "id": pid,
                                      "uid": new_uid(), "places": places})
            incidents.extend((k, r, pid) for k, r in shift.incidents)
            contacts.extend((k, r, pid) for k, r in shift.contacts)
        for kind, layout, items in ((INCIDENT, INCIDENT_ROW, incidents),
                                    (CONTACT, CONTACT_ROW, contacts)):
            items.sort(key=lambda item: item[0])
            out = self.rows[kind]
            for _, row, pid in items:
                out.append({**dict(zip(layout, row)), "id": self._number(kind),
                            "uid": new_uid(), "patrol_id": pid})
        if any(len(rows) >= CHUNK for rows in self.rows.values()):
            self.flush()

    def _number(self, kind: Kind) -> int:
        number = self.next[kind]
        self.next[kind] += 1
        return number

    def flush(self) -> None:
        # Patrols first: visits, incidents and contacts refer to them.
        for kind, rows in self.rows.items():
            if rows:
                insert_rows(self.conn, kind, rows)
                self.counts[kind.table] += len(rows)
                if kind is PATROL:
                    self.counts["visits"] += sum(len(row["places"]) for row in rows)
                rows.clear()


# -- the whole sample ------------------------------------------------------------------------
def _record_count(store: Store) -> int:
    return sum(store.conn.execute(f"SELECT count(*) FROM {k.table}").fetchone()[0]
               for k in KINDS.values())


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
