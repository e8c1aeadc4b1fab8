"""What each record kind is made of: one description drives storage, JSON, CSV and search.

The fields themselves are described in `patrolog.core.fields`; a kind takes its JSON order,
its searched columns and its list columns from there.
"""

from __future__ import annotations

from patrolog.core import fields as _fields
from patrolog.core.errors import InputError


class Kind:
    """One record kind. A plain class, not a dataclass: building a dataclass costs about a
    millisecond at import, and every run imports this module."""

    __slots__ = ("name", "plural", "prefix", "time", "fields", "text", "lists", "category",
                 "vocab")

    def __init__(self, *, name: str, plural: str, prefix: str, time: str, category: str,
                 vocab: str) -> None:
        self.name = name            # 'patrol'
        self.plural = plural        # 'patrols' (also the table and the `list` argument)
        self.prefix = prefix        # 'P' in P12
        self.time = time            # column holding the record's own time
        self.fields = _fields.record_fields(name)  # JSON fields after id/uid, in order
        self.text = _fields.text_columns(name)     # free-text columns indexed for search
        self.lists = _fields.list_columns(name)    # JSON lists of text (tags, parties)
        self.category = category    # column filtered by `list --kind`
        self.vocab = vocab          # vocabulary of that column

    @property
    def table(self) -> str:
        return self.plural

    def __repr__(self) -> str:
        return f"Kind({self.name!r})"


PATROL = Kind(
    name="patrol", plural="patrols", prefix="P", time="started_at",
    category="kind", vocab="patrol_kind",
)
INCIDENT = Kind(
    name="incident", plural="incidents", prefix="I", time="occurred_at",
    category="kind", vocab="incident_kind",
)
CONTACT = Kind(
    name="contact", plural="contacts", prefix="C", time="met_at",
    category="role", vocab="role",
)

KINDS: dict[str, Kind] = {k.name: k for k in (PATROL, INCIDENT, CONTACT)}
BY_PREFIX: dict[str, Kind] = {k.prefix: k for k in KINDS.values()}
BY_PLURAL: dict[str, Kind] = {k.plural: k for k in KINDS.values()}
# The words a person types for a kind of record, in both languages (`list kontak`).
BY_WORD: dict[str, Kind] = {
    "patrols": PATROL, "patrol": PATROL, "patroli": PATROL,
    "incidents": INCIDENT, "incident": INCIDENT, "insiden": INCIDENT, "kejadian": INCIDENT,
    "contacts": CONTACT, "contact": CONTACT, "kontak": CONTACT,
}
COMMON_TAIL = ("officer", "unit", "created_at", "updated_at")


def kinds_named(what: str | None) -> list[Kind]:
    """The kinds a `list`/`export` argument names (`kontak`, `patrols`); all when None."""
    if what is None:
        return list(KINDS.values())
    kind = BY_WORD.get(what.strip().lower())
    if kind is None:
        raise InputError("err.bad_list_kind", value=what)
    return [kind]
