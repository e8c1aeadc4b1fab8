"""Writing to the terminal or a pipe: plain text, JSON, CSV; colour only on a terminal."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable
from typing import Any


# Long work reports `(phase, done, total)` to one of these; the CLI draws it, or not.
Progress = Callable[[str, int, int], None]


def terminal_width() -> int | None:
    """The terminal's width in columns; None when stdout is a pipe or a file."""
    if not sys.stdout.isatty():
        return None
    import shutil

    return shutil.get_terminal_size().columns


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


def emit_json_array(items: Iterable[Any]) -> None:
    """A JSON array written item by item, byte for byte what `emit_json(list(items))`
    writes, so a long list starts at once and never sits whole in memory."""
    import json

    out = sys.stdout
    first = True
    for item in items:
        out.write("[\n  " if first else ",\n  ")
        # JSON escapes newlines inside strings, so every "\n" here is indentation.
        out.write(json.dumps(item, ensure_ascii=False, indent=2).replace("\n", "\n  "))
        first = False
    out.write("[]\n" if first else "\n]\n")


def use_colour(stream: Any = None) -> bool:
    stream = stream or sys.stdout
    if os.environ.get("NO_COLOR"):
        return False
    return bool(getattr(stream, "isatty", lambda: False)())


def is_interactive() -> bool:
    return sys.stdin.isatty() and sys.stdout.isatty()
