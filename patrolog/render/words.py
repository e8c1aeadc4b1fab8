"""Words and numbers of the digest as a reader reads them, in the user's language.

Dates the Indonesian way (`Sel 24 Nov`), hours with a decimal comma, and the
words that follow the period (`minggu ini`, `minggu lalu`, `pada minggu
2–8 Nov 2026`). `patrolog.render.sections` builds the report from these; the
renderers only lay it out.
"""

from __future__ import annotations

import math
import re
from datetime import date, timedelta

from patrolog.core import vocab
from patrolog.core.i18n import get_lang, t

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
    """The period in dates (`30 Nov – 6 Des 2026`, `Desember 2026`), never an ISO week
    code; a period still running says so (`…, sementara s.d. Sen 7 Des`)."""
    p = digest.get("period", {})
    if kind_of(digest) == "month":
        d = day(p["from"])
        text = t("digest.period.month", month=t(f"digest.month.{d.month}"), year=d.year)
    else:
        text = span_text(p["from"], p["to"])
    so_far = so_far_text(digest)
    return f"{text}, {so_far}" if so_far else text


def running(digest: dict) -> bool:
    """A period still running: reported so far (`period.complete` false)."""
    return (digest.get("period") or {}).get("complete") is False


def through(digest: dict) -> date | None:
    """The last day the period holds so far, when it is still running."""
    p = digest.get("period") or {}
    return day(p["through"]) if running(digest) and p.get("through") else None


def so_far_text(digest: dict) -> str:
    """`so far, up to Mon 7 Dec` / `sementara, s.d. Sen 7 Des`, or "" for a complete period."""
    last = through(digest)
    return t("digest.so_far", day=day_label(last)) if last else ""


def days_so_far(digest: dict) -> int:
    """The days of the period that have come: all of them once it is complete."""
    p = digest.get("period") or {}
    days = p.get("days") or len((digest.get("patrols") or {}).get("per_day") or {}) or 7
    last = through(digest)
    if last is None or not p.get("from"):
        return days
    return max(1, min(days, (last - day(p["from"])).days + 1))


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
    """The report's title; a unit's digest (a grade per officer) says so."""
    who = "unit" if digest.get("by_officer") and not digest.get("officer") else "digest"
    return t(f"{who}.title.{kind_of(digest)}")


def grades_text(grades: dict | None) -> str:
    """`AKTIF 2 · CUKUP 5 · KURANG 1`: how many of a unit's officers have each grade."""
    return t("unit.grades_line", **{g: (grades or {}).get(g, 0)
                                    for g in ("AKTIF", "CUKUP", "KURANG")})


def when_of(digest: dict) -> str:
    """this / last / other: where the period sits against the day the digest was made.

    A report of last week must never say "this week" (docs/digest.md#periods), so the words of
    the period are chosen from this, not from the kind of period alone.
    """
    p = digest.get("period") or {}
    made = digest.get("generated_at")
    if not made or not p.get("from"):
        return "other"
    today, start, end = day(made), day(p["from"]), day(p["to"])
    if start <= today <= end:
        return "this"
    kind = kind_of(digest)
    if kind == "week" and 1 <= (today - end).days <= 7:
        return "last"
    following = (end.replace(day=1) + timedelta(days=32)).replace(day=1)
    if kind == "month" and (today.year, today.month) == (following.year, following.month):
        return "last"
    return "other"


def scope(digest: dict) -> str:
    """`minggu ini` / `minggu lalu` / `pada minggu 2–8 Nov 2026` / `bulan ini` / `dalam periode ini`."""
    kind, when = kind_of(digest), when_of(digest)
    if kind == "range":
        return t("digest.scope.range")
    p = digest.get("period") or {}
    month = ""
    if kind == "month" and p.get("from"):
        d = day(p["from"])
        month = f"{t(f'digest.month.{d.month}')} {d.year}"
    span = span_text(p["from"], p["to"]) if p.get("from") and p.get("to") else ""
    return t(f"digest.scope.{kind}.{when}", label=span, month=month)


def this_column(digest: dict) -> str:
    """The heading over this period's figures: `Minggu ini`, `Minggu lalu`, `2–8 Nov 2026`."""
    kind, when = kind_of(digest), when_of(digest)
    if kind == "range" or when == "other":
        p = digest.get("period") or {}
        if kind == "range":
            return t("digest.col.this.range")
        if kind == "month":
            first = day(p["from"])
            return f"{t(f'digest.month.{first.month}')} {first.year}"
        return span_text(p["from"], p["to"])
    return t(f"digest.col.{when}.{kind}")


def prev_column(digest: dict) -> str:
    """The heading over the period before: `Minggu lalu` only when this is the current week."""
    kind, when = kind_of(digest), when_of(digest)
    return t(f"digest.col.prev.{kind}" if when == "this" else f"digest.col.before.{kind}")


def change_title(digest: dict) -> str:
    kind, when = kind_of(digest), when_of(digest)
    return t(f"digest.sec.change.{kind}" if when == "this" else f"digest.sec.change_before.{kind}")


def grade_label(grade: str | None) -> str:
    return t(f"digest.grade.{grade}") if grade else t("digest.nobody")


def grade_basis(digest: dict, *, mark: bool = True) -> str:
    """What the grade was counted from: patrols in the week, or per 7 days; a period still
    running gives a provisional grade and says so (`kategori sementara: …`)."""
    count = digest.get("patrols", {}).get("count", 0)
    days = (digest.get("period") or {}).get("days") or 7
    if days == 7:
        basis = counted("digest.grade_basis.week", count, scope=scope(digest))
    else:
        rate = number(count * 7 / days_so_far(digest))
        basis = t("digest.grade_basis.long",
                  rate=rate[:-2] if rate[-2:] in (",0", ".0") else rate)
    return t("digest.provisional", basis=basis) if mark and running(digest) else basis


def provisional_text(digest: dict) -> str:
    """`Provisional grade, so far up to Mon 7 Dec` for a running period, else ""."""
    last = through(digest)
    return t("digest.provisional_line", day=day_label(last)) if last else ""





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
