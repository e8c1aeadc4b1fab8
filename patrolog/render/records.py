"""Records as a terminal table, as CSV, and one record in detail."""

from __future__ import annotations

import csv
import sys
import textwrap
from collections.abc import Callable, Iterable
from itertools import islice
from typing import TextIO

from patrolog.core import vocab
from patrolog.core.fields import coded
from patrolog.core.i18n import t
from patrolog.core.kinds import BY_PREFIX, COMMON_TAIL, Kind
from patrolog.core.output import printable, terminal_width, use_colour
from patrolog.core.times import human, human_day
from patrolog.render.history import history_lines

_WHERE = {"patrol": "area", "incident": "location", "contact": "place"}
_WHAT = {"patrol": "summary", "incident": "description", "contact": "topic"}


def _short_time(value: str | None) -> str:
    return (value or "")[:16].replace("T", " ")


def summary_row(rec: dict, when: Callable[[str | None], str] = _short_time
                ) -> tuple[str, str, str, str, str]:
    """id, time, category label, where, what: one line for a person. `when` writes the
    time: sortable `2026-12-01 19:00` in a table's column, as people write it in `show`."""
    kind = BY_PREFIX[rec["id"][0]]
    category = vocab.label(kind.vocab, rec[kind.category])
    where = rec.get(_WHERE[kind.name]) or ""
    if kind.name == "patrol" and rec.get("places"):
        names = ", ".join(p["name"] for p in rec["places"])
        where = f"{where} — {names}" if where else names
    what = rec.get(_WHAT[kind.name]) or ""
    if kind.name == "contact":
        who = rec.get("name") or t("label.anonymous")
        what = f"{who}: {what}" if what else who
        if rec.get("follow_up") and not rec.get("done_at"):
            what += f" → {rec['follow_up']}"
    # stored text may come from a merged file: nothing in it may drive the terminal
    return (printable(rec["id"]), printable(when(rec[kind.time])), printable(category),
            printable(where), printable(what))


_SEP = "   "
_TIME_WIDTH = 16  # "2026-11-27 14:10"
_MEASURED = 200   # rows read before column widths are fixed; later rows wrap to them


def print_table(recs: Iterable[dict], out: TextIO | None = None,
                width: int | None = None, by_officer: bool = False) -> None:
    """Records as a table, printed as they come: a journal of 100,000 records starts at
    once instead of after minutes of layout. Widths are measured on the first rows; a
    longer cell later wraps inside its column. `by_officer` adds whose each record is,
    after its time (a unit's journal)."""
    out = out or sys.stdout
    rows = iter(recs)

    def row_of(rec: dict) -> tuple[str, ...]:
        row = summary_row(rec)
        return (*row[:2], printable(rec.get("officer") or ""), *row[2:]) if by_officer else row

    head = [row_of(r) for r in islice(rows, _MEASURED)]
    if not head:
        out.write(t("msg.no_records") + "\n")
        return
    if width is None:
        width = terminal_width() or 80
    keys = ["col.id", "col.time", *(["col.officer"] if by_officer else []),
            "col.kind", "col.where", "col.what"]
    titles = [t(k) for k in keys]
    widths = _widths(head, titles, width)
    bold = use_colour()
    line = _SEP.join(f"{title:<{w}}" for title, w in zip(titles, widths)).rstrip()
    out.write((f"\x1b[1m{line}\x1b[0m" if bold else line) + "\n")
    out.write("─" * min(width, sum(widths) + len(_SEP) * (len(widths) - 1)) + "\n")
    for row in head:
        out.write(_table_row(row, widths))
    for rec in rows:
        out.write(_table_row(row_of(rec), widths))


