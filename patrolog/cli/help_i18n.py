"""Typer's own help words (Usage, Options, ...) in the user's language, through public means.

- The words typer itself passes through gettext (``from gettext import gettext as _`` in
  typer.core: the section titles "Arguments", "Options", "Commands", "required",
  "default: {default}") come from a gettext catalogue made from patrolog's messages
  (patrolog/messages/locale/, written by `write_catalogue`, kept in step by a test) and
  bound with `gettext.bindtextdomain`; the language is chosen with ``LANGUAGE``, as
  gettext reads it.
- The words typer's vendored click writes without gettext ("Usage:", the help option's
  text), the examples after a command's help and a command's line in its group's list are
  methods of the classes every patrolog command is built with (`Command`, `HelpGroup`),
  handed to typer through its documented ``cls=`` (`App` makes that the default).

Nothing of typer or click is patched (docs/architecture.md, "The command line").
"""

from __future__ import annotations

import gettext
import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import typer
from typer.core import TyperCommand, TyperGroup

from patrolog.core.errors import InputError
from patrolog.core.i18n import get_lang, t
from patrolog.core.kinds import BY_WORD
from patrolog.messages import lookup
from patrolog.messages.examples import EXAMPLES, HEADING

# gettext's default domain, the one typer.core's `_` (gettext.gettext) looks words up in.
DOMAIN = "messages"
LOCALE_DIR = Path(__file__).resolve().parent.parent / "messages" / "locale"
# typer's words (its gettext message ids) -> the catalogue's keys
GETTEXT_WORDS = {
    "Arguments": "help.section_arguments",
    "Options": "help.section_options",
    "Commands": "help.section_commands",
    "required": "help.required",
    "default: {default}": "help.default",
}
# typer's own help of the completion options it adds to the program
COMPLETION_HELP = {"install_completion": "help.install_completion",
                   "show_completion": "help.show_completion"}


def install(lang: str) -> None:
    """typer's gettext words in `lang` from here on (English: its own message ids)."""
    gettext.bindtextdomain(DOMAIN, str(LOCALE_DIR))
    os.environ["LANGUAGE"] = lang


# -- the catalogue typer's gettext calls read ------------------------------------------------
def catalogue_path(lang: str) -> Path:
    return LOCALE_DIR / lang / "LC_MESSAGES" / f"{DOMAIN}.mo"


def catalogue_bytes(lang: str) -> bytes:
    """A GNU gettext catalogue (.mo) of `GETTEXT_WORDS` in `lang`, from patrolog's messages."""
    index = 1 if lang == "id" else 0
    words = {"": "Content-Type: text/plain; charset=UTF-8\n"}
    for msgid, key in GETTEXT_WORDS.items():
        pair = lookup(key)
        assert pair is not None, key
        words[msgid] = pair[index]
    ids = sorted(words)
    keys = b"".join(i.encode() + b"\0" for i in ids)
    values = b"".join(words[i].encode() + b"\0" for i in ids)
    header = 7 * 4
    key_table = header
    value_table = key_table + 8 * len(ids)
    key_start = value_table + 8 * len(ids)
    value_start = key_start + len(keys)
    table: list[int] = []
    offset = 0
    for i in ids:
        table += [len(i.encode()), key_start + offset]
        offset += len(i.encode()) + 1
    offset = 0
    for i in ids:
        table += [len(words[i].encode()), value_start + offset]
        offset += len(words[i].encode()) + 1
    import array  # only the tests and the release write the catalogue
    import struct

    return (struct.pack("<7I", 0x950412DE, 0, len(ids), key_table, value_table, 0, key_start)
            + array.array("I", table).tobytes() + keys + values)


def write_catalogue() -> None:
    """Rewrite the catalogue from the messages (run after changing one of its words)."""
    path = catalogue_path("id")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(catalogue_bytes("id"))


# -- the classes patrolog's commands are built with -------------------------------------------
def examples(command_path: str) -> list[str]:
    """The examples of `patrolog …` (its path after the program name) in the current language."""
    key = command_path.partition(" ")[2] if " " in command_path else ""
    command, _, kind = key.partition(" ")
    if command == "add" and kind in BY_WORD:  # `add patroli` shows `add patrol`'s
        key = f"add {BY_WORD[kind].name}"
    pair = EXAMPLES.get(key)
    if pair is None:
        return []
    return list(pair[1] if get_lang() == "id" else pair[0])


