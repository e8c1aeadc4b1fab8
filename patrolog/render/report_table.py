"""The digest as a rich page for an 80-column terminal, and as HTML/SVG of that page.

Every piece of user text goes in as `Text`, never as console markup, so a place
called `[RT 05]` prints as written. rich is imported inside the functions: this
module is loaded only when a report is drawn.
"""

from __future__ import annotations

import html
import io
import re
from datetime import date, timedelta
from typing import TYPE_CHECKING

from patrolog import vocab
from patrolog.i18n import get_lang, t
from patrolog.render import report as r

if TYPE_CHECKING:
    from rich.console import Console, RenderableType
    from rich.text import Text

GRADE_COLOUR = {"KURANG": "red", "CUKUP": "yellow", "AKTIF": "green"}
TONE_STYLE = {"good": "green", "bad": "red", "neutral": ""}
SEVERITY_STYLE = {"high": "bold red", "medium": "yellow", "low": ""}
STATUS_STYLE = {"open": "yellow", "referred": "cyan", "resolved": "green"}
DEFAULT_WIDTH = 80
MAX_WIDTH = 100  # wider panels only spread the same lines apart
_BAR = "█"


# -- entry points ---------------------------------------------------------------------

def render_table(digest: dict, *, colour: bool, width: int | None = None) -> str:
    console = _console(width, colour=colour)
    console.print(_page(digest, width))
    return console.file.getvalue()


def render_html(digest: dict, *, width: int | None = None) -> str:
    from rich.terminal_theme import MONOKAI

    console = _console(width, colour=True, record=True)
    console.print(_page(digest, width))
    name = _doc_title(digest)
    page = _HTML.replace("@LANG@", get_lang()).replace("@TITLE@", _braces(html.escape(name)))
    return console.export_html(theme=MONOKAI, inline_styles=True, code_format=page)


def render_svg(digest: dict, *, width: int | None = None) -> str:
    from rich._export_format import CONSOLE_SVG_FORMAT

    console = _console(width, colour=True, record=True)
    console.print(_page(digest, width))
    # rich's template fetches its font from a CDN; a report file must open offline.
    svg = re.sub(r"\s*@font-face \{\{.*?\}\}", "", CONSOLE_SVG_FORMAT, flags=re.S)
    svg = svg.replace("font-family: Fira Code, monospace;",
                      "font-family: 'Fira Code', 'DejaVu Sans Mono', Menlo, Consolas, monospace;")
    return console.export_svg(title=_doc_title(digest), code_format=svg)


_HTML = """\
<!DOCTYPE html>
<html lang="@LANG@">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>@TITLE@</title>
<style>
{stylesheet}
body {{
    color: {foreground};
    background-color: {background};
    margin: 1.5em;
}}
pre {{ font-size: 14px; }}
</style>
</head>
<body>
<pre style="font-family:Menlo,'DejaVu Sans Mono',Consolas,'Courier New',monospace">
<code style="font-family:inherit">{code}</code></pre>
</body>
</html>
"""


def _braces(text: str) -> str:
    return text.replace("{", "{{").replace("}", "}}")


def _doc_title(digest: dict) -> str:
    who = digest.get("officer") or digest.get("unit") or ""
    parts = [r.title(digest), who, str(digest.get("period", {}).get("label") or "")]
    return " · ".join(p for p in parts if p)


def _width(width: int | None) -> int:
    return min(width or DEFAULT_WIDTH, MAX_WIDTH)


def _console(width: int | None, *, colour: bool, record: bool = False) -> Console:
    from rich.console import Console

    return Console(file=io.StringIO(), width=_width(width), record=record,
                   color_system="truecolor" if record else ("standard" if colour else None),
                   force_terminal=colour, no_color=not colour, highlight=False, emoji=False,
                   markup=False, legacy_windows=False, soft_wrap=False)


# -- the page -------------------------------------------------------------------------

def _page(digest: dict, width: int | None) -> RenderableType:
    from rich.console import Group

    inner = _width(width) - 4  # a panel's border and padding
    from patrolog.render import report_unit as unit

    by_officer = ([_section("unit.sec.by_officer", unit.table_section(digest, inner))]
                  if unit.is_unit(digest) else [])
    return Group(
        _header(digest, inner),
        *by_officer,
        _section("digest.sec.patrols", _patrols(digest, inner)),
        _section("digest.sec.coverage", _coverage(digest, inner)),
        _section("digest.sec.contacts", _contacts(digest, inner)),
        _section("digest.sec.incidents", _incidents(digest, inner)),
        _section("digest.sec.followups", _followups(digest)),
        _section(f"digest.sec.change.{r.kind_of(digest)}", _change(digest),
                 extra=str((digest.get("previous") or {}).get("period", {}).get("label") or "")),
    )


