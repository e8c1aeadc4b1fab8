"""Writing to the terminal or a pipe: plain text, JSON, CSV; colour only on a terminal."""

from __future__ import annotations

import os
import sys
from typing import Any


def fail(message: str) -> None:
    """One line on stderr: the whole of what a failure shows."""
    sys.stderr.write(f"patrolog: {message}\n")
    sys.stderr.flush()


def say(text: str = "") -> None:
    sys.stdout.write(text + "\n")


def note(text: str) -> None:
    """Informational text for a person: stderr, so stdout stays clean for scripts."""
    sys.stderr.write(text + "\n")


def emit_json(data: Any) -> None:
    import json  # only scripts ask for JSON; the import costs every other run ~1.5 ms

    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def use_colour(stream: Any = None) -> bool:
    stream = stream or sys.stdout
    if os.environ.get("NO_COLOR"):
        return False
    return bool(getattr(stream, "isatty", lambda: False)())


def is_interactive() -> bool:
    return sys.stdin.isatty() and sys.stdout.isatty()
