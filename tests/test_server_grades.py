"""`report --grades` (docs/report-json.md "The grades alone") on the unit's server and on
SQLite journals holding the same records: the same JSON field by field, units kept apart,
each login reading what its grant allows."""

from __future__ import annotations

import json

import pytest
from test_server_read import NOW, UNIT, Runner, _json  # noqa: F401 - NOW documents the clock

GAMBIR = "Polsek Gambir"
TWIN = "Aiptu Tafsipul"      # an officer of the demo's unit, and another of the same name


@pytest.fixture(scope="module")
def polda(pg_module_db, tmp_path_factory):
    """Two units on the server, pushed by the database's owner: the demo's unit of three
    officers, and Polsek Gambir, whose one officer has the name of one of the demo's. The
    same records in SQLite: `unit.db` the demo's unit alone, `polres.db` both units."""
    folder = tmp_path_factory.mktemp("polda")
    r = Runner(folder)
    demo, gambir = folder / "demo.db", folder / "gambir.db"
    r.ok("--db", str(demo), "demo", "--officers", "3")
    r.ok("--db", str(gambir), "config", "set", "officer", TWIN)
    r.ok("--db", str(gambir), "config", "set", "unit", GAMBIR)
    for day in ("2026-11-16", "2026-11-18", "2026-11-24"):
        r.ok("--db", str(gambir), "add", "patrol", "--start", f"{day} 08:00", "--duration",
             "2h", "--kind", "sambang", "--place", "pasar:Pasar Baru")
    r.ok("--db", str(gambir), "add", "contact", "--name", "Pak Darto", "--role", "warga",
         "--at", "2026-11-24 10:00", "--follow-up", "cek lampu", "--due", "2026-11-25")
    unit_db, polres = folder / "unit.db", folder / "polres.db"
    r.ok("--db", str(unit_db), "merge", str(demo))
    r.ok("--db", str(unit_db), "config", "set", "unit", UNIT)
    r.ok("--db", str(polres), "merge", str(demo))
    r.ok("--db", str(polres), "merge", str(gambir))
    db = pg_module_db
    r.ok("server", "init", "--server", db.url())
    r.ok("--db", str(demo), "push", "--server", db.url())
    r.ok("--db", str(gambir), "push", "--server", db.url())
    kanit, kapolres, ani = db.login("kanit"), db.login("kapolres"), db.login("ani")
    r.ok("server", "grant", kanit, "--supervisor", UNIT, "--server", db.url())
    r.ok("server", "grant", kapolres, "--supervisor", UNIT, "--supervisor", GAMBIR,
         "--server", db.url())
    r.ok("server", "grant", ani, "--officer", TWIN, "--unit", UNIT, "--server", db.url())
    r.unit_db, r.polres, r.db = unit_db, polres, db
    r.kanit, r.kapolres, r.ani = db.url(kanit), db.url(kapolres), db.url(ani)
    return r


def _same(local: dict, remote: dict) -> None:
    for key in local:
        assert remote[key] == local[key], key
    assert remote == local


@pytest.mark.parametrize("period", [["--week", "2026-W47"], ["--week", "this"],
                                    ["--month", "2026-11"]])
def test_grades_of_one_unit_from_the_server_are_the_unit_journals(polda, period) -> None:
    local = _json(polda.ok("--db", str(polda.unit_db), "report", "--grades", "--json", *period))
    remote = _json(polda.ok("report", "--grades", "--json", "--server", polda.kanit, *period))
    assert local["unit"] == UNIT and local["units"] == [UNIT]
    assert len(local["by_officer"]) == 3 and local["report"] == "grades"
    _same(local, remote)
    # the owner naming the unit reads the same
    _same(local, _json(polda.ok("report", "--grades", "--json", "--server", polda.db.url(),
                                "--unit", UNIT, *period)))
    # and the rows are the unit digest's own, each with its unit
    digest = json.loads(polda.ok("--db", str(polda.unit_db), "report", "--json", *period))
    assert [{k: v for k, v in row.items() if k != "unit"} for row in local["by_officer"]] \
        == digest["by_officer"]
    assert local["grades"] == digest["grades"]


