"""The digest behind `patrolog report` (docs/digest.md; the dict is specified in docs/report-json.md).

Everything is counted in SQL over the indexed time columns (patrols.started_at,
incidents.occurred_at, contacts.met_at, contacts.done_at, the open follow-ups
index on due), grouped in SQL; Python only shapes the small results. So a
week's digest costs the same on an 8-week journal as on a unit's journal of a
million records: what is read is the period, never the journal.

Two parts look beyond the period and are bounded on purpose:
- stale places and areas look back `STALE_LOOKBACK_DAYS` (8 weeks) before the
  4-week window ending on the period's last day (see `_coverage`);
- first-time people are checked by one indexed probe per person, on the
  expression index `contacts_person` (`PERSON_INDEX_DDL`, see `_first_time`).
"""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, timedelta
from typing import Any

from patrolog.core.kinds import CONTACT, INCIDENT, KINDS, Kind
from patrolog.core.people import (  # noqa: F401,E501
    HONORIFICS,
    index_keys,
    person_index_ddl,
    person_key,
    person_sql,
)
from patrolog.core.times import iso, zone_name
from patrolog.digest import giat as digest_giat
from patrolog.digest.periods import Period, grade
from patrolog.journal.officers import every_officer_sql, key, resolve
from patrolog.journal.records import OPEN_PROMISE, Context
from patrolog.journal.store import Store

LIST_LIMIT = 20                 # items in concerns, incidents and overdue lists; counts stay exact
STALE_WINDOW_DAYS = 28          # "the 4 weeks ending on the period's last day"
STALE_LOOKBACK_DAYS = 56        # how far before that window "visited before" looks (8 weeks)

# The person a name stands for (honorifics dropped): one definition, in core/people.py,
# shared with --redact and erase. `person_sql` is the `contacts_person` index expression.
PERSON_INDEX_DDL = person_index_ddl()


# -- scope ---------------------------------------------------------------------
class _Query:
    """Named parameters and the officer filter shared by every query of one digest."""

    def __init__(self, store: Store, officer: str | None) -> None:
        self.store = store
        self.officer = officer

    def who(self, alias: str = "") -> str:
        return f" AND {alias}officer = :officer COLLATE NOCASE" if self.officer else ""

    def rows(self, sql: str, **params: Any) -> list[sqlite3.Row]:
        return self.store.query(sql, {"officer": self.officer, **params})


def resolve_officer(store: Store, name: str) -> str:
    """The officer's name as the journal writes it (see `patrolog.journal.officers.resolve`)."""

    return resolve(store, name)


# -- one period's counts ---------------------------------------------------------
def _patrols(q: _Query, period: Period) -> dict:
    lo, hi = period.bounds()
    per_day = {d.isoformat(): 0 for d in period.each_day()}
    minutes_per_day = dict.fromkeys(per_day, 0)
    by_kind: dict[str, int] = {}
    for r in q.rows(
        "SELECT substr(started_at, 1, 10) AS day, kind, count(*) AS n, "
        "sum(round((julianday(ended_at) - julianday(started_at)) * 1440)) AS minutes "
        "FROM patrols WHERE started_at >= :lo AND started_at < :hi AND deleted_at IS NULL"
        f"{q.who()} GROUP BY day, kind", lo=lo, hi=hi,
    ):
        per_day[r["day"]] += r["n"]
        minutes_per_day[r["day"]] += int(r["minutes"] or 0)
        by_kind[r["kind"]] = by_kind.get(r["kind"], 0) + r["n"]
    return {
        "count": sum(per_day.values()),
        "hours": _hours(sum(minutes_per_day.values())),
        "days_active": sum(1 for n in per_day.values() if n),
        "by_kind": _sorted_counts(by_kind),
        "per_day": per_day,
        "hours_per_day": {day: _hours(m) for day, m in minutes_per_day.items()},
    }


def _hours(minutes: int) -> float:
    return round(minutes / 60, 2)


