"""`check`: is the journal sound? (docs/faults.md#what-is-checked-when)"""


from pathlib import Path

import typer

from patrolog.core.errors import JournalError
from patrolog.core.i18n import t
from patrolog.core.output import say
from patrolog.core.paths import journal_path
from patrolog.journal import check
from patrolog.journal.store import mark_damaged, mark_path


def register(app: typer.Typer, command: str | None = None, sub: str | None = None) -> None:
    """Define this module's command."""
    @app.command("check", help=t("help.check"), epilog=t("help.check_epilog"))
    def check_cmd(ctx: typer.Context) -> None:
        path = journal_path((ctx.find_root().obj or {}).get("db"))
        problems = check.check(path)
        if problems:
            mark_damaged(path, problems[0][0])
            key, params = problems[0]
            what = t(key, **params)
            if len(problems) > 1:
                what = t("check.and_more", what=what, count=len(problems) - 1)
            raise JournalError("err.check_damaged", path=str(path), what=what)
        _clear_mark(mark_path(path))
        say(t("msg.check_sound", path=str(path)))


def _clear_mark(mark: Path) -> None:
    """Sound again (restored from a backup): writes may go on."""
    try:
        mark.unlink()
    except FileNotFoundError:
        pass
    except OSError:
        pass
