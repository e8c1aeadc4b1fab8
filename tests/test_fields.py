"""Fields described once (patrolog.core.fields), and the giat fields of docs/commands.md#giat-fields: an incident's
parties and resolution, a contact's hope and field (bidang), the new patrol kinds."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from pathlib import Path

import pytest
from conftest import MINIMAL_EN, Journal, answer, finish, guided_add, run_cli

from patrolog.core import fields
from patrolog.journal import migrations
from patrolog.core import vocab
from patrolog.messages import everything


def _dispute(j: Journal, *extra: str) -> str:
    return j.add("incident", "--kind", "cekcok", "--at", "2026-11-27 09:00",
                 "--location", "Pasar Boplo", "--party", "Pak Budi, pemilik warung",
                 "--party", "Bu Sri", "--resolution", "sepakat damai, ganti rugi Rp200.000",
                 *extra)


def _opinion(j: Journal, *extra: str) -> str:
    return j.add("contact", "--role", "pedagang", "--name", "Bu Ani", "--at",
                 "2026-11-27 10:00", "--concern", "parkir liar di depan pasar",
                 "--hope", "pos jaga malam di pasar", "--field", "ekonomi", *extra)


# -- the description drives the command line ------------------------------------
@pytest.mark.parametrize("kind", ["patrol", "incident", "contact"])
def test_every_described_option_is_on_add_and_edit(journal: Journal, kind: str) -> None:
    add_help = journal.ok("add", kind, "--help").stdout
    edit_help = journal.ok("edit", "--help").stdout
    for f in fields.options(kind):
        for flag in f.flags:
            assert flag in add_help, (kind, flag)
            if f.editable:
                assert flag in edit_help, (kind, flag)


@pytest.mark.parametrize("kind", ["patrol", "incident", "contact"])
def test_every_described_field_has_its_words_in_both_languages(kind: str) -> None:
    catalogue = everything()
    for f in fields.of(kind):
        keys = [f"opt.{f.help}", f"opt.{f.edit_help}"] if f.flags else []
        if f.column:
            keys.append(f"field.{f.column}")
        if f.prompt and f.column not in ("started_at", "ended_at", "places"):
            keys.append(f"guided.{f.prompt}")
        for key in keys:
            english, indonesian = catalogue[key]
            assert english and indonesian, key
        if f.vocab:
            assert f.vocab in vocab.VOCABULARIES
        if f.parse is not None:
            from patrolog.entry.validate import PARSERS

            assert f.parse in PARSERS, f


def test_csv_has_a_column_for_every_described_field(journal: Journal) -> None:
    header = journal.ok("list", "--csv").stdout.splitlines()[0].split(",")
    for kind in fields.FIELDS:
        for name in fields.record_fields(kind):
            assert name in header, name
    assert {"parties", "resolution", "hope", "field"} <= set(header)


# -- the new fields through the CLI -------------------------------------------------
def test_incident_parties_and_resolution(tafsipul: Journal) -> None:
    ref = _dispute(tafsipul)
    rec = tafsipul.ok("show", ref, "--json").json()
    assert rec["parties"] == ["Pak Budi, pemilik warung", "Bu Sri"]
    assert rec["resolution"] == "sepakat damai, ganti rugi Rp200.000"
    shown = tafsipul.ok("--lang", "id", "show", ref).stdout
    assert "para pihak" in shown and "Pak Budi, pemilik warung; Bu Sri" in shown
    assert "penyelesaian" in shown and "ganti rugi" in shown
    shown = tafsipul.ok("--lang", "en", "show", ref).stdout
    assert "parties" in shown and "resolution" in shown


def test_a_party_given_twice_is_kept_once_and_blank_ones_dropped(tafsipul: Journal) -> None:
    ref = tafsipul.add("incident", "--kind", "dispute", "--at", "2026-11-27 09:00",
                       "--party", "Bu Sri", "--party", "  ", "--party", "bu  sri")
    assert tafsipul.ok("show", ref, "--json").json()["parties"] == ["Bu Sri"]


def test_contact_hope_and_field(tafsipul: Journal) -> None:
    ref = _opinion(tafsipul)
    rec = tafsipul.ok("show", ref, "--json").json()
    assert (rec["concern"], rec["hope"], rec["field"]) == (
        "parkir liar di depan pasar", "pos jaga malam di pasar", "economy")
    shown = tafsipul.ok("--lang", "id", "show", ref).stdout
    assert "harapan" in shown and "bidang" in shown and "ekonomi" in shown
    assert "economy" in tafsipul.ok("--lang", "en", "show", ref).stdout


@pytest.mark.parametrize(("word", "code"), [
    ("keamanan", "security"), ("kamtibmas", "security"), ("sosbud", "social_culture"),
    ("Sosial Budaya", "social_culture"), ("politik", "politics"), ("ideologi", "ideology"),
    ("hukum", "law"), ("lingkungan", "environment"), ("sampah", "environment"),
    ("lainnya", "other"), ("economy", "economy"),
])
def test_field_words_in_both_languages(journal: Journal, word: str, code: str) -> None:
    rec = journal.ok("add", "contact", "--role", "warga", "--at", "2026-11-27 10:00",
                     "--field", word, "--json").json()
    assert rec["field"] == code


@pytest.mark.parametrize(("lang", "words"), [
    # the choices are the labels in the user's language (issue 10 point 3)
    ("en", ["unknown field 'cuaca'", "security", "social and cultural"]),
    ("id", ["bidang", "'cuaca'", "keamanan", "sosial budaya"]),
])
def test_an_unknown_field_is_refused_in_one_line(journal: Journal, lang: str,
                                                 words: list[str]) -> None:
    res = journal.run("--lang", lang, "add", "contact", "--role", "warga", "--field", "cuaca")
    assert res.exit_code == 2 and res.stdout == ""
    assert len(res.stderr.splitlines()) == 1
    for word in words:
        assert word in res.stderr
    assert not journal.path.exists()


@pytest.mark.parametrize(("word", "code"), [
    ("DDS", "door_to_door"), ("deteksi dini", "early_detection"),
    ("problem solving", "problem_solving"), ("police service", "police_service"),
    ("pelayanan kepolisian", "police_service"), ("giat desa/kelurahan", "village_activity"),
    ("musrenbang", "village_activity"), ("pembinaan komunitas", "community_guidance"),
    ("pembinaan ormas", "community_guidance"), ("pembinaan siskamling", "night_watch"),
    ("siskamling", "night_watch"), ("ronda", "night_watch"),
    ("program pemerintah", "government_programme"), ("bansos", "government_programme"),
])
def test_the_giat_of_the_job_are_patrol_kinds(journal: Journal, word: str, code: str) -> None:
    rec = journal.ok("add", "patrol", "--start", "2026-11-27 08:00", "--duration", "2j",
                     "--kind", word, "--json").json()
    assert rec["kind"] == code
    assert journal.ok("list", "--kind", code, "--json").json()[0]["id"] == rec["id"]


def test_new_patrol_kinds_show_their_indonesian_label(journal: Journal) -> None:
    ref = journal.add("patrol", "--start", "2026-11-27 08:00", "--duration", "2j",
                      "--kind", "ormas")
    assert "pembinaan komunitas" in journal.ok("--lang", "id", "show", ref).stdout
    assert "community guidance" in journal.ok("--lang", "en", "show", ref).stdout


def test_edit_replaces_parties_and_sets_hope(tafsipul: Journal) -> None:
    inc, con = _dispute(tafsipul), _opinion(tafsipul)
    tafsipul.ok("edit", inc, "--party", "Pak Budi", "--resolution", "dirujuk ke kelurahan")
    rec = tafsipul.ok("show", inc, "--json").json()
    assert rec["parties"] == ["Pak Budi"] and rec["resolution"] == "dirujuk ke kelurahan"
    assert rec["history"][0]["parties"] == ["Pak Budi, pemilik warung", "Bu Sri"]
    tafsipul.ok("edit", con, "--hope", "lampu jalan", "--field", "lingkungan")
    rec = tafsipul.ok("show", con, "--json").json()
    assert (rec["hope"], rec["field"]) == ("lampu jalan", "environment")


@pytest.mark.parametrize(("lang", "text"), [("en", "--party does not apply to a contact"),
                                            ("id", "--party")])
def test_edit_refuses_a_field_of_another_kind(tafsipul: Journal, lang: str, text: str) -> None:
    con = _opinion(tafsipul)
    before = tafsipul.snapshot()
    res = tafsipul.run("--lang", lang, "edit", con, "--party", "Pak Budi")
    assert res.exit_code == 2 and text in res.stderr and len(res.stderr.splitlines()) == 1
    res = tafsipul.run("--lang", lang, "edit", con, "--resolution", "x")
    assert res.exit_code == 2
    assert tafsipul.snapshot() == before


def test_list_csv_carries_the_new_fields(tafsipul: Journal) -> None:
    _dispute(tafsipul)
    _opinion(tafsipul)
    rows = list(csv.DictReader(io.StringIO(tafsipul.ok("list", "--csv").stdout)))
    by_id = {r["id"]: r for r in rows}
    assert by_id["I1"]["parties"] == "Pak Budi, pemilik warung; Bu Sri"
    assert by_id["I1"]["resolution"] == "sepakat damai, ganti rugi Rp200.000"
    assert (by_id["C1"]["hope"], by_id["C1"]["field"]) == ("pos jaga malam di pasar",
                                                           "economy")


@pytest.mark.parametrize(("words", "ref"), [("ganti rugi", "I1"), ("Budi", "I1"),
                                            ("pos jaga", "C1")])
def test_search_finds_the_new_free_text(tafsipul: Journal, words: str, ref: str) -> None:
    _dispute(tafsipul)
    _opinion(tafsipul)
    found = [r["id"] for r in tafsipul.ok("search", *words.split(), "--json").json()]
    assert found == [ref]


def test_search_follows_an_edit_of_the_new_fields(tafsipul: Journal) -> None:
    inc = _dispute(tafsipul)
    tafsipul.ok("edit", inc, "--party", "Pak Joko", "--resolution", "musyawarah")
    assert tafsipul.ok("search", "Budi", "--json").json() == []
    assert [r["id"] for r in tafsipul.ok("search", "musyawarah", "--json").json()] == [inc]


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_export_and_import_keep_the_new_fields(tafsipul: Journal, tmp_path: Path,
                                               fmt: str) -> None:
    _dispute(tafsipul)
    _opinion(tafsipul)
    out = tmp_path / f"out.{fmt}"
    tafsipul.ok("export", "--format", fmt, "--output", str(out))
    other = Journal(tmp_path / "other.db", tafsipul.monkeypatch)
    other.ok("import", str(out))
    inc = other.ok("list", "incidents", "--json").json()[0]
    con = other.ok("list", "contacts", "--json").json()[0]
    assert inc["parties"] == ["Pak Budi, pemilik warung", "Bu Sri"]
    assert inc["resolution"] == "sepakat damai, ganti rugi Rp200.000"
    assert (con["hope"], con["field"]) == ("pos jaga malam di pasar", "economy")
    assert [r["id"] for r in other.ok("search", "ganti", "--json").json()] == [inc["id"]]


def test_import_refuses_parties_that_are_not_a_list(journal: Journal, tmp_path: Path) -> None:
    line = {"type": "incident", "uid": "u1", "occurred_at": "2026-11-27T09:00:00+07:00",
            "kind": "dispute", "parties": "Pak Budi"}
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps(line) + "\n", encoding="utf-8")
    res = journal.run("import", str(path))
    assert res.exit_code == 2 and "parties" in res.stderr


def test_an_older_journal_gets_the_new_columns(journal: Journal) -> None:
    conn = sqlite3.connect(journal.path)
    before = migrations.MIGRATIONS.index(migrations.m005_giat_fields)
    for step in migrations.MIGRATIONS[:before]:
        step(conn)
    conn.execute(f"PRAGMA user_version = {before}")
    conn.execute("INSERT INTO incidents(uid, occurred_at, kind, created_at, updated_at) "
                 "VALUES ('old', '2026-11-20T10:00:00+07:00', 'dispute', "
                 "'2026-11-20T10:00:00+07:00', '2026-11-20T10:00:00+07:00')")
    conn.commit()
    conn.close()
    journal.ok("add", "contact", "--role", "warga", "--hope", "jalan diperbaiki")
    assert journal.sql("PRAGMA user_version") == [(migrations.LATEST,)]
    rec = journal.ok("show", "I1", "--json").json()
    assert rec["parties"] == [] and rec["resolution"] is None
    assert [r["id"] for r in journal.ok("search", "jalan", "--json").json()] == ["C1"]


# -- guided entry asks for them (a real pseudo-terminal) ------------------------------
def test_guided_asks_parties_of_a_dispute_and_hope_and_field(tmp_path: Path) -> None:
    db = tmp_path / "journal.db"
    child = guided_add(db, "--lang", "id")
    answer(child, "Mulai patroli [", "kemarin 19.00")
    answer(child, "Selesai patroli", "3j")
    answer(child, "Jenis patroli [patroli dialogis]", "problem solving")
    for prompt in ("Wilayah", "Tempat 1", "Ringkasan kegiatan", "Label"):
        answer(child, prompt, "")
    answer(child, "Ada insiden selama patroli ini? [y/T]", "y")
    answer(child, "Jenis insiden", "cekcok")
    for prompt in ("Waktu kejadian", "Lokasi", "Uraian kejadian", "Tindakan yang diambil",
                   "Korban luka", "Korban meninggal", "Tingkat keparahan", "Status"):
        answer(child, prompt, "")
    answer(child, "Para pihak, pisahkan dengan ;", "Pak Budi, pemilik warung; Bu Sri")
    answer(child, "Hasil kesepakatan/penyelesaian", "sepakat damai")
    answer(child, "Ada insiden lain? [y/T]", "y")
    answer(child, "Jenis insiden", "laka")  # not a dispute, but on a problem-solving patrol
    for prompt in ("Waktu kejadian", "Lokasi", "Uraian kejadian", "Tindakan yang diambil",
                   "Korban luka", "Korban meninggal", "Tingkat keparahan", "Status"):
        answer(child, prompt, "")
    answer(child, "Para pihak", "")
    answer(child, "Hasil kesepakatan", "")
    answer(child, "Ada insiden lain? [y/T]", "")
    answer(child, "Ada warga atau tokoh yang ditemui", "y")
    answer(child, "Peran", "pedagang")
    for prompt in ("Nama", "Organisasi", "Waktu bertemu", "Tempat bertemu", "Nomor HP",
                   "Topik pembicaraan", "Keluhan warga"):
        answer(child, prompt, "")
    answer(child, "Harapan warga", "pos jaga malam")
    answer(child, "Bidang keluhan/harapan", "cuaca")
    child.expect_exact("pilih salah satu")
    answer(child, "Bidang keluhan/harapan", "keamanan")
    answer(child, "Tindak lanjut yang dijanjikan", "")
    answer(child, "Ada kontak lain? [y/T]", "")
    child.expect_exact("Periksa sebelum disimpan")
    child.expect_exact("para pihak: Pak Budi, pemilik warung; Bu Sri")
    child.expect_exact("bidang: keamanan")
    answer(child, "Simpan? [Y/t]", "")
    assert finish(child) == 0
    conn = sqlite3.connect(db)
    try:
        incidents = conn.execute("SELECT parties, resolution FROM incidents ORDER BY id").fetchall()
        contact = conn.execute("SELECT hope, field FROM contacts").fetchone()
    finally:
        conn.close()
    assert [(json.loads(p), r) for p, r in incidents] == [
        (["Pak Budi, pemilik warung", "Bu Sri"], "sepakat damai"), ([], None)]
    assert contact == ("pos jaga malam", "security")


def test_guided_does_not_ask_parties_of_an_accident_on_a_routine_patrol(tmp_path: Path) -> None:
    db = tmp_path / "journal.db"
    child = guided_add(db, "--lang", "en")
    for prompt in MINIMAL_EN[:-2]:
        answer(child, prompt, "")
    answer(child, "Any incident on this shift? [y/N]", "y")
    answer(child, "Kind of incident", "laka")
    for prompt in ("Time", "Location", "What happened", "Action taken", "Injured", "Dead",
                   "Severity", "Status"):
        answer(child, prompt, "")
    child.expect_exact("Another incident? [y/N]")
    assert "Parties" not in child.before
    child.sendline("")
    answer(child, "Did you meet anyone", "")
    answer(child, "Save? [Y/n]", "")
    assert finish(child) == 0


# -- the digest: concerns and hopes by field, problem-solving cases -------------------
@pytest.fixture
def giat_week(tafsipul: Journal) -> Journal:
    """The week of 2026-11-23 (the fixed clock's): a problem-solving patrol settling a
    dispute, an accident, and three residents' opinions."""
    j = tafsipul
    j.add("patrol", "--start", "2026-11-26 19:00", "--duration", "3j", "--kind",
          "problem solving", "--place", "RW 05 Gondangdia")
    _dispute(j, "--status", "selesai")
    j.add("incident", "--kind", "laka", "--at", "2026-11-26 20:00")
    _opinion(j)
    j.add("contact", "--role", "ketua rw", "--at", "2026-11-25 10:00",
          "--concern", "maling motor", "--field", "keamanan")
    j.add("contact", "--role", "warga", "--at", "2026-11-25 11:00",
          "--hope", "ronda aktif lagi", "--field", "keamanan")
    j.add("contact", "--role", "warga", "--at", "2026-11-25 12:00", "--concern", "tanpa bidang")
    return j


def test_digest_json_counts_concerns_and_hopes_by_field(giat_week: Journal) -> None:
    digest = giat_week.ok("report", "--week", "2026-W48", "--format", "json").json()
    contacts = digest["contacts"]
    assert contacts["by_field"] == {"economy": 2, "security": 2}
    assert contacts["concerns_by_field"] == {"economy": 1, "security": 1}
    assert contacts["hopes_by_field"] == {"economy": 1, "security": 1}


def test_digest_json_lists_problem_solving_cases(giat_week: Journal) -> None:
    cases = giat_week.ok("report", "--week", "2026-W48", "--format", "json"
                         ).json()["incidents"]["problem_solving"]
    assert cases == {"count": 1, "items": [{
        "id": "I1", "occurred_at": "2026-11-27T09:00:00+07:00", "kind": "dispute",
        "location": "Pasar Boplo", "parties": ["Pak Budi, pemilik warung", "Bu Sri"],
        "resolution": "sepakat damai, ganti rugi Rp200.000", "status": "resolved",
        "officer": "Aiptu Tafsipul"}]}


def test_digest_of_another_week_has_none(giat_week: Journal) -> None:
    digest = giat_week.ok("report", "--week", "2026-W47", "--format", "json").json()
    assert digest["contacts"]["by_field"] == {}
    assert digest["incidents"]["problem_solving"] == {"count": 0, "items": []}


@pytest.mark.parametrize(("lang", "words"), [
    ("id", ["Keluhan dan harapan per bidang", "keamanan 2 (1 keluhan, 1 harapan)",
            "Problem solving", "Para pihak: Pak Budi, pemilik warung; Bu Sri",
            "Hasil: sepakat damai"]),
    ("en", ["Concerns and hopes by field", "security 2 (1 concern, 1 hope)",
            "Problem solving", "Parties: Pak Budi, pemilik warung; Bu Sri",
            "Outcome: sepakat damai"]),
])
@pytest.mark.parametrize("fmt", ["text", "markdown", "table"])
def test_digest_formats_show_them(giat_week: Journal, lang: str, words: list[str],
                                  fmt: str) -> None:
    # words wrapped across lines (and the table's borders) are joined back
    out = " ".join(giat_week.ok("--lang", lang, "report", "--week", "2026-W48", "--format",
                                fmt).stdout
                   .replace("│", " ").split())
    for word in words:
        assert " ".join(word.split()) in out, (fmt, word)


def test_the_demo_shows_the_giat_fields(journal: Journal) -> None:
    journal.ok("demo")
    kinds = {r[0] for r in journal.sql("SELECT DISTINCT kind FROM patrols")}
    assert {"night_watch", "village_activity", "community_guidance",
            "police_service"} & kinds
    assert journal.sql("SELECT count(*) FROM contacts WHERE hope IS NOT NULL")[0][0] > 5
    assert journal.sql("SELECT count(DISTINCT field) FROM contacts")[0][0] >= 4
    assert journal.sql("SELECT count(*) FROM incidents WHERE parties <> '[]'")[0][0] > 0
    assert journal.sql("SELECT count(*) FROM incidents WHERE resolution IS NOT NULL")[0][0] > 0
    month = journal.ok("report", "--month", "2026-11", "--format", "json").json()
    assert month["contacts"]["by_field"]


# -- the same record twice is refused; late links (docs/commands.md#duplicates, #links) --------------------------------
_PATROL = ("patrol", "--start", "2026-11-27 08:00", "--end", "2026-11-27 11:00", "--kind",
           "dialogis", "--place", "pasar:Pasar Boplo", "--place", "Masjid Cut Meutia")


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "this patrol is already in the journal as P1"),
    ("id", "patroli ini sudah tercatat sebagai P1"),
])
def test_the_same_patrol_twice_is_refused_naming_it(tafsipul: Journal, lang: str,
                                                    text: str) -> None:
    tafsipul.ok("add", *_PATROL)
    before = tafsipul.snapshot()
    # the same places in another order and case are the same patrol
    res = tafsipul.run("--lang", lang, "add", "patrol", "--start", "2026-11-27 08:00",
                       "--duration", "3j", "--kind", "dialogic", "--place", "masjid cut meutia",
                       "--place", "pasar:pasar boplo")
    assert res.exit_code == 2 and res.stdout == ""
    lines = res.stderr.splitlines()
    assert len(lines) == 1 and text in lines[0]
    assert tafsipul.snapshot() == before


