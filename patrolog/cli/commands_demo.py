"""`demo`: fill a journal with a realistic sample."""


import shlex
from typing import Annotated

import typer

from patrolog.cli.common import open_store, opt, progress_bar
from patrolog.core.i18n import t
from patrolog.core.output import say
from patrolog.demo import writer as demo

# Mirrors patrolog.demo.writer's defaults: that module is imported only when the command runs.
DEFAULT_WEEKS, DEFAULT_OFFICERS, DEFAULT_SEED = 8, 1, 1945


def register(app: typer.Typer, command: str | None = None, sub: str | None = None) -> None:
    """Define this module's commands (small enough to define whole; `command` and `sub` name
    the one a run invokes, for modules that can define fewer)."""
    @app.command("demo", help=t("help.demo"), epilog=t("help.demo_epilog"))
    def demo_cmd(
        ctx: typer.Context,
        weeks: Annotated[int, opt("--weeks", key="demo_weeks", metavar="N")] = DEFAULT_WEEKS,
        officers: Annotated[int, opt("--officers", key="demo_officers",
                                     metavar="K")] = DEFAULT_OFFICERS,
        seed: Annotated[int, opt("--seed", key="demo_seed", metavar="S")] = DEFAULT_SEED,
        append: Annotated[bool, opt("--append", key="demo_append")] = False,
    ) -> None:

        demo.check_options(weeks, officers)
        with open_store(ctx) as store, progress_bar("demo.phase_") as progress:
            result = demo.fill(store, weeks=weeks, officers=officers, seed=seed,
                               append=append, progress=progress)
        count = (t("demo.one_officer") if officers == 1
                 else t("demo.officers", count=officers))
        say(t("demo.done", path=result["journal"], patrols=result["patrols"],
              incidents=result["incidents"], contacts=result["contacts"], officers=count,
              start=result["from"], end=result["to"]))
        say(t("demo.next", cmd=_command(ctx)))


def _command(ctx: typer.Context) -> str:
    """How to call patrolog on this same journal, for the hint."""
    db = (ctx.find_root().obj or {}).get("db")
    return f"patrolog --db {shlex.quote(db)}" if db else "patrolog"
