"""The report card for a chat, laid out once in pixels: `card_png` paints it, `card_svg` writes it.

1080 px wide (a phone screen's width in WhatsApp's full view) and about 1350
high (4:5, which WhatsApp shows whole in the chat). Sizes are set for the
thumbnail: WhatsApp shows it about a third as wide, so the smallest text here
(26 px) still reads at about 9 px, the grade and the numbers much larger.
"""

from __future__ import annotations

from patrolog.render import drawing as d
from patrolog.render.sections import Card

WIDTH = 1080
PAD = 48
NAVY = "#1f4e79"
PAPER = "#ffffff"
TILE = "#eef2f6"
MAX_OFFICERS = 10   # a unit's list on the card; the rest is in the PDF


def layout(card: Card) -> tuple[int, int, list[d.Shape]]:
    """(width, height, shapes) of the card."""
    inner = WIDTH - 2 * PAD
    shapes: list[d.Shape] = []
    # -- the band: what, who, when
    band_h = 250
    shapes.append(d.Rect(0, 0, WIDTH, band_h, NAVY))
    title = card.title.upper()
    size = d.fit_size(title, 38, inner, bold=True, smallest=0.6)  # whole, not "…UNI…"
    shapes.append(d.Text(PAD, 78, d.fit(title, size, inner, bold=True), size, PAPER, bold=True))
    shapes.append(d.Text(PAD, 140, d.fit(card.who, 46, inner, bold=True), 46, PAPER, bold=True))
    shapes.append(d.Text(PAD, 196, d.fit(card.unit, 30, inner), 30, "#d8e4f0"))
    shapes.append(d.Text(PAD, 234, d.fit(card.period, 30, inner), 30, "#d8e4f0"))
    y = band_h + 40
    # -- the grade (one officer's) or the unit's grades
    if card.grade:
        label_w = max(300, d.text_width(card.grade, 72, True) + 80)
        shapes.append(d.Rect(PAD, y, label_w, 120, d.GRADE_FILL.get(card.grade, NAVY), 24))
        shapes.append(d.Text(PAD + label_w / 2, y + 86, card.grade, 72, PAPER, "middle", True))
        basis_y = y + (56 if card.provisional else 74)
        shapes.append(d.Text(PAD + label_w + 32, basis_y,
                             d.fit(card.basis, 32, inner - label_w - 32), 32, d.INK))
        if card.provisional:  # a running period: the grade may still change
            shapes.append(d.Text(PAD + label_w + 32, basis_y + 44,
                                 d.fit(card.provisional, 28, inner - label_w - 32, True), 28,
                                 d.TONE_INK["warn"], bold=True))
    else:
        x = PAD
        w = (inner - 2 * 24) / 3
        for grade, n in card.grades or [("AKTIF", 0), ("CUKUP", 0), ("KURANG", 0)]:
            shapes.append(d.Rect(x, y, w, 120, d.GRADE_FILL.get(grade, NAVY), 24))
            shapes.append(d.Text(x + w / 2, y + 58, str(n), 52, PAPER, "middle", True))
            shapes.append(d.Text(x + w / 2, y + 102, grade, 30, PAPER, "middle", True))
            x += w + 24
        if card.provisional:
            shapes.append(d.Text(PAD, y + 120 + 40, d.fit(card.provisional, 28, inner, True), 28,
                                 d.TONE_INK["warn"], bold=True))
            y += 52
    y += 120 + 40
    # -- the key numbers: two rows of four tiles
    cols, gap, tile_h = 4, 20, 150
    tile_w = (inner - (cols - 1) * gap) / cols
    for i, (value, label, tone) in enumerate(card.figures[:8]):
        tx = PAD + (i % cols) * (tile_w + gap)
        ty = y + (i // cols) * (tile_h + gap)
        shapes.append(d.Rect(tx, ty, tile_w, tile_h, TILE, 18))
        size = d.fit_size(value, 60, tile_w - 36, bold=True, smallest=0.6)
        shapes.append(d.Text(tx + 22, ty + 78, d.fit(value, size, tile_w - 30, True), size,
                             d.TONE_INK.get(tone, d.INK), bold=True))
        shapes.append(d.Text(tx + 22, ty + 122, d.fit(label, 26, tile_w - 30), 26, d.MUTED))
    rows = -(-min(len(card.figures), 8) // cols)
    y += rows * tile_h + (rows - 1) * gap + 56
    # -- a unit's officers, KURANG first: who needs a word this week
    if card.officers:
        shown = card.officers[:MAX_OFFICERS]
        shapes.append(d.Text(PAD, y, d.fit(card.officers_title, 32, inner, True), 32, d.INK,
                             bold=True))
        y += 22
        for name, grade, patrols in shown:
            shapes.append(d.Rect(PAD, y, 150, 44, d.GRADE_FILL.get(grade, NAVY), 10))
            shapes.append(d.Text(PAD + 75, y + 31, grade, 24, PAPER, "middle", True))
            shapes.append(d.Text(PAD + 170, y + 32, d.fit(name, 28, inner - 330), 28, d.INK))
            shapes.append(d.Text(WIDTH - PAD, y + 32, card.patrols_text(patrols), 26,
                                 d.MUTED, "end"))
            y += 56
        if len(card.officers) > len(shown):
            shapes.append(d.Text(PAD, y + 24, card.more_officers, 26, d.MUTED))
            y += 40
        y += 40
    # -- the chart
    shapes.append(d.Text(PAD, y, d.fit(card.chart_title, 32, inner, True), 32, d.INK,
                         bold=True))
    y += 20
    chart_h = 400
    shapes += d.bars(card.chart.bars, PAD, y, inner, chart_h, size=26)
    y += chart_h + 30
    if card.footer:
        shapes.append(d.Line(PAD, y, WIDTH - PAD, y, d.RULE, 2))
        y += 42
        shapes.append(d.Text(PAD, y, d.fit(card.footer, 24, inner), 24, d.MUTED))
    height = int(y + PAD)
    return WIDTH, height, shapes
