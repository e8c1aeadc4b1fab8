"""The report card as an SVG image: the same drawing as the PNG, as vector shapes.

Written by hand (no library): rectangles, lines and text on a white ground.
The font is named, not embedded, so the file stays a few kilobytes; DejaVu
Sans, Segoe UI, Roboto or Arial set it about equally wide.
"""

from __future__ import annotations

from html import escape

from patrolog.render import card, drawing
from patrolog.render import sections as m


def render_svg(digest: dict) -> str:
    report = m.build(digest)
    width, height, shapes = card.layout(report.card)
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
            f'viewBox="0 0 {width} {height}" font-family="{drawing.FONT}" role="img" '
            f'aria-label="{escape(report.doc_title)}">\n'
            f"<title>{escape(report.doc_title)}</title>\n"
            f'<rect width="{width}" height="{height}" fill="#ffffff"/>\n'
            f"{drawing.to_svg(shapes)}\n</svg>\n")
