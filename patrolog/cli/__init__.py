"""The command line: parse, call the library, hand data to a renderer.

The app is built for one language (help texts are translated), so `main()`
resolves the language from argv, the environment and the journal first.
"""

import gc
import os
import sqlite3
import sys
from collections.abc import Sequence
from typing import Annotated, Any, Optional

import typer

from patrolog import __version__
from patrolog.cli.help_i18n import App, HelpGroup, install
from patrolog.cli.typer_private import (
    WHOLE_NUMBER_TYPES,
    BadOptionUsage,
    MissingParameter,
    NoArgsIsHelpError,
    NoSuchOption,
)
from patrolog.core.errors import Interrupted, JournalError, PatrologError
from patrolog.core.i18n import (
    lang_from_env,
    lang_from_locale,
    normalise_lang,
    set_lang,
    t,
)
from patrolog.core.output import fail
from patrolog.core.paths import journal_path
from patrolog.core.userconfig import get
from patrolog.journal.store import COMMITS, journal_error

EX_SOFTWARE = 70


def _scan(args: Sequence[str], name: str) -> str | None:
    for i, arg in enumerate(args):
        if arg == "--":
            break
        if arg == name and i + 1 < len(args):
            return args[i + 1]
        if arg.startswith(name + "="):
            return arg.split("=", 1)[1]
    return None


def resolve_lang(args: Sequence[str]) -> str:
    """`--lang`, then `PATROLOG_LANG`, then the user's config (`config set lang`), then
    `LANG`. The language is the person's, not the journal's: it is never read from one."""

    return (normalise_lang(_scan(args, "--lang")) or lang_from_env()
            or normalise_lang(get("lang")) or lang_from_locale())


def warn_unknown_lang_env() -> None:
    """An unknown PATROLOG_LANG is named on stderr, one line, and the run goes on in the
    language found next: a cron job is not stopped by a typo in its environment."""
    value = os.environ.get("PATROLOG_LANG")
    if value and value.strip() and normalise_lang(value) is None:
        fail(t("warn.unknown_lang_env", value=value.strip()))


def _usage_message(exc: typer.TyperException, args: Sequence[str]) -> str:
    """Click's usage errors, one line, in the user's language: told apart by type, worded
    from what each carries (the option's name, the parameter), never from click's English."""
    if isinstance(exc, NoSuchOption):
        return t("err.no_such_option", option=exc.option_name)
    if isinstance(exc, BadOptionUsage):  # `--limit` last with no value, or `--json=x`
        if any(arg.startswith(f"{exc.option_name}=") for arg in args):
            return t("err.option_takes_no_value", option=exc.option_name)
        return t("err.option_needs_value", option=exc.option_name)
    if isinstance(exc, MissingParameter):
        param = exc.param
        if param is not None and param.param_type_name == "argument":  # `search` with no text
            # named in the user's words (`kata yang dicari`), not by its English metavar
            key = f"arg.{param.name}"
            named = t(key)
            return t("err.missing_argument",
                     name=named if named != key else param.metavar or (param.name or "").upper())
        name = _param_name(param)
        return t("err.missing_option", option=name.upper() if not name.startswith("-") else name)
    if isinstance(exc, typer.BadParameter):
        param = exc.param
        name = _param_name(param)
        if param is not None and param.type.name in WHOLE_NUMBER_TYPES:
            value = _given(args, param.opts)
            low = getattr(param.type, "min", None)
            if low is None:
                return t("err.bad_whole_number", option=name, value=value)
            return t("err.bad_whole_number_min", option=name, min=low, value=value)
        return t("err.bad_value", option=name, detail=exc.message)
    return t("err.usage", detail=exc.message)


def _param_name(param: Any) -> str:
    return "/".join(getattr(param, "opts", None) or []) or getattr(param, "name", "") or ""


def _given(args: Sequence[str], opts: Sequence[str]) -> str:
    """The value the command line gave an option (the last one given: it is the one click
    converts)."""
    found = "?"
    for i, arg in enumerate(args):
        if arg == "--":
            break
        for name in opts:
            if arg == name and i + 1 < len(args):
                found = args[i + 1]
            elif arg.startswith(name + "=") and name.startswith("--"):
                found = arg.split("=", 1)[1]
            elif len(name) == 2 and len(arg) > 2 and arg.startswith(name) \
                    and not arg.startswith("--"):  # `-n5`
                found = arg[2:]
    return found


# The order an officer meets the commands in: the shift, the week, the scripts, the setup.
COMMAND_ORDER = ("add", "list", "show", "edit", "delete", "search", "followups", "report", "due",
                 "export", "import", "merge", "push", "server", "keys", "erase", "purge",
                 "backup", "restore", "demo", "config", "info", "check")


