"""The report as a WhatsApp message an officer sends upward.

One paragraph per line and no line breaks inside a sentence: the phone wraps,
and a line broken at 44 characters breaks raggedly on any other screen.
`*bold*` headings (WhatsApp's bold) with one emoji each, no table art; it opens
with the greeting to the addressee and closes with *Demikian dilaporkan*, the
sender's name and NRP. In a terminal the lines wrap like any paragraph.
"""

from __future__ import annotations

from patrolog.core.i18n import t
from patrolog.render import sections as m

_ICON = {"units": "🏢", "officers": "👮", "patrols": "🚓", "coverage": "📍", "contacts": "💬",
         "incidents": "🚨", "followups": "📌", "change": "📊"}


def render_text(digest: dict) -> str:
    report = m.build(digest)
    blocks = [report.greeting, _header(report)]
    blocks += [_section(s) for s in report.sections]
    blocks.append(report.closing + report.signature)
    return "\n\n".join("\n".join(b) for b in blocks if b) + "\n"


def _header(report: m.Report) -> list[str]:
    lines = [f"*{report.title.upper()}*"]
    lines += [f"{label}: {value}" for label, value in report.facts]
    if report.grade:
        lines.append(f"{t('digest.grade')}: *{report.grade}* ({report.basis})")
    elif report.basis:
        lines.append(f"_{report.basis}_")
    lines += [n for n in report.notes if n == t("digest.redacted")]
    return lines


def _section(section: m.Section) -> list[str]:
    out = [f"{_ICON.get(section.key, '▪')} *{section.title.upper()}*"]
    for block in section.blocks:
        out += _block(block)
    return out


def _meta(item: m.Item) -> str:
    return f" ({', '.join(item.meta)})" if item.meta else ""


def _block(block: m.Block) -> list[str]:
    if isinstance(block, m.Para):
        return [block.text if block.tone != "empty" else f"_{block.text}_"]
    if isinstance(block, m.Figures):
        return [block.sentence]
    if isinstance(block, m.Counts):
        return [f"- {block.label}: "
                + ", ".join(f"{name} {n}{block.suffix}" for name, n in block.pairs)]
    if isinstance(block, m.Items):
        lines = [f"- {block.label}:"]
        for i, item in enumerate(block.items, 1):
            lead = f"  {i}. " if block.numbered else "  • "
            line = f"{lead}{item.head}{_meta(item)}"
            if item.text:
                line += f": {item.text}" if item.head else item.text
            lines.append(" ".join([line, *item.notes]))
        if block.more:
            lines.append(f"  {block.more}")
        return lines
    if isinstance(block, m.Grid):
        return _grid(block)
    if isinstance(block, m.Chart):
        return _chart(block)
    return []


def _grid(grid: m.Grid) -> list[str]:
    """A table as one line per row: `Patroli: 5 (▲ 2)` for the change, `Name: a, b` else."""
    lines = []
    if len(grid.head) == 4 and not grid.head[0]:  # the change table
        lines = [f"- {row[0]}: {row[1]} ({row[3]})" for row in grid.rows]
    else:
        for i, row in enumerate(grid.rows):
            words = grid.phrases[i] if i < len(grid.phrases) else ", ".join(
                f"{h.lower()} {v}" for h, v in zip(grid.head[2:], row[2:]))
            lines.append(f"{i + 1}. *{row[0]}* – {row[1]}: {words}")
    if grid.note:
        lines.append(f"- {grid.note}")
    return lines


def _chart(chart: m.Chart) -> list[str]:
    # Days (or weeks) not yet come are left out: they are not empty days.
    if not chart.groups:
        return ["- " + " · ".join(f"{bar.label} {bar.count or '–'}" for bar in chart.days
                                  if not bar.future)]
    return [f"- {chart.group_label}: "
            + ", ".join(f"{bar.label} {bar.count}" for bar in chart.groups if not bar.future)]
