"""`export`, `import`, `merge`."""


import sqlite3
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from patrolog.cli.common import open_store, opt, progress_bar, server_opt, unit_opt
from patrolog.core.errors import InputError
from patrolog.core.i18n import t
from patrolog.core.kinds import kinds_named
from patrolog.core.output import emit_json, note, output_file, say
from patrolog.entry import validate
from patrolog.journal import officers, records
from patrolog.privacy import redact as redaction
from patrolog.sharing import apply, export, signing, sources


def register(app: typer.Typer, command: str | None = None, sub: str | None = None) -> None:
    """Define this module's commands (small enough to define whole; `command` and `sub` name
    the one a run invokes, for modules that can define fewer)."""
    @app.command("export", help=t("help.export"))
    def export_cmd(
        ctx: typer.Context,
        what: Annotated[Optional[str], typer.Argument(
            metavar="[patrols|incidents|contacts]", help=t("opt.list_what"))] = None,
        fmt: Annotated[str, opt("--format", key="export_format")] = "jsonl",
        output: Annotated[Optional[Path], opt("--output", "-o", key="output")] = None,
        redact: Annotated[bool, opt("--redact", key="export_redact")] = False,
        since: Annotated[Optional[str], opt("--since", key="export_since", metavar="DATE")
                         ] = None,
        officer: Annotated[Optional[str], opt("--officer", key="officer",
                                              metavar="NAME")] = None,
        server: Annotated[Optional[str], server_opt()] = None,
        unit: Annotated[Optional[str], unit_opt()] = None,
    ) -> None:

        if fmt.lower() not in ("jsonl", "json", "csv"):
            raise InputError("err.bad_export_format", value=fmt)
        kinds = kinds_named(what)
        csv_out = fmt.lower() == "csv"
        with open_store(ctx, server=server, unit=unit) as store:
            day = validate.day(since, records.Context(store)) if since is not None else None
            name = officers.resolve(store, officer) if officer is not None else None
            if csv_out or redact or not isinstance(store.conn, sqlite3.Connection):
                found = export.iter_export(store.conn, kinds, since=day, officer=name)
                if redact:  # README "Privacy": residents as initials, no phones, everywhere
                    found = redaction.records(found, redaction.learn_journal(
                        store.conn, redaction.for_journal(store.conn)))
                lines = (export.to_csv if csv_out else export.to_jsonl)(found)
            else:  # written by SQLite, line by line as it reads (docs/trust.md, speed); the
                # unit's server (PostgreSQL) goes the way above
                lines = export.export_jsonl(store.conn, kinds, since=day, officer=name)
            if not csv_out:  # the sharing format is signed (docs/trust.md)
                lines = signing.signed_lines(signing.own_key(), store.config().get("officer"),
                                             lines)
            if output is None:
                for chunk in lines:
                    sys.stdout.write(chunk)
                return
            count = -1 if csv_out else -2  # the CSV header; a signed file's first and last

            # residents' names and phones: 0600, whole or nothing, never over the journal
            with output_file(output, store.path) as fh:
                for chunk in lines:
                    count += chunk.count("\n")
                    fh.write(chunk)
        note(t("msg.exported", count=count, path=str(output)))

    @app.command("import", help=t("help.import"))
    def import_cmd(
        ctx: typer.Context,
        file: Annotated[Path, typer.Argument(metavar="FILE", help=t("opt.import_file"))],
        as_json: Annotated[bool, opt("--json", key="json")] = False,
        officer: Annotated[Optional[str], opt("--officer", key="import_officer",
                                              metavar="NAME")] = None,
    ) -> None:

        source = sources.FileSource(file)
        with open_store(ctx) as store, progress_bar("exchange.phase_") as progress:
            counts = apply.import_records(store, source, progress,
                                             source.count() if progress else None,
                                             officer=officer.strip() if officer else None)
        _report(counts, as_json)

    @app.command("merge", help=t("help.merge"))
    def merge_cmd(
        ctx: typer.Context,
        other: Annotated[Optional[Path], typer.Argument(metavar="OTHER.db",
                                                        help=t("opt.merge_file"))] = None,
        as_json: Annotated[bool, opt("--json", key="json")] = False,
        server: Annotated[Optional[str], opt("--server", key="merge_server", metavar="URL")
                          ] = None,
        unit: Annotated[Optional[str], unit_opt()] = None,
    ) -> None:

        if server is not None or unit is not None:  # a unit's records from its server
            if other is not None:
                raise InputError("err.extra_argument", detail=str(other))
            if not (unit or "").strip():
                raise InputError("err.merge_server_unit")
            with open_store(ctx, server=server, unit=unit) as remote, open_store(ctx) as store:
                counts = apply.import_records(store, sources.StoreSource(remote))
            _report(counts, as_json)
            return
        if other is None:
            raise InputError("err.missing_argument", name="OTHER.db")
        with open_store(ctx) as store, progress_bar("exchange.phase_") as progress:
            counts = apply.merge(store, other, progress=progress)
        _report(counts, as_json)


def _report(counts: dict[str, int], as_json: bool) -> None:
    if as_json:
        emit_json(counts)
    else:
        line = t("msg.applied", **counts)
        if counts.get("skipped"):  # a purged record, a duplicate, another officer's record
            line += t("msg.applied_skipped", skipped=counts["skipped"])
        say(line)