def _sorted_counts(counts: dict[str, int]) -> dict[str, int]:
    """Most first, then by code: the order a reader scans a breakdown in."""
    return dict(sorted(((k, n) for k, n in counts.items() if n), key=lambda kv: (-kv[1], kv[0])))


_VISITS = ("FROM patrols p JOIN visits v ON v.patrol_id = p.id "
           "WHERE p.started_at >= :lo AND p.started_at < :hi AND p.deleted_at IS NULL")


def _visits(q: _Query, period: Period) -> dict:
    lo, hi = period.bounds()
    by_type = {r[0]: r[1] for r in q.rows(
        f"SELECT v.type, count(*) {_VISITS}{q.who('p.')} GROUP BY v.type", lo=lo, hi=hi)}
    return {"visits": sum(by_type.values()), "by_place_type": _sorted_counts(by_type)}


def _contacts(q: _Query, period: Period) -> tuple[dict, dict]:
    """Contacts by role, and follow-ups opened (by contact time) and done (by done_at)."""
    lo, hi = period.bounds()
    by_role: dict[str, int] = {}
    opened = concerns = hopes = 0
    for r in q.rows(
        "SELECT role, count(*) AS n, count(*) FILTER (WHERE follow_up <> '') AS promised, "
        "count(*) FILTER (WHERE concern <> '') AS concerns, "
        "count(*) FILTER (WHERE hope <> '') AS hopes "
        f"FROM contacts WHERE met_at >= :lo AND met_at < :hi AND deleted_at IS NULL{q.who()} "
        "GROUP BY role", lo=lo, hi=hi,
    ):
        by_role[r["role"]] = r["n"]
        opened += r["promised"]
        concerns += r["concerns"]
        hopes += r["hopes"]
    done = q.rows(
        "SELECT count(*) FROM contacts WHERE done_at >= :lo AND done_at < :hi "
        f"AND deleted_at IS NULL AND follow_up <> ''{q.who()}", lo=lo, hi=hi)[0][0]
    contacts = {"count": sum(by_role.values()), "by_role": _sorted_counts(by_role),
                "concerns_count": concerns, "hopes_count": hopes}
    return contacts, {"opened": opened, "done": done}


def _first_time(q: _Query, period: Period) -> list[str]:
    """Names (as first written in the period) of people met for the first time, in order met.

    A person is first-time when no live contact with them exists before the
    period's first day (within the officer's records when the digest is for one
    officer); met twice in the period, they count once. Anonymous contacts, and
    names that are only an honorific, never count. The period's names are keyed
    here; then one statement probes `contacts_person` (person, met_at) once per
    person, each probe stopping at the first earlier contact.
    """
    import json

    lo, hi = period.bounds()
    first: dict[str, str] = {}
    for r in q.rows("SELECT name FROM contacts WHERE met_at >= :lo AND met_at < :hi "
                    f"AND name IS NOT NULL AND deleted_at IS NULL{q.who()} ORDER BY met_at, id",
                    lo=lo, hi=hi):
        key = person_key(r["name"])
        if key and key not in first:
            first[key] = r["name"]
    if not first:
        return []
    # each person by the values the index holds for them (`people.index_keys`)
    words = q.store.person_index_words  # the store's index drops these
    probes = [[probe, key] for key in first for probe in index_keys(key, words)]
    known = {r[0] for r in q.rows(
        "SELECT json_extract(j.value, '$[1]') FROM json_each(:keys) AS j "
        "WHERE EXISTS (SELECT 1 FROM contacts e "
        f"WHERE {person_sql('e.name', words)} = json_extract(j.value, '$[0]') "
        f"AND e.name IS NOT NULL "
        f"AND e.deleted_at IS NULL AND e.met_at < :lo{q.who('e.')})",
        keys=json.dumps(probes, ensure_ascii=False), lo=lo)}
    return [name for key, name in first.items() if key not in known]