@pytest.mark.parametrize("other", [
    ("--place", "pasar:Pasar Boplo"),                       # fewer places
    ("--place", "pasar:Pasar Boplo", "--place", "Masjid Cut Meutia", "--place", "RW 05"),
])
def test_a_patrol_with_other_places_is_not_a_duplicate(tafsipul: Journal, other: tuple) -> None:
    tafsipul.ok("add", *_PATROL)
    assert tafsipul.add("patrol", "--start", "2026-11-27 08:00", "--duration", "3j",
                        *other) == "P2"


def test_another_officers_patrol_or_a_deleted_one_is_not_a_duplicate(tafsipul: Journal) -> None:
    tafsipul.ok("add", *_PATROL)
    tafsipul.ok("config", "set", "officer", "Bripka Ani")
    assert tafsipul.add(*_PATROL) == "P2"
    tafsipul.ok("delete", "P2", "--yes")
    assert tafsipul.add(*_PATROL) == "P3"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "this incident is already in the journal as I1"),
    ("id", "insiden ini sudah tercatat sebagai I1"),
])
def test_the_same_incident_twice_is_refused(tafsipul: Journal, lang: str, text: str) -> None:
    tafsipul.add("incident", "--kind", "laka", "--at", "2026-11-27 09:15")
    before = tafsipul.snapshot()
    # the same kind and time, written otherwise: the same record typed twice
    res = tafsipul.run("--lang", lang, "add", "incident", "--kind", "kecelakaan", "--at",
                       "27/11/2026 09.15", "--injured", "0")
    assert res.exit_code == 2 and text in res.stderr and len(res.stderr.splitlines()) == 1
    assert tafsipul.snapshot() == before
    assert tafsipul.add("incident", "--kind", "fire", "--at", "2026-11-27 09:15") == "I2"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "this contact is already in the journal as C1"),
    ("id", "kontak ini sudah tercatat sebagai C1"),
])
def test_the_same_contact_twice_is_refused(tafsipul: Journal, lang: str, text: str) -> None:
    tafsipul.add("contact", "--role", "ketua rw", "--name", "Pak Rahmat", "--at",
                 "2026-11-27 10:00")
    res = tafsipul.run("--lang", lang, "add", "contact", "--role", "rt_rw_head", "--name",
                       "pak rahmat", "--at", "2026-11-27 10:00")
    assert res.exit_code == 2 and text in res.stderr and len(res.stderr.splitlines()) == 1
    # someone else met at the same moment is another contact
    assert tafsipul.add("contact", "--role", "ketua rw", "--name", "Bu Sri", "--at",
                        "2026-11-27 10:00") == "C2"


