"""`backup FILE` and `restore FILE` (README "Backups")."""


from pathlib import Path
from typing import Annotated

import typer

from patrolog.cli.common import open_store
from patrolog.core.i18n import t
from patrolog.core.kinds import KINDS
from patrolog.core.output import note, say
from patrolog.core.paths import journal_path
from patrolog.journal import copies
from patrolog.journal.store import Store


def register(app: typer.Typer, command: str | None = None, sub: str | None = None) -> None:
    """Define this module's commands."""
    @app.command("backup", help=t("help.backup"))
    def backup_cmd(
        ctx: typer.Context,
        file: Annotated[Path, typer.Argument(metavar="FILE", help=t("opt.backup_file"))],
    ) -> None:
        with open_store(ctx, must_exist=True) as store:
            size = copies.backup(store.conn, store.path, file)
        note(t("msg.backed_up", path=str(file), size=_size(size)))

    @app.command("restore", help=t("help.restore"))
    def restore_cmd(
        ctx: typer.Context,
        file: Annotated[Path, typer.Argument(metavar="FILE", help=t("opt.restore_file"))],
    ) -> None:
        journal = journal_path((ctx.find_root().obj or {}).get("db"))
        copies.restore(journal, file)
        with Store.open(journal) as store:  # opens as any command would: the copy works
            counts = {k.table: store.query(f"SELECT count(*) FROM {k.table}")[0][0]
                      for k in KINDS.values()}
        say(t("msg.restored", path=str(journal), source=str(file), **counts))


def _size(size: int) -> str:
    return f"{size / (1 << 20):.1f} MiB" if size >= 1 << 20 else f"{max(size // 1024, 1)} KiB"