def _incidents(q: _Query, period: Period) -> dict:
    lo, hi = period.bounds()
    kinds: dict[str, int] = {}
    statuses: dict[str, int] = {}
    severities: dict[str, int] = {}
    injured = dead = 0
    for r in q.rows(
        "SELECT kind, status, severity, count(*) AS n, sum(injured) AS injured, "
        "sum(dead) AS dead FROM incidents WHERE occurred_at >= :lo AND occurred_at < :hi "
        f"AND deleted_at IS NULL{q.who()} GROUP BY kind, status, severity", lo=lo, hi=hi,
    ):
        kinds[r["kind"]] = kinds.get(r["kind"], 0) + r["n"]
        statuses[r["status"]] = statuses.get(r["status"], 0) + r["n"]
        if r["severity"]:  # an incident with no severity given is in no severity count
            severities[r["severity"]] = severities.get(r["severity"], 0) + r["n"]
        injured += r["injured"]
        dead += r["dead"]
    return {"count": sum(kinds.values()), "by_kind": _sorted_counts(kinds),
            "by_status": _sorted_counts(statuses), "by_severity": _sorted_counts(severities),
            "injured": injured, "dead": dead}


def _summary(q: _Query, period: Period) -> dict:
    """What both the period and the previous one report."""
    contacts, followups = _contacts(q, period)
    return {
        "patrols": _patrols(q, period),
        "coverage": _visits(q, period),
        "contacts": contacts,
        "first_time_names": _first_time(q, period),
        "incidents": _incidents(q, period),
        "followups": followups,
    }


# -- details of the period itself ----------------------------------------------------
# Only names the digest shows: visited in the period, or stale. Each name's row is its latest
# (`nth = 1`): written as windows, not SQLite's bare columns beside max(), so the same SQL
# runs on the unit's server (docs/server.md).
_SHOWN = "WHERE nth = 1 AND (here > 0 OR last < :window)"


def _coverage(q: _Query, period: Period, through: date) -> dict:
    """Places and areas of the period, and the stale ones, from one pass over the patrols.

    Stale: visited before, but not in the 4 weeks ending on `through` (the period's
    last day, or today while the period runs: never a day not yet come), and not in
    the period itself. "Before" is bounded: the 8 weeks before that window (or before
    the period, when the period is longer than the window), so 12 weeks (a quarter)
    back from `through` for a week. A beat is walked in rounds of a few
    weeks: a place seen in the two months before but not in the last four weeks
    has dropped out of the round, while one last seen half a year ago is
    history, and listing every such place would bury the recent gaps. The bound
    also keeps the cost at 12 weeks of patrols however old the journal is: on a
    unit's journal of 100 officers every week of look-back costs about 2 ms per
    report, so 52 weeks would add some 90 ms to a report that otherwise takes
    about 100.

    Names are grouped case-insensitively; a place written two ways shows as it
    was last written (its latest row).
    """
    start, hi = period.bounds()
    window = through - timedelta(days=STALE_WINDOW_DAYS - 1)
    since = min(window, period.start) - timedelta(days=STALE_LOOKBACK_DAYS)
    params = {"lo": since.isoformat(), "hi": hi, "start": start,
              "window": window.isoformat()}
    places = q.rows(
        "SELECT name, type, last, here FROM (SELECT v.name AS name, v.type AS type, "
        "max(p.started_at) OVER w AS last, "
        "count(*) FILTER (WHERE p.started_at >= :start) OVER w AS here, "
        "row_number() OVER (w ORDER BY p.started_at DESC, p.id DESC, v.position DESC) AS nth "
        f"{_VISITS}{q.who('p.')} WINDOW w AS (PARTITION BY v.name COLLATE NOCASE)) AS seen "
        f"{_SHOWN}", **params)
    areas = q.rows(
        "SELECT name, last, here FROM (SELECT area AS name, max(started_at) OVER w AS last, "
        "count(*) FILTER (WHERE started_at >= :start) OVER w AS here, "
        "row_number() OVER (w ORDER BY started_at DESC, id DESC) AS nth "
        "FROM patrols WHERE started_at >= :lo AND started_at < :hi AND deleted_at IS NULL "
        f"AND area IS NOT NULL AND area <> ''{q.who()} "
        f"WINDOW w AS (PARTITION BY area COLLATE NOCASE)) AS seen {_SHOWN}", **params)

    def busiest(rows: list[sqlite3.Row]) -> list[sqlite3.Row]:
        return sorted((r for r in rows if r["here"]), key=lambda r: (-r["here"], r["name"].lower()))

    def stale(rows: list[sqlite3.Row]) -> list[sqlite3.Row]:  # longest unvisited first
        return sorted((r for r in rows if r["last"] < params["window"] and not r["here"]),
                      key=lambda r: (r["last"], r["name"].lower()))

    detail = ([{"name": r["name"], "what": "place", "type": r["type"], "last": r["last"][:10]}
               for r in stale(places)]
              + [{"name": r["name"], "what": "area", "type": None, "last": r["last"][:10]}
                 for r in stale(areas)])
    return {
        "places": [{"name": r["name"], "type": r["type"], "visits": r["here"]}
                   for r in busiest(places)],
        "areas": [{"name": r["name"], "patrols": r["here"]} for r in busiest(areas)],
        "stale": list(dict.fromkeys(d["name"] for d in detail)),
        "stale_detail": detail,
    }


