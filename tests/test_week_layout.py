"""Layout that fits (issue 15, docs/report-formats.md): the html at 360 and 1280 px wide measured in a real
browser, the pdf's text read back (whole headings, pages filled), the terminal table at 50
columns with no word broken in two. A unit of four officers and one officer, a week and a
month, both languages."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import Journal

from patrolog.core.i18n import get_lang, set_lang
from patrolog.render.report import render

NOW = "2026-12-07T09:00:00+07:00"          # a Monday morning: the running week just begun
PERIODS = {"week": ("--week", "last"), "month": ("--month", "2026-11")}


@pytest.fixture(scope="module")
def unit(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """Digests (JSON) of a demo unit of four officers and of one of them, per period."""
    mp = pytest.MonkeyPatch()
    try:
        mp.setenv("PATROLOG_NOW", NOW)
        mp.setenv("TZ", "Asia/Jakarta")
        mp.setenv("LANG", "C.UTF-8")
        for var in ("PATROLOG_LANG", "LC_ALL", "LC_MESSAGES", "PATROLOG_DB"):
            mp.delenv(var, raising=False)
        folder = tmp_path_factory.mktemp("layout")
        mp.setenv("XDG_CONFIG_HOME", str(folder / "config"))
        j = Journal(folder / "unit.db", mp)
        j.ok("demo", "--weeks", "9", "--officers", "4")
        digests = {}
        for period, args in PERIODS.items():
            digests[("unit", period)] = j.ok("report", *args, "--json").json()
            digests[("one", period)] = j.ok("report", *args, "--officer", "Aiptu Tafsipul",
                                            "--json").json()
        yield {"digests": digests, "journal": j, "folder": folder}
    finally:
        mp.undo()


def _in(lang: str, fmt: str, digest: dict, **kw: object) -> str | bytes:
    before = get_lang()
    set_lang(lang)
    try:
        return render(digest, fmt, **kw)
    finally:
        set_lang(before)


CASES = [(lang, who, period) for lang in ("id", "en") for who in ("unit", "one")
         for period in ("week", "month")]


# -- the terminal at 50 columns ----------------------------------------------------------------
_WORD = re.compile(r"[^\W\d_]{2,}")


@pytest.mark.parametrize(("lang", "who", "period"), CASES)
def test_the_terminal_table_at_50_columns_breaks_no_word(unit: dict, lang: str, who: str,
                                                          period: str) -> None:
    digest = unit["digests"][(who, period)]
    wide = set(_WORD.findall(_in(lang, "table", digest, width=400)))
    narrow = _in(lang, "table", digest, width=50)
    for line in narrow.splitlines():
        assert len(line) <= 50, line
        broken = [w for w in _WORD.findall(line) if w not in wide]
        assert not broken, (broken, line)


# -- the pdf -----------------------------------------------------------------------------------
def _pages(pdf: bytes) -> list[tuple[str, float]]:
    """(text, lowest baseline in points from the bottom) of each page."""
    import io

    from pypdf import PdfReader

    out = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        ys: list[float] = []
        text = page.extract_text(visitor_text=lambda t, cm, tm, fd, fs: ys.append(tm[5])
                                 if t.strip() else None)
        out.append((text, min(ys) if ys else 0.0))
    return out


@pytest.mark.parametrize(("lang", "who", "period"), CASES)
def test_the_pdf_has_whole_headings_and_no_half_empty_pages(unit: dict, lang: str, who: str,
                                                           period: str) -> None:
    digest = unit["digests"][(who, period)]
    pages = _pages(_in(lang, "pdf", digest))
    text = "\n".join(t for t, _ in pages)
    assert "…" not in text.replace("… dan", "").replace("… and", "")
    flat = " ".join(text.split())
    if who == "unit":  # the per-officer table's last heading, whole: "3/2/6" is explained
        heading = ("Tindak lanjut baru/selesai/terlambat" if lang == "id"
                   else "Follow-ups new/done/overdue")
        assert heading in re.sub(r"/\s+", "/", flat), flat[:800]
    change = "Minggu sebelumnya" if lang == "id" else "Week before"
    if period == "week":
        assert change in flat
    # every page but the last is filled to within a few lines of its bottom margin (45 pt)
    for text, lowest in pages[:-1]:
        assert lowest < 160, (lowest, text[-200:])


# -- the html in a real browser ------------------------------------------------------------------
CHROMIUM = next((shutil.which(n) for n in ("chromium", "chromium-browser", "google-chrome")
                 if shutil.which(n)), None)

# Appended to the page: every element's right edge against the window (and, at 1280 px,
# against the page's `main`), written into the page that holds it. The page is shown in
# an iframe of the width measured: headless Chromium's window is never narrower than 500 px.
_MEASURE = """<script>
window.addEventListener('load', function () {
  var main = document.querySelector('main').getBoundingClientRect();
  var limit = Math.min(window.innerWidth, main.right) + 1;
  var out = [];
  document.querySelectorAll('main *').forEach(function (el) {
    var r = el.getBoundingClientRect();
    if (r.width && r.right > limit) out.push(el.tagName + ' ' + Math.round(r.right) + ' '
        + (el.textContent || '').trim().slice(0, 40));
  });
  var pre = parent.document.createElement('pre');
  pre.id = 'measured';
  pre.textContent = JSON.stringify({inner: window.innerWidth,
                                    scroll: document.documentElement.scrollWidth,
                                    main: Math.round(main.right), wide: out.slice(0, 10)});
  parent.document.body.appendChild(pre);
});
</script>"""


def _framed(html: str, width: int, height: int = 900) -> str:
    """`html` in an iframe `width` px wide (srcdoc: the same origin as the page around it)."""
    from html import escape

    return (f'<!DOCTYPE html><html><body style="margin:0"><iframe width="{width}" '
            f'height="{height}" style="border:0" srcdoc="{escape(html, quote=True)}">'
            "</iframe></body></html>")


def _chromium(page: Path, profile: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--no-first-run", f"--user-data-dir={profile}", *args, page.as_uri()],
        capture_output=True, text=True, timeout=120, check=False)


def _measure(html: str, width: int, folder: Path) -> dict:
    page = folder / f"page-{width}.html"
    page.write_text(_framed(html.replace("</body>", _MEASURE + "</body>"), width),
                    encoding="utf-8")
    out = _chromium(page, folder / f"profile-{width}", f"--window-size={width + 40},900",
                    "--dump-dom")
    found = re.search(r'<pre id="measured">(.*?)</pre>', out.stdout, re.S)
    assert found, out.stderr[-2000:]
    return json.loads(found[1].replace("&quot;", '"').replace("&amp;", "&")
                      .replace("&lt;", "<").replace("&gt;", ">"))


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (apt-get install "
                                              "chromium): the html cannot be measured")
@pytest.mark.parametrize("width", [360, 1280])
@pytest.mark.parametrize(("lang", "who"), [("id", "unit"), ("en", "unit"), ("id", "one")])
def test_the_html_fits_the_window_and_the_page(unit: dict, tmp_path: Path, width: int,
                                               lang: str, who: str) -> None:
    html = _in(lang, "html", unit["digests"][(who, "week")])
    got = _measure(html, width, tmp_path)
    assert got["inner"] == width, got
    assert got["scroll"] <= width and not got["wide"], got
