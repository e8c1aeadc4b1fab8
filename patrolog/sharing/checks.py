"""One incoming record checked before anything is written: its kind, uid, times, codes,
counts and lists, with the limits `add` keeps (entry/validate.py, core/vocab.py), so a
file can hold nothing that `add` would refuse. A bad record names its line and field."""


from __future__ import annotations

import json
from datetime import datetime, timezone
from typing import Any

from patrolog.core import fields, vocab
from patrolog.core.errors import InputError
from patrolog.core.kinds import KINDS, PATROL, Kind
from patrolog.core.times import SteadyZone, iso
from patrolog.entry import validate
from patrolog.entry.timeparse import FIRST_YEAR, LAST_YEAR
from patrolog.journal.records import (
    Context,
    check_patrol_span,
)
from patrolog.sharing.export import COUNT_FIELDS, LIST_FIELDS

_VOCAB_FIELDS = {kind: fields.coded(kind) for kind in KINDS}
_CODES = {name: frozenset(codes) for name, codes in vocab.VOCABULARIES.items()}
_DATE_FIELDS = frozenset({"due"})
_TIME_FIELDS = frozenset({"started_at", "ended_at", "occurred_at", "met_at", "done_at",
                          "created_at", "updated_at", "deleted_at"})
YEARS = (FIRST_YEAR, LAST_YEAR)  # as `add` reads times: anything else is a mistyped year
COUNT_MAX = validate.MAX_COUNT   # as `add` takes counts: more is a typing error
UID_LENGTH = (1, 64)  # patrolog writes 32 hex digits; other tools may write less


# -- checking one record ---------------------------------------------------------
class BadField(Exception):
    """A record's field that cannot be taken; the caller names the line."""

    def __init__(self, field: str) -> None:
        super().__init__(field)
        self.field = field


