"""`report`: the digest of a period (docs/digest.md) to the screen or a file."""


import os
import sys
from typing import Annotated, Optional

import typer

from patrolog.cli.common import open_store, opt, server_opt, unit_opt
from patrolog.core.errors import InputError
from patrolog.core.i18n import t
from patrolog.core.output import (
    note,
    output_path,
    printable_data,
    terminal_width,
    use_colour,
    write_output,
)
from patrolog.digest import compute as digest
from patrolog.digest import periods
from patrolog.journal.records import Context
from patrolog.privacy import redact as redaction
from patrolog.render.report import BINARY, FORMATS, format_of, render

Str = Optional[str]

_FORMAT_WORDS = {
    "table": "table", "tabel": "table",
    "markdown": "markdown", "md": "markdown",
    "text": "text", "txt": "text", "teks": "text", "whatsapp": "text", "wa": "text",
    "json": "json",
    "html": "html", "htm": "html",
    "pdf": "pdf",
    "png": "png", "image": "png", "gambar": "png",
    "svg": "svg",
}


def register(app: typer.Typer, command: str | None = None, sub: str | None = None) -> None:
    """Define this module's commands (small enough to define whole; `command` and `sub` name
    the one a run invokes, for modules that can define fewer)."""
    @app.command("report", help=t("help.report"))
    def report_cmd(
        ctx: typer.Context,
        week: Annotated[Str, opt("--week", key="report_week", metavar="this|last|YYYY-Www")
                        ] = None,
        month: Annotated[Str, opt("--month", key="report_month", metavar="YYYY-MM")] = None,
        start: Annotated[Str, opt("--from", key="report_from", metavar="DATE")] = None,
        end: Annotated[Str, opt("--to", key="report_to", metavar="DATE")] = None,
        fmt: Annotated[Str, opt("--format", "-f", key="report_format",
                                metavar="|".join(FORMATS))] = None,
        as_json: Annotated[bool, opt("--json", key="report_json")] = False,
        output: Annotated[Str, opt("--output", "-o", key="report_output", metavar="FILE")
                          ] = None,
        redact: Annotated[bool, opt("--redact", key="report_redact")] = False,
        officer: Annotated[Str, opt("--officer", key="report_officer", metavar="NAME")] = None,
        grades: Annotated[bool, opt("--grades", key="report_grades")] = False,
        server: Annotated[Str, server_opt()] = None,
        unit: Annotated[Str, unit_opt()] = None,
    ) -> None:

        fmt_code = _format(fmt, as_json)
        if grades:
            _grades_refusals(fmt_code, officer)
        if output is None and fmt_code in BINARY and sys.stdout.isatty():
            raise InputError("err.report_binary_terminal", fmt=fmt_code)
        with open_store(ctx, server=server, unit=unit, every_unit=grades) as store:
            if output is not None:
                output_path(output, store.path)  # refused before the work, not after
                fmt_code = _format(fmt, as_json, output)  # the journal's name is no format
                if grades:
                    _grades_refusals(fmt_code, officer)
            now = Context(store).now
            period = periods.choose(now.date(), week=week, month=month, start=start, end=end)
            if grades:  # officers' names only: --redact has nothing to hide
                data = digest.compute_grades(store, period, now=now)
            else:
                data = digest.compute(store, period, officer=officer, now=now)
            if redact and not grades:  # on the data, before any renderer: every format

                data = redaction.digest(data, redaction.for_journal(
                    store.conn, redaction.digest_officers(data)))
        if output is not None:
            write_output(output, _render(data, fmt_code, colour=False, width=None), store.path)
            note(t("msg.report_written", path=output))
            return
        out = _render(data, fmt_code, colour=use_colour(), width=terminal_width())
        if isinstance(out, bytes):
            sys.stdout.flush()
            sys.stdout.buffer.write(out)
            sys.stdout.buffer.flush()
        else:
            sys.stdout.write(out)


# `report --grades` (docs/report-json.md "The grades alone"): a list of officers, no card
GRADES_FORMATS = tuple(f for f in FORMATS if f not in ("png", "svg"))


def _grades_refusals(fmt: str, officer: str | None) -> None:
    if officer is not None:
        raise InputError("err.report_grades_officer")
    if fmt not in GRADES_FORMATS:
        raise InputError("err.report_grades_format", fmt=fmt, choices=", ".join(GRADES_FORMATS))


def _format(value: str | None, as_json: bool, output: str | None = None) -> str:
    """The format asked for; else the one `--output`'s extension names; else the table."""
    if value is None:
        if as_json:
            return "json"
        if output is None:
            return "table"
        code = format_of(output) or ("table" if _is_stream(output) else None)
        if code is None:
            raise InputError("err.report_unknown_extension", path=output,
                             choices=", ".join(FORMATS))
        return code
    code = _FORMAT_WORDS.get(value.strip().lower())
    if code is None:
        raise InputError("err.report_bad_format", value=value, choices=", ".join(FORMATS))
    if as_json and code != "json":
        raise InputError("err.report_json_and_format", value=value)
    return code


def _is_stream(path: str) -> bool:
    """A device or a pipe (`/dev/stdout`, a FIFO): no file name to take a format from."""
    import stat

    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    return stat.S_ISCHR(mode) or stat.S_ISFIFO(mode)


def _render(data: dict, fmt: str, *, colour: bool, width: int | None) -> str | bytes:
    if fmt != "json":  # JSON escapes control characters itself; other formats get them shown

        data = printable_data(data)
    return render(data, fmt, colour=colour, width=width)
