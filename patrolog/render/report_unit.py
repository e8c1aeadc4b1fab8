"""A unit's digest (several officers, no `--officer`): the header's facts and the
section by officer, for every format.

The digest dict has `officer` and `grade` null, `grades` and `by_officer` (SPEC §4;
`patrolog.digest`). Each format's module calls the function for its shape here, so
what a Kanit reads is worded once: who needs attention first (KURANG), each
officer's numbers, and their activities by kind.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from patrolog.i18n import t
from patrolog.render import report as r

if TYPE_CHECKING:
    from rich.console import RenderableType

GRADES = ("AKTIF", "CUKUP", "KURANG")


def is_unit(digest: dict) -> bool:
    return bool(digest.get("by_officer"))


def header_facts(digest: dict) -> list[tuple[str, str]]:
    """(label, value): officers, unit, period and the grades of the unit's header."""
    n = len(digest.get("by_officer") or [])
    return [(t("digest.officers"), t("unit.officers", n=n)),
            (t("digest.unit"), digest.get("unit") or t("digest.nobody")),
            (t("digest.period"), r.period_text(digest)),
            (t("unit.grades"), grades_text(digest.get("grades")))]


def grades_text(grades: dict | None) -> str:
    g = {k: (grades or {}).get(k, 0) for k in GRADES}
    return t("unit.grades_line", **g)


def fields_text(digest: dict) -> str | None:
    """`security 3 (2 concerns, 1 hope) · economy 1 (…)`: the monthly recap's count by field."""
    c = digest.get("contacts") or {}
    concerns, hopes = c.get("concerns_by_field") or {}, c.get("hopes_by_field") or {}
    parts = [f"{name} {n} (" + t("unit.field_counts", concerns=concerns.get(code, 0),
                                  hopes=hopes.get(code, 0)) + ")"
             for code, n, name in _labelled(c.get("by_field"))]
    return " · ".join(parts) or None


def _labelled(counts: dict | None) -> list[tuple[str, int, str]]:
    from patrolog import vocab

    return [(code, n, vocab.label("contact_field", code)) for code, n in (counts or {}).items()]


def followups_text(row: dict) -> str:
    f = row.get("followups") or {}
    return f"{f.get('opened', 0)}/{f.get('done', 0)}/{f.get('overdue', 0)}"


def kinds_text(row: dict) -> str:
    return r.counts_text("patrol_kind", (row.get("patrols") or {}).get("by_kind"))


def row_lines(row: dict) -> list[str]:
    """One officer's numbers as three short phrases (formats without columns)."""
    p = row.get("patrols") or {}
    f = row.get("followups") or {}
    return [t("unit.row.patrols", patrols=p.get("count", 0), hours=r.hours(p.get("hours", 0)),
              days=p.get("days_active", 0)),
            t("unit.row.met", visits=row.get("place_visits", 0), contacts=row.get("contacts", 0),
              incidents=row.get("incidents", 0)),
            t("unit.row.followups", opened=f.get("opened", 0), done=f.get("done", 0),
              overdue=f.get("overdue", 0))]


def _numbers(row: dict) -> list[str]:
    p = row.get("patrols") or {}
    return [str(p.get("count", 0)), r.number(p.get("hours", 0)), str(p.get("days_active", 0)),
            str(row.get("place_visits", 0)), str(row.get("contacts", 0)),
            str(row.get("incidents", 0)), followups_text(row)]


_COLUMNS = ("unit.col.patrols", "unit.col.hours", "unit.col.days", "unit.col.visits",
            "unit.col.contacts", "unit.col.incidents")


# -- table (rich; html and svg are drawn from it) ----------------------------------------

def table_section(digest: dict, inner: int) -> RenderableType:
    """The officers as aligned rows, KURANG first; each one's activities by kind on a dim
    line below, across the whole width (a hundred officers stay one screen-wide list)."""
    import textwrap

    from rich.text import Text

    from patrolog.render.report_table import GRADE_COLOUR

    rows = digest.get("by_officer") or []
    heads = [t(f"unit.abbr.{k}") for k in ("patrols", "hours", "days", "visits", "contacts",
                                            "incidents", "followups")]
    cells = [_numbers(row) for row in rows]
    widths = [max(len(h), *(len(c[i]) for c in cells)) for i, h in enumerate(heads)]
    grade_w = max(len(g) for g in GRADES)
    numbers_w = sum(widths) + len(widths) + 1  # one space apart: names keep their room
    name_w = max(12, inner - grade_w - 2 - numbers_w)

    def numbers(values: list[str]) -> str:
        return " " + "".join(" " + v.rjust(w) for v, w in zip(values, widths))

    out = Text(" " * (name_w + 2 + grade_w) + numbers(heads) + "\n", style="bold")
    out.append("─" * min(inner, name_w + 2 + grade_w + numbers_w) + "\n", style="dim")
    for row, values in zip(rows, cells):
        name = textwrap.wrap(row.get("officer") or "", name_w) or [""]
        grade = row.get("grade") or ""
        out.append(name[0].ljust(name_w + 2), style="bold")
        out.append(grade.ljust(grade_w), style=f"bold {GRADE_COLOUR.get(grade, '')}".strip())
        out.append(numbers(values) + "\n")
        for more in name[1:]:
            out.append(more + "\n", style="bold")
        kinds = kinds_text(row)
        if kinds:
            for line in textwrap.wrap(kinds, inner - 2, break_on_hyphens=False):
                out.append(f"  {line}\n", style="dim")
    out.append(t("unit.legend"), style="dim italic")
    fields = fields_text(digest)
    if fields:
        out.append(f"\n\n{t('unit.by_field')}: ", style="bold")
        out.append(fields)
    return out


# -- markdown ----------------------------------------------------------------------------

def markdown_section(digest: dict, esc) -> str:  # noqa: ANN001 - esc: str -> str
    head = [t("unit.col.officer"), t("unit.col.grade"), *(t(k) for k in _COLUMNS),
            t("unit.col.followups"), t("unit.kinds")]
    lines = [f"## {t('unit.sec.by_officer')}", "",
             "| " + " | ".join(head) + " |",
             "|" + "|".join(["---", "---"] + ["--:"] * (len(_COLUMNS) + 1) + ["---"]) + "|"]
    for row in digest.get("by_officer") or []:
        cells = [esc(row.get("officer")), f"**{row.get('grade')}**", *_numbers(row),
                 esc(kinds_text(row)) or "–"]
        lines.append("| " + " | ".join(cells) + " |")
    fields = fields_text(digest)
    if fields:
        lines += ["", f"**{t('unit.by_field')}:** {esc(fields)}"]
    return "\n".join(lines)


# -- text (WhatsApp) ---------------------------------------------------------------------

def text_section(digest: dict, wrap) -> list[str]:  # noqa: ANN001 - report_text.wrap
    out = [f"👮 *{t('unit.sec.by_officer').upper()}*"]
    for i, row in enumerate(digest.get("by_officer") or [], 1):
        first = f"{i}. "
        pad = " " * len(first)
        out += wrap(f"*{row.get('officer')}* – {row.get('grade')}", first=first, rest=pad)
        for line in row_lines(row):
            out += wrap(r.cap(line), first=pad, rest=pad)
        kinds = kinds_text(row)
        if kinds:
            out += wrap(f"{t('unit.kinds')}: {kinds}", first=pad, rest=pad)
    fields = fields_text(digest)
    if fields:
        out += wrap(f"{t('unit.by_field')}: {fields}", first="", rest="")
    return out