class Checker:
    """Incoming record -> (kind, column values, is a tombstone). The same checks as `add`,
    but for the "later than now" rule: the sender's clock is the sender's business."""

    # how each field is read, by kind: (name, how), in the record's JSON order
    TEXT, TIME, VOCAB, COUNT, PLACES, LIST, DATE, PHONE = range(8)

    def __init__(self, ctx: Context) -> None:
        from datetime import timezone as fixed_zone

        self.ctx = ctx
        self.tz = ctx.tz
        self.stamp = iso(ctx.now)
        # A zone whose offset is fixed (Indonesia's, since decades): times are moved into
        # it by arithmetic, without a tzinfo call per time (a unit's import has millions).
        self.fixed: tuple[Any, str, int] | None = None
        if isinstance(self.tz, SteadyZone):
            offset = self.tz.utcoffset(None)
            self.fixed = (offset, iso(datetime(2000, 1, 1, tzinfo=self.tz))[19:],
                          self.tz._since)
        elif isinstance(self.tz, fixed_zone):
            offset = self.tz.utcoffset(None)
            self.fixed = (offset, iso(datetime(2000, 1, 1, tzinfo=self.tz))[19:], 1)
        self.plan = {kind.name: [(name, self._how(kind, name)) for name in kind.fields
                                 if name != "patrol"] for kind in KINDS.values()}
        self._seen: dict[str, str] = {}

    @classmethod
    def _how(cls, kind: Kind, name: str) -> int:
        if name in _TIME_FIELDS:
            return cls.TIME
        if name in _VOCAB_FIELDS[kind.name]:
            return cls.VOCAB
        if name in COUNT_FIELDS:
            return cls.COUNT
        if name == "places":
            return cls.PLACES
        if name in LIST_FIELDS:
            return cls.LIST
        if name in _DATE_FIELDS:
            return cls.DATE
        if name == "phone":
            return cls.PHONE
        return cls.TEXT

    def time(self, name: str, value: Any) -> str:
        if type(value) is not str:
            raise BadField(name)
        # A record's times repeat (created_at is nearly always its updated_at; a shift's
        # records share its hours): each text is read and moved into the zone once.
        seen = self._seen.get(value)
        if seen is not None:
            return seen
        if len(self._seen) >= 4096:
            self._seen.clear()
        self._seen[value] = out = self._time(name, value)
        return out

    def _time(self, name: str, value: str) -> str:
        try:
            dt = datetime.fromisoformat(value)
        except ValueError:
            raise BadField(name) from None
        if not YEARS[0] <= dt.year <= YEARS[1]:
            raise BadField(name)
        if dt.tzinfo is None:
            dt = dt.replace(tzinfo=self.tz)
        fixed = self.fixed
        if fixed is not None and dt.year > fixed[2]:
            offset = dt.utcoffset()
            # Already in the journal's zone and form, as most are. The form by its
            # separators: a week date or a time without seconds is 25 characters too.
            if offset == fixed[0] and len(value) == 25 and value[10] == "T" \
                    and value[4] == value[7] == "-" and value[19] in "+-" \
                    and value[13] == value[16] == value[22] == ":":
                return value
            return ((dt.replace(tzinfo=None) - offset + fixed[0]).isoformat(timespec="seconds")
                    + fixed[1])
        return iso(dt.astimezone(self.tz))

    def __call__(self, rec: Any) -> tuple[Kind, dict[str, Any], bool]:
        if type(rec) is not dict:
            raise BadField("record")
        kind = KINDS.get(rec.get("type")) if isinstance(rec.get("type"), str) else None
        if kind is None:
            raise BadField("type")
        uid = rec.get("uid")
        if type(uid) is not str or not UID_LENGTH[0] <= len(uid) <= UID_LENGTH[1] \
                or not uid.isprintable() or " " in uid:
            uid = uid.strip() if type(uid) is str else None
            if not uid or not UID_LENGTH[0] <= len(uid) <= UID_LENGTH[1] \
                    or not uid.isprintable() or " " in uid:
                raise BadField("uid")
        values: dict[str, Any] = {"uid": uid}
        if rec.get("deleted_at") is not None:
            return kind, self._tombstone(rec, values), True
        vocabs = _VOCAB_FIELDS[kind.name]
        TEXT, TIME, VOCAB, COUNT, PLACES, LIST = (self.TEXT, self.TIME, self.VOCAB,
                                                  self.COUNT, self.PLACES, self.LIST)
        get = rec.get
        for name, how in self.plan[kind.name]:
            value = get(name)
            if value is None:
                if how == LIST or how == PLACES:
                    value = []
                elif how == COUNT:
                    value = 0
            elif how == TEXT:
                if type(value) is not str:
                    raise BadField(name)
                # Blank text is stored as NULL, as `add` does: queries rely on it
                # (an open promise is a non-NULL follow_up, read from a partial index).
                value = value.strip() or None
            elif how == TIME:
                value = self.time(name, value)
            elif how == VOCAB:
                if type(value) is not str:
                    raise BadField(name)
                if value not in _CODES[vocabs[name]]:  # a code, as exports write them
                    try:
                        value = vocab.lookup(vocabs[name], value)
                    except InputError:
                        raise BadField(name) from None
            elif how == COUNT:
                if type(value) is not int or not 0 <= value <= COUNT_MAX:
                    raise BadField(name)
            elif how == PLACES:
                value = self._places(value)
            elif how == LIST:
                value = self._texts(name, value)
            elif how == self.DATE:
                value = self._date(name, value)
            else:
                value = self._phone(value)
            values[name] = value
        values["officer"] = self._text("officer", get("officer"))
        values["unit"] = self._text("unit", get("unit"))
        created = get("created_at")
        values["created_at"] = self.time("created_at", created) if created else self.stamp
        updated = get("updated_at")
        values["updated_at"] = (self.time("updated_at", updated) if updated
                                else values["created_at"])
        # as `add` does; the columns may not be NULL
        if kind.name == "incident" and values.get("status") is None:
            values["status"] = "open"
        elif kind is PATROL and values.get("kind") is None:
            values["kind"] = "dialogic"
        for required in (kind.time, kind.category):
            if values.get(required) is None:
                raise BadField(required)
        if kind is PATROL:
            if values.get("ended_at") is None:
                raise BadField("ended_at")
            try:
                check_patrol_span(values["started_at"], values["ended_at"])
            except InputError:
                raise BadField("ended_at") from None
        patrol_uid = get("patrol_uid")
        if patrol_uid is not None and type(patrol_uid) is not str:
            raise BadField("patrol_uid")
        values["patrol_uid"] = patrol_uid or None
        return kind, values, False

    def _tombstone(self, rec: dict, values: dict[str, Any]) -> dict[str, Any]:
        values["officer"] = self._text("officer", rec.get("officer"))
        values["deleted_at"] = self.time("deleted_at", rec["deleted_at"])
        updated = rec.get("updated_at")
        values["updated_at"] = (self.time("updated_at", updated) if updated
                                else values["deleted_at"])
        return values

    @staticmethod
    def _text(name: str, value: Any) -> str | None:
        if value is None:
            return None
        if not isinstance(value, str):
            raise BadField(name)
        return value.strip() or None

    @staticmethod
    def _texts(name: str, value: Any) -> list[str]:
        # A string is refused, not read letter by letter ("urgent" is not six tags).
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise BadField(name)
        out: list[str] = []
        for item in value:
            item = item.strip()
            if item and item not in out:
                out.append(item)
        return out

    @staticmethod
    def _places(value: Any) -> list[dict[str, str]]:
        if not isinstance(value, list):
            raise BadField("places")
        out = []
        for place in value:
            if not isinstance(place, dict) or not isinstance(place.get("type"), str) \
                    or not isinstance(place.get("name"), str) or not place["name"].strip():
                raise BadField("places")
            kind = place["type"]
            if kind not in _CODES["place_type"]:
                try:
                    kind = vocab.lookup("place_type", kind)
                except InputError:
                    raise BadField("places") from None
            out.append({"type": kind, "name": place["name"].strip()})
        return out

    @staticmethod
    def _date(name: str, value: Any) -> str:
        from datetime import date

        if not isinstance(value, str):
            raise BadField(name)
        try:
            day = date.fromisoformat(value.strip()[:10])
        except ValueError:
            raise BadField(name) from None
        if not YEARS[0] <= day.year <= YEARS[1]:
            raise BadField(name)
        return day.isoformat()

    @staticmethod
    def _phone(value: Any) -> str | None:
        if not isinstance(value, str):
            raise BadField("phone")
        try:
            return validate.phone(value)
        except InputError:
            raise BadField("phone") from None


def canonical(values: dict[str, Any], tomb: bool) -> str:
    """One text for a version's content, the same in every journal (times in UTC), to
    settle two versions with the same `updated_at`."""
    out = {}
    for key, value in values.items():
        if key in _TIME_FIELDS and value:
            value = datetime.fromisoformat(value).astimezone(timezone.utc).isoformat()
        out[key] = value
    return json.dumps([tomb, out], sort_keys=True, ensure_ascii=False)
