"""The report as one self-contained HTML document: for a phone, a mail client and A4 paper.

Semantic HTML (header, a `section` per part, tables), the styles inline in the
page and the per-day chart an inline SVG: nothing is fetched, so it opens
offline. Light background; on a 360 px phone nothing is wider than the screen
(tables fold into one card of label and value rows per row), at 1280 px nothing is
wider than the page (headings wrap, whole words); printed, a section continues on
the next page rather than leave one half empty (a heading stays with what follows,
a list item or table row is never split) and the signature comes last.
"""

from __future__ import annotations

from html import escape

from patrolog.core.i18n import t
from patrolog.render import drawing
from patrolog.render import sections as m

CSS = """
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:#f4f6f8;color:#1d2733;
 font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",Arial,sans-serif}
main{max-width:50rem;margin:0 auto;padding:16px;background:#fff}
header{border-bottom:3px solid #1f4e79;padding-bottom:12px;margin-bottom:8px}
h1{font-size:1.35rem;line-height:1.25;margin:0 0 8px;color:#1f4e79}
h2{font-size:1.1rem;margin:0 0 8px;color:#1f4e79;border-bottom:1px solid #d5dde5;
 padding-bottom:4px}
h3{font-size:1rem;margin:12px 0 4px}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:2px 12px;margin:0}
dl.facts dt{color:#5b6b7b}
dl.facts dd{margin:0;font-weight:600;overflow-wrap:anywhere}
.grade{display:inline-block;padding:1px 10px;border-radius:999px;color:#fff;font-weight:700;
 letter-spacing:.03em}
.AKTIF{background:#1f7a4d}.CUKUP{background:#b7791f}.KURANG{background:#c53030}
.note{color:#5b6b7b;font-size:.9rem;margin:8px 0 0}
section{padding:12px 0;border-bottom:1px solid #eef1f4}
h2,h3{break-after:avoid;page-break-after:avoid}
li,tr,figure,.figures{break-inside:avoid;page-break-inside:avoid}
p{margin:6px 0;overflow-wrap:anywhere}
.empty{color:#5b6b7b;font-style:italic}
.figures{display:flex;flex-wrap:wrap;gap:8px;margin:4px 0 8px;padding:0;list-style:none}
.figures li{flex:1 1 6rem;background:#f4f6f8;border-radius:8px;padding:6px 10px}
.figures b{display:block;font-size:1.5rem;line-height:1.2}
.figures span{color:#5b6b7b;font-size:.85rem}
.counts{margin:4px 0}
.counts b{font-weight:600}
ul.items,ol.items{margin:4px 0;padding-left:1.4rem}
.items li{margin:4px 0;overflow-wrap:anywhere}
.meta{color:#5b6b7b;font-size:.9rem}
.good{color:#1f7a4d}.bad{color:#c53030}.warn{color:#9c6412}
table{border-collapse:collapse;width:100%;margin:4px 0;font-size:.95rem}
th,td{padding:4px 6px;border-bottom:1px solid #e3e8ee;text-align:left;vertical-align:top}
th{color:#5b6b7b;font-weight:600}
thead th{vertical-align:bottom;hyphens:manual;font-size:.85rem}
td.r,th.r{text-align:right}
td.r{white-space:nowrap}
figure{margin:8px 0}
figcaption{color:#5b6b7b;font-size:.85rem}
footer.signature{margin-top:16px;padding-top:8px;break-inside:avoid;page-break-inside:avoid}
footer.signature p{margin:2px 0}
@media screen and (max-width:560px){
 main{padding:12px}
 table.fold thead{display:none}
 table.fold,table.fold tbody,table.fold tr{display:block;width:100%}
 table.fold tr{border:1px solid #e3e8ee;border-radius:8px;margin:6px 0;padding:4px 8px}
 table.fold th{display:block;border:0;padding:2px 0;color:#1d2733;font-size:1rem}
 table.fold td{display:inline-block;border:0;padding:1px 12px 1px 0;text-align:left;
  white-space:normal}
 table.fold td[data-label]:before{content:attr(data-label) ": ";color:#5b6b7b}
}
@page{size:A4;margin:16mm 14mm}
@media print{
 body{background:#fff;font-size:10pt}
 figure svg{max-width:110mm}
 .figures b{font-size:1.3rem}
 main{max-width:none;padding:0}
 section{padding:8px 0}
 footer.signature{margin-top:24px}
}
"""


def render_html(digest: dict) -> str:
    report = m.build(digest)
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{report.lang}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(report.doc_title)}</title>",
        f"<style>{CSS}</style>",
        "</head>",
        "<body>",
        "<main>",
        _header(report),
        *(_section(s) for s in report.sections),
        _signature(report),
        "</main>",
        "</body>",
        "</html>",
    ]
    return "\n".join(parts) + "\n"