class SavedThenInterrupted(PatrologError):
    """Ctrl-C after the command's transaction committed (during the file's clean-up or the
    counts): the changes are in the journal, so the run did what it was asked (exit 0)."""

    exit_code = 0


class Group(HelpGroup):
    """The program: maps every failure to one line on stderr and the exit codes of
    docs/commands.md#exit-codes-and-errors."""

    def invoke(self, ctx: Any) -> Any:
        # typer would turn Ctrl-C inside a command into a silent exit 130
        commits = COMMITS[0]
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt:
            if COMMITS[0] > commits:  # after the commit: the work is saved, and said so
                raise SavedThenInterrupted("err.interrupted_saved") from None
            raise Interrupted("err.interrupted") from None
        except BrokenPipeError:
            # click would answer a closed pipe with exit 1; `patrolog list | head` is fine
            raise _PipeClosed() from None

    def list_commands(self, ctx: Any) -> list[str]:
        names = super().list_commands(ctx)
        rank = {name: i for i, name in enumerate(COMMAND_ORDER)}
        return sorted(names, key=lambda name: rank.get(name, len(rank)))

    def main(self, args: Sequence[str] | None = None, prog_name: str | None = None,
             complete_var: str | None = None, standalone_mode: bool = True,
             **extra: Any) -> Any:
        commits = COMMITS[0]
        args = hoist_globals(list(sys.argv[1:] if args is None else args))
        try:
            rv = super().main(args=args, prog_name=prog_name or "patrolog",
                              complete_var=complete_var, standalone_mode=False, **extra)
        except PatrologError as exc:
            fail(exc.message())
            sys.exit(exc.exit_code)
        except NoArgsIsHelpError as exc:  # `patrolog config`: its help, as `patrolog` gives
            if exc.ctx is not None:
                sys.stdout.write(exc.ctx.get_help() + "\n")
            sys.exit(0)
        except typer.TyperException as exc:
            fail(_usage_message(exc, args))
            sys.exit(2)
        except (typer.Abort, KeyboardInterrupt):
            if COMMITS[0] > commits:
                fail(t("err.interrupted_saved"))
                sys.exit(0)
            fail(t("err.interrupted"))
            sys.exit(130)
        except sqlite3.DatabaseError as exc:  # one the library did not map: keyed all the same

            error = journal_error(exc, journal_path(_scan(list(args or sys.argv[1:]), "--db")))
            fail(error.message())
            sys.exit(error.exit_code)
        except (BrokenPipeError, _PipeClosed):
            _quiet_stdout()
            sys.exit(0)
        except Exception as exc:  # a bug: still one line, the traceback only on request
            if _not_utf8(exc):  # bad input, not a bug; a write was rolled back
                fail(t("err.not_utf8", text=_bytes_shown(exc.object)))
                sys.exit(2)
            if isinstance(exc, ValueError) and "isoformat" in str(exc):
                # a stored time another tool wrote, met where no check names its record
                error = JournalError("err.damaged_time", value=str(exc).rsplit(":", 1)[-1]
                                     .strip().strip("'")[:40])
                fail(error.message())
                sys.exit(error.exit_code)
            if os.environ.get("PATROLOG_DEBUG"):
                raise
            fail(t("err.internal", detail=f"{type(exc).__name__}: {exc}"))
            sys.exit(EX_SOFTWARE)
        try:  # what is still buffered goes now, while a closed pipe can be answered quietly
            sys.stdout.flush()
        except BrokenPipeError:
            _quiet_stdout()
        sys.exit(rv if isinstance(rv, int) else 0)


class _PipeClosed(Exception):
    """The reader of stdout went away (`patrolog list | head`): not a failure."""