def _section(key: str, body: RenderableType, extra: str = "") -> RenderableType:
    from rich import box
    from rich.panel import Panel
    from rich.text import Text

    heading = Text(t(key), style="bold cyan")
    if extra:
        heading.append(f" ({extra})", style="cyan")
    return Panel(body, title=heading, title_align="left", box=box.ROUNDED, padding=(0, 1),
                 border_style="cyan")


def _text(*parts: str | tuple[str, str]) -> Text:
    from rich.text import Text

    return Text.assemble(*parts)


def _packed(label: str, items: list[str], inner: int) -> Text:
    """`Label: a · b · c` broken only between items, continuing under the first item."""
    from rich.text import Text

    out = Text.assemble((f"{label}: ", "bold"))
    indent, col = len(out), len(out)
    for i, item in enumerate(items):
        piece = item + (" · " if i < len(items) - 1 else "")
        if col > indent and col + len(piece.rstrip()) > inner:
            out.append("\n" + " " * indent)
            col = indent
        out.append(piece)
        col += len(piece)
    out.rstrip()
    return out


def _counted(label: str, vocab_name: str, counts: dict[str, int] | None, inner: int) -> Text:
    return _packed(label, [f"{name} {n}" for name, n in r.labelled_counts(vocab_name, counts)],
                   inner)


def _line(label: str, value: str | Text, label_style: str = "bold") -> Text:
    """`Label: value` with the label set off, the one shape of a labelled line."""
    from rich.text import Text

    out = Text.assemble((f"{label}: ", label_style))
    out.append(value if isinstance(value, Text) else Text(value))
    return out


def _stack(*rows: RenderableType | None) -> RenderableType:
    from rich.console import Group

    return Group(*(row for row in rows if row is not None))


def _grid(*ratios: int | None) -> object:
    from rich.table import Table

    grid = Table.grid(padding=(0, 2), expand=False)
    for ratio in ratios:
        grid.add_column(ratio=ratio, overflow="fold")
    return grid


def _empty(key: str, digest: dict) -> Text:
    return _text((t(key, scope=r.scope(digest)), "italic"))


def _grade(grade: str | None) -> tuple[str, str]:
    """The grade's words in its colour: red, yellow, green as a superior reads them."""
    return r.grade_label(grade), f"bold {GRADE_COLOUR[grade]}" if grade in GRADE_COLOUR else "bold"


def _badge(grade: str | None) -> Text:
    from rich.text import Text

    colour = GRADE_COLOUR.get(grade or "")
    style = f"bold {'white' if grade == 'KURANG' else 'black'} on {colour}" if colour else "bold"
    return Text(f" {grade or t('digest.nobody')} ", style=style)


def _header(digest: dict, inner: int) -> RenderableType:
    from rich import box
    from rich.panel import Panel
    from rich.table import Table
    from rich.text import Text

    from patrolog.render import report_unit as unit

    grade = digest.get("grade")
    facts = Table.grid(padding=(0, 2))
    facts.add_column(style="dim", no_wrap=True)
    facts.add_column(overflow="fold")
    if unit.is_unit(digest):  # no one grade: how many officers have each
        top = Text(r.title(digest).upper(), style="bold")
        for label, value in unit.header_facts(digest):
            facts.add_row(label, Text(value, style="bold"))
    else:
        badge = _badge(grade)
        top = Text(r.title(digest).upper().ljust(inner - len(badge)), style="bold")
        top.append(badge)
        label, names = r.officer_line(digest)
        facts.add_row(label, Text(names, style="bold"))
        facts.add_row(t("digest.unit"), Text(digest.get("unit") or t("digest.nobody")))
        facts.add_row(t("digest.period"), Text(r.period_text(digest)))
        facts.add_row(t("digest.grade"), _text(_grade(grade), f" · {r.grade_basis(digest)}"))
    foot = [t("digest.generated", when=r.time_text(digest.get("generated_at")))] \
        if digest.get("generated_at") else []
    if digest.get("redacted"):
        foot.append(t("digest.redacted"))
    rows = [top, facts]
    if foot:
        rows.append(Text(" · ".join(foot), style="dim"))
    return Panel(_stack(*rows), box=box.HEAVY, border_style="cyan", padding=(0, 1))


