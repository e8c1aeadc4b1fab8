"""The report as A4 pages of real text (selectable, searchable), written by `pdfdoc`.

Each section is laid out as rows (a line of text, the tiles, the chart, a table
row) and flows down the page: a section that does not fit continues on the next
page (its heading keeps its first lines), rather than leaving a page half empty.
Table headings and cells wrap between whole words, never cut with "…". The signature comes last. The text is set in the
DejaVu Sans shipped in `patrolog/render/fonts` (see its README: Latin,
Latin-1 and Latin Extended-A, the dashes, `·`, `×`, `▲`, `▼`), the same font as
the PNG card.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from patrolog.core.i18n import t
from patrolog.render import drawing
from patrolog.render import sections as m
from patrolog.render.pdfdoc import TTF, Document

FONTS = Path(__file__).with_name("fonts")
MARGIN = 45.0        # points (16 mm)
BODY = 10.0          # points
LEAD = 1.4           # line height / font size
NAVY = "#1f4e79"
INK = drawing.INK
MUTED = drawing.MUTED
TONES = {"good": "#1f7a4d", "bad": "#c53030", "warn": "#9c6412", "": INK}

Run = tuple[str, str, str]          # (text, font "r"|"b", colour)
SECTION_HEAD_ROWS = 3    # a section's gap, title and rule (`_section`)
KEEP_WITH_HEADING = 3    # rows that stay on the page with their section's heading


@dataclass
class Row:
    """One horizontal strip of the page: its height and what is drawn in it."""
    height: float
    draws: list[tuple] = field(default_factory=list)   # relative to the row's top


class Layout:
    def __init__(self) -> None:
        self.fonts = {"r": TTF(FONTS / "DejaVuSans.ttf", "DejaVuSans"),
                      "b": TTF(FONTS / "DejaVuSans-Bold.ttf", "DejaVuSans-Bold")}
        self.doc = Document(self.fonts)
        self.width = self.doc.width - 2 * MARGIN
        self.y = MARGIN
        self.doc.new_page()

    # -- text ------------------------------------------------------------------------
    def lines(self, runs: list[Run], size: float = BODY, indent: float = 0,
              hang: float = 0) -> list[Row]:
        """Runs of text wrapped to the column, words never split (unless longer than a line)."""
        lead = size * LEAD
        rows: list[Row] = []
        line: list[tuple] = []
        x = indent
        limit = self.width

        def flush() -> None:
            nonlocal line, x
            rows.append(Row(lead, line))
            line, x = [], indent + hang

        for text, font, colour in runs:
            ttf = self.fonts[font]
            for i, word in enumerate(text.split(" ")):
                piece = word if i == 0 else " " + word
                w = ttf.width(piece, size)
                if x + w > limit and x > indent + hang and word:
                    flush()
                    piece, w = word, ttf.width(word, size)
                while w > limit - x and len(piece) > 1:   # a word longer than the line
                    cut = len(piece)
                    while cut > 1 and ttf.width(piece[:cut], size) > limit - x:
                        cut -= 1
                    line.append(("text", x, size, piece[:cut], font, colour))
                    flush()
                    piece = piece[cut:]
                    w = ttf.width(piece, size)
                if piece:
                    line.append(("text", x, size, piece, font, colour))
                    x += w
        if line or not rows:
            flush()
        return rows

    def gap(self, height: float) -> Row:
        return Row(height)

    # -- placing ---------------------------------------------------------------------
    def place(self, rows: list[Row], *, together: bool = False, keep: int = 0) -> None:
        """Rows from the current line on, a new page where the next row does not fit.
        `together`: all of them on one page if they fit on one (the header, the
        signature); `keep`: at least the first `keep` rows together (a section's heading
        with its first lines), the rest continuing on the next page rather than leaving
        this one half empty."""
        bottom = self.doc.height - MARGIN
        first = rows if together else rows[:keep]
        total = sum(r.height for r in first)
        if self.y + total > bottom and total <= bottom - MARGIN and self.y > MARGIN:
            self._page()
        for row in rows:
            if self.y + row.height > bottom:
                self._page()
            self._draw(row)
            self.y += row.height

    def _page(self) -> None:
        self.doc.new_page()
        self.y = MARGIN

    def _draw(self, row: Row) -> None:
        for d in row.draws:
            kind = d[0]
            if kind == "text":
                _, x, size, text, font, colour = d
                self.doc.text(MARGIN + x, self.y + size * 1.05, text, font, size, colour)
            elif kind == "rect":
                _, x, y, w, h, colour = d
                self.doc.rect(MARGIN + x, self.y + y, w, h, colour)
            elif kind == "line":
                _, x1, y1, x2, y2, colour, width = d
                self.doc.line(MARGIN + x1, self.y + y1, MARGIN + x2, self.y + y2, colour, width)
            elif kind == "at":   # text at a baseline inside the row (chart, tiles)
                _, x, y, size, text, font, colour = d
                self.doc.text(MARGIN + x, self.y + y, text, font, size, colour)


def render_pdf(digest: dict) -> bytes:
    report = m.build(digest)
    lay = Layout()
    lay.doc.title, lay.doc.lang = report.doc_title, report.lang
    lay.place(_header(lay, report), together=True)
    for section in report.sections:
        # a heading never ends a page: it keeps its first lines (KEEP_WITH_HEADING)
        lay.place(_section(lay, section), keep=SECTION_HEAD_ROWS + KEEP_WITH_HEADING)
    lay.place(_signature(lay, report), together=True)
    return lay.doc.output()


def _header(lay: Layout, report: m.Report) -> list[Row]:
    rows = lay.lines([(report.title, "b", NAVY)], size=18)
    rows.append(lay.gap(4))
    label_w = 70.0
    for label, value in report.facts:
        value_rows = lay.lines([(value, "b", INK)], indent=label_w)
        value_rows[0].draws.insert(0, ("text", 0, BODY, label, "r", MUTED))
        rows += value_rows
    if report.grade:
        grade = Row(BODY * 2.1, [("text", 0, BODY, t("digest.grade"), "r", MUTED)])
        w = lay.fonts["b"].width(report.grade, BODY) + 12
        grade.draws += [("rect", label_w, -2, w, BODY * 1.7,
                         drawing.GRADE_FILL.get(report.grade, NAVY)),
                        ("text", label_w + 6, BODY, report.grade, "b", "#ffffff"),
                        ("text", label_w + w + 8, BODY, report.basis, "r", INK)]
        rows.append(grade)
    elif report.basis:
        rows += lay.lines([(report.basis, "r", MUTED)], size=BODY - 1)
    if report.notes:
        rows += lay.lines([(" · ".join(report.notes), "r", MUTED)], size=BODY - 1)
    rows.append(Row(10, [("line", 0, 4, lay.width, 4, NAVY, 2)]))
    return rows


def _section(lay: Layout, section: m.Section) -> list[Row]:
    title = lay.lines([(section.title, "b", NAVY)], size=13)
    # one row for the title, however it wraps: SECTION_HEAD_ROWS counts gap, title, rule
    rows = [lay.gap(6), Row(sum(r.height for r in title),
                            [d for i, r in enumerate(title) for d in _shifted(r.draws, i * r.height)])]
    rows.append(Row(6, [("line", 0, 2, lay.width, 2, drawing.RULE, 0.7)]))
    for block in section.blocks:
        rows += _block(lay, block)
    return rows


def _block(lay: Layout, block: m.Block) -> list[Row]:
    if isinstance(block, m.Para):
        return lay.lines([(block.text, "r", MUTED if block.tone else INK)])
    if isinstance(block, m.Figures):
        return _figures(lay, block)
    if isinstance(block, m.Counts):
        pairs = " · ".join(f"{n} {c}{block.suffix}" for n, c in block.pairs)
        return lay.lines([(f"{block.label}: ", "b", INK), (pairs, "r", INK)])
    if isinstance(block, m.Items):
        return _items(lay, block)
    if isinstance(block, m.Grid):
        return _grid(lay, block)
    if isinstance(block, m.Chart):
        return _chart(lay, block)
    return []


def _figures(lay: Layout, block: m.Figures) -> list[Row]:
    n = len(block.figures)
    gap = 8.0
    w = (lay.width - (n - 1) * gap) / n
    row = Row(50)
    for i, (value, label) in enumerate(block.figures):
        x = i * (w + gap)
        row.draws += [("rect", x, 4, w, 40, "#eef2f6"),
                      ("at", x + 8, 25, 16, value, "b", INK),
                      ("at", x + 8, 38, 8.5, label, "r", MUTED)]
    return [row]


def _items(lay: Layout, block: m.Items) -> list[Row]:
    rows = [lay.gap(3)] + lay.lines([(block.label, "b", TONES.get(block.tone, INK))])
    indent = 18.0
    for i, item in enumerate(block.items, 1):
        runs: list[Run] = []
        if item.head:
            runs.append((item.head, "b", TONES.get(item.tone, INK)))
        if item.text:
            runs.append(((": " if item.head else "") + item.text, "r", INK))
        first = lay.lines(runs, indent=indent)
        first[0].draws.insert(0, ("text", 4, BODY, f"{i}." if block.numbered else "•", "r",
                                  MUTED))
        rows += first
        if item.meta:
            rows += lay.lines([(" · ".join(item.meta), "r", MUTED)], size=BODY - 1,
                              indent=indent)
        for note in item.notes:
            rows += lay.lines([(note, "r", INK)], indent=indent)
    if block.more:
        rows += lay.lines([(block.more, "r", MUTED)], indent=indent)
    return rows


def _grid(lay: Layout, block: m.Grid) -> list[Row]:
    align = block.align or "l" * len(block.head)
    n = len(block.head)
    size = BODY if n <= 4 else BODY - 1.5
    bold = lay.fonts["b"]
    # Columns as wide as their figures and their headings' longest word, the names'
    # column taking what is left: a heading wraps onto more lines, whole words, never
    # cut ("Minggu se…"); a name too long for its column wraps too.
    widths = []
    for c in range(n):
        cells = max((lay.fonts["b" if c == 1 else "r"].width(row[c], size) for row in block.rows),
                    default=0)
        longest = max((bold.width(w, size) for w in _pieces(block.head[c])), default=0)
        widths.append(max(cells if c else 0, longest) + 10)
    widths[0] = max(lay.width * 0.2, lay.width - sum(widths[1:]))
    rows = [lay.gap(3)]

    def row_of(cells: list[str], fonts: list[str], colours: list[str], fill: str = "") -> Row:
        wrapped = [_wrap(lay.fonts[fonts[c]], text, size, widths[c] - 6)
                   for c, text in enumerate(cells)]
        line_h = size * 1.25
        row = Row(size * 0.65 + line_h * max(len(w) for w in wrapped))
        if fill:
            row.draws.append(("rect", 0, 0, lay.width, row.height, fill))
        x = 0.0
        for c, lines in enumerate(wrapped):
            ttf = lay.fonts[fonts[c]]
            w = widths[c] - 6
            for i, text in enumerate(lines):
                tx = x + 3 + (w - ttf.width(text, size) if align[c] == "r" else 0)
                row.draws.append(("at", tx, size * 1.3 + i * line_h, size, text, fonts[c],
                                  colours[c]))
            x += widths[c]
        row.draws.append(("line", 0, row.height, lay.width, row.height, "#e3e8ee", 0.5))
        return row

    rows.append(row_of(block.head, ["b"] * n, [MUTED] * n, "#f4f6f8"))
    for r, cells in enumerate(block.rows):
        tones = block.tones[r] if r < len(block.tones) else [""] * n
        fonts = ["b" if (tones[c] if c < len(tones) else "") in drawing.GRADE_FILL or c == 1
                 else "r" for c in range(n)]
        colours = [drawing.GRADE_FILL.get(tone) or TONES.get(tone, INK)
                   for tone in (tones + [""] * n)[:n]]
        rows.append(row_of(cells, fonts, colours))
    if block.note:
        rows += [lay.gap(2)] + lay.lines([(block.note, "r", MUTED)], size=BODY - 1)
    return rows


def _pieces(text: str) -> list[str]:
    """A heading's unbreakable pieces: words, and parts after a slash
    (`baru/selesai/terlambat` may wrap after each `/`)."""
    return [p for word in text.split() for p in word.replace("/", "/\0").split("\0") if p]


def _wrap(ttf: TTF, text: str, size: float, width: float) -> list[str]:
    """`text` in lines no wider than `width`, broken between words (or after a slash); a
    single piece wider than the column stays whole on its own line."""
    lines: list[str] = []
    line = ""
    for piece in text.replace("/", "/\0").replace(" ", " \0").split("\0"):
        if line and ttf.width((line + piece).rstrip(), size) > width:
            lines.append(line.rstrip())
            line = piece
        else:
            line += piece
    lines.append(line.rstrip())
    return lines or [""]


def _shifted(draws: list[tuple], dy: float) -> list[tuple]:
    """A row's draws moved down by `dy` (text rows draw at their own top)."""
    out = []
    for d in draws:
        if d[0] == "text":
            _, x, size, text, font, colour = d
            out.append(("at", x, dy + size * 1.05, size, text, font, colour))
        else:
            out.append(d)
    return out


