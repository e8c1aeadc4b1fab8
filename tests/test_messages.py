"""The catalogue: every text in both languages, each key in one area, placeholders alike."""

import ast
import re
import string
from pathlib import Path

import pytest

from conftest import REPO
from patrolog import messages
from patrolog.core.i18n import t


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_no_key_is_defined_in_two_areas() -> None:
    seen: dict[str, str] = {}
    for area, table in messages.areas().items():
        for key in table:
            assert key not in seen, f"{key} is in both {seen[key]} and {area}"
            seen[key] = area
    assert len(seen) == len(messages.everything())


@pytest.mark.parametrize("key", sorted(messages.everything()))
def test_both_languages_present_with_the_same_placeholders(key: str) -> None:
    english, indonesian = messages.everything()[key]
    assert english.strip() and indonesian.strip()
    assert _fields(english) == _fields(indonesian)


def test_lookup_reaches_keys_outside_core() -> None:
    outside = next(k for k in messages.everything() if k not in messages.CORE)
    assert messages.lookup(outside) == messages.everything()[outside]
    assert t(outside, lang="id") == messages.everything()[outside][1]
    assert messages.lookup("no.such.key") is None
    assert t("no.such.key") == "no.such.key"


# -- every key the code names is in the catalogue --------------------------------------------
# A key missing from the catalogue is not a crash in front of an officer (`t` shows the key
# itself), so only these tests catch it: they read the source, not a run.
SOURCE = REPO / "patrolog"
ERRORS = {"InputError", "JournalError", "Interrupted", "PatrologError"}


def _trees() -> list[tuple[str, ast.AST]]:
    return [(str(path.relative_to(SOURCE.parent)), ast.parse(path.read_text(encoding="utf-8")))
            for path in sorted(SOURCE.rglob("*.py")) if path.parent.name != "messages"]


def _key_shape() -> re.Pattern[str]:
    families = sorted({key.split(".")[0] for key in messages.everything()})
    return re.compile(r"(%s)\.[A-Za-z0-9_.]+" % "|".join(families))


def _called(node: ast.Call) -> str | None:
    func = node.func
    return func.id if isinstance(func, ast.Name) else \
        func.attr if isinstance(func, ast.Attribute) else None


def test_every_key_written_in_the_code_is_in_the_catalogue() -> None:
    """Each string in patrolog/ shaped like a key (`err.…`, `digest.…`) is one, and each key
    given to t(), InputError, JournalError or Interrupted is, whatever its shape."""
    shape, catalogue = _key_shape(), messages.everything()
    missing = []
    for where, tree in _trees():
        parts = {id(v) for node in ast.walk(tree) if isinstance(node, ast.JoinedStr)
                 for v in node.values}
        for node in ast.walk(tree):
            if (isinstance(node, ast.Constant) and isinstance(node.value, str)
                    and id(node) not in parts and shape.fullmatch(node.value)
                    and node.value not in catalogue
                    and not (node.value.endswith(("_", "."))  # a family: progress_bar("demo.phase_")
                             and any(key.startswith(node.value) for key in catalogue))):
                missing.append(f"{where}:{node.lineno} {node.value}")
            if (isinstance(node, ast.Call) and (_called(node) in ERRORS | {"t"}) and node.args
                    and isinstance(node.args[0], ast.Constant)
                    and isinstance(node.args[0].value, str)
                    and node.args[0].value not in catalogue):
                missing.append(f"{where}:{node.lineno} {node.args[0].value}")
    assert missing == []


def test_every_key_family_built_in_the_code_has_keys() -> None:
    """A key built from parts (f"digest.month.{n}") starts like some key in the catalogue."""
    shape, catalogue = _key_shape(), messages.everything()
    empty = []
    for where, tree in _trees():
        for node in ast.walk(tree):
            if (isinstance(node, ast.JoinedStr) and node.values
                    and isinstance(node.values[0], ast.Constant)
                    and shape.match(str(node.values[0].value))):
                start = node.values[0].value
                if not any(key.startswith(start) for key in catalogue):
                    empty.append(f"{where}:{node.lineno} {start}…")
    assert empty == []


def test_every_call_gives_the_placeholders_of_its_message() -> None:
    """t("key", name=…) and InputError("key", name=…) give every {placeholder} of the
    message (else it is shown with braces, or fails), and `field=` names a field's label."""
    catalogue = messages.everything()
    short = []
    for where, tree in _trees():
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and (_called(node) in ERRORS | {"t"})
                    and node.args and isinstance(node.args[0], ast.Constant)
                    and node.args[0].value in catalogue):
                continue
            names = {kw.arg for kw in node.keywords}
            if None in names:  # **params: not known from the source
                continue
            key = node.args[0].value
            lacking = _fields(catalogue[key][0]) - names
            if lacking:
                short.append(f"{where}:{node.lineno} {key} lacks {sorted(lacking)}")
            field = next((kw.value for kw in node.keywords if kw.arg == "field"), None)
            if (_called(node) in ERRORS and isinstance(field, ast.Constant)
                    and f"field.{field.value}" not in catalogue):
                short.append(f"{where}:{node.lineno} {key}: no label field.{field.value}")
    assert short == []


def test_areas_are_the_modules_of_the_package() -> None:
    """A new module in patrolog/messages is an area without being listed anywhere; each
    area holds a MESSAGES table; `core` is the only one loaded up front."""
    folder = Path(messages.__file__).parent
    modules = {p.stem for p in folder.glob("*.py") if p.stem != "__init__"}
    assert set(messages.area_names()) == modules - messages.NOT_AREAS
    assert {"core", "journal", "entry", "report"} <= set(messages.areas())
    assert all(isinstance(table, dict) and table for table in messages.areas().values())
