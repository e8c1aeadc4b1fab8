"""The report as a rich page for an 80-column terminal: a panel per section.

Every piece of user text goes in as `Text`, never as console markup, so a place
called `[RT 05]` prints as written. rich is imported inside the functions: this
module is loaded only when the table is drawn.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

from patrolog.core.i18n import t
from patrolog.render import sections as m

if TYPE_CHECKING:
    from rich.console import Console, RenderableType
    from rich.text import Text

GRADE_COLOUR = {"KURANG": "red", "CUKUP": "yellow", "AKTIF": "green"}
TONE_STYLE = {"good": "green", "bad": "red", "warn": "yellow", "neutral": "", "": ""}
DEFAULT_WIDTH = 80
MAX_WIDTH = 100  # wider panels only spread the same lines apart
_BAR = "█"


def render_table(digest: dict, *, colour: bool, width: int | None = None) -> str:
    report = m.build(digest)
    console = _console(width, colour=colour)
    inner = _width(width) - 4  # a panel's border and padding
    console.print(_header(report, inner))
    for section in report.sections:
        console.print(_section(section, inner))
    return console.file.getvalue()


def _width(width: int | None) -> int:
    return min(width or DEFAULT_WIDTH, MAX_WIDTH)


def _console(width: int | None, *, colour: bool) -> Console:
    from rich.console import Console

    return Console(file=io.StringIO(), width=_width(width),
                   color_system="standard" if colour else None,
                   force_terminal=colour, no_color=not colour, highlight=False, emoji=False,
                   markup=False, legacy_windows=False, soft_wrap=False)


def _stack(*rows: RenderableType | None) -> RenderableType:
    from rich.console import Group

    return Group(*(row for row in rows if row is not None))


def _badge(grade: str | None) -> Text:
    from rich.text import Text

    colour = GRADE_COLOUR.get(grade or "")
    style = f"bold {'white' if grade == 'KURANG' else 'black'} on {colour}" if colour else "bold"
    return Text(f" {grade or t('digest.nobody')} ", style=style)


def _header(report: m.Report, inner: int) -> RenderableType:
    from rich import box
    from rich.panel import Panel
    from rich.table import Table
    from rich.text import Text

    top = Text(report.title.upper(), style="bold")
    if report.grade:
        badge = _badge(report.grade)
        top = Text(report.title.upper().ljust(inner - len(badge)), style="bold")
        top.append(badge)
    facts = Table.grid(padding=(0, 2))
    facts.add_column(style="dim", no_wrap=True)
    facts.add_column(overflow="fold")
    for i, (label, value) in enumerate(report.facts):
        facts.add_row(label, Text(value, style="bold" if i == 0 else ""))
    if report.grade:
        grade = Text(report.grade_label, style=f"bold {GRADE_COLOUR.get(report.grade, '')}")
        grade.append(f" · {report.basis}", style="")
        facts.add_row(t("digest.grade"), grade)
    rows: list[RenderableType | None] = [top, facts]
    if report.notes:
        rows.append(Text(" · ".join(report.notes), style="dim"))
    return Panel(_stack(*rows), box=box.HEAVY, border_style="cyan", padding=(0, 1))


def _section(section: m.Section, inner: int) -> RenderableType:
    from rich import box
    from rich.panel import Panel
    from rich.text import Text

    body: list[RenderableType | None] = []
    title: Text | None = Text(section.title, style="bold cyan")
    if len(section.title) > inner - 4:  # rich would cut it in the border: it leads the body
        body.append(title)
        title = None
    for i, block in enumerate(section.blocks):
        if i and isinstance(block, (m.Items, m.Chart, m.Grid)):
            body.append(Text(""))
        body.append(_block(block, inner))
    return Panel(_stack(*body), title=title, title_align="left",
                 box=box.ROUNDED, padding=(0, 1), border_style="cyan")


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


def _block(block: m.Block, inner: int) -> RenderableType | None:
    from rich.text import Text

    if isinstance(block, m.Para):
        style = {"empty": "italic", "note": "dim"}.get(block.tone, "")
        return Text(block.text, style=style)
    if isinstance(block, m.Figures):
        return Text(block.sentence, style="bold")
    if isinstance(block, m.Counts):
        return _packed(block.label, [f"{n} {c}{block.suffix}" for n, c in block.pairs], inner)
    if isinstance(block, m.Items):
        return _items(block)
    if isinstance(block, m.Grid):
        if len(block.head) > 5:
            return _rows(block, inner)
        return _grid(block) if _fits(block, inner) else _pairs(block, inner)
    if isinstance(block, m.Chart):
        return _chart(block, inner)
    return None


def _items(block: m.Items) -> RenderableType:
    from rich.table import Table
    from rich.text import Text

    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True)
    grid.add_column(ratio=1, overflow="fold")
    for i, item in enumerate(block.items, 1):
        cell = Text(item.head, style=f"bold {TONE_STYLE.get(block.tone, '')}".strip())
        if item.text:
            cell.append(": " if item.head else "")
            cell.append(item.text)
        if item.meta:
            cell.append(" · " if not item.text and not item.notes else "\n")
            cell.append(" · ".join(item.meta), style=TONE_STYLE.get(item.tone, "") or "dim")
        for note in item.notes:
            cell.append("\n" + note)
        grid.add_row(Text(f"  {i}." if block.numbered else "  •", style="dim"), cell)
    rows: list[RenderableType | None] = [
        Text(block.label, style=f"bold {TONE_STYLE.get(block.tone, '')}".strip()), grid]
    if block.more:
        rows.append(Text("  " + block.more, style="dim"))
    return _stack(*rows)


def _grid(block: m.Grid) -> RenderableType:
    from rich import box
    from rich.table import Table
    from rich.text import Text

    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, expand=False)
    align = block.align or "l" * len(block.head)
    for i, (head, a) in enumerate(zip(block.head, align)):
        # names whole on one line; the many figures' headings fold instead of "Patro…"
        table.add_column(head, justify="right" if a == "r" else "left", no_wrap=i == 0,
                         overflow="fold")
    for r, row in enumerate(block.rows):
        tones = block.tones[r] if r < len(block.tones) else []
        cells = []
        for c, value in enumerate(row):
            tone = tones[c] if c < len(tones) else ""
            style = (f"bold {GRADE_COLOUR[tone]}" if tone in GRADE_COLOUR
                     else TONE_STYLE.get(tone, ""))
            cells.append(Text(value, style="bold" if c == 1 and not style else style))
        table.add_row(*cells)
    return _stack(table, Text(block.note) if block.note else None)


def _fits(block: m.Grid, inner: int) -> bool:
    """Whether the table fits `inner` columns with no word broken: each column at least as
    wide as its heading's longest word and its widest cell, two spaces between columns."""
    need = 0
    for c, head in enumerate(block.head):
        words = max((len(w) for w in head.split()), default=0)
        cells = max((len(row[c]) for row in block.rows), default=0)
        need += max(words, cells)  # the first column (names) is never wrapped
    return need + 2 * (len(block.head) - 1) <= inner


