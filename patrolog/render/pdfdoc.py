"""A small PDF writer: A4 pages of rectangles, lines and real text in an embedded TrueType font.

Why not a library: fpdf2 (pure pip, well kept) was measured here at 0.7 s of
CPU to import (it loads fontTools and Pillow) and 0.4 s to lay out one weekly
report, over the 1 s a PDF may take. What a report needs is little: text in one
font family, filled rectangles, lines. So this writes PDF 1.4 directly:

- the font is a TrueType file embedded whole (`FontFile2`) as a CID font with
  Identity-H encoding: each character is written as its glyph id, so any
  character the font has prints, not only Latin-1;
- a `ToUnicode` map gives each glyph id its character back, so the text is
  selectable, searchable and extractable (pdftotext, pypdf);
- glyph widths come from the font's `hmtx` table, for the `/W` array and for
  line breaking (`TTF.width`).

Coordinates here are points from the top-left corner; the writer flips them.
"""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

A4 = (595.28, 841.89)  # points


class TTF:
    """What a PDF needs from a TrueType file: character -> glyph, glyph widths, metrics."""

    def __init__(self, path: Path, name: str) -> None:
        self.name = name
        self.data = path.read_bytes()
        tables = self._tables()
        head = tables["head"]
        self.units = struct.unpack(">H", self.data[head + 18:head + 20])[0]
        x0, y0, x1, y1 = struct.unpack(">hhhh", self.data[head + 36:head + 44])
        self.bbox = [self._k(v) for v in (x0, y0, x1, y1)]
        hhea = tables["hhea"]
        ascent, descent = struct.unpack(">hh", self.data[hhea + 4:hhea + 8])
        self.ascent, self.descent = self._k(ascent), self._k(descent)
        n_metrics = struct.unpack(">H", self.data[hhea + 34:hhea + 36])[0]
        maxp = tables["maxp"]
        n_glyphs = struct.unpack(">H", self.data[maxp + 4:maxp + 6])[0]
        hmtx = tables["hmtx"]
        advances = [struct.unpack(">H", self.data[hmtx + 4 * i:hmtx + 4 * i + 2])[0]
                    for i in range(n_metrics)]
        advances += [advances[-1]] * (n_glyphs - n_metrics)
        self.widths = [self._k(a) for a in advances]
        self.cmap = self._cmap(tables["cmap"])
        self.used: dict[int, str] = {}

    def _k(self, value: int) -> int:
        return round(value * 1000 / self.units)

    def _tables(self) -> dict[str, int]:
        count = struct.unpack(">H", self.data[4:6])[0]
        out = {}
        for i in range(count):
            tag, _, offset, _ = struct.unpack(">4sIII", self.data[12 + 16 * i:28 + 16 * i])
            out[tag.decode("latin-1")] = offset
        return out

    def _cmap(self, at: int) -> dict[int, int]:
        """The Unicode BMP map (platform 3, encoding 1, format 4)."""
        n = struct.unpack(">H", self.data[at + 2:at + 4])[0]
        for i in range(n):
            platform, encoding, offset = struct.unpack(">HHI",
                                                       self.data[at + 4 + 8 * i:at + 12 + 8 * i])
            sub = at + offset
            if (platform, encoding) in ((3, 1), (0, 3)) and \
                    struct.unpack(">H", self.data[sub:sub + 2])[0] == 4:
                return self._format4(sub)
        raise ValueError(f"{self.name}: no Unicode cmap")

    def _format4(self, sub: int) -> dict[int, int]:
        d = self.data
        segs = struct.unpack(">H", d[sub + 6:sub + 8])[0] // 2
        ends = struct.unpack(f">{segs}H", d[sub + 14:sub + 14 + 2 * segs])
        starts_at = sub + 16 + 2 * segs
        starts = struct.unpack(f">{segs}H", d[starts_at:starts_at + 2 * segs])
        deltas = struct.unpack(f">{segs}h", d[starts_at + 2 * segs:starts_at + 4 * segs])
        ranges_at = starts_at + 4 * segs
        offsets = struct.unpack(f">{segs}H", d[ranges_at:ranges_at + 2 * segs])
        out = {}
        for i in range(segs):
            for code in range(starts[i], ends[i] + 1):
                if code == 0xFFFF:
                    continue
                if offsets[i] == 0:
                    glyph = (code + deltas[i]) & 0xFFFF
                else:
                    at = ranges_at + 2 * i + offsets[i] + 2 * (code - starts[i])
                    glyph = struct.unpack(">H", d[at:at + 2])[0]
                    if glyph:
                        glyph = (glyph + deltas[i]) & 0xFFFF
                if glyph:
                    out[code] = glyph
        return out

    def glyph(self, ch: str) -> int:
        return self.cmap.get(ord(ch), self.cmap.get(ord("?"), 0))

    def width(self, text: str, size: float) -> float:
        """Width of `text` in points at `size`."""
        return sum(self.widths[self.glyph(ch)] for ch in text) * size / 1000

    def encode(self, text: str) -> str:
        """`text` as hex glyph ids, noting each glyph's character for ToUnicode."""
        out = []
        for ch in text:
            g = self.glyph(ch)
            self.used.setdefault(g, ch if g == self.cmap.get(ord(ch)) else "?")
            out.append(f"{g:04X}")
        return "".join(out)


def _rgb(colour: str) -> str:
    c = colour.lstrip("#")
    r, g, b = (int(c[i:i + 2], 16) / 255 for i in (0, 2, 4))
    return f"{r:.3f} {g:.3f} {b:.3f}"


def _pdf_text(text: str) -> str:
    """A PDF literal string for metadata: UTF-16 with a byte-order mark, escaped."""
    raw = "\ufeff" + text
    data = raw.encode("utf-16-be")
    return "<" + data.hex().upper() + ">"


