"""Writing to the terminal or a pipe: plain text, JSON, CSV; colour only on a terminal."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from patrolog.core.errors import InputError

# Long work reports `(phase, done, total)` to one of these; the CLI draws it, or not.
Progress = Callable[[str, int, int], None]


def terminal_width() -> int | None:
    """The terminal's width in columns; None when stdout is a pipe or a file."""
    if not sys.stdout.isatty():
        return None
    import shutil

    return shutil.get_terminal_size().columns


def fail(message: str) -> None:
    """One line on stderr: the whole of what a failure shows. A refused value is quoted in
    it as typed: its newlines are shown escaped too, so the line stays one line."""
    sys.stderr.write(f"patrolog: {printable(message).translate(_LINE_BREAKS)}\n")
    sys.stderr.flush()


def say(text: str = "", *, raw: bool = False) -> None:
    """A line for stdout. Stored text may come from a merged or imported file: its control
    characters are shown escaped (`printable`); `raw` is for text whose own escapes (colour)
    the caller made, after escaping what it took from records."""
    sys.stdout.write((text if raw else printable(text)) + "\n")


# what would break an error line in two (printable keeps newlines for multi-line output)
_LINE_BREAKS = {0x0A: "\\n", 0x2028: "\\u2028", 0x2029: "\\u2029"}
# Control characters (C0 but newline and tab, DEL, C1) and the bidirectional overrides that
# can make text read differently from what it is ("Trojan source").
_UNPRINTABLE: dict[int, str] | None = None


def printable(text: str) -> str:
    """`text` with everything that could drive a terminal shown escaped: ESC as `\\x1b`,
    a right-to-left override as `\\u202e`. Newlines and tabs stay; so does every letter."""
    global _UNPRINTABLE
    if text.isprintable():  # the usual case, answered by one C call
        return text
    if _UNPRINTABLE is None:
        codes = [*range(0x00, 0x20), *range(0x7F, 0xA0), 0x200E, 0x200F, *range(0x202A, 0x202F),
                 *range(0x2066, 0x206A)]
        _UNPRINTABLE = {c: (f"\\x{c:02x}" if c < 0x100 else f"\\u{c:04x}") for c in codes
                        if c not in (0x09, 0x0A)}
    return text.translate(_UNPRINTABLE)


def printable_data(value: Any) -> Any:
    """`printable` applied to every string inside lists and dicts (a digest before a
    renderer that writes for a terminal)."""
    if isinstance(value, str):
        return printable(value)
    if isinstance(value, dict):
        return {k: printable_data(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return type(value)(printable_data(v) for v in value)
    return value


def note(text: str) -> None:
    """Informational text for a person: stderr, so stdout stays clean for scripts, and only
    on a terminal, so a cron job that succeeds prints nothing and mails nobody (docs/commands.md#for-scripts)."""
    if sys.stderr.isatty():
        sys.stderr.write(text + "\n")


# What JSON may carry raw but a terminal would obey: DEL, C1 controls (U+009B opens an
# escape sequence like ESC [), bidirectional marks and overrides (U+202E turns text around),
# line and paragraph separators. JSON's own escaping covers C0 controls.
_JSON_UNSAFE = None


def json_safe(text: str) -> str:
    """JSON text with every character a terminal would act on written as a \\u escape."""
    global _JSON_UNSAFE
    if text.isascii() and "\x7f" not in text:
        return text
    if _JSON_UNSAFE is None:
        import re

        _JSON_UNSAFE = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e"
                                  "\u2066-\u2069]")
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m[0]):04x}", text)


def emit_json(data: Any) -> None:
    import json  # only scripts ask for JSON; the import costs every other run ~1.5 ms

    sys.stdout.write(json_safe(json.dumps(data, ensure_ascii=False, indent=2)) + "\n")


def emit_json_array(items: Iterable[Any]) -> None:
    """A JSON array written item by item, byte for byte what `emit_json(list(items))`
    writes, so a long list starts at once and never sits whole in memory."""
    import json

    out = sys.stdout
    first = True
    for item in items:
        out.write("[\n  " if first else ",\n  ")
        # JSON escapes newlines inside strings, so every "\n" here is indentation.
        out.write(json_safe(json.dumps(item, ensure_ascii=False, indent=2)).replace("\n", "\n  "))
        first = False
    out.write("[]\n" if first else "\n]\n")


def use_colour(stream: Any = None) -> bool:
    stream = stream or sys.stdout
    if os.environ.get("NO_COLOR"):
        return False
    return bool(getattr(stream, "isatty", lambda: False)())


def is_interactive() -> bool:
    return sys.stdin.isatty() and sys.stdout.isatty()


# -- output files (`--output`, `export -o`) -------------------------------------------------
# Backups written before a migration: `journal.db.v3-20261127-200000.bak`.
def _side_files(journal: Path) -> tuple[Path, ...]:
    return tuple(journal.with_name(journal.name + s)
                 for s in ("-wal", "-shm", "-journal", ".damaged"))


def _is_backup_of(target: Path, journal: Path) -> bool:
    name = target.name
    return (target.parent == journal.parent and name.startswith(journal.name + ".v")
            and name.endswith(".bak"))


def output_path(target: str | os.PathLike[str], journal: Path | None = None) -> Path:
    """Where an output file may be written, or InputError (exit 2) saying why not.

    Refused: the journal itself, any link to it, its -wal/-shm/-journal and its
    migration backups (writing there would destroy the records), a folder, and a
    path whose folder does not exist. A link to some other file is followed, so
    the link keeps pointing at the new content."""

    shown = os.fspath(target)
    path = Path(shown).expanduser()
    if shown == "" or path.is_dir():
        raise InputError("err.output_is_folder", path=shown)
    real = path.resolve()
    if journal is not None:
        jreal = Path(journal).expanduser().resolve()
        if real == jreal or real in _side_files(jreal) or _is_backup_of(real, jreal) \
                or _same_inode(real, jreal):
            raise InputError("err.output_is_journal", path=shown)
    if not real.parent.is_dir():
        raise InputError("err.output_no_folder", path=shown, folder=str(path.parent))
    return real


