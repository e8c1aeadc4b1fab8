"""`followups` and `due`."""


import sys
from datetime import date
from typing import Annotated, Optional

import typer

from patrolog.cli.common import open_store, opt, server_opt, unit_opt
from patrolog.core.errors import InputError
from patrolog.core.i18n import t
from patrolog.core.output import emit_json, printable, say, use_colour
from patrolog.digest import followups
from patrolog.journal import officers, records
from patrolog.journal.check import refuse_if_damaged
from patrolog.render.followups import days_text, due_json, due_line, incident_title, who


def register(app: typer.Typer, command: str | None = None, sub: str | None = None) -> None:
    """Define this module's commands (small enough to define whole; `command` and `sub` name
    the one a run invokes, for modules that can define fewer)."""
    @app.command("followups", help=t("help.followups"), epilog=t("help.followups_epilog"))
    def followups_cmd(
        ctx: typer.Context,
        overdue: Annotated[bool, opt("--overdue", key="overdue")] = False,
        done: Annotated[Optional[str], opt("--done", key="done", metavar="ID")] = None,
        officer: Annotated[Optional[str], opt("--officer", key="officer", metavar="NAME")
                           ] = None,
        as_json: Annotated[bool, opt("--json", key="json")] = False,
        server: Annotated[Optional[str], server_opt()] = None,
        unit: Annotated[Optional[str], unit_opt()] = None,
    ) -> None:

        if done is not None:
            if overdue:
                raise InputError("err.done_with_overdue")
            if server is not None or unit is not None:
                raise InputError("err.server_read_only")  # docs/server.md: read, not written
            with open_store(ctx, server=server, unit=unit) as store:
                who = officers.maybe_resolve(store, officer)  # --officer: must be theirs
                rec = followups.mark_done(store, done, officer=who)
            _print_done(rec, as_json)
            return
        with open_store(ctx, server=server, unit=unit) as store:
            who = officers.maybe_resolve(store, officer)
            items = followups.open_items(store, overdue_only=overdue, officer=who)
            today = records.Context(store).now.date()
            by_officer = not (officer or as_json) and bool(items) and officers.several(store)
        if as_json:
            emit_json(items)
        elif not items:
            say(t("fu.nothing_overdue" if overdue else "fu.nothing_open"))
        else:
            _print_items(items, today, by_officer)

    @app.command("due", help=t("help.due"), epilog=t("help.due_epilog"))
    def due_cmd(
        ctx: typer.Context,
        officer: Annotated[Optional[str], opt("--officer", key="officer", metavar="NAME")
                           ] = None,
        as_json: Annotated[bool, opt("--json", key="json")] = False,
        server: Annotated[Optional[str], server_opt()] = None,
        unit: Annotated[Optional[str], unit_opt()] = None,
    ) -> None:

        with open_store(ctx, must_exist=True, server=server, unit=unit) as store:
            if not getattr(store, "is_server", False):  # docs/faults.md#what-is-checked-when
                refuse_if_damaged(store.conn, store.path)  # daily, for cron
            who = officers.maybe_resolve(store, officer)
            named = who is None and officers.several(store)  # a unit's: say whose it is
            items = followups.due_items(store, officer=who, named=named)
        if as_json:
            emit_json([due_json(item, named) for item in items])
        elif items:
            for item in items:
                say(due_line(item, named))
        elif sys.stdout.isatty():  # cron mails any output: stay silent when nothing is due
            say(t("due.nothing"))
        if items:
            raise typer.Exit(1)


def _print_done(rec: dict, as_json: bool) -> None:
    if as_json:
        emit_json(rec)
    elif rec["id"].startswith("C"):
        say(t("fu.done_contact", id=rec["id"], what=rec["follow_up"]))
    else:
        say(t("fu.done_incident", id=rec["id"], what=incident_title(rec)))


def _status(rec: dict, today: date) -> str:
    """How late a promise is, how soon it is due, or how long an incident has been open."""

    if "days_open" in rec:
        days = rec["days_open"]
        return t("fu.open_for", days=days_text(days)) if days else t("fu.open_today")
    if rec["overdue"]:
        return t("fu.late", days=days_text(rec["days_late"]))
    if not rec["due"]:
        return t("fu.no_due")
    ahead = (date.fromisoformat(rec["due"]) - today).days
    return t("fu.due_in", days=days_text(ahead)) if ahead else t("fu.due_today")


def _row(rec: dict, today: date) -> list[str]:
    if rec["id"].startswith("C"):
        return [rec["id"], rec["due"] or "", _status(rec, today), who(rec), rec["follow_up"]]
    when = rec["occurred_at"][:16].replace("T", " ")
    what = rec.get("description") or rec.get("action") or ""
    return [rec["id"], when, _status(rec, today), incident_title(rec), what]


def _print_items(items: list[dict], today: date, by_officer: bool = False) -> None:
    """Plain aligned columns, free text last: rich tables cost ~1 ms a row, and a unit's
    merged journal can hold thousands of open items. `by_officer`: a unit's journal, where
    the second column says whose each item is."""

    keys = ["col.id", *(["col.officer"] if by_officer else []), "col.due_or_time",
            "col.status", "col.who", "col.promised"]
    header = [t(k) for k in keys]
    rows = [_row(rec, today) for rec in items]
    if by_officer:
        rows = [[row[0], rec.get("officer") or "", *row[1:]] for rec, row in zip(items, rows)]
    rows = [[printable(c) for c in row] for row in rows]  # stored text never drives the terminal
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header) - 1)]

    def line(cells: list[str]) -> str:
        return "  ".join([c.ljust(w) for c, w in zip(cells, widths)] + [cells[-1]]).rstrip()

    red = use_colour()
    out = [line(header), "─" * (sum(widths) + 2 * len(widths) + len(header[-1]))]
    for rec, cells in zip(items, rows):
        text = line(cells)
        out.append(f"\x1b[1;31m{text}\x1b[0m" if red and rec["overdue"] else text)
    say("\n".join(out), raw=True)