def _pairs(block: m.Grid, inner: int) -> RenderableType:
    """A table too narrow for its columns (the change table at 50 columns): one line per
    row, `Patroli: Minggu ini 5 · Minggu lalu 3 · Perubahan ▲ 2`, broken between items."""
    from rich.text import Text

    out: list[RenderableType | None] = []
    for r, row in enumerate(block.rows):
        out.append(_packed(row[0], [f"{h} {v}" for h, v in zip(block.head[1:], row[1:])],
                           inner))
    if block.note:
        out.append(Text(block.note, style="dim"))
    return _stack(*out)


def _rows(block: m.Grid, inner: int) -> RenderableType:
    """A table too wide for a terminal (the unit's officers): a short paragraph per row."""
    from rich.text import Text

    out: list[RenderableType | None] = []
    for r, row in enumerate(block.rows):
        tones = block.tones[r] if r < len(block.tones) else []
        line = Text(row[0], style="bold")
        grade = tones[1] if len(tones) > 1 else ""
        line.append("  ")
        line.append(row[1], style=f"bold {GRADE_COLOUR.get(grade, '')}".strip())
        out.append(line)
        facts = _packed("", [f"{h} {v}" for h, v in zip(block.head[2:], row[2:])], inner - 2)
        out.append(Text("  ") + facts[2:])
    if block.note:
        out.append(Text(block.note, style="dim"))
    return _stack(*out)


def _bar(n: int, cap: int) -> Text:
    from rich.text import Text

    if not n:
        return Text("·", style="dim")
    return Text(_BAR * min(n, cap) + ("+" if n > cap else ""), style="green")


def _chart(chart: m.Chart, inner: int) -> RenderableType:
    """A week as a strip of seven columns; longer periods one bar per week or month."""
    from rich import box
    from rich.table import Table
    from rich.text import Text

    if not chart.groups:
        compact = inner < 64
        table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, padding=(0, 1))
        for bar in chart.days:
            head = f"{bar.label}\n{bar.sub.split()[0] if compact else bar.sub}"
            table.add_column(Text(head, justify="center"), justify="center",
                             min_width=3 if compact else 7)
        # A day not yet come is left blank, not drawn as an empty day.
        table.add_row(*(Text("") if b.future else _bar(b.count, 3 if compact else 6)
                        for b in chart.days))
        table.add_row(*(Text("") if b.future else Text(str(b.count),
                                                       style="bold" if b.count else "dim")
                        for b in chart.days))
        if not compact:
            table.add_row(*(Text(b.hours_text, style="dim") for b in chart.days))
        return table
    top = max((b.count for b in chart.groups), default=0) or 1
    grid = Table.grid(padding=(0, 2))
    for _ in range(4):
        grid.add_column()
    span = max(8, min(30, inner - 40))
    for bar in chart.groups:
        if bar.future:
            continue
        line = Text(_BAR * max(1, round(span * bar.count / top)), style="green") if bar.count \
            else Text("·", style="dim")
        grid.add_row(bar.label, line, Text(str(bar.count), style="bold"),
                     Text(bar.hours_text, style="dim"))
    return _stack(Text(chart.group_label, style="bold"), grid)