def _chart(lay: Layout, chart: m.Chart) -> list[Row]:
    height = 95.0
    row = Row(height + 6)
    for s in drawing.bars(chart.bars, 0, 2, lay.width, height, size=8.5):
        if isinstance(s, drawing.Rect):
            row.draws.append(("rect", s.x, s.y, s.w, s.h, s.fill))
        elif isinstance(s, drawing.Line):
            row.draws.append(("line", s.x1, s.y1, s.x2, s.y2, s.stroke, 0.7))
        else:
            font = "b" if s.bold else "r"
            w = lay.fonts[font].width(s.text, s.size)
            x = s.x - (w / 2 if s.anchor == "middle" else w if s.anchor == "end" else 0)
            row.draws.append(("at", x, s.y, s.size, s.text, font, s.fill))
    caption = chart.caption if chart.bars is chart.days else chart.group_label
    return [row] + lay.lines([(caption, "r", MUTED)], size=BODY - 1.5)


def _signature(lay: Layout, report: m.Report) -> list[Row]:
    rows = [lay.gap(14)]
    for line in report.closing:
        rows += lay.lines([(line, "r", INK)])
    if report.signature:
        rows += [lay.gap(4)] + lay.lines([(t("doc.signature"), "r", MUTED)])
        rows.append(lay.gap(24))   # room to sign by hand
        rows += lay.lines([(report.signature[0], "b", INK)])
        for line in report.signature[1:]:
            rows += lay.lines([(line, "r", INK)])
    return rows
