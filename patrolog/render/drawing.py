"""Shapes drawn from data, and the two ways of putting them on a page: SVG text and Pillow.

The per-day chart (and the whole report card) is laid out once as a list of
`Rect`, `Text` and `Line` in pixels; `to_svg` writes them as SVG elements (the
HTML document's inline chart, the SVG card) and `card_png` paints the same list
with Pillow. So the chart in the document, the vector card and the picture for
the chat are one drawing.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from patrolog.render.sections import Bar

INK = "#1d2733"
MUTED = "#5b6b7b"
RULE = "#d5dde5"
BAR = "#1f7a4d"
BAR_EMPTY = "#e6ebf0"
FUTURE = "#a9b6c3"          # the label of a day not yet come
GRADE_FILL = {"AKTIF": "#1f7a4d", "CUKUP": "#b7791f", "KURANG": "#c53030"}
TONE_INK = {"good": "#1f7a4d", "bad": "#c53030", "warn": "#b7791f", "": INK}
FONT = "'DejaVu Sans', 'Segoe UI', Roboto, Arial, sans-serif"


@dataclass
class Rect:
    x: float
    y: float
    w: float
    h: float
    fill: str
    radius: float = 0


@dataclass
class Text:
    x: float
    y: float                 # the baseline
    text: str
    size: float
    fill: str = INK
    anchor: str = "start"    # start | middle | end
    bold: bool = False


@dataclass
class Line:
    x1: float
    y1: float
    x2: float
    y2: float
    stroke: str = RULE
    width: float = 1


Shape = Rect | Text | Line


def text_width(text: str, size: float, bold: bool = False) -> float:
    """About how wide `text` sets in DejaVu Sans (capitals, digits, small letters and spaces
    measured apart): enough to keep labels inside their boxes in the SVG, which has no font
    metrics to ask."""
    em = 0.0
    for ch in text:
        if ch == " ":
            em += 0.32 if not bold else 0.35
        elif ch.isupper():
            em += 0.75 if bold else 0.69
        elif ch.isdigit():
            em += 0.70 if bold else 0.64
        elif ch in "il.,:;'|!·":
            em += 0.34 if bold else 0.28
        else:
            em += 0.63 if bold else 0.57
    return em * size


def fit(text: str, size: float, width: float, bold: bool = False) -> str:
    """`text`, cut with `…` to fit `width`."""
    if text_width(text, size, bold) <= width:
        return text
    while len(text) > 1 and text_width(text + "…", size, bold) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def fit_size(text: str, size: float, width: float, bold: bool = False,
             smallest: float = 0.75) -> float:
    """The largest size up to `size` (down to `smallest` of it) at which `text` fits."""
    need = text_width(text, size, bold)
    return size if need <= width else max(size * smallest, size * width / need)


def bars(data: list[Bar], x: float, y: float, w: float, h: float, *, size: float) -> list[Shape]:
    """A bar per day (or per week or month): the count above, the day under it.

    Labels are kept readable: with more bars than fit a label, only every n-th
    bar is named (a month shows its Mondays' dates).
    """
    shapes: list[Shape] = []
    if not data:
        return shapes
    n = len(data)
    top = max((b.count for b in data), default=0) or 1
    label_h = size * (2.6 if n <= 7 else 1.5)
    plot_h = h - label_h - size * 1.4
    slot = w / n
    gap = slot * (0.25 if n <= 14 else 0.15)
    base = y + size * 1.4 + plot_h
    shapes.append(Line(x, base, x + w, base, RULE, max(1, size / 12)))
    every = max(1, int(-(-text_width("00 Mmm", size * 0.85) // slot)))
    last_end = x
    for i, b in enumerate(data):
        bx = x + i * slot + gap / 2
        bh = plot_h * b.count / top if b.count else max(2.0, size / 6)
        if not b.future:  # a day not yet come is no empty day: nothing is drawn for it
            shapes.append(Rect(bx, base - bh, slot - gap, bh, BAR if b.count else BAR_EMPTY,
                               radius=min(4, slot / 8)))
        cx = bx + (slot - gap) / 2
        if b.count and (n <= 31 or b.count == top):
            shapes.append(Text(cx, base - bh - size * 0.35, str(b.count), size * 0.9, INK,
                               "middle", bold=True))
        if n <= 7:
            shapes.append(Text(cx, base + size * 1.2, b.label, size, FUTURE if b.future else INK,
                               "middle", bold=not b.future))
            shapes.append(Text(cx, base + size * 2.4, b.sub, size * 0.85,
                               FUTURE if b.future else MUTED, "middle"))
        elif i % every == 0:
            label = fit(b.sub or b.label, size * 0.85, slot * every)
            half = text_width(label, size * 0.85) / 2
            # centred under its bar, kept inside the chart at both ends, never over another
            left = min(max(cx - half, x), x + w - 2 * half)
            if left >= last_end:
                shapes.append(Text(left, base + size * 1.2, label, size * 0.85, MUTED, "start"))
                last_end = left + 2 * half + size * 0.5
    return shapes


def to_svg(shapes: list[Shape]) -> str:
    """The shapes as SVG elements (no outer `<svg>`)."""
    out = []
    for s in shapes:
        if isinstance(s, Rect):
            r = f' rx="{s.radius:.1f}"' if s.radius else ""
            out.append(f'<rect x="{s.x:.1f}" y="{s.y:.1f}" width="{s.w:.1f}" '
                       f'height="{s.h:.1f}" fill="{s.fill}"{r}/>')
        elif isinstance(s, Line):
            out.append(f'<line x1="{s.x1:.1f}" y1="{s.y1:.1f}" x2="{s.x2:.1f}" y2="{s.y2:.1f}" '
                       f'stroke="{s.stroke}" stroke-width="{s.width:.1f}"/>')
        else:
            weight = ' font-weight="bold"' if s.bold else ""
            anchor = f' text-anchor="{s.anchor}"' if s.anchor != "start" else ""
            out.append(f'<text x="{s.x:.1f}" y="{s.y:.1f}" font-size="{s.size:.1f}" '
                       f'fill="{s.fill}"{anchor}{weight}>{escape(s.text)}</text>')
    return "\n".join(out)


def chart_svg(data: list[Bar], *, width: int = 360, height: int = 150, size: float = 11,
              title: str = "") -> str:
    """A self-contained `<svg>` of the bars, scaling to its container's width."""
    body = to_svg(bars(data, 4, 0, width - 8, height, size=size))
    label = f'<title>{escape(title)}</title>' if title else ""
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
            f'role="img" aria-label="{escape(title)}" '
            f'style="width:100%;max-width:34rem;height:auto;font-family:{FONT}">{label}{body}</svg>')
