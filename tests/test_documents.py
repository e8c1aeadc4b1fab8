"""`patrolog report` as documents: every format produced through the CLI from a demo journal
on a fixed clock, then read back as a reader's tools read it (html.parser, pypdf, Pillow,
xml.etree), and the rules around them (format from the file's extension, never a binary on a
terminal, files 0600 and whole, `config set nrp/addressee`).
"""

from __future__ import annotations

import io
import os
import re
import stat
import sys
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import pytest

from conftest import Journal, finish, spawn
from patrolog.core.i18n import t

NOW = "2026-11-27T20:00:00+07:00"      # a Friday of 2026-W48


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory):  # noqa: ANN201 - a Journal
    """An 8-week demo journal of one officer, with the letter's settings."""
    mp = pytest.MonkeyPatch()
    mp.setenv("PATROLOG_NOW", NOW)
    mp.setenv("TZ", "Asia/Jakarta")
    mp.setenv("XDG_DATA_HOME", str(tmp_path_factory.mktemp("xdg")))
    j = Journal(tmp_path_factory.mktemp("demo") / "journal.db", mp)
    j.ok("demo")
    j.ok("config", "set", "nrp", "85010123")
    j.ok("config", "set", "addressee", "Kapolsek Metro Menteng")
    yield j
    mp.undo()


@pytest.fixture(scope="module")
def unit(tmp_path_factory: pytest.TempPathFactory):  # noqa: ANN201 - a Journal
    mp = pytest.MonkeyPatch()
    mp.setenv("PATROLOG_NOW", NOW)
    mp.setenv("TZ", "Asia/Jakarta")
    j = Journal(tmp_path_factory.mktemp("unit") / "journal.db", mp)
    j.ok("demo", "--officers", "3")
    yield j
    mp.undo()


def _write(j, tmp_path: Path, name: str, *args: str, lang: str = "en") -> Path:  # noqa: ANN001
    target = tmp_path / name
    res = j.ok("--lang", lang, "report", "--week", "this", *args, "--output", str(target))
    assert res.stdout == ""
    assert target.exists()
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no leftovers
    return target


# -- html -----------------------------------------------------------------------------

class _Page(HTMLParser):
    """Tags, attributes and text of a page, and whether every opened tag was closed."""

    VOID = {"meta", "br", "link", "img", "input", "hr", "source"}

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.open: list[str] = []
        self.text: list[str] = []
        self.balanced = True

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag not in self.VOID:
            self.open.append(tag)

    def handle_startendtag(self, tag: str, attrs: list) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_endtag(self, tag: str) -> None:
        if not self.open or self.open.pop() != tag:
            self.balanced = False

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _page(path: Path) -> _Page:
    page = _Page()
    page.feed(path.read_text(encoding="utf-8"))
    page.close()
    return page


@pytest.mark.parametrize("lang", ["id", "en"])
def test_html_is_one_self_contained_document(demo, tmp_path, lang) -> None:  # noqa: ANN001
    path = _write(demo, tmp_path, "week.html", lang=lang)   # the format from the extension
    html = path.read_text(encoding="utf-8")
    page = _page(path)
    assert page.balanced and not page.open
    names = [tag for tag, _ in page.tags]
    # nothing fetched: no links, no scripts, no files, no web addresses
    assert "link" not in names and "script" not in names and "img" not in names
    assert not [a for _, a in page.tags if "src" in a or "href" in a]
    assert "http:" not in html.replace("http://www.w3.org/2000/svg", "") and "https:" not in html
    assert "url(" not in html and "@import" not in html
    # a document: header, the sections, tables, the chart as an inline SVG, signature last
    assert names.count("header") == 1 and names.count("footer") == 1
    ids = [a.get("id") for tag, a in page.tags if tag == "section"]
    assert ids == ["patrols", "coverage", "contacts", "incidents", "followups", "change"]
    assert "table" in names and "svg" in names and "rect" in names
    assert html.index("<footer") > html.index('<section id="change"')
    text = " ".join(page.text)
    assert "Aiptu Tafsipul" in text and "NRP 85010123" in text
    assert ("Demikian dilaporkan." if lang == "id" else "Respectfully reported.") in text
    # for a phone and for paper
    assert 'name="viewport" content="width=device-width, initial-scale=1"' in html
    assert "@page{size:A4" in html and "break-inside:avoid" in html
    assert "background:#f4f6f8" in html and "@media screen and (max-width:560px)" in html