def test_grades_of_every_unit_keep_two_officers_of_one_name_apart(polda) -> None:
    args = ["report", "--grades", "--json", "--week", "2026-W47"]
    local = _json(polda.ok("--db", str(polda.polres), *args))
    remote = _json(polda.ok(*args, "--server", polda.db.url()))   # the owner: every unit
    _same(local, remote)
    assert remote["unit"] is None and remote["units"] == [GAMBIR, UNIT]
    twins = [row for row in remote["by_officer"] if row["officer"] == TWIN]
    assert [row["unit"] for row in twins] == [GAMBIR, UNIT]  # CUKUP here, AKTIF in Menteng
    gambir, menteng = twins
    assert gambir["grade"] == "CUKUP" and gambir["patrols"]["count"] == 2
    assert gambir["contacts"] == 0 and gambir["place_visits"] == 2
    assert menteng["contacts"] > 0 and menteng["patrols"]["count"] > 2
    assert len(remote["by_officer"]) == 4
    assert remote["by_unit"] == [
        {"unit": GAMBIR, "officers": 1, "grades": {"AKTIF": 0, "CUKUP": 1, "KURANG": 0}},
        {"unit": UNIT, "officers": 3,
         "grades": {g: sum(1 for row in remote["by_officer"]
                           if row["unit"] == UNIT and row["grade"] == g)
                    for g in ("AKTIF", "CUKUP", "KURANG")}}]
    assert remote["grades"] == {g: sum(u["grades"][g] for u in remote["by_unit"])
                                for g in ("AKTIF", "CUKUP", "KURANG")}
    order = [(row["grade"], row["unit"]) for row in remote["by_officer"]]
    rank = {"KURANG": 0, "CUKUP": 1, "AKTIF": 2}
    assert order == sorted(order, key=lambda gu: (rank[gu[0]], gu[1].lower()))


def test_a_supervisor_of_two_units_reads_both_an_officer_only_itself(polda) -> None:
    args = ["report", "--grades", "--json", "--week", "2026-W47"]
    owner = _json(polda.ok(*args, "--server", polda.db.url()))
    both = _json(polda.ok(*args, "--server", polda.kapolres))
    _same(owner, both)
    one = _json(polda.ok(*args, "--server", polda.kapolres, "--unit", GAMBIR))
    assert one["units"] == [GAMBIR] and [r["officer"] for r in one["by_officer"]] == [TWIN]
    mine = _json(polda.ok(*args, "--server", polda.ani))
    assert mine["units"] == [UNIT]
    assert [(r["unit"], r["officer"]) for r in mine["by_officer"]] == [(UNIT, TWIN)]
    assert mine["by_officer"][0] == next(r for r in owner["by_officer"]
                                         if (r["unit"], r["officer"]) == (UNIT, TWIN))
    # the whole digest still asks a supervisor of several units to choose one
    res = polda.run("report", "--json", "--server", polda.kapolres)
    assert res.returncode == 2 and "--unit" in res.stderr and res.stderr.count("\n") == 1


@pytest.mark.parametrize("lang, words", [
    ("en", ["Bhabinkamtibmas Grades of the Week", "Grades by unit", "By officer", "KURANG",
            "CUKUP", "AKTIF", GAMBIR]),
    ("id", ["Rekap Kategori Mingguan Bhabinkamtibmas", "Kategori per kesatuan", "Per petugas",
            "KURANG", "CUKUP", "AKTIF", GAMBIR])])
def test_text_and_html_name_the_grades_in_both_languages(polda, lang, words) -> None:
    for fmt in ("text", "html", "markdown"):
        args = ["--lang", lang, "report", "--grades", "--format", fmt, "--week", "2026-W47"]
        remote = polda.ok(*args, "--server", polda.kapolres)
        assert remote == polda.ok("--db", str(polda.polres), *args)
        for word in words:
            assert word.lower() in remote.lower(), (fmt, word)  # the chat sets titles in capitals