def _header(report: m.Report) -> str:
    rows = "".join(f"<dt>{escape(label)}</dt><dd>{escape(value)}</dd>"
                   for label, value in report.facts)
    if report.grade:
        rows += (f"<dt>{escape(t('digest.grade'))}</dt><dd><span class=\"grade {report.grade}\">"
                 f"{escape(report.grade)}</span> <span class=\"meta\">{escape(report.basis)}"
                 "</span></dd>")
    notes = (f'<p class="note">{escape(" · ".join(report.notes))}</p>' if report.notes else "")
    return (f"<header>\n<h1>{escape(report.title)}</h1>\n<dl class=\"facts\">{rows}</dl>\n"
            f"{notes}\n</header>")


def _section(section: m.Section) -> str:
    body = "\n".join(_block(b) for b in section.blocks)
    return (f'<section id="{section.key}">\n<h2>{escape(section.title)}</h2>\n{body}\n'
            "</section>")


def _signature(report: m.Report) -> str:
    if not report.closing and not report.signature:  # the grades alone: no letter
        return ""
    lines = [f"<p>{escape(x)}</p>" for x in report.closing]
    if report.signature:
        lines.append(f"<p class=\"meta\">{escape(t('doc.signature'))}</p>")
        lines.append(f"<p><strong>{escape(report.signature[0])}</strong></p>")
        lines += [f"<p>{escape(x)}</p>" for x in report.signature[1:]]
    return '<footer class="signature">\n' + "\n".join(lines) + "\n</footer>"


def _block(block: m.Block) -> str:
    if isinstance(block, m.Para):
        cls = f' class="{block.tone}"' if block.tone else ""
        return f"<p{cls}>{escape(block.text)}</p>"
    if isinstance(block, m.Figures):
        tiles = "".join(f"<li><b>{escape(v)}</b><span>{escape(label)}</span></li>"
                        for v, label in block.figures)
        return f'<ul class="figures" aria-label="{escape(block.sentence)}">{tiles}</ul>'
    if isinstance(block, m.Counts):
        pairs = " · ".join(f"{escape(n)} <b>{c}{block.suffix}</b>" for n, c in block.pairs)
        return f'<p class="counts">{escape(block.label)}: {pairs}</p>'
    if isinstance(block, m.Items):
        return _items(block)
    if isinstance(block, m.Grid):
        return _grid(block)
    if isinstance(block, m.Chart):
        bars = block.bars
        title = block.caption if bars is block.days else block.group_label
        return (f"<figure>{drawing.chart_svg(bars, title=title)}"
                f"<figcaption>{escape(title)}</figcaption></figure>")
    return ""


def _items(block: m.Items) -> str:
    tag = "ol" if block.numbered else "ul"
    lis = []
    for item in block.items:
        tone = f' class="{item.tone}"' if item.tone else ""
        head = f"<strong{tone}>{escape(item.head)}</strong>" if item.head else ""
        text = (": " if head and item.text else "") + escape(item.text)
        meta = (f'<br/><span class="meta">{escape(" · ".join(item.meta))}</span>'
                if item.meta else "")
        notes = "".join(f"<br/>{escape(n)}" for n in item.notes)
        lis.append(f"<li>{head}{text}{meta}{notes}</li>")
    more = f'<p class="meta">{escape(block.more)}</p>' if block.more else ""
    cls = f' class="{block.tone}"' if block.tone else ""
    return (f"<h3{cls}>{escape(block.label)}</h3>\n<{tag} class=\"items\">"
            + "".join(lis) + f"</{tag}>{more}")


def _grid(block: m.Grid) -> str:
    align = block.align or "l" * len(block.head)
    head = "".join(f'<th scope="col"{_r(a)}>{_breakable(h)}</th>'
                   for h, a in zip(block.head, align))
    rows = []
    for r, row in enumerate(block.rows):
        tones = block.tones[r] if r < len(block.tones) else []
        cells = []
        for c, (value, a) in enumerate(zip(row, align)):
            tone = tones[c] if c < len(tones) else ""
            label = f' data-label="{escape(block.head[c])}"' if c and block.head[c] else ""
            if tone in drawing.GRADE_FILL:
                value_html = f'<span class="grade {tone}">{escape(value)}</span>'
            elif tone:
                value_html = f'<span class="{tone}">{escape(value)}</span>'
            else:
                value_html = escape(value)
            tag = "th" if c == 0 else "td"
            scope = ' scope="row"' if c == 0 else ""
            cells.append(f"<{tag}{scope}{_r(a)}{label}>{value_html}</{tag}>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    cls = ' class="fold"'  # on a phone: a card of label and value rows per row
    note = f'<p class="meta">{escape(block.note)}</p>' if block.note else ""
    return (f"<table{cls}><thead><tr>{head}</tr></thead><tbody>" + "".join(rows)
            + f"</tbody></table>{note}")


def _breakable(text: str) -> str:
    """A heading that may wrap after a slash too (`baru/selesai/terlambat`), never inside
    a word."""
    return escape(text).replace("/", "/<wbr/>")


def _r(align: str) -> str:
    return ' class="r"' if align == "r" else ""
