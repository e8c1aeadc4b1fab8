"""What each record kind is made of: one description drives storage, JSON, CSV and search."""

from __future__ import annotations


class Kind:
    """One record kind. A plain class, not a dataclass: building a dataclass costs about a
    millisecond at import, and every run imports this module."""

    __slots__ = ("name", "plural", "prefix", "time", "fields", "text", "category", "vocab")

    def __init__(self, *, name: str, plural: str, prefix: str, time: str,
                 fields: tuple[str, ...], text: tuple[str, ...], category: str,
                 vocab: str) -> None:
        self.name = name            # 'patrol'
        self.plural = plural        # 'patrols' (also the table and the `list` argument)
        self.prefix = prefix        # 'P' in P12
        self.time = time            # column holding the record's own time
        self.fields = fields        # JSON fields after id/uid, in order
        self.text = text            # free-text columns indexed for search
        self.category = category    # column filtered by `list --kind`
        self.vocab = vocab          # vocabulary of that column

    @property
    def table(self) -> str:
        return self.plural

    def __repr__(self) -> str:
        return f"Kind({self.name!r})"


PATROL = Kind(
    name="patrol", plural="patrols", prefix="P", time="started_at",
    fields=("started_at", "ended_at", "kind", "area", "places", "summary", "tags"),
    text=("area", "summary"),
    category="kind", vocab="patrol_kind",
)
INCIDENT = Kind(
    name="incident", plural="incidents", prefix="I", time="occurred_at",
    fields=("occurred_at", "kind", "location", "description", "action", "injured", "dead",
            "severity", "status", "referred_to", "patrol", "tags"),
    text=("location", "description", "action", "referred_to"),
    category="kind", vocab="incident_kind",
)
CONTACT = Kind(
    name="contact", plural="contacts", prefix="C", time="met_at",
    fields=("met_at", "name", "role", "organisation", "place", "phone", "topic", "concern",
            "follow_up", "due", "done_at", "patrol", "tags"),
    text=("name", "organisation", "place", "topic", "concern", "follow_up"),
    category="role", vocab="role",
)

KINDS: dict[str, Kind] = {k.name: k for k in (PATROL, INCIDENT, CONTACT)}
BY_PREFIX: dict[str, Kind] = {k.prefix: k for k in KINDS.values()}
BY_PLURAL: dict[str, Kind] = {k.plural: k for k in KINDS.values()}
COMMON_TAIL = ("officer", "unit", "created_at", "updated_at")
