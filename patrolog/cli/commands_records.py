"""`add`, `edit`, `delete`: the commands that write records (`list`, `show` and `search`
read them, in commands_read.py, so `add` never loads the table renderers)."""


from collections.abc import Iterable
from typing import Annotated

import typer
from typer.core import TyperOption

from patrolog.cli.added import saved_line
from patrolog.cli.common import (
    VOCAB_COMPLETION,
    define_commands,
    fields_command,
    open_store,
    opt,
    option,
)
from patrolog.cli.help_i18n import App
from patrolog.cli.prompting import confirm
from patrolog.core import fields
from patrolog.core.errors import InputError
from patrolog.core.fields import Field
from patrolog.core.i18n import t
from patrolog.core.kinds import BY_WORD
from patrolog.core.output import emit_json, is_interactive, say
from patrolog.entry import validate
from patrolog.journal import ids, records


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
    define_commands(DEFINE, app, command, sub)


def _define_add(app: typer.Typer, sub: str | None) -> None:
    add_app = App(help=t("help.add"), invoke_without_command=True,
                          rich_markup_mode=None)
    app.add_typer(add_app, name="add")

    @add_app.callback()
    def add_guided(ctx: typer.Context) -> None:
        if ctx.invoked_subcommand is not None:
            return
        if not is_interactive():
            raise InputError("err.not_a_terminal")

        with open_store(ctx) as store:
            # The conversation is loaded only when it is held: flag-mode `add`, scripts
            # and cron never pay for it (tests/test_startup.py allows this one).
            from patrolog.cli.guided import run_guided

            run_guided(store)

    wanted = ADD_WORDS.get((sub or "").lower(), sub)
    for kind in ADD_SUBCOMMANDS if wanted not in ADD_SUBCOMMANDS else (wanted,):
        _define_add_kind(add_app, kind)


def _options(described: Iterable[Field], *, editing: bool = False) -> list[TyperOption]:
    """The options of fields, from their descriptions (patrolog.core.fields)."""
    return [option(*f.flags, name=f.param, key=f.edit_help if editing else f.help,
                   multiple=f.many, metavar=f.metavar,
                   vocabulary=f.vocab if f.vocab in VOCAB_COMPLETION else None)
            for f in described]


def _define_add_kind(add_app: typer.Typer, kind: str) -> None:
    def add_record(ctx: typer.Context,
                   as_json: Annotated[bool, opt("--json", key="json")] = False) -> None:
        _add(ctx, kind, ctx.meta["options"], as_json)

    command_class = fields_command(_options(fields.options(kind)))
    add_app.command(kind, help=t(f"help.add_{kind}"), cls=command_class)(add_record)
    # The kind's other words, as `list` takes them (`add patroli`), not listed in the help.
    for word, meant in ADD_WORDS.items():
        if meant == kind and word != kind:
            add_app.command(word, help=t(f"help.add_{kind}"), hidden=True,
                            cls=command_class)(add_record)


def _define_edit(app: typer.Typer, sub: str | None) -> None:
    def edit_cmd(ctx: typer.Context,
                 ref: Annotated[str, typer.Argument(metavar="ID", help=t("opt.id"))],
                 as_json: Annotated[bool, opt("--json", key="json")] = False) -> None:
        given = {k: v for k, v in ctx.meta["options"].items() if v is not None}
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

    app.command("edit", help=t("help.edit"), epilog=t("help.edit_epilog"),
                cls=fields_command(_options(fields.edit_options(), editing=True)))(edit_cmd)


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
