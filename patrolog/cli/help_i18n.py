"""Typer's own help words (Usage, Options, ...) in the user's language.

Typer 0.28 vendors click and hard-codes these strings in English; they are
swapped here for catalogue entries. Typer is pinned below 0.29 in
pyproject.toml, and tests/test_records.py checks the Indonesian help, so a
typer upgrade that moves these names fails loudly instead of silently.
"""

from __future__ import annotations

from typing import Any

import typer.core
from typer._click import core as click_core
from typer._click import formatting

from patrolog.core.i18n import get_lang, t
from patrolog.core.kinds import BY_WORD
from patrolog.messages.examples import EXAMPLES, HEADING

_WORDS = {
    "Arguments": "help.section_arguments",
    "Options": "help.section_options",
    "Commands": "help.section_commands",
    "required": "help.required",
    "default: {default}": "help.default",
    "Show this message and exit.": "help.help_option",
    "Install completion for the current shell.": "help.install_completion",
    "Show completion for the current shell, to copy it or customize the installation.":
        "help.show_completion",
}
_installed = False


def _translate(text: str) -> str:
    key = _WORDS.get(text)
    return t(key) if key else text


def install() -> None:
    """Patch once per process; the words follow the current language at render time."""
    global _installed
    if _installed:
        return
    _installed = True
    typer.core._ = _translate  # typer.core looks `_` up at call time

    original_usage = formatting.HelpFormatter.write_usage

    def write_usage(self: Any, prog: str, args: str = "", prefix: str | None = None) -> None:
        original_usage(self, prog, args, prefix if prefix is not None else t("help.usage") + " ")

    formatting.HelpFormatter.write_usage = write_usage  # type: ignore[method-assign]

    original_help_option = click_core.Command.get_help_option

    def get_help_option(self: Any, ctx: Any) -> Any:
        option = original_help_option(self, ctx)
        if option is not None:
            option.help = t("help.help_option")
        return option

    click_core.Command.get_help_option = get_help_option  # type: ignore[method-assign]
    click_core.Command.format_epilog = format_epilog  # type: ignore[method-assign]
    click_core.Command.get_short_help_str = short_help  # type: ignore[method-assign]


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


def format_epilog(self: Any, ctx: Any, formatter: Any) -> None:
    """The epilog's prose, wrapped, then the command's examples, one per line, unwrapped,
    each starting with `patrolog`, so each can be copied and run as it stands (SPEC §3).
    Example lines written into an epilog itself join the examples at the end."""

    prose: list[str] = []
    own: list[str] = []
    for line in (self.epilog or "").split("\n"):
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


def short_help(self: Any, limit: int = 45) -> str:
    """A command's line in its group's list: the first sentence of its help, whole — click
    would cut it at the first full stop, which in 'e.g. P12' / 'mis. P12' is mid-sentence."""
    if self.short_help:
        return self.short_help
    text = (self.help or "").strip().split("\n\n")[0]
    return " ".join(text.split())


def localise_completion_options(command: Any) -> None:
    for param in command.params:
        if param.name in ("install_completion", "show_completion"):
            param.help = _translate(param.help or "")