def _items(prefix: str, rows: list[sqlite3.Row]) -> list[dict]:
    """Listed records as the digest gives them: each selected column, the id as people
    write it (`C12`)."""
    return [{**dict(r), "id": f"{prefix}{r['id']}"} for r in rows]


def _listed(q: _Query, period: Period, kind: Kind, columns: str, where: str = "",
            ) -> list[dict]:
    """The period's live records of `kind` that the digest lists (`where` narrows them),
    in the order they happened, at most `LIST_LIMIT`."""
    lo, hi = period.bounds()
    at = kind.time
    rows = q.rows(
        f"SELECT id, {columns} FROM {kind.table} WHERE {at} >= :lo AND {at} < :hi "
        f"AND deleted_at IS NULL{where}{q.who()} ORDER BY {at}, id LIMIT :limit",
        lo=lo, hi=hi, limit=LIST_LIMIT)
    return _items(kind.prefix, rows)


def _concerns(q: _Query, period: Period) -> list[dict]:
    return _listed(q, period, CONTACT, "met_at, name, role, place, concern, field, officer",
                   " AND concern IS NOT NULL AND concern <> ''")


def _hopes(q: _Query, period: Period) -> list[dict]:
    """What residents hope for (*harapan*), listed beside the concerns: who, what, field."""
    return _listed(q, period, CONTACT, "met_at, name, role, place, hope, field, officer",
                   " AND hope IS NOT NULL AND hope <> ''")


def _by_field(q: _Query, period: Period) -> dict:
    """Concerns and hopes by field (*bidang*), as the monthly upward report counts them:
    `by_field` both together, `concerns_by_field` and `hopes_by_field` each. A concern or
    hope whose contact has no field is in none of them."""
    lo, hi = period.bounds()
    concerns: dict[str, int] = {}
    hopes: dict[str, int] = {}
    for r in q.rows(
        "SELECT field, count(*) FILTER (WHERE concern <> ''), count(*) FILTER (WHERE hope <> '') "
        "FROM contacts WHERE met_at >= :lo AND met_at < :hi AND deleted_at IS NULL "
        f"AND field IS NOT NULL{q.who()} GROUP BY field", lo=lo, hi=hi,
    ):
        concerns[r[0]], hopes[r[0]] = r[1], r[2]
    both = {code: concerns[code] + hopes[code] for code in concerns}
    return {"by_field": _sorted_counts(both), "concerns_by_field": _sorted_counts(concerns),
            "hopes_by_field": _sorted_counts(hopes)}


def _incident_items(q: _Query, period: Period) -> list[dict]:
    return _listed(q, period, INCIDENT, "occurred_at, kind, location, severity, status, "
                   "injured, dead, action, referred_to")


