"""The `patrolog` console script and `python -m patrolog`.

Start-up creates tens of thousands of objects that live until the process exits:
typer's and click's modules, the catalogue, the command being built. On Python 3.11
the cyclic garbage collector walks all of them several times while they are being
created, which is about a tenth of every run's time and finds nothing to free. So
the collector is paused here, before anything is imported, and `patrolog.cli.main`
freezes what start-up made and switches it back on just before the command runs:
long commands (`demo`, `import`) collect as usual.
"""

import gc


def main() -> None:
    gc.disable()
    import sys

    # A stream that cannot encode a character (PYTHONIOENCODING=ascii, a Latin-1 terminal)
    # writes it escaped, never fails the command.
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.reconfigure(errors="backslashreplace")
        except (AttributeError, ValueError):
            pass
    from patrolog.cli import main as run

    run()