# -- sections -------------------------------------------------------------------------

def _patrols(digest: dict, inner: int) -> RenderableType:
    from rich.text import Text

    p = digest.get("patrols") or {}
    count = p.get("count", 0)
    if not count:
        return _empty("digest.empty.patrols", digest)
    days = digest.get("period", {}).get("days") or len(p.get("per_day") or {})
    summary = _text((r.counted("digest.n_patrols", count), "bold"), " · ",
                    (r.hours(p.get("hours", 0)), "bold"), " · ",
                    t("digest.days_active", n=p.get("days_active", 0), days=days))
    kinds = _counted(t("digest.by_kind"), "patrol_kind", p.get("by_kind"), inner)
    return _stack(summary, Text(""), _per_day(p, inner), Text(""), kinds)


def _per_day(p: dict, inner: int) -> RenderableType:
    per_day = {r.day(k): v for k, v in (p.get("per_day") or {}).items()}
    hours = {r.day(k): v for k, v in (p.get("hours_per_day") or {}).items()}
    days = sorted(per_day)
    if len(days) <= 7:
        return _week_strip(days, per_day, hours, compact=inner < 64)
    if len(days) <= 62:
        return _calendar(days, per_day, compact=inner < 70)
    return _months(days, per_day, hours)


def _bar(n: int, cap: int) -> Text:
    from rich.text import Text

    if not n:
        return Text("·", style="dim")
    return Text(_BAR * min(n, cap) + ("+" if n > cap else ""), style="green")


def _strip_table() -> object:
    from rich import box
    from rich.table import Table

    return Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, padding=(0, 1))


def _week_strip(days: list[date], per_day: dict, hours: dict, *, compact: bool) -> RenderableType:
    """One column per day: name, date, a bar, the count and hours (narrow: no month, hours)."""
    from rich.text import Text

    table = _strip_table()
    for d in days:
        head = f"{r.dow(d)}\n{d.day}" if compact else f"{r.dow(d)}\n{d.day} {r.mon(d)}"
        table.add_column(Text(head, justify="center"), justify="center",
                         min_width=3 if compact else 7)
    table.add_row(*(_bar(per_day[d], 3 if compact else 6) for d in days))
    table.add_row(*(Text(str(per_day[d]), style="bold" if per_day[d] else "dim") for d in days))
    if hours and not compact:
        table.add_row(*(Text(r.hours(hours.get(d, 0)) if per_day[d] else "", style="dim")
                        for d in days))
    return table


def _calendar(days: list[date], per_day: dict, *, compact: bool) -> RenderableType:
    """A month as weeks of 7 days: the date, a short bar and the count in each cell."""
    from rich.text import Text

    table = _strip_table()
    for wd in range(7):
        table.add_column(t(f"digest.dow.{wd}"), min_width=4 if compact else 8)
    first = days[0] - timedelta(days=days[0].weekday())
    week: list[Text] = []
    d = first
    while d <= days[-1]:
        if d in per_day:
            cell = Text.assemble((f"{d.day:>2} ", "dim"))
            if compact:  # the count alone, coloured like the bar
                cell.append(str(per_day[d]) if per_day[d] else "·",
                            style="bold green" if per_day[d] else "dim")
            else:
                cell.append(_bar(per_day[d], 3))
                if per_day[d]:
                    cell.append(f" {per_day[d]}", style="bold")
        else:
            cell = Text("")
        week.append(cell)
        if len(week) == 7:
            table.add_row(*week)
            week = []
        d += timedelta(days=1)
    if week:
        table.add_row(*week, *([Text("")] * (7 - len(week))))
    return table