def _overdue(q: _Query, today: date) -> tuple[int, list[dict]]:
    """Open follow-ups due before today, as of now: most late first."""
    day = today.isoformat()
    count = q.rows(f"SELECT count(*) FROM contacts WHERE {OPEN_PROMISE} AND due < :today{q.who()}",
                   today=day)[0][0]
    rows = q.rows(
        f"SELECT id, name, role, follow_up, due, officer FROM contacts WHERE {OPEN_PROMISE} "
        f"AND due < :today{q.who()} ORDER BY due, id LIMIT :limit", today=day, limit=LIST_LIMIT)
    items = [{**item, "days_late": (today - date.fromisoformat(item["due"][:10])).days}
             for item in _items("C", rows)]
    return count, items


def _promised(q: _Query, period: Period) -> list[dict]:
    """The follow-ups promised in the period (by contact time), in the order promised."""
    return _listed(q, period, CONTACT, "name, role, follow_up, due, done_at, officer",
                   " AND coalesce(follow_up, '') <> ''")


def _sender(store: Store) -> dict:
    """Who sends the report upward and to whom: the profile's officer, `nrp`, `addressee`."""
    profile = store.config()
    return {"name": profile.get("officer"), "nrp": profile.get("nrp"),
            "addressee": profile.get("addressee")}


def _officers(q: _Query, period: Period) -> list[str]:
    lo, hi = period.bounds()
    union = every_officer_sql(live=True, within=True, extra=q.who())
    return [r[0] for r in q.rows(union + " ORDER BY 1", lo=lo, hi=hi)]


def _unit(store: Store, officer: str | None, chosen: bool, before: str) -> str | None:
    """The profile's unit for the profile's officer, else the unit on that officer's records."""
    profile = store.config()
    is_profile = not chosen or (officer or "").lower() == (profile.get("officer") or "").lower()
    if is_profile and profile.get("unit"):
        return profile["unit"]
    if not officer:
        return None
    for table, col in ((kind.table, kind.time) for kind in KINDS.values()):
        rows = store.query(
            f"SELECT unit FROM {table} WHERE {col} < ? AND officer = ? COLLATE NOCASE "
            f"AND unit IS NOT NULL AND deleted_at IS NULL ORDER BY {col} DESC LIMIT 1",
            (before, officer))
        if rows:
            return rows[0][0]
    return None


# -- a unit's digest ---------------------------------------------------------------------
ROSTER_LOOKBACK_DAYS = 28       # "records in the period or in the 4 weeks before it"
GRADE_ORDER = {"KURANG": 0, "CUKUP": 1, "AKTIF": 2}   # who needs the Kanit's eye first


def _roster(q: _Query, period: Period) -> list[str]:
    """The unit's officers for `period`: live records in it or in the 4 weeks before it.

    So an officer who logged nothing this week is listed as KURANG, not left out;
    one who stopped logging a month ago (moved, retired) drops out. Names are one
    officer however their case was typed (SQLite's NOCASE, as `--officer`).
    """

    lo = (period.start - timedelta(days=ROSTER_LOOKBACK_DAYS)).isoformat()
    names: dict[str, str] = {}
    for r in q.rows(every_officer_sql(live=True, within=True) + " ORDER BY 1", lo=lo,
                    hi=period.bounds()[1]):
        names.setdefault(key(r[0]), r[0])
    return sorted(names.values(), key=key)


def roster(store: Store, period: Period) -> list[str]:
    """The unit's officers for `period` as the digest sees them (`_roster`), for other
    commands that speak of each officer of a unit (`due`)."""
    return _roster(_Query(store, None), period)


def _officer_row(name: str) -> dict:
    return {"officer": name, "grade": "KURANG",
            "patrols": {"count": 0, "hours": 0.0, "days_active": 0, "by_kind": {}},
            "place_visits": 0, "contacts": 0, "incidents": 0,
            "followups": {"opened": 0, "done": 0, "overdue": 0}}


Officer = tuple[str | None, str]    # (unit, name): an officer of a unit, in a roll-up of units