class Words:
    """What click writes in English without gettext, in the user's language."""

    def format_usage(self, ctx: Any, formatter: Any) -> None:
        pieces = self.collect_usage_pieces(ctx)  # type: ignore[attr-defined]
        formatter.write_usage(ctx.command_path, " ".join(pieces), prefix=t("help.usage") + " ")

    def get_help_option(self, ctx: Any) -> Any:
        option = super().get_help_option(ctx)  # type: ignore[misc]
        if option is not None:
            option.help = t("help.help_option")
        return option

    def format_epilog(self, ctx: Any, formatter: Any) -> None:
        """The epilog's prose, wrapped, then the command's examples, one per line, unwrapped,
        each starting with `patrolog`, so each can be copied and run as it stands (README).
        Example lines written into an epilog itself join the examples at the end."""
        prose: list[str] = []
        own: list[str] = []
        for line in (self.epilog or "").split("\n"):  # type: ignore[attr-defined]
            if line.strip().startswith("patrolog "):
                own.append(line.strip())
            elif line.strip() not in (*HEADING, "\b"):
                prose.append(line)
        for paragraph in "\n".join(prose).split("\n\n"):
            if paragraph.strip():
                formatter.write_paragraph()
                with formatter.indentation():
                    formatter.write_text(paragraph.strip())
        lines = own + [e for e in examples(ctx.command_path) if e not in own]
        if lines:
            formatter.write_paragraph()
            formatter.write_text(HEADING[1] if get_lang() == "id" else HEADING[0])
            for line in lines:
                formatter.write(f"{'':>{formatter.current_indent}}  {line}\n")

    def get_short_help_str(self, limit: int = 45) -> str:
        """A command's line in its group's list: the first sentence of its help, whole —
        click would cut it at the first full stop, which in 'e.g. P12' / 'mis. P12' is
        mid-sentence."""
        if self.short_help:  # type: ignore[attr-defined]
            return self.short_help  # type: ignore[attr-defined]
        text = (self.help or "").strip().split("\n\n")[0]  # type: ignore[attr-defined]
        return " ".join(text.split())


class Command(Words, TyperCommand):
    """Every patrolog command (typer builds it with ``cls=Command``)."""

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        """Words left over (`list a b`) are told in the user's language: click's own check
        is turned off for the call (its context's public `allow_extra_args`), this one
        named them."""
        if ctx.allow_extra_args:
            return super().parse_args(ctx, args)
        ctx.allow_extra_args = True
        try:
            rest = super().parse_args(ctx, args)
        finally:
            ctx.allow_extra_args = False
        if rest and not ctx.resilient_parsing:
            raise InputError("err.extra_argument", detail=" ".join(map(_shown, rest)))
        return rest


def _shown(text: str) -> str:
    """A word from the command line without terminal control characters."""
    return re.sub(r"[\x00-\x1f\x7f-\x9f]", lambda m: f"\\x{ord(m[0]):02x}", str(text))


class HelpGroup(Words, TyperGroup):
    """Every patrolog group of commands (`add`, `config`; the program's own is
    `patrolog.cli.Group`)."""

    def resolve_command(self, ctx: Any, args: list[str]) -> Any:
        """An unknown command is named in the user's language (click's words are English);
        a word that looks like an option is click's to refuse, as an unknown option."""
        name = args[0] if args else ""
        if (self.get_command(ctx, name) is None and not ctx.resilient_parsing
                and (not name or name[:1].isalnum())):
            raise InputError("err.no_such_command", detail=name)
        return super().resolve_command(ctx, args)

    def get_params(self, ctx: Any) -> list[Any]:
        """The completion options typer adds to the program, with help in the user's words."""
        params = super().get_params(ctx)
        for param in params:
            key = COMPLETION_HELP.get(param.name or "")
            if key:
                param.help = t(key)
        return params


class App(typer.Typer):
    """typer.Typer whose commands and groups are patrolog's classes (typer's ``cls=``).

    `only`: the one command a run invokes. Building a typer command costs about a
    millisecond per option, and `patrolog add` or `--help` run on every TAB press and
    every cron tick: the others are not registered."""

    def __init__(self, *, cls: type[TyperGroup] | None = None, only: str | None = None,
                 **kwargs: Any) -> None:
        super().__init__(cls=cls or HelpGroup, **kwargs)
        self.only = only

    def command(self, name: str | None = None, *, cls: type[TyperCommand] | None = None,
                **kwargs: Any) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
        if self.only is not None and name != self.only:
            return lambda func: func
        return super().command(name, cls=cls or Command, **kwargs)

    def add_typer(self, typer_instance: typer.Typer, *, name: str | None = None,
                  **kwargs: Any) -> None:
        if self.only is not None and name != self.only:
            return
        super().add_typer(typer_instance, name=name, **kwargs)
