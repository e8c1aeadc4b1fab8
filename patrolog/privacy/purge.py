"""`purge --before DATE`: records before a day removed for good (docs/privacy.md).

A purge removes records whose own time (patrol start, incident time, contact time)
is before the day, live or deleted, for good: the rows, their places, their earlier
versions in `history`, their search rows; records kept that were linked to a purged
patrol lose the link. Then the same wipe as `erase` (`erase.wipe`).

Retention (`config set retention 2y`) is read in `patrolog.core.retention`.
"""

from __future__ import annotations

from datetime import date

from patrolog.core.clock import now
from patrolog.core.kinds import INCIDENT, KINDS
from patrolog.journal.records import day_bound
from patrolog.journal.store import Store
from patrolog.privacy import erase


def purge(store: Store, day: date) -> dict[str, int]:
    """Remove every record before `day` for good; return what was removed, by kind, and
    the number of earlier versions dropped (`history`)."""
    bound = day_bound(store, day)
    counts: dict[str, int] = {}
    with erase.secure_transaction(store) as conn:
        history = 0
        for kind in KINDS.values():
            prefix, table, where = kind.prefix, kind.table, f"{kind.time} < ?"
            history += conn.execute(
                f"DELETE FROM history WHERE record_uid IN (SELECT uid FROM {table} "
                f"WHERE {where})", (bound,)).rowcount
            # search rows first: their rowid is derived from the record's id (search_index._SLOT)
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
        # the mark: later imports and merges skip records before it (docs/trust.md)
        conn.execute("INSERT INTO purge_marks(before, made_at) VALUES (?, ?)",
                     (bound, now().isoformat(timespec="seconds")))
        if any(counts.values()):
            erase.optimise_index(conn)
    if any(counts.values()):
        erase.wipe(store)
    return counts
