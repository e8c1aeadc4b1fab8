"""`purge --before DATE` and the retention period behind `due`'s reminder (SPEC §7).

A purge removes records whose own time (patrol start, incident time, contact time)
is before the day, live or deleted, for good: the rows, their places, their earlier
versions in `history`, their search rows; records kept that were linked to a purged
patrol lose the link. Then the same wipe as `erase` (`erase.wipe`).

Retention (`config set retention 2y`) is a period such as `2y`, `18 bulan`,
`6 months`, `90 hari`, `3 minggu`; stored as `<n> years|months|weeks|days`. Months
and years are calendar months and years (`dateutil.relativedelta`): 18 months before
31 August is 28 February.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from patrolog.errors import InputError
from patrolog.store import Store

# kind prefix, table, the column with the record's own time
_KINDS = (("P", "patrols", "started_at"), ("I", "incidents", "occurred_at"),
          ("C", "contacts", "met_at"))

_UNITS = {
    "years": ("y", "yr", "yrs", "year", "years", "tahun", "thn", "th"),
    "months": ("mo", "mon", "month", "months", "bulan", "bln", "bl"),
    "weeks": ("w", "wk", "week", "weeks", "minggu", "mgg", "pekan"),
    "days": ("d", "day", "days", "hari", "hr"),
}
_UNIT_OF = {word: unit for unit, words in _UNITS.items() for word in words}
_PERIOD = re.compile(r"^\s*(\d{1,4})\s*([a-z]+)\s*$", re.IGNORECASE)
# A retention longer than this is a typo (and would reach before the year 1900).
_LONGEST = {"years": 100, "months": 1200, "weeks": 5200, "days": 36500}


def parse_retention(text: str) -> str:
    """`18 bulan` -> `18 months`; refuse what is not a period (exit 2)."""
    match = _PERIOD.match(text or "")
    unit = _UNIT_OF.get(match[2].lower()) if match else None
    if match is None or unit is None or not 1 <= int(match[1]) <= _LONGEST[unit]:
        raise InputError("err.bad_retention", value=text)
    return f"{int(match[1])} {unit}"


def cutoff(retention: str, today: date) -> date:
    """The first day still kept: records before it are past retention."""
    from dateutil.relativedelta import relativedelta  # calendar months and years

    amount, unit = parse_retention(retention).split()
    return today - relativedelta(**{unit: int(amount)})


def _bound(day: date, store: Store) -> str:
    """The start of `day` in the journal's timezone, as stored times are written."""
    from patrolog.records import Context

    return _start_of(day, Context(store).tz)


def _start_of(day: date, tz: Any) -> str:
    from datetime import time

    from patrolog.timeparse import iso

    return iso(datetime.combine(day, time(0, 0), tzinfo=tz))


def retention_bound(retention: str | None, now: datetime) -> str | None:
    """The start of the first day still kept under `retention` (as config stores it), in
    `now`'s timezone and form of stored times; None without a retention, or with one set
    by hand to what `config set` would refuse. Records before it are past retention:
    what `due` reminds of and `import`/`merge` skip (`sharing_privacy`)."""
    if not retention:
        return None
    try:
        first_kept = cutoff(retention, now.date())
    except InputError:
        return None
    return _start_of(first_kept, now.tzinfo)


def count_before(store: Store, day: date) -> dict[str, int]:
    """Records (live and deleted) whose own time is before `day`, by kind plural."""
    bound = _bound(day, store)
    return {table: store.query(f"SELECT count(*) FROM {table} WHERE {col} < ?", (bound,))[0][0]
            for _, table, col in _KINDS}


def purge(store: Store, day: date) -> dict[str, int]:
    """Remove every record before `day` for good; return what was removed, by kind, and
    the number of earlier versions dropped (`history`)."""
    from patrolog import erase
    from patrolog.kinds import INCIDENT, KINDS

    bound = _bound(day, store)
    counts: dict[str, int] = {}
    with erase.secure_transaction(store) as conn:
        history = 0
        for prefix, table, col in _KINDS:
            where = f"{col} < ?"
            history += conn.execute(
                f"DELETE FROM history WHERE record_uid IN (SELECT uid FROM {table} "
                f"WHERE {where})", (bound,)).rowcount
            # search rows first: their rowid is derived from the record's id (records._SLOT)
            slot = "PIC".index(prefix)
            conn.execute(f"DELETE FROM search_index WHERE rowid IN (SELECT id * 3 + {slot} "
                         f"FROM {table} WHERE {where})", (bound,))
            if table == "patrols":  # records kept lose their link to a purged patrol
                for other in (INCIDENT, KINDS["contact"]):
                    conn.execute(f"UPDATE {other.table} SET patrol_id = NULL WHERE patrol_id "
                                 f"IN (SELECT id FROM patrols WHERE {where})", (bound,))
                conn.execute(f"DELETE FROM visits WHERE patrol_id IN "
                             f"(SELECT id FROM patrols WHERE {where})", (bound,))
            counts[table] = conn.execute(f"DELETE FROM {table} WHERE {where}",
                                         (bound,)).rowcount
        counts["history"] = history
        # the mark: later imports and merges skip records before it (docs/sharing.md)
        from patrolog.clock import now

        conn.execute("INSERT INTO purge_marks(before, made_at) VALUES (?, ?)",
                     (bound, now().isoformat(timespec="seconds")))
        if any(counts.values()):
            erase.optimise_index(conn)
    if any(counts.values()):
        erase.wipe(store)
    return counts


# -- the reminder in `due` ---------------------------------------------------------------
def due_item(store: Store, today: date) -> dict | None:
    """`due`'s line when records are past the retention set in config, else None."""
    from patrolog.i18n import t

    retention = store.config().get("retention")
    if not retention:
        return None
    try:
        first_kept = cutoff(retention, today)
    except InputError:  # set by hand to something else: `config set` refuses such values
        return None
    counts = count_before(store, first_kept)
    total = sum(counts.values())
    if not total:
        return None
    text = t("due.retention", count=total, retention=retention_text(retention),
             day=first_kept.isoformat(), **counts)
    return {"id": None, "reason": "retention", "message": text, "due": first_kept.isoformat(),
            "days": None, "officer": None, "counts": counts}


def retention_text(stored: str) -> str:
    """`18 months` in the user's language."""
    from patrolog.i18n import t

    amount, unit = stored.split()
    return t(f"retention.{unit}", n=int(amount))
