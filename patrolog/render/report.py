"""The report in every output format: the registry of renderers.

`render(digest, fmt, colour=..., width=...)` returns the whole output: text
ending in a newline for the text formats, bytes for `pdf` and `png`. Every
renderer walks the one model of `patrolog.render.sections` (built from the
digest dict of `patrolog.digest.compute.compute`), and lives in its own module,
imported on use: choosing one format never loads rich, fpdf2 or Pillow.
"""

from __future__ import annotations

from collections.abc import Callable

Renderer = Callable[..., "str | bytes"]

FORMATS = ("table", "markdown", "text", "json", "html", "pdf", "png", "svg")
BINARY = frozenset({"pdf", "png"})
"""Formats that are files, never written to a terminal."""

EXTENSIONS = {".html": "html", ".htm": "html", ".pdf": "pdf", ".png": "png", ".svg": "svg",
              ".md": "markdown", ".markdown": "markdown", ".json": "json", ".txt": "text"}
"""`--output` file extension -> format, when `--format` is not given."""


def _table(digest: dict, *, colour: bool, width: int | None = None) -> str:
    from patrolog.render.report_table import render_table

    return render_table(digest, colour=colour, width=width)


def _markdown(digest: dict, **_: object) -> str:
    from patrolog.render.report_markdown import render_markdown

    return render_markdown(digest)


def _text(digest: dict, **_: object) -> str:
    from patrolog.render.report_text import render_text

    return render_text(digest)


def _json(digest: dict, **_: object) -> str:
    import json

    return json.dumps(digest, indent=2, ensure_ascii=False) + "\n"


def _html(digest: dict, **_: object) -> str:
    from patrolog.render.report_html import render_html

    return render_html(digest)


def _pdf(digest: dict, **_: object) -> bytes:
    from patrolog.render.report_pdf import render_pdf

    return render_pdf(digest)


def _png(digest: dict, **_: object) -> bytes:
    from patrolog.render.card_png import render_png

    return render_png(digest)


def _svg(digest: dict, **_: object) -> str:
    from patrolog.render.card_svg import render_svg

    return render_svg(digest)


RENDERERS: dict[str, Renderer] = {
    "table": _table, "markdown": _markdown, "text": _text, "json": _json,
    "html": _html, "pdf": _pdf, "png": _png, "svg": _svg,
}
"""Format name -> renderer(digest, *, colour, width). `table` is the default."""


def render(digest: dict, fmt: str, *, colour: bool = False, width: int | None = None
           ) -> str | bytes:
    """The digest as `fmt`: only the terminal table uses colour and width."""
    return RENDERERS[fmt](digest, colour=colour, width=width)


def format_of(path: str) -> str | None:
    """The format an output file's name asks for (`week.pdf` -> pdf), or None."""
    from pathlib import PurePath

    return EXTENSIONS.get(PurePath(path).suffix.lower())
