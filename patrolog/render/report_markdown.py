"""The report as Markdown: a heading per section, short lists, tables for the days and the change."""

from __future__ import annotations

import re

from patrolog.core.i18n import t
from patrolog.render import sections as m

_SPECIAL = re.compile(r"([\\`*_\[\]<>|#])")


def esc(text: str | None) -> str:
    """Journal text as literal Markdown: a name with `*` or `|` must not format or split."""
    return _SPECIAL.sub(r"\\\1", text or "")


def render_markdown(digest: dict) -> str:
    report = m.build(digest)
    blocks = [_header(report)] + [_section(s) for s in report.sections] + [_closing(report)]
    return "\n\n".join(b.strip("\n") for b in blocks if b.strip()) + "\n"


def _header(report: m.Report) -> str:
    lines = [f"# {esc(report.title)}", ""]
    lines += [f"- **{label}:** {esc(value)}" for label, value in report.facts]
    if report.grade:
        lines.append(f"- **{t('digest.grade')}:** **{report.grade_label}** ({report.basis})")
    elif report.basis:
        lines.append(f"- _{esc(report.basis)}_")
    if report.notes:
        lines += ["", f"_{' · '.join(report.notes)}_"]
    return "\n".join(lines)


def _closing(report: m.Report) -> str:
    lines = report.closing + [f"**{esc(report.signature[0])}**" if i == 0 else esc(x)
                              for i, x in enumerate(report.signature)]
    return "  \n".join(lines)


def _section(section: m.Section) -> str:
    out = [f"## {esc(section.title)}"]
    for block in section.blocks:
        out += ["", *_block(block)]
    return "\n".join(out)


def _row(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def _block(block: m.Block) -> list[str]:
    if isinstance(block, m.Para):
        return [f"_{esc(block.text)}_" if block.tone in ("empty", "note") else esc(block.text)]
    if isinstance(block, m.Figures):
        return [f"**{esc(block.sentence)}**"]
    if isinstance(block, m.Counts):
        return [f"**{esc(block.label)}:** "
                + " · ".join(f"{esc(name)} {n}{block.suffix}" for name, n in block.pairs)]
    if isinstance(block, m.Items):
        lines = [f"**{esc(block.label)}**", ""]
        for i, item in enumerate(block.items, 1):
            lead = f"{i}." if block.numbered else "-"
            head = f"**{esc(item.head)}**" if item.head else ""
            text = f": {esc(item.text)}" if item.text and head else esc(item.text)
            meta = f" — {esc(' · '.join(item.meta))}" if item.meta else ""
            notes = "".join(f"  \n   {esc(n)}" for n in item.notes)
            lines.append(f"{lead} {head}{text}{meta}{notes}")
        if block.more:
            lines.append(f"- _{esc(block.more)}_")
        return lines
    if isinstance(block, m.Grid):
        align = block.align or "l" * len(block.head)
        lines = [_row([esc(h) for h in block.head]),
                 _row(["--:" if a == "r" else "---" for a in align])]
        lines += [_row([esc(c) for c in row]) for row in block.rows]
        if block.note:
            lines += ["", esc(block.note)]
        return lines
    if isinstance(block, m.Chart):
        bars = block.days if not block.groups else block.groups
        if not block.groups:
            return [_row([f"{b.label} {b.sub}" for b in bars]), _row([":-:"] * len(bars)),
                    _row(["" if b.future else str(b.count) if b.count else "–" for b in bars]),
                    _row([b.hours_text for b in bars])]
        return [f"**{block.group_label}**", ""] + [f"- {b.label}: {b.count}" for b in bars
                                                    if not b.future]
    return []
