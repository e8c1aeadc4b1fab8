"""Asking a person at a terminal: plain `input()`, so Ctrl-C and EOF behave predictably."""

from __future__ import annotations

from patrolog.core.i18n import t


def confirm(question: str, default: bool = False) -> bool:
    hint = t("prompt.yes_no_default_yes") if default else t("prompt.yes_no_default_no")
    while True:
        answer = input(f"{question} {hint} ").strip().lower()
        if not answer:
            return default
        if answer in ("y", "yes", "ya", "iya", "y/ya"):
            return True
        if answer in ("n", "no", "t", "tidak", "tdk", "g", "gak", "nggak"):
            return False
        print(t("prompt.answer_yes_no"))
