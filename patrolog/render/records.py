"""Records as a terminal table, as CSV, and one record in detail."""

from __future__ import annotations

import csv
import io
import sys

from patrolog import vocab
from patrolog.i18n import t
from patrolog.kinds import BY_PREFIX, COMMON_TAIL, KINDS
from patrolog.output import use_colour

_WHERE = {"patrol": "area", "incident": "location", "contact": "place"}
_WHAT = {"patrol": "summary", "incident": "description", "contact": "topic"}


def _short_time(value: str | None) -> str:
    return (value or "")[:16].replace("T", " ")


def summary_row(rec: dict) -> tuple[str, str, str, str, str]:
    """id, time, category label, where, what: one line for a person."""
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
    return rec["id"], _short_time(rec[kind.time]), category, where, what


def _console():  # noqa: ANN202 - rich Console
    from rich.console import Console

    colour = use_colour()
    return Console(no_color=not colour, highlight=False, soft_wrap=not colour)


def print_table(recs: list[dict]) -> None:
    if not recs:
        print(t("msg.no_records"))
        return
    from rich import box
    from rich.table import Table

    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
    for key in ("col.id", "col.time", "col.kind", "col.where", "col.what"):
        table.add_column(t(key), overflow="fold")
    for rec in recs:
        table.add_row(*summary_row(rec))
    _console().print(table)


def _flat(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        if value and isinstance(value[0], dict):
            return "; ".join(f"{p['type']}:{p['name']}" for p in value)
        return "; ".join(str(v) for v in value)
    return str(value)


def records_csv(recs: list[dict]) -> str:
    """One header over every field of the kinds present, in SPEC order."""
    present = [k for k in KINDS.values() if any(r["id"][0] == k.prefix for r in recs)]
    columns = ["id", "uid"]
    for kind in present or KINDS.values():
        for name in kind.fields:
            if name not in columns:
                columns.append(name)
    columns.extend(COMMON_TAIL)
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(columns)
    for rec in recs:
        writer.writerow([_flat(rec.get(c)) for c in columns])
    return buf.getvalue()


def _field_value(kind_name: str, name: str, value: object) -> str:
    vocab_of = {"kind": "patrol_kind" if kind_name == "patrol" else "incident_kind",
                "role": "role", "severity": "severity", "status": "status"}
    if name in vocab_of and isinstance(value, str):
        return vocab.label(vocab_of[name], value)
    if name == "places" and isinstance(value, list):
        return "; ".join(f"{vocab.label('place_type', p['type'])}: {p['name']}" for p in value)
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return _short_time(value) if name.endswith("_at") and isinstance(value, str) else str(value)


def _terminal_columns() -> int | None:
    """The terminal's width; None in a pipe, where each field stays on one line for grep."""
    if not sys.stdout.isatty():
        return None
    import shutil

    return shutil.get_terminal_size().columns


def print_record(rec: dict) -> None:
    kind = BY_PREFIX[rec["id"][0]]
    lines = [f"{rec['id']} · {t('kind.' + kind.name)}"]
    if rec.get("deleted_at"):
        lines.append(f"  [{t('label.deleted')} {_short_time(rec['deleted_at'])}]")
    shown = [name for name in (*kind.fields, "officer", "unit")
             if rec.get(name) not in (None, "", [])]
    width = max((len(t("field." + name)) for name in shown), default=0)
    columns = _terminal_columns()
    for name in shown:
        label = f"  {t('field.' + name):<{width}}  "
        value = _field_value(kind.name, name, rec[name])
        if columns and len(label) + len(value) > columns:  # wrap under the value, not the label
            import textwrap

            value = "\n".join(textwrap.wrap(value, max(20, columns - len(label)),
                                             break_on_hyphens=False)
                              ).replace("\n", "\n" + " " * len(label))
        lines.append(label + value)
    if rec.get("links"):
        lines.append(f"  {t('label.linked')}:")
        for link in rec["links"]:
            text = "    " + "  ".join(x for x in summary_row(link) if x)
            if columns and len(text) > columns:
                import textwrap

                text = "\n".join(textwrap.wrap(text, columns, initial_indent="",
                                                subsequent_indent=" " * 9,
                                                break_on_hyphens=False, drop_whitespace=True))
                text = "    " + text.lstrip()
            lines.append(text)
    if rec.get("history"):
        lines.append(f"  {t('label.history')}: {len(rec['history'])} "
                     f"({t('label.see_json')})")
    print("\n".join(lines))