def _widths(rows: list[tuple[str, ...]], titles: list[str], width: int) -> list[int]:
    """id, time, [officer,] category: as wide as their text (officer and category capped);
    where and what share the rest."""
    n_fixed = len(titles) - 2
    fixed = [max(len(titles[i]), *(len(r[i]) for r in rows)) for i in range(n_fixed)]
    fixed[0] = max(fixed[0], 5)  # room for ids up to C9999 before a line is pushed out
    fixed[1] = max(fixed[1], _TIME_WIDTH)
    for i in range(2, n_fixed):
        fixed[i] = min(fixed[i], 24)
    room = max(width - sum(fixed) - len(_SEP) * (len(titles) - 1), 30)
    where_need = max(len(titles[-2]), *(len(r[-2]) for r in rows))
    what_need = max(len(titles[-1]), *(len(r[-1]) for r in rows))
    where = min(where_need, max(room * 2 // 5, 12))
    what = max(min(what_need, room - where), 12)
    return [*fixed, where, what]


def _table_row(row: tuple[str, ...], widths: list[int]) -> str:
    # An id or a time is never broken: one longer than the measured rows pushes
    # its line out instead (ids grow: an old record logged late gets a long one).
    cells = [[text] if i < 2 else textwrap.wrap(text, w, break_on_hyphens=False) or [""]
             for i, (text, w) in enumerate(zip(row, widths))]
    lines = []
    for i in range(max(len(c) for c in cells)):
        parts = [(c[i] if i < len(c) else "") for c in cells]
        lines.append(_SEP.join(f"{p:<{w}}" for p, w in zip(parts, widths)).rstrip())
    return "\n".join(lines) + "\n"


def _flat(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        if value and isinstance(value[0], dict):
            return "; ".join(f"{p['type']}:{p['name']}" for p in value)
        return "; ".join(str(v) for v in value)
    return str(value)


def csv_columns(kinds: Iterable[Kind]) -> list[str]:
    """The CSV header for a listing of `kinds`: the same columns whatever rows there are,
    so a script's CSV keeps its shape from one day to the next."""
    columns = ["id", "uid"]
    for kind in kinds:
        for name in kind.fields:
            if name not in columns:
                columns.append(name)
    columns.extend(COMMON_TAIL)
    return columns


def write_csv(recs: Iterable[dict], kinds: Iterable[Kind], out: TextIO) -> None:
    columns = csv_columns(kinds)
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    for rec in recs:
        writer.writerow([_flat(rec.get(c)) for c in columns])



def _field_value(kind_name: str, name: str, value: object) -> str:
    vocab_of = coded(kind_name)
    if name in vocab_of and isinstance(value, str):
        return vocab.label(vocab_of[name], value)
    if name == "places" and isinstance(value, list):
        return "; ".join(f"{vocab.label('place_type', p['type'])}: {p['name']}" for p in value)
    if isinstance(value, list):
        # parties are often "Pak Budi, pemilik warung": a comma would split one in two
        return ("; " if name == "parties" else ", ").join(str(v) for v in value)
    if isinstance(value, str) and (name.endswith("_at") or name == "due"):
        return _shown_time(value) if name.endswith("_at") else human_day(value)
    return str(value)


def _shown_time(value: str | None) -> str:
    """A record's time in `show`, as the officer reads it in every message: `Sel 1 Des 19.00`
    (JSON keeps ISO 8601)."""
    return human(value) if value else ""


def print_record(rec: dict) -> None:
    kind = BY_PREFIX[rec["id"][0]]
    lines = [f"{rec['id']} · {t('kind.' + kind.name)} · uid {rec['uid']}"]
    if rec.get("deleted_at"):
        lines.append(f"  [{t('label.deleted')} {_shown_time(rec['deleted_at'])}]")
    shown = [name for name in (*kind.fields, "officer", "unit")
             if rec.get(name) not in (None, "", [])]
    width = max((len(t("field." + name)) for name in shown), default=0)
    columns = terminal_width()  # None in a pipe: each field stays on one line, for grep
    for name in shown:
        label = f"  {t('field.' + name):<{width}}  "
        value = _field_value(kind.name, name, rec[name])
        if columns and len(label) + len(value) > columns:  # wrap under the value, not the label
            value = "\n".join(textwrap.wrap(value, max(20, columns - len(label)),
                                             break_on_hyphens=False)
                              ).replace("\n", "\n" + " " * len(label))
        lines.append(label + value)
    if rec.get("links"):
        lines.append(f"  {t('label.linked')}:")
        for link in rec["links"]:
            text = "    " + "  ".join(x for x in summary_row(link, _shown_time) if x)
            if columns and len(text) > columns:
                text = "\n".join(textwrap.wrap(text, columns, initial_indent="",
                                                subsequent_indent=" " * 9,
                                                break_on_hyphens=False, drop_whitespace=True))
                text = "    " + text.lstrip()
            lines.append(text)
    if rec.get("history"):  # what changed and when; the earlier versions whole: --json

        lines += history_lines(rec, _field_value)
    # stored text may come from a merged file: nothing in it may drive the terminal
    print(printable("\n".join(lines)))
