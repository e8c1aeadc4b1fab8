"""`add`, `edit`, `delete`: the commands that write records (`list`, `show` and `search`
read them, in commands_read.py, so `add` never loads the table renderers)."""


import inspect
from collections.abc import Callable, Iterable
from typing import Annotated, Any, Optional

import typer

from patrolog.cli.added import saved_line
from patrolog.cli.common import VOCAB_COMPLETION, completer, open_store, opt
from patrolog.cli.guided import run_guided
from patrolog.cli.prompting import confirm
from patrolog.core import fields
from patrolog.core.errors import InputError
from patrolog.core.fields import Field
from patrolog.core.i18n import t
from patrolog.core.kinds import BY_WORD
from patrolog.core.output import emit_json, is_interactive, say
from patrolog.entry import validate
from patrolog.journal import ids, records

Str = Optional[str]
Many = Optional[list[str]]

def _print_added(rec: dict, as_json: bool) -> None:
    """The new record's id (for scripts); on a terminal also one line of what was saved,
    so a day typed as `jumat` or `01/12` shows how it was read."""
    if as_json:
        emit_json(rec)
        return
    say(rec["id"])
    if is_interactive():
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


def _define_edit(app: typer.Typer, sub: str | None) -> None:
    def edit_cmd(ctx: typer.Context, ref: str, as_json: bool = False, **opts: Any) -> None:
        given = {k: v for k, v in opts.items() if v is not None}
        with open_store(ctx) as store:
            existing = records.get(store, ref, include_deleted=False)
            kind_of, _ = ids.parse_ref(existing["id"])
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

                if not confirm(t("prompt.confirm_delete", id=rec["id"]), default=False):
                    say(t("msg.nothing_deleted"))
                    return
            records.delete(store, rec["id"])
        say(t("msg.deleted", id=rec["id"]))


ADD_SUBCOMMANDS = ("patrol", "incident", "contact")
# `add` takes a kind in either language, as `list` does (`add patroli`)
ADD_WORDS = {word: kind.name for word, kind in BY_WORD.items()}
DEFINE = {"add": _define_add, "edit": _define_edit, "delete": _define_delete}


def _add(ctx: typer.Context, kind: str, opts: dict, as_json: bool) -> None:
    with open_store(ctx) as store:
        values = validate.values(kind, records.Context(store), opts)
        store.make_writable()  # only now: bad input must not create a journal
        rec = records.add(store, kind, values, fetch=as_json or is_interactive())
    _print_added(rec, as_json)