def _by_officer(q: _Query, period: Period, roster: list[str] | list[Officer], today: date,
                *, units: bool = False) -> list[dict]:
    """Each officer's grade and numbers, KURANG first, then CUKUP, then AKTIF, by name.

    One GROUP BY officer per measure over the same indexed ranges as the unit's
    totals, so a unit of 100 officers costs a handful of queries, not 100 digests.
    With `units` the roster is (unit, name) pairs and every measure is grouped by unit
    and officer: officers of different units sharing a name stay apart (`compute_grades`);
    each row then carries its `unit` and the order is grade, unit, name.
    """

    lo, hi = period.bounds()
    who, p_who = ("unit, officer", "p.unit, p.officer") if units else ("officer", "p.officer")
    rows: dict[Any, dict] = {}
    for entry in roster:
        unit, name = entry if units else (None, entry)  # type: ignore[misc]
        row = _officer_row(name)
        rows[(unit, key(name)) if units else key(name)] = row if not units else \
            {"unit": unit, **row}
    minutes: dict[Any, int] = dict.fromkeys(rows, 0)
    days: dict[Any, set[str]] = {k: set() for k in rows}

    def each(sql: str, **params: Any) -> Any:
        for r in q.rows(sql, lo=lo, hi=hi, **params):
            k = (r["unit"], key(r["officer"])) if units else key(r["officer"])
            if k in rows:  # the roster holds everyone with records in the period
                yield k, rows[k], r

    for k, row, r in each(
        f"SELECT {who}, substr(started_at, 1, 10) AS day, kind, count(*) AS n, "
        "sum(round((julianday(ended_at) - julianday(started_at)) * 1440)) AS minutes "
        "FROM patrols WHERE started_at >= :lo AND started_at < :hi AND deleted_at IS NULL "
        f"AND officer IS NOT NULL GROUP BY {who}, day, kind"):
        p = row["patrols"]
        p["count"] += r["n"]
        p["by_kind"][r["kind"]] = p["by_kind"].get(r["kind"], 0) + r["n"]
        minutes[k] += int(r["minutes"] or 0)
        days[k].add(r["day"])
    for _, row, r in each(f"SELECT {p_who}, count(*) AS n {_VISITS} AND p.officer IS NOT NULL "
                          f"GROUP BY {p_who}"):
        row["place_visits"] += r["n"]
    for _, row, r in each(
        f"SELECT {who}, count(*) AS n, count(*) FILTER (WHERE follow_up <> '') AS promised "
        "FROM contacts WHERE met_at >= :lo AND met_at < :hi AND deleted_at IS NULL "
        f"AND officer IS NOT NULL GROUP BY {who}"):
        row["contacts"] += r["n"]
        row["followups"]["opened"] += r["promised"]
    for _, row, r in each(
        f"SELECT {who}, count(*) AS n FROM contacts WHERE done_at >= :lo AND done_at < :hi "
        f"AND deleted_at IS NULL AND follow_up <> '' AND officer IS NOT NULL GROUP BY {who}"):
        row["followups"]["done"] += r["n"]
    for _, row, r in each(
        f"SELECT {who}, count(*) AS n FROM incidents WHERE occurred_at >= :lo "
        f"AND occurred_at < :hi AND deleted_at IS NULL AND officer IS NOT NULL GROUP BY {who}"):
        row["incidents"] += r["n"]
    for _, row, r in each(
        f"SELECT {who}, count(*) AS n FROM contacts WHERE {OPEN_PROMISE} AND due < :today "
        f"AND officer IS NOT NULL GROUP BY {who}", today=today.isoformat()):
        row["followups"]["overdue"] += r["n"]

    for k, row in rows.items():
        p = row["patrols"]
        p["hours"] = _hours(minutes[k])
        p["days_active"] = len(days[k])
        p["by_kind"] = _sorted_counts(p["by_kind"])
        row["grade"] = grade(p["count"], period.days_so_far(today))
    return sorted(rows.values(), key=lambda row: (
        GRADE_ORDER[row["grade"]],
        *((row["unit"] is None, key(row["unit"] or "")) if units else ()),  # no unit: last
        key(row["officer"])))


def _grades(grades: list[str]) -> dict[str, int]:
    counts = {"AKTIF": 0, "CUKUP": 0, "KURANG": 0}
    for g in grades:
        counts[g] += 1
    return counts


