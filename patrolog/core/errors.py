"""Errors carry a message key, not text: the CLI renders them in the user's language."""

from __future__ import annotations

from typing import Any

from patrolog.core.i18n import t


class PatrologError(Exception):
    """A failure the user should see as one line; `exit_code` follows SPEC §5."""

    exit_code = 2

    def __init__(self, key: str, /, **params: Any) -> None:
        super().__init__(key)
        self.key = key
        self.params = params

    def message(self) -> str:
        params = dict(self.params)
        if "field" in params:  # field names are shown in the user's language too
            params["field"] = t("field." + params["field"])
        if isinstance(params.get("month_no"), int):  # a month by its name: "November"
            params["month"] = t(f"digest.month.{params['month_no']}")
        return t(self.key, **params)


class InputError(PatrologError):
    """Bad input or usage (exit 2): a typo, an unknown id, a refused value."""

    exit_code = 2


class JournalError(PatrologError):
    """The journal cannot be used (exit 3): locked, unreadable, newer, corrupt."""

    exit_code = 3


class Interrupted(PatrologError):
    """Ctrl-C (or end of input at a prompt): nothing was written, exit 130."""

    exit_code = 130