class Document:
    """Pages of drawing operations, written out as one PDF."""

    def __init__(self, fonts: dict[str, TTF], *, title: str = "", lang: str = "") -> None:
        self.fonts = fonts
        self.font_ids = {key: f"F{i + 1}" for i, key in enumerate(fonts)}
        self.pages: list[list[str]] = []
        self.title = title
        self.lang = lang
        self.width, self.height = A4

    def new_page(self) -> None:
        self.pages.append([])

    @property
    def ops(self) -> list[str]:
        return self.pages[-1]

    def rect(self, x: float, y: float, w: float, h: float, fill: str) -> None:
        self.ops.append(f"{_rgb(fill)} rg {x:.2f} {self.height - y - h:.2f} {w:.2f} {h:.2f} re f")

    def line(self, x1: float, y1: float, x2: float, y2: float, colour: str,
             width: float = 0.5) -> None:
        self.ops.append(f"{_rgb(colour)} RG {width:.2f} w {x1:.2f} {self.height - y1:.2f} m "
                        f"{x2:.2f} {self.height - y2:.2f} l S")

    def text(self, x: float, y: float, text: str, font: str, size: float, colour: str) -> None:
        """`text` with its baseline at `y`."""
        if not text:
            return
        hex_text = self.fonts[font].encode(text)
        self.ops.append(f"BT {_rgb(colour)} rg /{self.font_ids[font]} {size:.2f} Tf "
                        f"{x:.2f} {self.height - y:.2f} Td <{hex_text}> Tj ET")

    # -- writing -----------------------------------------------------------------------
    def output(self) -> bytes:
        objects: list[bytes] = []

        def add(body: bytes | str) -> int:
            objects.append(body.encode("latin-1") if isinstance(body, str) else body)
            return len(objects)

        def stream(data: bytes, extra: str = "") -> bytes:
            packed = zlib.compress(data, 6)
            return (f"<< /Length {len(packed)} /Filter /FlateDecode{extra} >>\nstream\n"
                    .encode("latin-1") + packed + b"\nendstream")

        catalog = add("")          # filled in at the end, once the pages are known
        pages_id = add("")
        font_refs = {key: self._font(add, stream, ttf) for key, ttf in self.fonts.items()}
        fonts = " ".join(f"/{self.font_ids[k]} {ref} 0 R" for k, ref in font_refs.items())
        kids = []
        for ops in self.pages:
            content = add(stream("\n".join(ops).encode("latin-1")))
            kids.append(add(f"<< /Type /Page /Parent {pages_id} 0 R /MediaBox [0 0 "
                            f"{self.width:.2f} {self.height:.2f}] /Resources << /Font << "
                            f"{fonts} >> >> /Contents {content} 0 R >>"))
        objects[pages_id - 1] = (f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}]"
                                 f" /Count {len(kids)} >>").encode("latin-1")
        info = add(f"<< /Title {_pdf_text(self.title)} /Producer (patrolog) >>")
        lang = f" /Lang {_pdf_text(self.lang)}" if self.lang else ""
        objects[catalog - 1] = (f"<< /Type /Catalog /Pages {pages_id} 0 R{lang} >>"
                                .encode("latin-1"))
        out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
        offsets = []
        for i, body in enumerate(objects, 1):
            offsets.append(len(out))
            out += f"{i} 0 obj\n".encode("latin-1") + body + b"\nendobj\n"
        xref = len(out)
        out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode("latin-1")
        out += "".join(f"{o:010d} 00000 n \n" for o in offsets).encode("latin-1")
        out += (f"trailer\n<< /Size {len(objects) + 1} /Root {catalog} 0 R /Info {info} 0 R >>\n"
                f"startxref\n{xref}\n%%EOF\n").encode("latin-1")
        return bytes(out)

    def _font(self, add, stream, ttf: TTF) -> int:  # noqa: ANN001 - the writer's two helpers
        name = ttf.name
        file_id = add(stream(ttf.data, f" /Length1 {len(ttf.data)}"))
        descriptor = add(
            f"<< /Type /FontDescriptor /FontName /{name} /Flags 32 /FontBBox "
            f"[{' '.join(map(str, ttf.bbox))}] /ItalicAngle 0 /Ascent {ttf.ascent} "
            f"/Descent {ttf.descent} /CapHeight {ttf.ascent} /StemV 80 "
            f"/FontFile2 {file_id} 0 R >>")
        used = sorted(ttf.used)
        widths = " ".join(f"{g} [{ttf.widths[g]}]" for g in used)
        cid = add(f"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /{name} "
                  "/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
                  f"/FontDescriptor {descriptor} 0 R /DW 600 /W [{widths}] "
                  "/CIDToGIDMap /Identity >>")
        lines = "\n".join(f"<{g:04X}> <{ttf.used[g].encode('utf-16-be').hex().upper()}>"
                          for g in used)
        cmap = ("/CIDInit /ProcSet findresource begin 12 dict begin begincmap "
                "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def "
                "/CMapName /Adobe-Identity-UCS def /CMapType 2 def "
                "1 begincodespacerange <0000> <FFFF> endcodespacerange\n"
                + "".join(f"{min(100, len(used) - i)} beginbfchar\n"
                          + "\n".join(lines.split("\n")[i:i + 100]) + "\nendbfchar\n"
                          for i in range(0, len(used), 100))
                + "endcmap CMapName currentdict /CMap defineresource pop end end")
        to_unicode = add(stream(cmap.encode("latin-1")))
        return add(f"<< /Type /Font /Subtype /Type0 /BaseFont /{name} /Encoding /Identity-H "
                   f"/DescendantFonts [{cid} 0 R] /ToUnicode {to_unicode} 0 R >>")
