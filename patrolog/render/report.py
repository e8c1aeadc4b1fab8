"""The weekly digest in every output format, and the wording all of them share.

`render(digest, fmt, colour=..., width=...)` returns the whole output as text ending
in a newline (write it as is; do not add another). The digest is the plain dict of
`patrolog.digest.compute` (notes/DIGEST.md); everything here only reads it, and reads
it with `.get` so a digest without the team's extra keys still renders.

Renderers live in their own modules and are imported on use, so choosing one
format never loads rich or the others.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable
from datetime import date

from patrolog import vocab
from patrolog.i18n import get_lang, t

Renderer = Callable[..., str]

# The change rows, in reading order: (change key, where the value sits in the digest).
CHANGE_ROWS: tuple[tuple[str, tuple[str, str]], ...] = (
    ("patrols", ("patrols", "count")),
    ("hours", ("patrols", "hours")),
    ("days_active", ("patrols", "days_active")),
    ("visits", ("coverage", "visits")),
    ("contacts", ("contacts", "count")),
    ("first_time", ("contacts", "first_time")),
    ("incidents", ("incidents", "count")),
    ("followups_opened", ("followups", "opened")),
    ("followups_done", ("followups", "done")),
)
# More patrols, visits, people met or follow-ups closed is the work going well. More
# incidents is not: it may be more trouble or just better recording, so it is never
# shown as good or bad; neither are follow-ups opened (more concerns taken up).
NEUTRAL_CHANGES = frozenset({"incidents", "followups_opened"})

_ZONES = {"+07:00": "WIB", "+08:00": "WITA", "+09:00": "WIT"}


# -- the registry -------------------------------------------------------------------

def _table(digest: dict, *, colour: bool, width: int | None = None) -> str:
    from patrolog.render.report_table import render_table

    return render_table(digest, colour=colour, width=width)


def _html(digest: dict, *, colour: bool = True, width: int | None = None) -> str:
    from patrolog.render.report_table import render_html

    return render_html(digest, width=width)


def _svg(digest: dict, *, colour: bool = True, width: int | None = None) -> str:
    from patrolog.render.report_table import render_svg

    return render_svg(digest, width=width)


def _markdown(digest: dict, *, colour: bool = False, width: int | None = None) -> str:
    from patrolog.render.report_markdown import render_markdown

    return render_markdown(digest)


def _text(digest: dict, *, colour: bool = False, width: int | None = None) -> str:
    from patrolog.render.report_text import render_text

    return render_text(digest)


def _json(digest: dict, *, colour: bool = False, width: int | None = None) -> str:
    return json.dumps(digest, indent=2, ensure_ascii=False) + "\n"


RENDERERS: dict[str, Renderer] = {
    "table": _table,
    "markdown": _markdown,
    "text": _text,
    "html": _html,
    "svg": _svg,
    "json": _json,
}
"""Format name -> renderer(digest, *, colour, width) -> text. `table` is the default."""


def render(digest: dict, fmt: str, *, colour: bool, width: int | None = None) -> str:
    """The digest as `fmt`; html and svg always carry colour, markdown/text/json never."""
    return RENDERERS[fmt](digest, colour=colour, width=width)


# -- wording shared by the formats ----------------------------------------------------

def counted(key: str, n: int, **params: object) -> str:
    """`t(key)` with `n`, taking the `.one` form for a single thing."""
    if n == 1 and t(key + ".one") != key + ".one":
        return t(key + ".one", **params)
    return t(key, n=n, **params)


def kind_of(digest: dict) -> str:
    """week, month or range, read from the period label (`2026-W48`, `2026-11`)."""
    label = str(digest.get("period", {}).get("label") or "")
    if re.fullmatch(r"\d{4}-W\d{2}", label):
        return "week"
    if re.fullmatch(r"\d{4}-\d{2}", label):
        return "month"
    return "range"


def half_up(value: float, decimals: int = 1) -> float:
    """Round as a reader does (15.75 -> 15.8, 19.25 -> 19.3), not to even as Python does."""
    scale = 10 ** decimals
    return math.floor(abs(value) * scale + 0.5 + 1e-9) / scale * (1 if value >= 0 else -1)


def number(value: float, decimals: int = 1) -> str:
    """`10.5` -> `10,5` in Indonesian; whole numbers keep one decimal for hours."""
    text = f"{half_up(value, decimals):.{decimals}f}"
    return text.replace(".", ",") if get_lang() == "id" else text


def hours(value: float) -> str:
    return t("digest.hours", h=number(value))


def day(value: str | date) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def dow(d: date) -> str:
    return t(f"digest.dow.{d.weekday()}")


def mon(d: date) -> str:
    return t(f"digest.mon.{d.month}")


def date_text(value: str | date, *, year: bool = True) -> str:
    """`20 Okt 2026`, or `20 Okt` without the year."""
    d = day(value)
    return f"{d.day} {mon(d)} {d.year}" if year else f"{d.day} {mon(d)}"


def day_label(value: str | date) -> str:
    """`Sel 24 Nov`: a day inside the period, weekday first as officers say it."""
    d = day(value)
    return f"{dow(d)} {d.day} {mon(d)}"


def span_text(start: str | date, end: str | date, *, year: bool = True) -> str:
    """`23–29 Nov 2026`, `30 Nov – 6 Des 2026`, `29 Des 2025 – 4 Jan 2026`."""
    a, b = day(start), day(end)
    if a == b:
        return date_text(a, year=year)
    if a.year != b.year:
        return f"{date_text(a)} – {date_text(b)}"
    if a.month != b.month:
        return f"{date_text(a, year=False)} – {date_text(b, year=year)}"
    return f"{a.day}–{date_text(b, year=year)}"


def period_text(digest: dict) -> str:
    p = digest.get("period", {})
    kind = kind_of(digest)
    if kind == "week":
        return t("digest.period.week", label=p["label"], span=span_text(p["from"], p["to"]))
    if kind == "month":
        d = day(p["from"])
        return t("digest.period.month", month=t(f"digest.month.{d.month}"), year=d.year)
    return span_text(p["from"], p["to"])


def time_text(value: str | None) -> str:
    """`Sel 24 Nov pukul 14.10 WIB` from stored ISO text with its offset."""
    if not value:
        return ""
    clock = value[11:16]
    if get_lang() == "id":
        clock = clock.replace(":", ".")
    zone = _ZONES.get(value[19:25]) if len(value) >= 25 else None
    if zone:
        clock = f"{clock} {zone}"
    return t("digest.at", date=day_label(value), time=clock)


def title(digest: dict) -> str:
    unit = "unit" if digest.get("by_officer") else "digest"  # a unit's digest (report_unit)
    return t(f"{unit}.title.{kind_of(digest)}")


def prev_grade_text(prev: dict) -> str:
    """The grade of the period before: one officer's, or a unit's count of each grade."""
    if prev.get("grades") and not prev.get("grade"):
        from patrolog.render.report_unit import grades_text

        return grades_text(prev["grades"])
    return grade_label(prev.get("grade"))


def scope(digest: dict) -> str:
    """`minggu ini` / `bulan ini` / `dalam periode ini`, for the kind empty-section lines."""
    return t(f"digest.scope.{kind_of(digest)}")


def grade_label(grade: str | None) -> str:
    return t(f"digest.grade.{grade}") if grade else t("digest.nobody")


def grade_basis(digest: dict) -> str:
    """What the grade was counted from: patrols in the week, or per 7 days."""
    count = digest.get("patrols", {}).get("count", 0)
    days = digest.get("period", {}).get("days") or 7
    if days == 7:
        return counted("digest.grade_basis.week", count)
    rate = number(count * 7 / days)
    return t("digest.grade_basis.long", rate=rate[:-2] if rate[-2:] in (",0", ".0") else rate)


def officer_line(digest: dict) -> tuple[str, str]:
    """(label, names): the officer asked for, else everyone with records in the period."""
    if digest.get("officer"):
        return t("digest.officer"), digest["officer"]
    officers = digest.get("officers") or []
    if len(officers) == 1:
        return t("digest.officer"), officers[0]
    return t("digest.officers"), ", ".join(officers) or t("digest.nobody")


def labelled_counts(vocab_name: str, counts: dict[str, int] | None) -> list[tuple[str, int]]:
    """(label, count) most first, then by label: the order a reader scans."""
    pairs = [(vocab.label(vocab_name, code), n) for code, n in (counts or {}).items() if n]
    return sorted(pairs, key=lambda p: (-p[1], p[0].lower()))


def counts_text(vocab_name: str, counts: dict[str, int] | None, sep: str = " · ") -> str:
    return sep.join(f"{name} {n}" for name, n in labelled_counts(vocab_name, counts))


def cap(text: str) -> str:
    """First letter up, the rest as written (`str.capitalize` would lower `Unit Laka`)."""
    return text[:1].upper() + text[1:]


def stale_items(coverage: dict) -> list[dict]:
    """Places and areas not visited lately, each name once: `RW 06` as a place and as an
    area is one spot on the ground, last seen on the later of its dates."""
    items: dict[str, dict] = {}
    for item in coverage.get("stale_detail") or [{"name": n} for n in coverage.get("stale") or []]:
        key = item["name"].casefold()
        if key not in items:
            items[key] = dict(item)
        elif (item.get("last") or "") > (items[key].get("last") or ""):
            items[key]["last"] = item["last"]
    return list(items.values())


def who(name: str | None, role: str | None = None) -> str:
    """The person as a reader names them: the name, else their role (`Warga`)."""
    if name:
        return name
    return cap(vocab.label("role", role)) if role else t("digest.anonymous")


def change_rows(digest: dict) -> list[tuple[str, float, float, float]]:
    """(change key, this period, previous period, change) for every compared measure."""
    prev = digest.get("previous") or {}
    change = digest.get("change") or {}
    rows = []
    for key, (section, field) in CHANGE_ROWS:
        now = (digest.get(section) or {}).get(field, 0) or 0
        before = (prev.get(section) or {}).get(field, 0) or 0
        delta = change.get(key, now - before)
        if key == "hours":  # the change a reader can check from the two figures shown
            delta = round(half_up(now) - half_up(before), 1)
        rows.append((key, now, before, delta))
    return rows


def value_text(key: str, value: float) -> str:
    return number(value) if key == "hours" else str(int(value))


def delta_text(key: str, delta: float) -> str:
    """`▲ 2`, `▼ 1,5`, or `tetap`."""
    if not delta:
        return t("digest.ch.same")
    arrow = "▲" if delta > 0 else "▼"
    return f"{arrow} {value_text(key, abs(delta))}"


def delta_tone(key: str, delta: float) -> str:
    """good / bad / neutral: how a change reads for the work, not for its sign."""
    if not delta or key in NEUTRAL_CHANGES:
        return "neutral"
    return "good" if delta > 0 else "bad"


def more_text(total: int, shown: int) -> str | None:
    return t("digest.more", n=total - shown) if total > shown else None
