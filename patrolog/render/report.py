"""The report in every output format: the registry of renderers.

`render(digest, fmt, colour=..., width=...)` returns the whole output: text
ending in a newline for the text formats, bytes for `pdf` and `png`. Every
renderer walks the one model of `patrolog.render.sections` (built from the
digest dict of `patrolog.digest.compute.compute`), and lives in its own module,
imported on use: choosing one format never loads rich, fpdf2 or Pillow.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from pathlib import PurePath

Renderer = Callable[..., "str | bytes"]

FORMATS = ("table", "markdown", "text", "json", "html", "pdf", "png", "svg")
BINARY = frozenset({"pdf", "png"})
"""Formats that are files, never written to a terminal."""

EXTENSIONS = {".html": "html", ".htm": "html", ".pdf": "pdf", ".png": "png", ".svg": "svg",
              ".md": "markdown", ".markdown": "markdown", ".json": "json", ".txt": "text"}
"""`--output` file extension -> format, when `--format` is not given."""


RENDERERS: dict[str, str] = {
    "table": "report_table:render_table", "markdown": "report_markdown:render_markdown",
    "text": "report_text:render_text", "json": "report_json:render_json",
    "html": "report_html:render_html", "pdf": "report_pdf:render_pdf",
    "png": "card_png:render_png", "svg": "card_svg:render_svg",
}
"""Format name -> "module:function" in this package, each called as
function(digest); `table` is the default, and the one to take colour and width."""


def render(digest: dict, fmt: str, *, colour: bool = False, width: int | None = None
           ) -> str | bytes:
    """The digest as `fmt`: only the terminal table uses colour and width."""
    if fmt == "table":
        return renderer(fmt)(digest, colour=colour, width=width)
    return renderer(fmt)(digest)


def renderer(fmt: str) -> Renderer:
    """The renderer of `fmt`, its module loaded by name on first use: a registry, so
    choosing one format never loads another's modules (rich, Pillow)."""
    module, _, name = RENDERERS[fmt].partition(":")
    return getattr(import_module(f"patrolog.render.{module}"), name)


def format_of(path: str) -> str | None:
    """The format an output file's name asks for (`week.pdf` -> pdf), or None."""
    return EXTENSIONS.get(PurePath(path).suffix.lower())
