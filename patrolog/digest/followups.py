"""Open promises and open incidents (`followups`), and what needs attention today (`due`).

Everything is read through SQL that the partial indexes cover
(`contacts_open_followups`, `incidents_status`, `patrols_started`): a journal
may hold a million records and only the open ones are ever touched. Functions
return plain dicts; texts are built from the catalogue, nothing prints.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from patrolog.core.errors import InputError
from patrolog.core.kinds import CONTACT, INCIDENT
from patrolog.core.retention import cutoff
from patrolog.core.times import iso
from patrolog.digest.compute import ROSTER_LOOKBACK_DAYS, roster
from patrolog.digest.periods import Period
from patrolog.journal import ids, records
from patrolog.journal.officers import key
from patrolog.journal.records import count_before
from patrolog.journal.store import Store

# An incident still open after this long shows in `due`.
INCIDENT_STALE = timedelta(days=7)

_OPEN_INCIDENT = "status = 'open' AND deleted_at IS NULL"


# Which open promises, and in what order: overdue (most late first), due from today
# on (soonest first), without a due date (oldest contact first).
_PROMISE_GROUPS = {
    "overdue": ("due < :today", "due, id"),
    "ahead": ("due >= :today", "due, id"),
    "undated": ("due IS NULL", "met_at, id"),
}


def _who(officer: str | None) -> str:
    """The condition narrowing to one officer (`--officer`), as `officers.resolve` names them."""
    return " AND officer = :officer COLLATE NOCASE" if officer else ""


def _promises(store: Store, today: date, group: str, officer: str | None = None) -> list[dict]:
    cond, order = _PROMISE_GROUPS[group]
    recs = records.select(store, CONTACT,
                          f"{records.OPEN_PROMISE} AND {cond}{_who(officer)} ORDER BY {order}",
                          {"today": today.isoformat(), "officer": officer})
    for rec in recs:
        late = (today - date.fromisoformat(rec["due"])).days if rec["due"] else None
        rec["overdue"] = late is not None and late > 0
        rec["days_late"] = late if rec["overdue"] else None
    return recs


def _incidents(store: Store, ctx: records.Context, cond: str = "",
               params: dict | None = None, officer: str | None = None) -> list[dict]:
    recs = records.select(store, INCIDENT,
                          f"{_OPEN_INCIDENT}{cond}{_who(officer)} ORDER BY occurred_at, id",
                          {**(params or {}), "officer": officer})
    for rec in recs:
        rec["overdue"] = False
        rec["days_late"] = None
        rec["days_open"] = (ctx.now.date() - _local_day(rec["occurred_at"], ctx)).days
    return recs


def _local_day(stamp: str, ctx: records.Context) -> date:
    return datetime.fromisoformat(stamp).astimezone(ctx.tz).date()


def open_items(store: Store, *, overdue_only: bool = False,
               officer: str | None = None) -> list[dict]:
    """Open promises and open incidents, in the order an officer should deal with them.

    Overdue promises first (most late first), then promises due from today on,
    then promises without a due date, then open incidents (oldest first). Each
    record carries `overdue` and `days_late` (int when overdue, else null);
    incidents also `days_open`. `officer` (as the journal writes it): only theirs.
    """
    ctx = records.Context(store)
    today = ctx.now.date()
    items = _promises(store, today, "overdue", officer)
    if not overdue_only:
        items += _promises(store, today, "ahead", officer)
        items += _promises(store, today, "undated", officer)
        items += _incidents(store, ctx, officer=officer)
    return items


def done_change(store: Store, ref: str, officer: str | None = None
                ) -> tuple[str, dict[str, str]]:
    """What `--done ref` would change: (id, changes). Refusals raise InputError (exit 2).

    `officer` (as `officers.resolve` names them): the record must be theirs. A script
    that says whose promise it means is refused when the id names someone else's,
    rather than stamping another officer's record."""
    kind, number = ids.resolve(store.conn, ref)
    if kind not in (CONTACT, INCIDENT):
        raise InputError("err.done_wrong_kind", id=f"{kind.prefix}{number}")
    rec = records.get(store, f"{kind.prefix}{number}", include_deleted=False)
    if officer is not None:
        _check_owner(rec, officer)
    if kind is INCIDENT:
        if rec["status"] == "resolved":
            raise InputError("err.done_already_resolved", id=rec["id"])
        return rec["id"], {"status": "resolved"}
    if not rec["follow_up"]:
        raise InputError("err.done_no_follow_up", id=rec["id"])
    if rec["done_at"]:
        raise InputError("err.done_already", id=rec["id"],
                         when=rec["done_at"][:16].replace("T", " "))
    return rec["id"], {"done_at": iso(records.Context(store).now)}


def _check_owner(rec: dict, officer: str) -> None:
    owner = rec.get("officer")
    if owner is None:
        raise InputError("err.done_no_owner", id=rec["id"], officer=officer)
    if key(owner) != key(officer):
        raise InputError("err.done_not_theirs", id=rec["id"], officer=officer, owner=owner)


def mark_done(store: Store, ref: str, officer: str | None = None) -> dict:
    """Stamp a promise done, or resolve an incident, as `edit` would: the earlier
    version goes to the record's history. Checked before the journal is touched."""
    rid, changes = done_change(store, ref, officer)
    store.make_writable()
    return records.edit(store, rid, changes)


