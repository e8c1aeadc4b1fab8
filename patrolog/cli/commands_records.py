"""`add`, `list`, `show`, `edit`, `delete`, `search`."""


import inspect
import sys
from collections.abc import Callable, Iterable
from typing import Annotated, Any, Optional

import typer

from patrolog.core import fields
from patrolog.journal import records
from patrolog.entry import validate
from patrolog.cli.common import VOCAB_COMPLETION, completer, open_store, opt
from patrolog.core.fields import Field
from patrolog.core.errors import InputError
from patrolog.core.i18n import t
from patrolog.core.kinds import BY_PLURAL, KIND_WORDS, KINDS, Kind
from patrolog.core.output import emit_json, emit_json_array, is_interactive, say

Str = Optional[str]
Many = Optional[list[str]]

LIST_WORDS = {
    "patrols": "patrols", "patrol": "patrols", "patroli": "patrols",
    "incidents": "incidents", "incident": "incidents", "insiden": "incidents",
    "kejadian": "incidents", "contacts": "contacts", "contact": "contacts",
    "kontak": "contacts",
}


def _print_added(rec: dict, as_json: bool) -> None:
    """The new record's id (for scripts); on a terminal also one line of what was saved,
    so a day typed as `jumat` or `01/12` shows how it was read."""
    if as_json:
        emit_json(rec)
        return
    say(rec["id"])
    if is_interactive():
        from patrolog.render.records import saved_line

        say(saved_line(rec), raw=True)


def register(app: typer.Typer, command: str | None = None, sub: str | None = None) -> None:
    """Define the commands of this module; given `command`, only that one (and of `add`, only
    `sub` when it names one): each definition builds its annotations, which costs time on
    every run."""
    if command is None:
        for define in DEFINE.values():
            define(app, None)
    else:
        DEFINE[command](app, sub)


def _define_add(app: typer.Typer, sub: str | None) -> None:
    add_app = typer.Typer(help=t("help.add"), invoke_without_command=True,
                          rich_markup_mode=None)
    app.add_typer(add_app, name="add")

    @add_app.callback()
    def add_guided(ctx: typer.Context) -> None:
        if ctx.invoked_subcommand is not None:
            return
        if not is_interactive():
            raise InputError("err.not_a_terminal")
        from patrolog.cli.guided import run_guided

        with open_store(ctx) as store:
            run_guided(store)

    wanted = ADD_WORDS.get((sub or "").lower(), sub)
    for kind in ADD_SUBCOMMANDS if wanted not in ADD_SUBCOMMANDS else (wanted,):
        _define_add_kind(add_app, kind)


def _options(described: Iterable[Field], *, editing: bool = False) -> list[inspect.Parameter]:
    """typer parameters for fields, from their descriptions (typer reads a function's
    signature; building it from `patrolog.core.fields` costs less than the ~40 `Annotated`
    options written out did)."""
    params = []
    for f in described:
        extra: dict[str, Any] = {}
        if f.metavar:
            extra["metavar"] = f.metavar
        if f.vocab and f.vocab in VOCAB_COMPLETION:
            extra["autocompletion"] = completer(f.vocab)
        option = opt(*f.flags, key=f.edit_help if editing else f.help, **extra)
        params.append(inspect.Parameter(
            f.param, inspect.Parameter.KEYWORD_ONLY, default=None,  # type: ignore[arg-type]
            annotation=Annotated[Many if f.many else Str, option]))
    return params


def _signed(func: Callable[..., None], *params: inspect.Parameter) -> Callable[..., None]:
    """`func(ctx, **options)` given the signature typer reads its options from."""
    head = [inspect.Parameter("ctx", inspect.Parameter.POSITIONAL_OR_KEYWORD,
                              annotation=typer.Context)]
    as_json = inspect.Parameter("as_json", inspect.Parameter.KEYWORD_ONLY, default=False,
                                annotation=Annotated[bool, opt("--json", key="json")])
    func.__signature__ = inspect.Signature([*head, *params, as_json])  # type: ignore[attr-defined]
    func.__annotations__ = {}
    return func


