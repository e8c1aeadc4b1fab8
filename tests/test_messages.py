"""The catalogue: every text in both languages, each key in one area, placeholders alike."""

import string

import pytest

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