def test_html_of_a_unit_has_the_officers_table(unit, tmp_path) -> None:  # noqa: ANN001
    html = _write(unit, tmp_path, "unit.html").read_text(encoding="utf-8")
    page = _page(tmp_path / "unit.html")
    assert page.balanced
    text = " ".join(page.text)
    digest = unit.ok("report", "--week", "this", "--json").json()
    assert "<section" in html and "Bhabinkamtibmas" in text
    if digest.get("by_officer"):   # the unit's digest (a grade per officer)
        assert '<section id="officers">' in html and 'class="fold"' in html
        for row in digest["by_officer"]:
            assert row["officer"] in text


# -- pdf ------------------------------------------------------------------------------

@pytest.mark.parametrize("lang", ["id", "en"])
def test_pdf_is_a4_pages_of_real_text(demo, tmp_path, lang) -> None:  # noqa: ANN001
    pypdf = pytest.importorskip("pypdf")
    path = _write(demo, tmp_path, "week.pdf", lang=lang)
    data = path.read_bytes()
    assert data.startswith(b"%PDF-1.4") and data.rstrip().endswith(b"%%EOF")
    reader = pypdf.PdfReader(io.BytesIO(data))
    assert 1 <= len(reader.pages) <= 4
    for page in reader.pages:
        box = page.mediabox
        assert (round(float(box.width)), round(float(box.height))) == (595, 842)  # A4
    text = "\n".join(page.extract_text() for page in reader.pages)
    title = "Laporan Mingguan Bhabinkamtibmas" if lang == "id" else "Bhabinkamtibmas Weekly"
    assert title in text
    assert "Aiptu Tafsipul" in text and "23–29 Nov 2026" in text and "NRP 85010123" in text
    assert "23–29 Nov 2026" in text       # beyond Latin-1: the en dash is real text
    for key in ("digest.sec.patrols", "digest.sec.coverage", "digest.sec.incidents",
                "digest.sec.followups"):
        assert t(key, lang=lang) in text
    assert text.rstrip().endswith("NRP 85010123")   # the signature last
    assert reader.metadata.title.startswith(title)


# -- png and svg: the report card -----------------------------------------------------

def test_png_card_is_phone_sized_and_drawn(demo, tmp_path) -> None:  # noqa: ANN001
    from PIL import Image

    path = _write(demo, tmp_path, "week.png", lang="id")
    image = Image.open(path)
    assert image.format == "PNG"
    width, height = image.size
    assert width == 1080 and 1100 <= height <= 1700
    rgb = image.convert("RGB")
    colours = rgb.getcolors(maxcolors=1 << 16)
    assert colours is not None and len(colours) > 20        # text and bars, not blank
    assert rgb.getpixel((10, 10)) == (31, 78, 121)          # the navy band on top
    grade = demo.ok("report", "--week", "this", "--json").json()["grade"]
    fill = {"AKTIF": (31, 122, 77), "CUKUP": (183, 121, 31), "KURANG": (197, 48, 48)}[grade]
    assert any(c == fill for _, c in colours)               # the grade's badge
    assert sum(n for n, c in colours if c == (31, 122, 77)) > 2000 or grade != "AKTIF"


def test_svg_card_is_the_same_card_as_vectors(demo, tmp_path) -> None:  # noqa: ANN001
    path = _write(demo, tmp_path, "week.svg", lang="id")
    root = ET.fromstring(path.read_text(encoding="utf-8"))
    ns = "{http://www.w3.org/2000/svg}"
    assert root.tag == f"{ns}svg" and root.get("width") == "1080"
    text = " ".join(root.itertext())
    digest = demo.ok("report", "--week", "this", "--json").json()
    assert digest["grade"] in text and "Aiptu Tafsipul" in text
    assert "Min" in text and "Sen" in text                  # the week's days under the bars
    assert len(root.findall(f"{ns}rect")) >= 7 + 8          # a bar a day and eight tiles
    assert not [e for e in root.iter() if e.get("href") or e.get(
        "{http://www.w3.org/1999/xlink}href")]


