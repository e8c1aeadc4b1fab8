"""Language selection and message lookup.

All text lives in `patrolog.messages` as ``key: (english, indonesian)`` pairs;
this module only picks the language and formats.
"""

from __future__ import annotations

import os
from typing import Any

from patrolog.messages import lookup

LANGS = ("id", "en")
_current = "en"


def normalise_lang(value: str | None) -> str | None:
    """Map `id`, `in`, `id_ID.UTF-8`, `indonesia`, `en_US`, `english` to a code."""
    if not value:
        return None
    v = value.strip().lower()
    if v.startswith(("id", "in_", "indo", "bahasa")) or v == "in":
        return "id"
    if v.startswith("en"):
        return "en"
    return None


def lang_from_env() -> str | None:
    """`PATROLOG_LANG` only; `LANG` is consulted last, after the journal's config."""
    return normalise_lang(os.environ.get("PATROLOG_LANG"))


def lang_from_locale() -> str:
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        code = normalise_lang(os.environ.get(var))
        if code:
            return code
    return "en"


def set_lang(lang: str) -> None:
    global _current
    _current = lang if lang in LANGS else "en"


def get_lang() -> str:
    return _current


def t(key: str, /, lang: str | None = None, **params: Any) -> str:
    pair = lookup(key)
    if pair is None:  # a missing key is a bug, but never a crash in front of an officer
        return key
    text = pair[1] if (lang or _current) == "id" else pair[0]
    return text.format(**params) if params else text