# -- due -------------------------------------------------------------------------------
def _item(ref: str | None, reason: str, due: str | None, days: int | None,
          officer: str | None = None, **facts: Any) -> dict[str, Any]:
    """One thing `due` names; `facts` are what its line is worded from
    (`patrolog.render.due`), data here, words there."""
    return {"id": ref, "reason": reason, "due": due, "days": days, "officer": officer,
            "facts": facts}


def _missing_patrols(store: Store, ctx: records.Context, officer: str | None,
                     named: bool) -> list[dict]:
    """"No patrol logged yesterday": one line for the journal, or for the officer asked
    about; in a unit's journal (`named`) one line per officer of the unit who logged none.

    The unit's officers are the digest's (`digest.roster`): records yesterday or in the 4
    weeks before, so an officer who moved away a month ago is not reminded every day. A
    unit's journal where no officer is that recent gets the journal's one line, so the
    daily mail still says that nothing is being logged."""
    if officer is not None or not named:
        item = _no_patrol_yesterday(store, ctx, officer)
        return [item] if item else []

    today = ctx.now.date()
    yesterday = today - timedelta(days=1)
    names = roster(store, Period(yesterday, yesterday, "range"))
    if not names:
        item = _no_patrol_yesterday(store, ctx)
        return [item] if item else []
    # Each officer's latest patrol before today: one GROUP BY over the roster's 4 weeks
    # (the indexed time range); only officers without a patrol in it need the older rows.
    lo = (yesterday - timedelta(days=ROSTER_LOOKBACK_DAYS)).isoformat()
    latest: dict[str, str] = {}

    def read(cond: str, **params: str) -> None:
        for name, last in store.query(
                "SELECT min(officer), max(started_at) FROM patrols WHERE deleted_at IS NULL "
                f"AND officer IS NOT NULL AND {cond} GROUP BY officer COLLATE NOCASE",
                params):
            latest.setdefault(key(name), last)

    read("started_at >= :lo AND started_at < :hi", lo=lo, hi=today.isoformat())
    if any(key(name) not in latest for name in names):
        read("started_at < :lo", lo=lo)
    items = []
    for name in names:
        last = latest.get(key(name))
        if last is not None and last[:10] >= yesterday.isoformat():
            continue  # patrolled yesterday
        items.append(_missing_item(ctx, yesterday, last, name))
    return items


def _missing_item(ctx: records.Context, yesterday: date, last: str | None,
                  officer: str | None) -> dict:
    today = yesterday + timedelta(days=1)
    last_day = _local_day(last, ctx) if last else None
    # a patrol may start up to 24h ahead
    days = max(0, (today - last_day).days) if last_day else None
    return _item(None, "no_patrol_yesterday", None, days, officer, day=yesterday.isoformat(),
                 last=last_day.isoformat() if last_day else None)


def _no_patrol_yesterday(store: Store, ctx: records.Context,
                         officer: str | None = None) -> dict | None:
    # A patrol belongs to the day it started (docs/digest.md#periods), as in the weekly digest.
    today = ctx.now.date()
    yesterday = today - timedelta(days=1)
    who = {"officer": officer}
    found = store.query("SELECT 1 FROM patrols WHERE deleted_at IS NULL AND started_at >= :lo "
                        f"AND started_at < :hi{_who(officer)} LIMIT 1",
                        {"lo": yesterday.isoformat(), "hi": today.isoformat(), **who})
    if found:
        return None
    last = store.query(f"SELECT started_at FROM patrols WHERE deleted_at IS NULL{_who(officer)} "
                       "ORDER BY started_at DESC LIMIT 1", who)
    return _missing_item(ctx, yesterday, last[0][0] if last else None, officer)


def due_items(store: Store, officer: str | None = None, named: bool = False
              ) -> list[dict[str, Any]]:
    # `named`: a unit's journal, whose every officer of the roster is checked for a patrol
    """What needs attention today, one item per record (a missing patrol has no id).

    Items: `id`, `reason` (no_patrol_yesterday | followup_overdue | incident_open |
    retention), `facts` (what `patrolog.render.due` words its line from), `due` (a
    promise's due date, else null),
    `days` (days late, days open, or days since the last patrol; null if none ever),
    `officer` (whose record; for a missing patrol, the officer asked about, in a unit's
    journal the officer who logged none, else null).
    `officer` narrows to one officer. The retention reminder is the journal's, not an officer's (a purge
    removes every officer's old records): it is left out when `officer` narrows.
    """
    ctx = records.Context(store)
    today = ctx.now.date()
    items: list[dict[str, Any]] = []
    items += _missing_patrols(store, ctx, officer, named)
    for rec in _promises(store, today, "overdue", officer):
        items.append(_item(rec["id"], "followup_overdue", rec["due"], rec["days_late"],
                           rec.get("officer"), what=rec["follow_up"], name=rec.get("name"),
                           role=rec["role"]))
    cutoff = iso(ctx.now - INCIDENT_STALE)
    for rec in _incidents(store, ctx, " AND occurred_at < :cutoff", {"cutoff": cutoff},
                          officer):
        items.append(_item(rec["id"], "incident_open", None, rec["days_open"],
                           rec.get("officer"), kind=rec["kind"], location=rec.get("location")))

    past = due_item(store, today) if officer is None else None
    if past:
        items.append(past)
    return items


# -- the reminder in `due` ---------------------------------------------------------------


def due_item(store: Store, today: date) -> dict | None:
    """`due`'s line when records are past the retention set in config, else None."""
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
    item = _item(None, "retention", first_kept.isoformat(), None, None, count=total,
                 retention=retention, **counts)
    item["counts"] = counts
    return item