def test_guided_refuses_the_same_patrol_before_its_incidents(tmp_path: Path) -> None:
    db = tmp_path / "journal.db"
    assert run_cli(db, "add", "patrol", "--start", "kemarin 19:00", "--duration", "3j").returncode == 0
    child = guided_add(db, "--lang", "id")
    answer(child, "Mulai patroli [", "kemarin 19.00")
    answer(child, "Selesai patroli", "22.00")
    for prompt in ("Jenis patroli", "Wilayah", "Tempat 1", "Ringkasan kegiatan", "Label"):
        answer(child, prompt, "")
    child.expect_exact("patroli ini sudah tercatat sebagai P1")
    assert finish(child) == 2
    assert run_cli(db, "list", "patrols", "--json").stdout.count('"id"') == 1


def test_an_incident_logged_before_its_patrol_is_linked_when_the_patrol_comes(
        tafsipul: Journal) -> None:
    inc = tafsipul.add("incident", "--kind", "laka", "--at", "2026-11-27 09:15")
    con = tafsipul.add("contact", "--role", "warga", "--at", "2026-11-27 10:00")
    kept = tafsipul.add("incident", "--kind", "fire", "--at", "2026-11-27 09:30",
                        "--patrol", "none")
    outside = tafsipul.add("incident", "--kind", "theft", "--at", "2026-11-27 12:00")
    tafsipul.ok("config", "set", "officer", "Bripka Ani")
    others = tafsipul.add("incident", "--kind", "theft", "--at", "2026-11-27 09:45")
    tafsipul.ok("config", "set", "officer", "Aiptu Tafsipul")
    patrol = tafsipul.add(*_PATROL)
    links = {r["id"]: r["patrol"] for r in tafsipul.ok("list", "--json").json()
             if r["id"][0] != "P"}
    assert links == {inc: patrol, con: patrol, kept: None, outside: None, others: None}
    shown = tafsipul.ok("show", patrol, "--json").json()
    assert [r["id"] for r in shown["links"]] == [inc, con]


def test_a_late_link_moves_updated_at_and_keeps_no_history(tafsipul: Journal) -> None:
    inc = tafsipul.add("incident", "--kind", "laka", "--at", "2026-11-27 09:15")
    before = tafsipul.ok("show", inc, "--json").json()
    from datetime import timedelta

    from patrolog.core import clock

    later = clock.now() + timedelta(hours=1)  # the patrol is logged an hour after
    tafsipul.monkeypatch.setenv("PATROLOG_NOW", later.isoformat())
    tafsipul.add(*_PATROL)
    after = tafsipul.ok("show", inc, "--json").json()
    assert after["patrol"] == "P1" and after["history"] == []
    assert after["updated_at"] > before["updated_at"]


def test_a_record_already_linked_keeps_its_patrol(tafsipul: Journal) -> None:
    tafsipul.add("patrol", "--start", "2026-11-27 07:00", "--duration", "5j")
    inc = tafsipul.add("incident", "--kind", "laka", "--at", "2026-11-27 09:15")
    tafsipul.add(*_PATROL)
    assert tafsipul.ok("show", inc, "--json").json()["patrol"] == "P1"