def _months(days: list[date], per_day: dict, hours: dict) -> RenderableType:
    """A long range as one bar per calendar month."""
    from rich.text import Text

    totals: dict[tuple[int, int], list[float]] = {}
    for d in days:
        tot = totals.setdefault((d.year, d.month), [0, 0.0])
        tot[0] += per_day[d]
        tot[1] += hours.get(d, 0)
    top = max((n for n, _ in totals.values()), default=0) or 1
    grid = _grid(None, None, None, None)
    for (year, month), (n, h) in totals.items():
        bar = Text(_BAR * round(30 * n / top), style="green") if n else Text("·", style="dim")
        grid.add_row(f"{t(f'digest.mon.{month}')} {year}", bar, Text(str(n), style="bold"),
                     Text(r.hours(h), style="dim"))
    return _stack(Text(t("digest.per_month"), style="bold"), grid)


def _coverage(digest: dict, inner: int) -> RenderableType:
    from rich.text import Text

    c = digest.get("coverage") or {}
    rows: list[RenderableType | None] = []
    visits = c.get("visits", 0)
    if visits:
        rows.append(_text((r.counted("digest.n_visits", visits), "bold")))
        rows.append(_counted(t("digest.by_place_type"), "place_type", c.get("by_place_type"),
                             inner))
    else:
        rows.append(_empty("digest.empty.visits", digest))
    places = c.get("places") or []
    if places:
        rows += [Text(""), Text(t("digest.top_places"), style="bold")]
        grid = _grid(None, None, None)
        for place in places[:5]:
            grid.add_row(f"  {place['name']}", Text(vocab.label("place_type", place["type"]),
                                                    style="dim"), f"{place['visits']}×")
        rows.append(grid)
    areas = c.get("areas") or []
    if areas:
        rows.append(_packed(t("digest.areas"), [f"{a['name']} {a['patrols']}×" for a in areas],
                            inner))
    rows += [Text(""), _stale(c)]
    return _stack(*rows)


def _stale(c: dict) -> RenderableType:
    from rich.text import Text

    detail = r.stale_items(c)
    heading = Text(t("digest.stale"), style="bold yellow" if detail else "bold")
    if not detail:
        return _stack(heading, Text("  " + t("digest.stale.none"), style="dim"))
    grid = _grid(None, None, None)
    for item in detail:
        what = (t("digest.area") if item.get("what") == "area"
                else vocab.label("place_type", item["type"]) if item.get("type") else "")
        last = t("digest.last_visit", date=r.date_text(item["last"])) if item.get("last") else ""
        grid.add_row(Text(f"  {item['name']}", style="yellow"), Text(what, style="dim"), last)
    return _stack(heading, grid)


def _contacts(digest: dict, inner: int) -> RenderableType:
    from rich.text import Text

    c = digest.get("contacts") or {}
    count = c.get("count", 0)
    if not count:
        return _empty("digest.empty.contacts", digest)
    summary = _text((r.counted("digest.n_contacts", count), "bold"), " · ",
                    (r.counted("digest.n_first_time", c.get("first_time", 0)), "bold"))
    rows: list[RenderableType | None] = [
        summary, _counted(t("digest.by_role"), "role", c.get("by_role"), inner)]
    if c.get("first_time_names"):
        rows.append(_packed(t("digest.first_time"), list(c["first_time_names"]), inner))
    concerns = c.get("concerns") or []
    rows += [Text(""), Text(t("digest.concerns"), style="bold")]
    if not concerns:
        rows.append(Text("  " + t("digest.empty.concerns"), style="dim"))
    grid = _grid(None, 1)
    for item in concerns:
        whom = Text.assemble((r.who(item.get("name"), item.get("role")), "bold"))
        if item.get("name") and item.get("role"):
            whom.append(f" ({vocab.label('role', item['role'])})")
        if item.get("place"):
            whom.append(f" · {item['place']}", style="dim")
        whom.append("\n")
        whom.append(item.get("concern") or "")
        grid.add_row(Text(f"  {r.day_label(item['met_at'])}" if item.get("met_at") else "",
                          style="dim"), whom)
    if concerns:
        rows.append(grid)
    return _stack(*rows)


