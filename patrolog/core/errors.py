"""Errors carry a message key, not text: the CLI renders them in the user's language."""

from __future__ import annotations

from typing import Any

from patrolog.core.i18n import t


class Words:
    """A message named by its key, to be worded when shown: what an error's parameter is
    when it is itself a sentence (`check` finding damage), so the library words nothing."""

    def __init__(self, key: str, /, **params: Any) -> None:
        self.key = key
        self.params = params

    def __str__(self) -> str:
        return t(self.key, **self.params)


class PatrologError(Exception):
    """A failure the user should see as one line; `exit_code` is documented in README \"Exit codes\"."""

    exit_code = 2

    def __init__(self, key: str, /, **params: Any) -> None:
        super().__init__(key)
        self.key = key
        self.params = params

    def message(self) -> str:
        params = dict(self.params)
        if "field" in params:  # field names are shown in the user's language too
            params["field"] = t("field." + params["field"])
        return t(self.key, **{k: str(v) if isinstance(v, Words) else v
                              for k, v in params.items()})


class InputError(PatrologError):
    """Bad input or usage (exit 2): a typo, an unknown id, a refused value."""

    exit_code = 2


class JournalError(PatrologError):
    """The journal cannot be used (exit 3): locked, unreadable, newer, corrupt."""

    exit_code = 3


class ServerError(PatrologError):
    """The unit's server cannot be used (exit 4): not reached, the login refused, a schema
    this patrolog cannot use (docs/server.md)."""

    exit_code = 4


class Interrupted(PatrologError):
    """Ctrl-C (or end of input at a prompt): nothing was written, exit 130."""

    exit_code = 130
