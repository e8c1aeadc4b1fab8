"""`list`, `show`, `search`: the commands that read records, as a table, JSON or CSV."""

import sys
from collections.abc import Iterable
from datetime import date
from functools import partial
from typing import Annotated, Optional

import typer

from patrolog.cli.common import define_commands, open_store, opt, server_opt, unit_opt
from patrolog.core.errors import InputError
from patrolog.core.i18n import t
from patrolog.core.kinds import KINDS, Kind, kinds_named
from patrolog.core.output import emit_json, emit_json_array
from patrolog.entry import validate
from patrolog.journal import officers, records
from patrolog.render.records import print_record, print_table, write_csv

Str = Optional[str]

def register(app: typer.Typer, command: str | None = None, sub: str | None = None) -> None:
    define_commands(DEFINE, app, command, sub)


def _define_list(app: typer.Typer, sub: str | None) -> None:
    @app.command("list", help=t("help.list"))
    def list_cmd(
        ctx: typer.Context,
        what: Annotated[Str, typer.Argument(metavar="[patrols|incidents|contacts]",
                                            help=t("opt.list_what"))] = None,
        since: Annotated[Str, opt("--since", key="since")] = None,
        until: Annotated[Str, opt("--until", key="until")] = None,
        kind: Annotated[Str, opt("--kind", key="list_kind")] = None,
        status: Annotated[Str, opt("--status", key="status")] = None,
        area: Annotated[Str, opt("--area", key="list_area")] = None,
        tag: Annotated[Str, opt("--tag", key="list_tag")] = None,
        limit: Annotated[Optional[int], opt("--limit", key="limit", min=0)] = None,
        officer: Annotated[Str, opt("--officer", key="officer", metavar="NAME")] = None,
        as_json: Annotated[bool, opt("--json", key="json")] = False,
        as_csv: Annotated[bool, opt("--csv", key="csv")] = False,
        server: Annotated[Str, server_opt()] = None,
        unit: Annotated[Str, unit_opt()] = None,
    ) -> None:

        kinds = kinds_named(what)
        with open_store(ctx, server=server, unit=unit) as store:
            ctx_time = records.Context(store)
            flt = records.Filters(
                since=_date(since, ctx_time), until=_date(until, ctx_time),
                kind=kind, status=validate.choice("status", status) if status else None,
                area=area, tag=tag, limit=limit, officer=officers.maybe_resolve(store, officer),
            )
            if flt.since and flt.until and flt.since > flt.until:
                raise InputError("err.since_after_until")
            _emit_records(records.iter_records(store, kinds, flt), kinds, as_json, as_csv,
                          by_officer=not (officer or as_json or as_csv) and officers.several(store))


def _define_show(app: typer.Typer, sub: str | None) -> None:
    @app.command("show", help=t("help.show"))
    def show_cmd(
        ctx: typer.Context,
        ref: Annotated[str, typer.Argument(metavar="ID", help=t("opt.id"))],
        as_json: Annotated[bool, opt("--json", key="json")] = False,
    ) -> None:
        with open_store(ctx) as store:
            rec = records.show(store, ref)
        if as_json:
            emit_json(rec)
        else:
            print_record(rec)


def _define_search(app: typer.Typer, sub: str | None) -> None:
    @app.command("search", help=t("help.search"))
    def search_cmd(
        ctx: typer.Context,
        text: Annotated[list[str], typer.Argument(metavar="TEXT", help=t("opt.search_text"))],
        limit: Annotated[Optional[int], opt("--limit", key="limit", min=0)] = None,
        officer: Annotated[Str, opt("--officer", key="officer", metavar="NAME")] = None,
        as_json: Annotated[bool, opt("--json", key="json")] = False,
        server: Annotated[Str, server_opt()] = None,
        unit: Annotated[Str, unit_opt()] = None,
    ) -> None:

        with open_store(ctx, server=server, unit=unit) as store:
            who = officers.maybe_resolve(store, officer)
            search = getattr(store, "search", None)  # the server has no FTS index: its own
            found = (search or partial(records.iter_search, store))(" ".join(text), limit,
                                                                    officer=who)
            _emit_records(found, list(KINDS.values()), as_json, False,
                          by_officer=not (officer or as_json) and officers.several(store))


DEFINE = {"list": _define_list, "show": _define_show, "search": _define_search}


def _date(value: str | None, ctx: records.Context):  # noqa: ANN202 - date | None
    if value is None:
        return None
    return date.fromisoformat(validate.day(value, ctx))


def _emit_records(recs: Iterable[dict], kinds: list[Kind], as_json: bool, as_csv: bool,
                  by_officer: bool = False) -> None:
    """Records as JSON, CSV or a table, written as they are read (the store must be open).
    `by_officer`: a unit's journal, whose table says whose each record is (JSON and CSV
    always carry the officer)."""
    if as_json and as_csv:
        raise InputError("err.json_and_csv")
    if as_json:
        emit_json_array(recs)
    elif as_csv:
        write_csv(recs, kinds, sys.stdout)
    else:
        print_table(recs, by_officer=by_officer)