def _quiet_stdout() -> None:
    """Point stdout at /dev/null, so the flush at exit does not fail again and print
    "Exception ignored ... BrokenPipeError" on stderr."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):  # stdout replaced (tests) or closed
        pass


def hoist_globals(args: list[str]) -> list[str]:
    """`--db` and `--lang` wherever the user put them (`list --help --lang id`), moved in
    front of the command, where click looks for the options of the whole program."""
    front: list[str] = []
    rest: list[str] = []
    i = 0
    while i < len(args):
        arg = args[i]
        if arg == "--":
            rest.extend(args[i:])
            break
        if arg in _VALUE_OPTIONS and i + 1 < len(args):
            front += args[i:i + 2]
            i += 2
            continue
        if arg.startswith(tuple(f"{name}=" for name in _VALUE_OPTIONS)):
            front.append(arg)
        else:
            rest.append(arg)
        i += 1
    return front + rest


def _not_utf8(exc: Exception) -> bool:
    """Bytes on the command line that are not UTF-8 (a Latin-1 terminal, a pasted name)
    reach Python as lone surrogates, which SQLite and stdout cannot take."""
    return isinstance(exc, UnicodeEncodeError) and isinstance(exc.object, str) and any(
        "\udc80" <= ch <= "\udcff" for ch in exc.object)


def _bytes_shown(text: str) -> str:
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _version(value: bool) -> None:
    if value:
        sys.stdout.write(f"patrolog {__version__}\n")
        raise typer.Exit()


def build_app(lang: str, argv: Sequence[str] | None = None) -> typer.Typer:
    """The app in `lang`; given `argv`, only the command it invokes is built."""

    set_lang(lang)
    install(lang)
    command = _invoked(argv)
    app = App(
        cls=Group,
        only=command or None,
        name="patrolog",
        help=t("help.app"),
        rich_markup_mode=None,  # rich costs ~40 ms to import; plain help is instant
        pretty_exceptions_enable=False,
        context_settings={"help_option_names": ["--help", "-h"], "max_content_width": 100},
        no_args_is_help=False,
        invoke_without_command=True,
    )

    @app.callback()
    def root(
        ctx: typer.Context,
        db: Annotated[Optional[str], typer.Option("--db", metavar="PATH",
                                                  help=t("opt.db"))] = None,
        lang_opt: Annotated[Optional[str], typer.Option("--lang", metavar="id|en",
                                                        help=t("opt.lang"))] = None,
        version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                              help=t("opt.version"))] = False,
    ) -> None:
        if lang_opt is not None and normalise_lang(lang_opt) is None:
            raise PatrologError("err.bad_lang", value=lang_opt)
        ctx.obj = {"db": db}
        if ctx.invoked_subcommand is None:
            sys.stdout.write(ctx.get_help() + "\n")

    if command is None:
        _register_all(app)
    elif command == "":
        # The command list of the top-level help: names and one-line help suffice.
        for name in COMMAND_MODULES:
            app.command(name, help=t(f"help.{name}"))(_listed_only)
    else:  # `app` registers this command alone (and `add` registers only `incident`)
        import importlib

        sub = _invoked_sub(argv, command)
        module = importlib.import_module(f"patrolog.cli.{COMMAND_MODULES[command]}")
        module.register(app, command, sub)
    return app


def _listed_only() -> None:
    """Stands in for a command in the top-level help; never run (argv named no command)."""


def _register_all(app: typer.Typer) -> None:
    import importlib

    for module in dict.fromkeys(COMMAND_MODULES.values()):
        importlib.import_module(f"patrolog.cli.{module}").register(app)


# Which module defines each command (a run builds only the command it invokes).
COMMAND_MODULES = {
    "add": "commands_records", "edit": "commands_records", "delete": "commands_records",
    "list": "commands_read", "show": "commands_read", "search": "commands_read",
    "config": "commands_config", "info": "commands_config",
    "export": "commands_exchange", "import": "commands_exchange", "merge": "commands_exchange",
    "report": "commands_report", "followups": "commands_followups",
    "due": "commands_followups", "demo": "commands_demo",
    "erase": "commands_privacy", "purge": "commands_privacy",
    "check": "commands_check", "keys": "commands_keys",
    "backup": "commands_backup", "restore": "commands_backup",
    "push": "commands_server", "server": "commands_server",
}
_VALUE_OPTIONS = ("--db", "--lang")


def _words(argv: Sequence[str]) -> list[str]:
    """The positional words of `argv` (options and the values of --db/--lang skipped)."""
    words, skip = [], False
    for arg in argv:
        if skip:
            skip = False
        elif arg in _VALUE_OPTIONS:
            skip = True
        elif not arg.startswith("-"):
            words.append(arg)
    return words


def _invoked(argv: Sequence[str] | None) -> str | None:
    """The command `argv` invokes; "" for none (top-level help, an unknown word); None to
    build everything (no argv, as in tests, or TAB completion, which may walk any command).

    Building a typer command costs about a millisecond per option, and `patrolog --help`
    or `patrolog add` run on every TAB press and every cron tick."""
    if argv is None or any(k.endswith("_COMPLETE") for k in os.environ):
        return None
    words = _words(argv)
    if not words:
        return ""
    return words[0] if words[0] in COMMAND_MODULES else ""


def _invoked_sub(argv: Sequence[str] | None, command: str) -> str | None:
    """The word after the command (`add incident` -> `incident`), if any."""
    words = _words(argv or [])
    return words[1] if len(words) > 1 and words[0] == command else None


def main(argv: Sequence[str] | None = None) -> None:
    args = list(sys.argv[1:] if argv is None else argv)
    app = build_app(resolve_lang(args), args)
    warn_unknown_lang_env()
    if not gc.isenabled():  # paused by patrolog.console for start-up
        gc.freeze()  # start-up's objects live until exit: never walk them again
        gc.enable()
    app(args=args, prog_name="patrolog")