def _define_add_kind(add_app: typer.Typer, kind: str) -> None:
    def add_record(ctx: typer.Context, as_json: bool = False, **opts: Any) -> None:
        _add(ctx, kind, opts, as_json)

    command = _signed(add_record, *_options(fields.options(kind)))
    add_app.command(kind, help=t(f"help.add_{kind}"))(command)
    # The Indonesian words for the kind, as `list` takes them (`add patroli`), not listed
    # in the help twice.
    for word, meant in ADD_WORDS.items():
        if meant == kind and word != kind:
            add_app.command(word, help=t(f"help.add_{kind}"), hidden=True)(command)


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
    ) -> None:
        from patrolog.journal import officers

        if what is None:
            kinds = list(KINDS.values())
        else:
            plural = LIST_WORDS.get(what.strip().lower())
            if plural is None:
                raise InputError("err.bad_list_kind", value=what)
            kinds = [BY_PLURAL[plural]]
        with open_store(ctx) as store:
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
            from patrolog.render.records import print_record

            print_record(rec)


def _define_edit(app: typer.Typer, sub: str | None) -> None:
    def edit_cmd(ctx: typer.Context, ref: str, as_json: bool = False, **opts: Any) -> None:
        given = {k: v for k, v in opts.items() if v is not None}
        with open_store(ctx) as store:
            existing = records.get(store, ref, include_deleted=False)
            kind_of, _ = records.parse_ref(existing["id"])
            allowed = fields.editable(kind_of.name)
            for key in given:
                if key not in allowed:
                    raise InputError("err.option_not_for", option="--" + key.replace("_", "-"),
                                     kind=t(f"kind.{kind_of.name}"))
            ref = existing["id"]
            changes = validate.values(kind_of.name, records.Context(store), given, existing)
            store.make_writable()
            rec = records.edit(store, ref, changes)
        if as_json:
            emit_json(rec)
        else:
            say(rec["id"])

    ref = inspect.Parameter("ref", inspect.Parameter.POSITIONAL_OR_KEYWORD, annotation=Annotated[
        str, typer.Argument(metavar="ID", help=t("opt.id"))])
    app.command("edit", help=t("help.edit"), epilog=t("help.edit_epilog"))(
        _signed(edit_cmd, ref, *_options(fields.edit_options(), editing=True)))


def _define_delete(app: typer.Typer, sub: str | None) -> None:
    @app.command("delete", help=t("help.delete"))
    def delete_cmd(
        ctx: typer.Context,
        ref: Annotated[str, typer.Argument(metavar="ID", help=t("opt.id"))],
        yes: Annotated[bool, opt("--yes", "-y", key="yes")] = False,
    ) -> None:
        with open_store(ctx) as store:
            rec = records.get(store, ref, include_deleted=False)
            if not yes:
                if not is_interactive():
                    raise InputError("err.delete_needs_yes", id=rec["id"])
                from patrolog.cli.prompting import confirm

                if not confirm(t("prompt.confirm_delete", id=rec["id"]), default=False):
                    say(t("msg.nothing_deleted"))
                    return
            records.delete(store, rec["id"])
        say(t("msg.deleted", id=rec["id"]))


def _define_search(app: typer.Typer, sub: str | None) -> None:
    @app.command("search", help=t("help.search"))
    def search_cmd(
        ctx: typer.Context,
        text: Annotated[list[str], typer.Argument(metavar="TEXT", help=t("opt.search_text"))],
        limit: Annotated[Optional[int], opt("--limit", key="limit", min=0)] = None,
        officer: Annotated[Str, opt("--officer", key="officer", metavar="NAME")] = None,
        as_json: Annotated[bool, opt("--json", key="json")] = False,
    ) -> None:
        from patrolog.journal import officers

        with open_store(ctx) as store:
            who = officers.maybe_resolve(store, officer)
            found = records.iter_search(store, " ".join(text), limit, officer=who)
            _emit_records(found, list(KINDS.values()), as_json, False,
                          by_officer=not (officer or as_json) and officers.several(store))


ADD_SUBCOMMANDS = ("patrol", "incident", "contact")
ADD_WORDS = KIND_WORDS  # `add` takes a kind in either language, as `list` does
DEFINE = {"add": _define_add, "list": _define_list, "show": _define_show,
          "edit": _define_edit, "delete": _define_delete, "search": _define_search}

def _date(value: str | None, ctx: records.Context):  # noqa: ANN202 - date | None
    if value is None:
        return None
    from datetime import date

    return date.fromisoformat(validate.day(value, ctx))


def _add(ctx: typer.Context, kind: str, opts: dict, as_json: bool) -> None:
    with open_store(ctx) as store:
        values = validate.values(kind, records.Context(store), opts)
        store.make_writable()  # only now: bad input must not create a journal
        rec = records.add(store, kind, values, fetch=as_json or is_interactive())
    _print_added(rec, as_json)


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
        from patrolog.render.records import write_csv

        write_csv(recs, kinds, sys.stdout)
    else:
        from patrolog.render.records import print_table

        print_table(recs, by_officer=by_officer)
