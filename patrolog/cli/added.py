"""The line `add KIND` prints on a terminal after the id: what was saved, as people write
times (`Tersimpan P3: patroli dialogis, Sab 5 Des 19.00–22.00 (3j), RW 05`).

Kept out of `patrolog.render`: `add` starts in a few milliseconds and loads no renderer.
"""

from __future__ import annotations

from datetime import datetime

from patrolog.core import vocab
from patrolog.core.i18n import get_lang, t
from patrolog.core.kinds import BY_PREFIX
from patrolog.core.output import printable
from patrolog.core.times import format_duration, human, human_day

_WHERE = {"patrol": "area", "incident": "location", "contact": "place"}


def saved_line(rec: dict) -> str:
    """What `add` saved, in one line as people write times (`add` on a terminal): the
    patrol's day, start to end and length; an incident's or contact's time and where; a
    promise's due day. Its weekday confirms how a typed day was read."""
    kind = BY_PREFIX[rec["id"][0]]
    parts = [vocab.label(kind.vocab, rec[kind.category])]
    if kind.name == "patrol":
        start, end = (datetime.fromisoformat(rec[k]) for k in ("started_at", "ended_at"))
        until = human(end).split()[-1] if end.date() == start.date() else human(end)
        parts.append(f"{human(start)}–{until} ({format_duration(end - start, get_lang())})")
    else:
        parts.append(human(rec[kind.time]))
    if kind.name == "contact" and rec.get("name"):
        parts.insert(0, rec["name"])
    where = rec.get(_WHERE[kind.name])
    if where:
        parts.append(where)
    line = ", ".join(printable(p) for p in parts if p)
    if kind.name == "contact" and rec.get("follow_up"):
        due = t("added.due", day=human_day(rec["due"])) if rec.get("due") else ""
        line += "; " + printable(rec["follow_up"]) + (f" ({due})" if due else "")
    return t("added.saved", id=rec["id"], what=line)
