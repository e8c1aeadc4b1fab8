"""Turn what a person typed into values the journal stores.

Shared by the flag-driven commands and the guided `add`: each function takes
text and returns a stored value or raises `InputError` with a message key, so
a prompt can ask again and a flag can fail with one line.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from patrolog.core import fields, vocab
from patrolog.core.errors import InputError
from patrolog.core.fields import Field
from patrolog.core.kinds import PATROL
from patrolog.core.times import human_day, iso
from patrolog.entry.timeparse import (
    parse_date,
    parse_duration,
    parse_time,
    yearless_from,
)
from patrolog.journal.ids import UID_PREFIX_MIN, is_short_id, parse_ref, resolve
from patrolog.journal.records import Context

# A due day written without a year (`01/12`) further ahead of its contact than this is
# refused: it is almost surely a day already gone (docs/commands.md#times), not a promise for next year.
DUE_YEARLESS_LIMIT = timedelta(days=183)

NO_PATROL = {"none", "-", "tidak", "tidak ada", "no"}
_PHONE = re.compile(r"^\+?[0-9][0-9 ().-]{4,22}$")


def text(value: str | None) -> str | None:
    if value is None:
        return None
    value = value.strip()
    return value or None


def when(value: str, ctx: Context) -> str:
    return iso(parse_time(value, ctx.now))


def day(value: str, ctx: Context, *, ahead: bool = False) -> str:
    return parse_date(value, ctx.now.date(), ahead=ahead).isoformat()


def due(value: str, ctx: Context, met_at: str | None = None) -> str:
    """A promise's due day: never before its contact (`met_at`, else now); a day and month
    without a year is the first such day from the contact's day on, refused when that is
    more than six months later (`--due 01/12` typed on 7 December)."""
    met = datetime.fromisoformat(met_at) if met_at else ctx.now
    met_day = met.date()
    found = yearless_from(value, met_day)
    if found is not None and found - met_day > DUE_YEARLESS_LIMIT:
        raise InputError("err.due_far", value=value.strip(), due=human_day(found, now=ctx.now),
                         met=human_day(met_day, now=ctx.now),
                         example=f"{found.day:02d}/{found.month:02d}/{found.year}")
    if found is None:
        found = parse_date(value, ctx.now.date(), ahead=True)
    if found < met_day:
        raise InputError("err.due_before_contact", due=human_day(found, now=ctx.now),
                         met=human_day(met_day, now=ctx.now))
    return found.isoformat()


def choice(vocabulary: str, value: str) -> str:
    return vocab.lookup(vocabulary, value)


# Bounds on numbers a person types: far beyond any real incident or list, and far inside
# SQLite's 64-bit integers, so a slip of the finger is refused, never a crash (docs/commands.md#exit-codes-and-errors).
MAX_COUNT = 100_000


def count(value: str | int, field: str) -> int:
    try:
        number = int(str(value).strip())
    except ValueError:
        raise InputError("err.bad_count", field=field, value=value) from None
    if number < 0:
        raise InputError("err.bad_count", field=field, value=value)
    if number > MAX_COUNT:
        raise InputError("err.count_too_large", field=field, value=value, max=MAX_COUNT)
    return number


def place(value: str) -> dict[str, str]:
    """`market:Pasar Boplo`; with no type, a leading place word is read as one
    (`Masjid Al-Ikhlas` is a place of worship), else the type is `other`."""
    raw = value.strip()
    if ":" in raw:
        kind, _, name = raw.partition(":")
        name = name.strip()
        if not name:
            raise InputError("err.bad_place", value=value)
        return {"type": vocab.lookup("place_type", kind), "name": name}
    if not raw:
        raise InputError("err.bad_place", value=value)
    words = raw.split()
    for n in (2, 1):
        if len(words) > n - 1:
            try:
                return {"type": vocab.lookup("place_type", " ".join(words[:n])), "name": raw}
            except InputError:
                continue
    return {"type": "other", "name": raw}


def tags(values: list[str] | None) -> list[str]:
    out: list[str] = []
    for value in values or []:
        for tag in value.split(","):
            tag = tag.strip().lstrip("#")
            if tag and tag.lower() not in (t.lower() for t in out):
                out.append(tag)
    return out


def phone(value: str) -> str | None:
    value = value.strip()
    if not value:
        return None
    digits = re.sub(r"\D", "", value)
    if len(digits) == 16 and not digits.startswith(("0", "62")):
        # Most likely a NIK (national ID number), which the data-protection law says not to keep.
        raise InputError("err.nik_refused", value=value)
    if not _PHONE.match(value) or not 6 <= len(digits) <= 15:
        raise InputError("err.bad_phone", value=value)
    return value


def patrol_ref(value: str) -> str | None:
    if value.strip().lower() in NO_PATROL:
        return None

    if not is_short_id(value) and len(value.strip()) >= UID_PREFIX_MIN:
        return value.strip()  # a uid or uid prefix: resolved against the journal on write
    parse_ref(value, PATROL)
    return value.strip().upper()


def parties(values: list[str] | str | None) -> list[str]:
    """The sides of a dispute, one per `--party` (a guided answer separates them with `;`:
    a party is often "Pak Budi, pemilik warung", so a comma stays inside it)."""
    if isinstance(values, str):
        values = values.split(";")
    out: list[str] = []
    for value in values or []:
        for party in value.split(";"):
            party = " ".join(party.split())
            if party and party.lower() not in (p.lower() for p in out):
                out.append(party)
    return out


# -- whole records from options ------------------------------------------------
def _parse_text(raw: Any, ctx: Context, f: Field) -> Any:
    return text(raw)


PARSERS: dict[str, Callable[[Any, Context, Field], Any]] = {
    "text": _parse_text,
    "when": lambda raw, ctx, f: when(raw, ctx),
    "choice": lambda raw, ctx, f: choice(f.vocab, raw),  # type: ignore[arg-type]
    "count": lambda raw, ctx, f: count(raw, f.column),  # type: ignore[arg-type]
    "places": lambda raw, ctx, f: [place(p) for p in raw],
    "tags": lambda raw, ctx, f: tags(raw),
    "parties": lambda raw, ctx, f: parties(raw),
    "phone": lambda raw, ctx, f: phone(raw),
    "due": lambda raw, ctx, f: due(raw, ctx),
    "patrol": lambda raw, ctx, f: patrol_ref(raw),
}
"""`Field.parse` names -> functions (typed text, the journal's clock, the field) -> value."""


def parse_field(f: Field, raw: Any, ctx: Context) -> Any:
    """One field's typed text (or, for a repeatable one, list of texts) -> stored value."""
    if isinstance(raw, list) and not f.many:
        raw = raw[-1]  # `edit --place` repeats for a patrol; a contact has one place
    return PARSERS[f.parse](raw, ctx, f)  # type: ignore[index]


def values(kind: str, ctx: Context, opts: dict[str, Any], existing: dict | None = None
           ) -> dict:
    """Options of `add KIND` / `edit ID` (by parameter name) -> column values. Only given
    options appear; on `add` (no `existing`) the required ones must be there."""
    described = fields.of(kind)
    out: dict[str, Any] = {}
    if kind == "patrol":
        out.update(_patrol_times(ctx, opts, existing))
    if existing is None:
        for f in described:
            if f.required and opts.get(f.param) is None:  # type: ignore[arg-type]
                raise InputError("err.missing_option", option=f.flags[0])
    for f in described:
        raw = opts.get(f.param) if f.param else None
        if raw is None or f.parse is None or (f.many and not raw) or f.parse == "due":
            continue  # a due day is read below, from its contact's day
        out[f.column] = parse_field(f, raw, ctx)  # type: ignore[index]
    if kind != "patrol" and opts.get("at") is not None and opts.get("patrol") is not None:
        # A clock time alone falls within the patrol named, as in the guided entry.
        near = _patrol_span(ctx, opts["patrol"])
        if near is not None:
            column = fields.column(kind, "met_at" if kind == "contact" else "occurred_at")
            out[column.column] = iso(parse_time(opts["at"], ctx.now, near=near))
    if opts.get("due") is not None:
        # the due day counts from the contact's own day, not from today
        out["due"] = due(opts["due"], ctx, out.get("met_at") or (existing or {}).get("met_at"))
    if opts.get("add_place"):
        before = out.get("places", (existing or {}).get("places") or [])
        out["places"] = [*before, *(place(p) for p in opts["add_place"])]
    return out


def _patrol_span(ctx: Context, value: str) -> tuple[datetime, datetime] | None:
    """(start, end) of the patrol `--patrol` names, or None (none named, or one this
    journal does not hold: linking it says so when the record is written)."""
    ref = patrol_ref(value)
    if ref is None:
        return None
    try:
        _, number = resolve(ctx.store.conn, ref, PATROL)
    except InputError:
        return None
    row = ctx.store.conn.execute("SELECT started_at, ended_at FROM patrols WHERE id = ?",
                                 (number,)).fetchone()
    return (datetime.fromisoformat(row[0]), datetime.fromisoformat(row[1])) if row else None


def _patrol_times(ctx: Context, opts: dict[str, Any], existing: dict | None) -> dict:
    """`--start` with `--end` or `--duration`; a moved start keeps the patrol's length."""
    out: dict[str, Any] = {}
    if opts.get("end") is not None and opts.get("duration") is not None:
        raise InputError("err.end_and_duration")
    if existing is None and opts.get("start") is None:
        raise InputError("err.missing_option", option="--start")
    if existing is None and opts.get("end") is None and opts.get("duration") is None:
        raise InputError("err.missing_option", option="--end / --duration")
    if opts.get("start") is not None:
        out["started_at"] = when(opts["start"], ctx)
    if opts.get("end") is not None:
        # A clock time alone belongs to the shift, as in the guided entry: after a start
        # of `sabtu 19.00`, `22.00` is that evening's and `00.30` the night after.
        start = out.get("started_at") or (existing or {}).get("started_at")
        near = (datetime.fromisoformat(start), None) if start else None
        out["ended_at"] = iso(parse_time(opts["end"], ctx.now, near=near))
    elif opts.get("duration") is not None:
        start = out.get("started_at") or existing["started_at"]  # type: ignore[index]
        out["ended_at"] = iso(datetime.fromisoformat(start) + parse_duration(opts["duration"]))
    elif existing is not None and "started_at" in out:
        length: timedelta = (datetime.fromisoformat(existing["ended_at"])
                             - datetime.fromisoformat(existing["started_at"]))
        out["ended_at"] = iso(datetime.fromisoformat(out["started_at"]) + length)
    return out