def _same_inode(a: Path, b: Path) -> bool:
    """A hard link to the journal is the journal."""
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


@contextmanager
def output_file(target: str | os.PathLike[str], journal: Path | None = None, *,
                binary: bool = False) -> Iterator[IO[Any]]:
    """A file to write an output into, whole or not at all.

    The content goes to a temporary file created 0600 (it may hold residents' names)
    in the target's folder, is synced, then renamed over the target: an existing file
    is replaced, never written through, and keeps none of its old mode. On any
    failure (full disk, `ulimit -f`, Ctrl-C, a refused record half-way) the temporary
    file is removed and the target is left as it was. A device or pipe (`-o
    /dev/stdout`) cannot be renamed over and is written directly.
    """
    import stat

    path = output_path(target, journal)
    shown = os.fspath(target)
    try:
        mode = path.stat().st_mode
    except OSError:
        mode = None
    if mode is not None and (stat.S_ISCHR(mode) or stat.S_ISFIFO(mode)):
        try:
            with open(path, "wb" if binary else "w",
                      **({} if binary else {"encoding": "utf-8"})) as fh:
                yield fh
                fh.flush()
        except OSError as exc:
            raise output_error(exc, shown) from None
        return
    remove_stale_temporaries(path)
    try:
        with written_whole(path, prefix=f".{path.name}.{os.getpid()}.", suffix=".tmp",
                           binary=binary) as fh:
            yield fh
    except OSError as exc:
        raise output_error(exc, shown) from None


@contextmanager
def written_whole(path: Path, *, prefix: str, suffix: str, binary: bool = True,
                  before_replace: Callable[[], None] | None = None) -> Iterator[IO[Any]]:
    """A file written beside `path` (created 0600) and put in its place whole: synced,
    then renamed over it, after `before_replace()`. On any failure the temporary file is
    removed and `path` is left as it was; OSError passes to the caller, who words it."""
    import tempfile

    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=prefix, suffix=suffix)
    try:
        with os.fdopen(fd, "wb" if binary else "w",
                       **({} if binary else {"encoding": "utf-8"})) as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        if before_replace is not None:
            before_replace()
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


# A writer killed with -9 (or the machine losing power) leaves its temporary file behind:
# `.laporan.txt.12345.k3j9x_2a.tmp`, 0600, in the target's folder. Versions before the pid
# was in the name left `.laporan.txt.k3j9x_2a.tmp`.
STALE_AFTER = 15 * 60  # seconds without a write


def remove_stale_temporaries(path: Path) -> list[Path]:
    """Remove what earlier writes of `path` left behind; returns what was removed.

    Only files named as `output_file` names its temporaries for this very target, regular
    files (never a link), owned by this user, and only when their writer is gone: the pid
    in the name is not running, or nothing was written to the file for `STALE_AFTER` (a pid
    may have been reused since; an older name carries none). A live write of the same
    target elsewhere (another terminal, a cron job) is left alone: its pid runs and it
    writes as it goes. Ages are measured against the system clock, which set the files'
    times, not patrolog's (PATROLOG_NOW). Best effort: a file that cannot be removed stays."""
    import re
    import stat
    import time

    # mkstemp's 8 characters; the writer's pid in the name since it was put there
    pattern = re.compile(rf"\.{re.escape(path.name)}\.(?:(\d+)\.)?[a-z0-9_]{{8}}\.tmp")
    prefix = f".{path.name}."
    removed: list[Path] = []
    try:
        entries = [e for e in os.scandir(path.parent) if e.name.startswith(prefix)]
    except OSError:
        return removed
    now = time.time()
    for entry in entries:
        found = pattern.fullmatch(entry.name)
        if found is None:
            continue
        try:
            info = entry.stat(follow_symlinks=False)
        except OSError:
            continue
        if not stat.S_ISREG(info.st_mode) or info.st_uid != os.geteuid():
            continue
        pid = int(found.group(1)) if found.group(1) else None
        if now - info.st_mtime < STALE_AFTER and (pid is None or _running(pid)):
            continue
        try:
            os.unlink(entry.path)
            removed.append(Path(entry.path))
        except OSError:
            pass
    return removed


def _running(pid: int) -> bool:
    """Is process `pid` alive on this machine? (Another user's counts as alive.)"""
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError, OSError):
        return True
    return True


def write_output(target: str | os.PathLike[str], content: str | bytes,
                 journal: Path | None = None) -> Path:
    """Write `content` to `target` through `output_file`; returns the path written."""
    with output_file(target, journal, binary=isinstance(content, bytes)) as fh:
        fh.write(content)
    return output_path(target)


def output_error(exc: OSError, path: str) -> Exception:
    """An OSError while writing an output -> one line in the user's language (exit 2)."""
    import errno

    key = {errno.ENOSPC: "err.output_disk_full", errno.EDQUOT: "err.output_disk_full",
           errno.EFBIG: "err.output_too_large", errno.EACCES: "err.output_denied",
           errno.EPERM: "err.output_denied", errno.EROFS: "err.output_read_only",
           errno.ENOENT: "err.output_no_folder", errno.ENOTDIR: "err.output_no_folder",
           errno.EISDIR: "err.output_is_folder"}.get(exc.errno or 0, "err.output_cannot_write")
    return InputError(key, path=path, folder=str(Path(path).parent),
                      code=errno.errorcode.get(exc.errno or 0, "EIO"))
