"""Turn what a person typed into values the journal stores.

Shared by the flag-driven commands and the guided `add`: each function takes
text and returns a stored value or raises `InputError` with a message key, so
a prompt can ask again and a flag can fail with one line.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from typing import Any

from patrolog import vocab
from patrolog.errors import InputError
from patrolog.records import Context
from patrolog.timeparse import iso, parse_date, parse_duration, parse_time

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


def choice(vocabulary: str, value: str) -> str:
    return vocab.lookup(vocabulary, value)


def count(value: str | int, field: str) -> int:
    try:
        number = int(str(value).strip())
    except ValueError:
        raise InputError("err.bad_count", field=field, value=value) from None
    if number < 0:
        raise InputError("err.bad_count", field=field, value=value)
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
    from patrolog.kinds import PATROL
    from patrolog.records import UID_PREFIX_MIN, is_short_id, parse_ref

    if not is_short_id(value) and len(value.strip()) >= UID_PREFIX_MIN:
        return value.strip()  # a uid or uid prefix: resolved against the journal on write
    parse_ref(value, PATROL)
    return value.strip().upper()


# -- whole records from options ------------------------------------------------
def patrol_values(ctx: Context, opts: dict[str, Any], existing: dict | None = None) -> dict:
    """Options of `add patrol` / `edit P…` -> column values. Only given options appear."""
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
        out["ended_at"] = when(opts["end"], ctx)
    elif opts.get("duration") is not None:
        start = out.get("started_at") or existing["started_at"]  # type: ignore[index]
        out["ended_at"] = iso(datetime.fromisoformat(start) + parse_duration(opts["duration"]))
    elif existing is not None and "started_at" in out:
        # A moved start keeps the patrol's length.
        length: timedelta = (datetime.fromisoformat(existing["ended_at"])
                             - datetime.fromisoformat(existing["started_at"]))
        out["ended_at"] = iso(datetime.fromisoformat(out["started_at"]) + length)
    if opts.get("kind") is not None:
        out["kind"] = choice("patrol_kind", opts["kind"])
    if opts.get("area") is not None:
        out["area"] = text(opts["area"])
    if opts.get("place"):
        out["places"] = [place(p) for p in opts["place"]]
    if opts.get("summary") is not None:
        out["summary"] = text(opts["summary"])
    if opts.get("tag"):
        out["tags"] = tags(opts["tag"])
    return out


def incident_values(ctx: Context, opts: dict[str, Any], existing: dict | None = None) -> dict:
    out: dict[str, Any] = {}
    if existing is None and opts.get("kind") is None:
        raise InputError("err.missing_option", option="--kind")
    if opts.get("at") is not None:
        out["occurred_at"] = when(opts["at"], ctx)
    if opts.get("kind") is not None:
        out["kind"] = choice("incident_kind", opts["kind"])
    for name in ("location", "description", "action", "referred_to"):
        if opts.get(name) is not None:
            out[name] = text(opts[name])
    for name in ("injured", "dead"):
        if opts.get(name) is not None:
            out[name] = count(opts[name], name)
    if opts.get("severity") is not None:
        out["severity"] = choice("severity", opts["severity"])
    if opts.get("status") is not None:
        out["status"] = choice("status", opts["status"])
    if opts.get("patrol") is not None:
        out["patrol"] = patrol_ref(opts["patrol"])
    if opts.get("tag"):
        out["tags"] = tags(opts["tag"])
    return out


def contact_values(ctx: Context, opts: dict[str, Any], existing: dict | None = None) -> dict:
    out: dict[str, Any] = {}
    if existing is None and opts.get("role") is None:
        raise InputError("err.missing_option", option="--role")
    if opts.get("at") is not None:
        out["met_at"] = when(opts["at"], ctx)
    if opts.get("role") is not None:
        out["role"] = choice("role", opts["role"])
    for name in ("name", "organisation", "place", "topic", "concern", "follow_up"):
        if opts.get(name) is not None:
            out[name] = text(opts[name])
    if opts.get("phone") is not None:
        out["phone"] = phone(opts["phone"])
    if opts.get("due") is not None:
        out["due"] = day(opts["due"], ctx, ahead=True)
    if opts.get("patrol") is not None:
        out["patrol"] = patrol_ref(opts["patrol"])
    if opts.get("tag"):
        out["tags"] = tags(opts["tag"])
    return out


VALUES = {"patrol": patrol_values, "incident": incident_values, "contact": contact_values}
