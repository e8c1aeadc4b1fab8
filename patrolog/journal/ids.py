"""A record's names: its short id (`P12`, `C6`), its uid, and a uid prefix, all resolved
to (kind, number) for every ID argument."""

from __future__ import annotations

import sqlite3

from patrolog.core.errors import InputError
from patrolog.core.kinds import BY_PREFIX, KINDS, Kind


def parse_ref(ref: str, expect: Kind | None = None) -> tuple[Kind, int]:
    """'P12' / 'p12' -> (PATROL, 12); anything else is an unknown id (exit 2)."""
    text = ref.strip().upper()
    kind = BY_PREFIX.get(text[:1])
    if kind is None or not (text[1:].isascii() and text[1:].isdigit()) \
            or (expect and kind is not expect):
        raise InputError("err.bad_id", id=ref)
    number = int(text[1:])
    if number >= 2**63:  # past SQLite's integers: no record has it
        raise InputError("err.no_such_id", id=ref)
    return kind, number


UID_PREFIX_MIN = 8  # shorter than this, a prefix of a random uid is too often ambiguous


def is_short_id(ref: str) -> bool:
    text = ref.strip().upper()
    return text[:1] in BY_PREFIX and text[1:].isascii() and text[1:].isdigit()


def resolve(conn: sqlite3.Connection, ref: str, expect: Kind | None = None) -> tuple[Kind, int]:
    """A short id (`C12`), a uid or a unique uid prefix of at least 8 characters ->
    (kind, number). The short ids of a unit's merged journal differ from the officer's own;
    the uid does not, so both people can name the same record.

    Unknown ids raise `err.no_such_id`, an ambiguous prefix `err.ambiguous_uid` listing the
    matches; `expect` restricts the kind (a `--patrol` must name a patrol)."""
    text = ref.strip()
    if is_short_id(text):
        kind, number = parse_ref(text, expect)
        if len(text) < UID_PREFIX_MIN or conn.execute(
                f"SELECT 1 FROM {kind.table} WHERE id = ?", (number,)).fetchone():
            return kind, number
    if len(text) < UID_PREFIX_MIN:
        raise InputError("err.bad_id", id=ref)
    matches = _uid_matches(conn, text, expect)
    if not matches and text != text.lower():
        matches = _uid_matches(conn, text.lower(), expect)  # uids are written in lower case
    if not matches:
        raise InputError("err.no_such_id", id=text)
    if len(matches) > 1:
        shown = ", ".join(f"{k.prefix}{n} ({uid})" for k, n, uid in matches[:10])
        raise InputError("err.ambiguous_uid", id=text, matches=shown)
    return matches[0][0], matches[0][1]


def _uid_matches(conn: sqlite3.Connection, prefix: str, expect: Kind | None,
                 ) -> list[tuple[Kind, int, str]]:
    # A range on the unique uid index: every string that starts with `prefix` sorts
    # between it and `prefix` followed by the highest code point.
    found: list[tuple[Kind, int, str]] = []
    for kind in KINDS.values():
        if expect is not None and kind is not expect:
            continue
        for number, uid in conn.execute(
                f"SELECT id, uid FROM {kind.table} WHERE uid >= ? AND uid < ? "
                "ORDER BY uid LIMIT 11", (prefix, prefix + "\U0010ffff")):
            found.append((kind, number, uid))
    return found


def ref_of(kind: Kind, number: int | None) -> str | None:
    return None if number is None else f"{kind.prefix}{number}"