def _incidents(digest: dict, inner: int) -> RenderableType:
    from rich.text import Text

    inc = digest.get("incidents") or {}
    count = inc.get("count", 0)
    if not count:
        return _empty("digest.empty.incidents", digest)
    injured, dead = inc.get("injured", 0), inc.get("dead", 0)
    casualties = (_text((t("digest.casualties", injured=injured, dead=dead),
                         "bold red" if dead else "bold"))
                  if injured or dead else Text(t("digest.no_casualties")))
    rows: list[RenderableType | None] = [
        _text((r.counted("digest.n_incidents", count), "bold"), " · ", casualties),
        _counted(t("digest.by_incident_kind"), "incident_kind", inc.get("by_kind"), inner),
        _counted(t("digest.by_severity"), "severity", inc.get("by_severity"), inner),
        _counted(t("digest.by_status"), "status", inc.get("by_status"), inner)]
    items = inc.get("items") or []
    grid = _grid(None, 1)
    for item in items:
        grid.add_row("", "")
        grid.add_row(Text(f"  {item['id']}", style="bold"), _incident(item))
    if items:
        rows.append(grid)
    more = r.more_text(count, len(items))
    if more and items:
        rows.append(Text("  " + more, style="dim"))
    return _stack(*rows)


def _incident(item: dict) -> Text:
    from rich.text import Text

    out = Text.assemble((r.time_text(item.get("occurred_at")), "dim"))
    out.append("\n")
    out.append(vocab.label("incident_kind", item["kind"]), style="bold")
    if item.get("location"):
        out.append(f" · {item['location']}")
    out.append("\n")
    sev, status = item.get("severity"), item.get("status")
    if sev:
        out.append(vocab.label("severity", sev), style=SEVERITY_STYLE.get(sev, ""))
        out.append(" · ")
    if item.get("referred_to"):  # says the status too: "handed over to X"
        out.append(t("digest.referred", to=item["referred_to"]), style=STATUS_STYLE["referred"])
    elif status:
        out.append(vocab.label("status", status), style=STATUS_STYLE.get(status, ""))
    if item.get("injured") or item.get("dead"):
        out.append(" · ")
        out.append(t("digest.injured_dead", injured=item.get("injured", 0),
                     dead=item.get("dead", 0)), style="red" if item.get("dead") else "")
    if item.get("action"):
        out.append("\n")
        out.append(f"{t('digest.action')}: ", style="bold")
        out.append(item["action"])
    return out


def _followups(digest: dict) -> RenderableType:
    from rich.text import Text

    f = digest.get("followups") or {}
    opened, done, overdue = f.get("opened", 0), f.get("done", 0), f.get("overdue", 0)
    line = _text(f"{t('digest.fu.opened')} ", (str(opened), "bold"), " · ",
                 f"{t('digest.fu.done')} ", (str(done), "bold"), " · ",
                 f"{t('digest.fu.overdue')} ", (str(overdue), "bold red" if overdue else "bold"))
    items = f.get("overdue_items") or []
    if not items:
        return _stack(line, Text(t("digest.fu.none_overdue"), style="italic"))
    grid = _grid(None, 1, None)
    for item in items:
        what = Text.assemble((f"{item['name']}: " if item.get("name") else "", "bold"))
        what.append(item.get("follow_up") or "")
        when = Text.assemble((t("digest.due", date=r.date_text(item["due"], year=False)), "dim"))
        when.append("\n")
        when.append(r.counted("digest.days_late", item.get("days_late", 0)), style="red")
        grid.add_row(Text(f"  {item['id']}", style="bold"), what, when)
    more = r.more_text(overdue, len(items))
    return _stack(line, Text(""), Text(t("digest.fu.overdue_list"), style="bold red"), grid,
                  Text("  " + more, style="dim") if more else None)


def _change(digest: dict) -> RenderableType:
    from rich import box
    from rich.table import Table
    from rich.text import Text

    prev = digest.get("previous")
    if not prev:
        return Text(t("digest.no_previous"), style="italic")
    kind = r.kind_of(digest)
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, expand=False)
    table.add_column("")
    table.add_column(t(f"digest.col.this.{kind}"), justify="right")
    table.add_column(t(f"digest.col.prev.{kind}"), justify="right")
    table.add_column(t("digest.col.change"), justify="right")
    for key, now, before, delta in r.change_rows(digest):
        table.add_row(t(f"digest.ch.{key}"), Text(r.value_text(key, now), style="bold"),
                      r.value_text(key, before),
                      Text(r.delta_text(key, delta), style=TONE_STYLE[r.delta_tone(key, delta)]))
    grade = (_text(_grade(prev.get("grade"))) if prev.get("grade") or not prev.get("grades")
             else _text(r.prev_grade_text(prev)))
    return _stack(table, _line(t("digest.prev_grade"), grade, label_style=""))
