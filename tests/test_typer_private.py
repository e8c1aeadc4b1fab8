"""Typer used, not patched (issue 16 point 4): nothing of typer or its click is replaced at
run time, typer's gettext words come from a catalogue made from the messages, and the few
names typer keeps private (patrolog/cli/typer_private.py) are where patrolog takes them
from and are what typer raises: these tests fail the day typer changes that."""

from __future__ import annotations

import gettext
import inspect
from typing import Annotated, Optional

import pytest
import typer
import typer.core
from typer._click import core as click_core
from typer._click import formatting

from patrolog.cli import build_app
from patrolog.cli import typer_private as private
from patrolog.cli.help_i18n import GETTEXT_WORDS, catalogue_bytes, catalogue_path, install
from patrolog.messages import lookup


def _tiny() -> typer.Typer:
    """A plain typer program (none of patrolog's classes): what typer itself raises."""
    app = typer.Typer()
    sub = typer.Typer(no_args_is_help=True)
    app.add_typer(sub, name="group")

    @sub.command("inner")
    def inner() -> None:
        """Inner."""

    @app.command("cmd")
    def cmd(limit: Annotated[int, typer.Option("--limit", min=0)] = 0,
            name: Annotated[Optional[str], typer.Option("--name")] = None,
            flag: Annotated[bool, typer.Option("--flag")] = False,
            needed: Annotated[str, typer.Option("--needed")] = "x") -> None:
        """Cmd."""

    @app.command("need")
    def need(text: Annotated[str, typer.Argument()]) -> None:
        """Need."""

    return app


@pytest.mark.parametrize(("args", "error"), [
    (["cmd", "--bogus"], private.NoSuchOption),
    (["cmd", "--name"], private.BadOptionUsage),
    (["cmd", "--flag=x"], private.BadOptionUsage),
    (["need"], private.MissingParameter),
    (["group"], private.NoArgsIsHelpError),
    (["cmd", "--limit", "x"], typer.BadParameter),
    (["cmd", "--limit", "-1"], typer.BadParameter),
])
def test_typer_raises_the_classes_patrolog_tells_apart(args, error):
    command = typer.main.get_command(_tiny())
    with pytest.raises(typer.TyperException) as raised:
        command.main(args, prog_name="tiny", standalone_mode=False)
    assert type(raised.value) is error
    assert issubclass(error, private.UsageError)
    if error is typer.BadParameter:  # patrolog words it from the parameter, not the message
        assert raised.value.param.type.name in private.WHOLE_NUMBER_TYPES
        assert raised.value.param.opts == ["--limit"]
    if error in (private.NoSuchOption, private.BadOptionUsage):
        assert raised.value.option_name in ("--bogus", "--name", "--flag")


def test_typer_is_the_version_patrolog_is_pinned_to():
    major, minor = (int(part) for part in typer.__version__.split(".")[:2])
    assert (major, minor) < (0, 29)


def _own(cls: type) -> dict[str, str]:
    """Where each function defined on a class comes from."""
    return {name: getattr(value, "__module__", "") for name, value in vars(cls).items()
            if inspect.isfunction(value)}


def test_nothing_of_typer_or_click_is_patched(journal):
    for lang in ("en", "id"):
        journal.ok("--lang", lang, "--help")
        journal.ok("--lang", lang, "add", "incident", "--help")
        journal.run("--lang", lang, "list", "--bogus")
    build_app("id")
    assert typer.core._ is gettext.gettext
    for cls in (click_core.Command, click_core.Parameter,
                typer.core.TyperCommand, typer.core.TyperGroup, typer.core.TyperOption,
                formatting.HelpFormatter, typer.Typer):
        where = _own(cls)
        assert where and all(module.startswith("typer") for module in where.values()), \
            (cls, {n: m for n, m in where.items() if not m.startswith("typer")})


def test_the_gettext_catalogue_is_in_step_with_the_messages():
    assert catalogue_path("id").read_bytes() == catalogue_bytes("id"), \
        "run: python -c 'from patrolog.cli.help_i18n import write_catalogue; write_catalogue()'"
    # English needs no catalogue: the messages say what typer says
    for msgid, key in GETTEXT_WORDS.items():
        assert lookup(key)[0] == msgid


def test_typer_words_come_through_gettext():
    try:
        install("id")
        assert [typer.core._(word) for word in GETTEXT_WORDS] == \
            ["Argumen", "Opsi", "Perintah", "wajib", "bawaan: {default}"]
        install("en")
        assert [typer.core._(word) for word in GETTEXT_WORDS] == list(GETTEXT_WORDS)
    finally:
        install("en")


@pytest.mark.parametrize(("args", "en", "id_"), [
    (["list", "--json=x"], "--json takes no value", "--json tidak menerima nilai"),
    (["list", "--limit"], "--limit needs a value", "--limit perlu diisi nilainya"),
    (["list", "--limit", "-5"], "--limit must be a whole number, 0 or more, not '-5'",
     "--limit harus bilangan bulat 0 atau lebih, bukan '-5'"),
    (["list", "--limit=-3", "--limit", "x"], "--limit must be a whole number, 0 or more, not 'x'",
     "bukan 'x'"),
    (["list", "a", "b", "c"], "unexpected extra argument b c", "argumen berlebih b c"),
    (["bogus"], "no such command 'bogus'", "perintah 'bogus' tidak ada"),
    (["add", "bogus"], "no such command 'bogus'", "perintah 'bogus' tidak ada"),
    (["list", "--nope"], "no such option --nope", "opsi --nope tidak ada"),
    (["search"], "missing: the words to look for", "Kata yang dicari belum diberikan"),
])
def test_usage_errors_in_both_languages_without_click_words(journal, args, en, id_):
    for lang, expected in (("en", en), ("id", id_)):
        res = journal.run("--lang", lang, *args)
        assert res.exit_code == 2, res
        assert res.stderr.startswith("patrolog: ") and res.stderr.count("\n") == 1, res.stderr
        assert expected in res.stderr, res.stderr
        for english in ("Option '", "does not take", "is not a valid", "not in the range",
                        "Got unexpected", "No such"):
            assert english not in res.stderr


def test_a_group_given_no_command_shows_its_help(journal):
    res = journal.run("--lang", "id", "config")
    assert res.exit_code == 0 and res.stdout.startswith("Penggunaan: patrolog config"), res
    assert "Perintah:" in res.stdout and res.stderr == ""