def _previous_grades(q: _Query, period: Period, roster: list[str]) -> dict[str, int]:
    """The same officers' grades in the period before, for the change section."""

    lo, hi = period.bounds()
    counts = dict.fromkeys((key(name) for name in roster), 0)
    for r in q.rows("SELECT officer, count(*) FROM patrols WHERE started_at >= :lo "
                    "AND started_at < :hi AND deleted_at IS NULL AND officer IS NOT NULL "
                    "GROUP BY officer", lo=lo, hi=hi):
        k = key(r[0])
        if k in counts:
            counts[k] += r[1]
    return _grades([grade(n, period.days) for n in counts.values()])


def _unit_name(store: Store, period: Period) -> str | None:
    """A unit's digest names the profile's unit, else the unit most records of the period
    carry (a journal merged by someone who never set their profile)."""
    configured = store.config().get("unit")
    if configured:
        return configured
    lo, hi = period.bounds()
    rows = store.query("SELECT unit, count(*) AS n FROM patrols WHERE started_at >= ? "
                       "AND started_at < ? AND deleted_at IS NULL AND unit IS NOT NULL "
                       "GROUP BY unit ORDER BY n DESC, unit LIMIT 1", (lo, hi))
    return rows[0][0] if rows else None


# -- the digest -----------------------------------------------------------------------
def compute(store: Store, period: Period, *, officer: str | None = None,
            now: datetime | None = None) -> dict:
    """The digest of `period` (docs/report-json.md), for one officer when `officer` is given.

    `now` (aware, journal timezone) fixes the clock for "overdue now"; it
    defaults to the journal's current time.
    """

    if now is None:
        now = Context(store).now

    chosen = officer is not None
    profile = store.config().get("officer")
    name = resolve_officer(store, officer) if chosen else profile
    q = _Query(store, name if chosen else None)
    roster = [] if chosen else _roster(q, period)
    unit_view = len(roster) > 1
    if len(roster) == 1 and key(roster[0]) != key(profile or ""):
        # One officer's records in someone else's journal (the unit's, merged): theirs.
        name, chosen = roster[0], True

    current = _summary(q, period)
    before = period.previous()
    previous = _summary(q, before)
    overdue, overdue_items = _overdue(q, now.date())
    patrols = current["patrols"]

    today = now.date()
    through = period.through(today)
    so_far = period.days_so_far(today)   # a running period is graded on the days it has had
    result = {
        "period": period.as_dict(today),
        "generated_at": iso(now),
        "timezone": zone_name(now.tzinfo),
        "officer": name,
        "unit": _unit(store, name, chosen, period.bounds()[1]),
        "officers": [] if unit_view else _officers(q, period),
        "redacted": False,  # redact.digest() hides residents and sets it
        "grade": grade(patrols["count"], so_far),
        "patrols": patrols,
        "coverage": {**current["coverage"], **_coverage(q, period, through)},
        "contacts": {
            **current["contacts"],
            "first_time": len(current["first_time_names"]),
            "first_time_names": current["first_time_names"],
            "concerns": _concerns(q, period),
            "hopes": _hopes(q, period),
            **_by_field(q, period),
        },
        "incidents": {**current["incidents"], "items": _incident_items(q, period)},
        "followups": {**current["followups"], "overdue": overdue, "overdue_items": overdue_items,
                      "opened_items": _promised(q, period)},
        "sender": _sender(store),
        "previous": _previous(before, previous, today),
        "change": _change(current, previous),
    }

    digest_giat.add_to(result, q, *period.bounds())
    if not unit_view:
        return result
    # A unit's digest: the grade is each officer's own, never the unit's total's.
    by_officer = _by_officer(q, period, roster, now.date())
    # Everyone with records in the period; the roster also holds the absent ones.
    result["officers"] = [row["officer"] for row in sorted(by_officer, key=lambda r: r["officer"])
                          if row["patrols"]["count"] or row["contacts"] or row["incidents"]]
    result.update(officer=None, unit=_unit_name(store, period), grade=None)
    result["previous"].update(grade=None, grades=_previous_grades(q, before, roster))
    ordered: dict[str, Any] = {}
    for k, value in result.items():
        ordered[k] = value
        if k == "grade":
            ordered["grades"] = _grades([row["grade"] for row in by_officer])
            ordered["by_officer"] = by_officer
    return ordered


