"""Small pieces every command module shares."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import typer
from typer.core import TyperOption

from patrolog.cli.help_i18n import Command
from patrolog.core import vocab
from patrolog.core.errors import JournalError
from patrolog.core.i18n import t
from patrolog.core.output import Progress
from patrolog.core.paths import journal_path
from patrolog.journal.store import Store


def open_store(ctx: typer.Context, *, create: bool = False, must_exist: bool = False,
               server: str | None = None, unit: str | None = None,
               every_unit: bool = False) -> Store:
    """The journal named by `--db` / `PATROLOG_DB` / the data dir; created only by writers.
    `must_exist`: a missing journal is exit 3 naming it (cron's `due` must not take a
    mistyped PATROLOG_DB for a journal with nothing logged). With `server` or `unit` (the
    reading commands' `--server`, `--unit`): the unit's server read as that unit's journal
    (docs/server.md); `every_unit`: without `unit`, every unit the login reads."""
    import os

    if server is not None or unit is not None:
        # by name, as the command modules: `add` and `--help` never load the server's code
        server_store = importlib.import_module("patrolog.server.store")
        return server_store.open_server(  # type: ignore[no-any-return]
            server, unit, every_unit=every_unit)
    root = ctx.find_root()
    db = (root.obj or {}).get("db")
    path = journal_path(db)
    if must_exist and not os.path.lexists(path):
        raise JournalError("err.journal_missing", path=str(path))
    return Store.open(path, create=create)


def server_opt() -> Any:
    """`--server URL` of the reading commands (docs/server.md)."""
    return typer.Option("--server", metavar="URL", help=t("opt.server"))


def unit_opt() -> Any:
    """`--unit UNIT` of the reading commands: that unit, read from the server."""
    return typer.Option("--unit", metavar="UNIT", help=t("opt.read_unit"))


_METAVARS = {"start": "TIME", "end": "TIME", "at": "TIME", "duration": "DURATION",
             "due": "DATE", "since": "DATE", "until": "DATE", "limit": "N"}


# Option help keys whose values TAB completes from a vocabulary; options built from
# `patrolog.core.fields` name their vocabulary themselves.
_VOCAB_OPTIONS = {"patrol_kind": "patrol_kind", "incident_kind": "incident_kind",
                  "severity": "severity", "status": "status", "role": "role"}
VOCAB_COMPLETION = frozenset({*_VOCAB_OPTIONS.values(), "contact_field"})


def completer(vocabulary: str) -> Callable[[str], list[str]]:
    def complete(incomplete: str) -> list[str]:
        import os

        found = vocab.complete(vocabulary, incomplete)
        if os.environ.get("_PATROLOG_COMPLETE", "").endswith("bash"):
            # bash puts the text on the line as it is: "patroli dialogis" would be two words
            found = [word.replace(" ", "\\ ") for word in found]
        return found

    return complete


def opt(*names: str, key: str, **kwargs: Any) -> Any:
    """A typer option whose help comes from the catalogue (and TAB offers its labels in the user's language)."""
    kwargs.setdefault("metavar", _METAVARS.get(key, "TEXT"))
    if key in _VOCAB_OPTIONS:
        kwargs.setdefault("autocompletion", completer(_VOCAB_OPTIONS[key]))
    return typer.Option(*names, help=t(f"opt.{key}"), **kwargs)


def option(*flags: str, name: str, key: str, multiple: bool = False,
           metavar: str | None = None, vocabulary: str | None = None) -> TyperOption:
    """A click option, as `opt` declares one for typer, for commands whose options are made
    from data (`FieldsCommand`): help from the catalogue, TAB offering a vocabulary."""
    vocabulary = vocabulary or _VOCAB_OPTIONS.get(key)
    complete = completer(vocabulary) if vocabulary else None
    return TyperOption(
        param_decls=[*flags, name], multiple=multiple, default=None, help=t(f"opt.{key}"),
        metavar=metavar or _METAVARS.get(key, "TEXT"),
        autocompletion=(lambda ctx, args, incomplete: complete(incomplete)) if complete
        else None)


class FieldsCommand(Command):
    """A command with options made from data (`patrolog.core.fields`) besides those typer
    reads from its function: they come before `--json`, and their values reach the function
    as ``ctx.meta["options"]`` (a name -> value dict, None for an option not given), through
    click's own `Command.params`. Made for each command by `fields_command`."""

    options: list[TyperOption] = []

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        at = next((i for i, p in enumerate(self.params) if p.name == "as_json"),
                  len(self.params))
        self.params[at:at] = self.options

    def invoke(self, ctx: Any) -> Any:
        values = {p.name: ctx.params.pop(p.name, None) for p in self.options}
        ctx.meta["options"] = {name: (list(v) or None) if isinstance(v, tuple) else v
                               for name, v in values.items()}
        return super().invoke(ctx)


def fields_command(options: list[TyperOption]) -> type[FieldsCommand]:
    """The command class (typer's ``cls=``) of a command with these options."""
    return type("FieldsCommand", (FieldsCommand,), {"options": options})


@contextmanager
def progress_bar(prefix: str) -> Iterator[Progress | None]:
    """A progress callback `(phase, done, total)` drawing on stderr when it is a terminal,
    with `prefix + phase` as the catalogue key of each phase's label; None otherwise, so
    scripts and cron get clean output."""
    if not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        TextColumn,
        TimeElapsedColumn,
    )
    from rich.progress import Progress as Bar

    bar = Bar(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
              TimeElapsedColumn(), console=Console(stderr=True), transient=True)
    tasks: dict[str, Any] = {}

    def update(phase: str, done: int, total: int) -> None:
        if phase not in tasks:
            tasks[phase] = bar.add_task(t(prefix + phase), total=total)
        bar.update(tasks[phase], completed=done, total=total)

    with bar:
        yield update


Define = Callable[[typer.Typer, "str | None"], None]


def define_commands(table: dict[str, Define], app: typer.Typer, command: str | None,
                    sub: str | None) -> None:
    """Define a command module's commands from its table; given `command`, only that one
    (and of a group, only `sub` when it names one): each definition builds its
    annotations, which costs time on every run."""
    if command is None:
        for define in table.values():
            define(app, None)
    else:
        table[command](app, sub)
