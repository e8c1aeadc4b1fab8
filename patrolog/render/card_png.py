"""The report card as a PNG for the chat: `card.layout` painted with Pillow.

Pillow installs from a wheel on Windows, macOS and Linux with nothing else to
install; it is imported here only, so no other command pays for it. The text
is set in the DejaVu Sans shipped in `patrolog/render/fonts` (Latin, Latin-1
and Latin Extended-A, the dashes, `·`, `×`, `▲`, `▼`), the same font as the PDF.
"""

from __future__ import annotations

import io
from functools import cache
from pathlib import Path

from patrolog.render import card, drawing
from patrolog.render import sections as m

FONTS = Path(__file__).with_name("fonts")
SCALE = 1  # pixels per layout unit: the card is laid out at its final 1080 px


@cache
def _font(size: int, bold: bool):  # noqa: ANN202 - PIL.ImageFont.FreeTypeFont, imported late
    from PIL import ImageFont

    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    return ImageFont.truetype(str(FONTS / name), size)


def render_png(digest: dict) -> bytes:
    from PIL import Image, ImageDraw

    report = m.build(digest)
    width, height, shapes = card.layout(report.card)
    image = Image.new("RGB", (width, height), "#ffffff")
    draw = ImageDraw.Draw(image)
    for s in shapes:
        if isinstance(s, drawing.Rect):
            box = (round(s.x), round(s.y), round(s.x + s.w), round(s.y + s.h))
            if s.radius and s.w > 2 * s.radius and s.h > 2 * s.radius:
                draw.rounded_rectangle(box, radius=round(s.radius), fill=s.fill)
            else:
                draw.rectangle(box, fill=s.fill)
        elif isinstance(s, drawing.Line):
            draw.line((s.x1, s.y1, s.x2, s.y2), fill=s.stroke, width=max(1, round(s.width)))
        else:
            font = _font(round(s.size), s.bold)
            anchor = {"start": "ls", "middle": "ms", "end": "rs"}[s.anchor]
            draw.text((s.x, s.y), s.text, fill=s.fill, font=font, anchor=anchor)
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=False, compress_level=6)
    return out.getvalue()