# -- the grades alone (`report --grades`) --------------------------------------------------
def _unit_roster(q: _Query, period: Period) -> list[Officer]:
    """Each (unit, officer) with live records in `period` or the 4 weeks before it (the
    unit's roster, `_roster`, for every unit read at once), by name then unit."""
    lo = (period.start - timedelta(days=ROSTER_LOOKBACK_DAYS)).isoformat()
    found = q.rows(every_officer_sql(live=True, within=True, columns="unit, officer",
                                     distinct=True), lo=lo, hi=period.bounds()[1])
    return sorted({(r["unit"], r["officer"]) for r in found}, key=lambda p: (p[1], p[0] or ""))


def compute_grades(store: Store, period: Period, *, now: datetime | None = None) -> dict:
    """Every officer's grade for `period` and the counts of each grade (docs/report-json.md
    "The grades alone"): the by-officer part of a unit's digest, computed by its queries
    alone (no coverage, people, lists), over whatever units `store` reads.

    When the records read carry more than one unit (the server read by its owner, or by a
    supervisor of several units), each officer is one of a unit: rows are keyed by (unit,
    officer), so two units' officers of the same name stay apart, and the counts are given
    per unit and in total. A unit's journal (or one unit of the server) gives one unit.
    """

    if now is None:
        now = Context(store).now
    today = now.date()
    q = _Query(store, None)
    pairs = _unit_roster(q, period)
    units = sorted({u for u, _ in pairs if u is not None}, key=key)
    many = len(units) > 1
    if many:
        rows = _by_officer(q, period, pairs, today, units=True)
        unit = None
        # an officer whose records name no unit is counted under none (null)
        units = sorted({u for u, _ in pairs}, key=lambda u: (u is None, key(u or "")))
    else:
        names: dict[str, str] = {}
        for _, name in pairs:
            names.setdefault(key(name), name)
        unit = _unit_name(store, period)
        rows = [{"unit": unit, **row} for row in
                _by_officer(q, period, sorted(names.values(), key=key), today)]
        units = [unit] if rows else []
    grades_of: dict[str | None, list[str]] = {u: [] for u in units}
    for row in rows:
        grades_of[row["unit"]].append(row["grade"])
    by_unit = [{"unit": u, "officers": len(g), "grades": _grades(g)}
               for u, g in grades_of.items()]
    return {
        "report": "grades",
        "period": period.as_dict(today),
        "generated_at": iso(now),
        "timezone": zone_name(now.tzinfo),
        "unit": unit,
        "units": units,
        "grades": _grades([row["grade"] for row in rows]),
        "by_unit": by_unit,
        "by_officer": rows,
    }


def _previous(period: Period, s: dict, today: date) -> dict:
    p = s["patrols"]
    return {
        "period": period.as_dict(today),
        "grade": grade(p["count"], period.days),
        "patrols": {k: p[k] for k in ("count", "hours", "days_active", "by_kind")},
        "coverage": s["coverage"],
        "contacts": {**s["contacts"], "first_time": len(s["first_time_names"])},
        "incidents": s["incidents"],
        "followups": s["followups"],
    }


def _change(now: dict, before: dict) -> dict:
    def diff(section: str, key: str) -> int | float:
        return now[section][key] - before[section][key]

    return {
        "patrols": diff("patrols", "count"),
        "hours": round(diff("patrols", "hours"), 2),
        "days_active": diff("patrols", "days_active"),
        "visits": diff("coverage", "visits"),
        "contacts": diff("contacts", "count"),
        "first_time": len(now["first_time_names"]) - len(before["first_time_names"]),
        "incidents": diff("incidents", "count"),
        "followups_opened": diff("followups", "opened"),
        "followups_done": diff("followups", "done"),
    }