# -- text for WhatsApp ------------------------------------------------------------------

def test_text_greets_and_signs_in_both_languages(demo) -> None:  # noqa: ANN001
    out = demo.ok("--lang", "id", "report", "--week", "this", "--format", "text").stdout
    assert out.startswith("Kepada Yth. Kapolsek Metro Menteng,\nIzin melaporkan kegiatan "
                          "Bhabinkamtibmas periode 23–29 Nov 2026, sementara, s.d. Jum 27 Nov.\n")
    assert out.endswith("Demikian dilaporkan.\nAiptu Tafsipul\nNRP 85010123\n")
    english = demo.ok("--lang", "en", "report", "--week", "this", "--format", "text").stdout
    assert english.startswith("To Kapolsek Metro Menteng,\n")
    assert "*BHABINKAMTIBMAS WEEKLY REPORT*" in english
    last = demo.ok("--lang", "en", "report", "--week", "last", "--format", "text").stdout
    assert "this week" not in last.lower() and "last week" in last


def test_config_keeps_nrp_and_addressee(demo) -> None:  # noqa: ANN001
    assert demo.ok("config", "get", "nrp").stdout == "85010123\n"
    listed = demo.ok("config", "list", "--json").json()
    assert listed["addressee"] == "Kapolsek Metro Menteng"


# -- the format from the file, files only where files go --------------------------------

@pytest.mark.parametrize("name, start", [
    ("a.md", b"# "), ("a.json", b"{"), ("a.txt", b"Kepada Yth."), ("a.HTML", b"<!DOCTYPE html>"),
    ("a.svg", b"<svg"), ("a.pdf", b"%PDF"), ("a.png", b"\x89PNG")])
def test_format_comes_from_the_extension(demo, tmp_path, name, start) -> None:  # noqa: ANN001
    path = _write(demo, tmp_path, name, lang="id")
    assert path.read_bytes().startswith(start)


def test_unknown_extension_without_format_is_refused(demo, tmp_path) -> None:  # noqa: ANN001
    target = tmp_path / "week.docx"
    res = demo.run("report", "--output", str(target))
    assert res.exit_code == 2
    assert res.stderr == "patrolog: " + t("err.report_unknown_extension", lang="en",
                                          path=str(target),
                                          choices="table, markdown, text, json, html, pdf, "
                                                  "png, svg") + "\n"
    assert not target.exists() and os.listdir(tmp_path) == []
    # --format decides, whatever the name
    assert demo.ok("report", "--format", "md", "--output", str(target)).stdout == ""
    assert target.read_text(encoding="utf-8").startswith("# ")


def test_pdf_and_png_go_to_a_pipe_but_never_to_a_terminal(demo) -> None:  # noqa: ANN001
    res = demo.run("report", "--format", "png")       # CliRunner's stdout is a pipe
    assert res.exit_code == 0
    env = {**os.environ, "PATROLOG_NOW": NOW, "PATROLOG_LANG": "en"}
    for fmt in ("pdf", "png"):
        child = spawn("--db", demo.path, "report", "--format", fmt, env=env, timeout=30)
        assert finish(child) == 2
        assert child.before.strip() == "patrolog: " + t("err.report_binary_terminal",
                                                        lang="en", fmt=fmt)


def test_binary_file_replaced_whole(demo, tmp_path) -> None:  # noqa: ANN001
    target = tmp_path / "week.pdf"
    target.write_bytes(b"old")
    os.chmod(target, 0o644)
    _write(demo, tmp_path, "week.pdf")
    assert target.read_bytes().startswith(b"%PDF")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_renderers_stay_off_the_start_up_path() -> None:
    """Pillow and the PDF writer are imported by their renderer only."""
    import subprocess

    code = ("import sys; import patrolog.cli.commands_report, patrolog.render.report; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PIL', 'fpdf') "
            "or m.startswith('patrolog.render.')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert re.fullmatch(r"\['patrolog\.render\.report'\]\n", out), out
