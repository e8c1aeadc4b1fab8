"""Files that can be trusted (issue 17, docs/sharing.md): who may change a record, signed
exports and pinned keys, clocks. Each test names a finding that held before the change."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import Journal, exported

NOW = "2026-11-27T20:00:00+07:00"


class Officer(Journal):
    """A journal on one officer's laptop: its own user config, so its own signing key."""

    def __init__(self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str,
                 officer: str | None) -> None:
        super().__init__(tmp_path / f"{name}.db", monkeypatch)
        self.config = tmp_path / f"{name}-config"
        if officer:
            self.ok("config", "set", "officer", officer)
        self.ok("config", "set", "timezone", "Asia/Jakarta")

    def run(self, *args: str, env: dict[str, str] | None = None, **kw):  # noqa: ANN003, ANN201
        return super().run(*args, env={"XDG_CONFIG_HOME": str(self.config), **(env or {})},
                           **kw)

    def export_to(self, path: Path, *args: str) -> Path:
        self.ok("export", "-o", str(path), *args)
        return path

    def fingerprint(self) -> str:
        return self.ok("keys", "list", "--json").json()["own"]["fingerprint"]


@pytest.fixture
def ani(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Officer:
    j = Officer(tmp_path, monkeypatch, "ani", "Bripka Ani")
    j.add("contact", "--role", "warga", "--name", "Bu Sri Wahyuni", "--phone", "081234567890",
          "--at", "hari ini 10:00", "--concern", "parkir liar")
    j.add("patrol", "--start", "hari ini 08:00", "--duration", "2j", "--area", "RW 05")
    return j


@pytest.fixture
def budi(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Officer:
    return Officer(tmp_path, monkeypatch, "budi", "Aiptu Budi")


@pytest.fixture
def unit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Officer:
    return Officer(tmp_path, monkeypatch, "unit", "Iptu Kanit")


def _lines(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_text().splitlines() if x.strip()]


def _write(path: Path, recs: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in recs))
    return path


# -- who may change what -------------------------------------------------------------
def test_a_file_from_another_officer_cannot_rewrite_move_redate_or_delete_a_record(
        ani: Officer, unit: Officer, tmp_path: Path) -> None:
    """Before: a newer version "from" officer A rewrote B's contact, moved B's patrol to A,
    re-dated it to 1901; a tombstone deleted it; one stamped after its deletion blanked it."""
    unit.ok("import", str(ani.export_to(tmp_path / "ani.jsonl")))
    recs = exported((tmp_path / "ani.jsonl").read_text())
    contact = next(r for r in recs if r["type"] == "contact")
    patrol = next(r for r in recs if r["type"] == "patrol")
    before = unit.snapshot()
    forged = [
        dict(contact, officer="Aiptu Budi", phone="089999999999", updated_at=NOW),
        dict(patrol, officer="Aiptu Budi", started_at="1901-01-01T08:00:00+07:00",
             ended_at="1901-01-01T09:00:00+07:00", updated_at=NOW),
    ]
    res = unit.ok("import", str(_write(tmp_path / "forged.jsonl", forged)), "--json")
    assert res.json() == {"added": 0, "updated": 0, "deleted": 0, "unchanged": 0,
                          "skipped": 2}
    tomb = [{"type": "contact", "uid": contact["uid"], "officer": "Aiptu Budi",
             "updated_at": "2026-11-28T08:00:00+07:00",
             "deleted_at": "2026-11-27T21:00:00+07:00"}]
    res = unit.ok("import", str(_write(tmp_path / "tomb.jsonl", tomb)), "--json")
    assert res.json()["skipped"] == 1
    assert unit.snapshot() == before


def test_merge_obeys_the_ownership_rule(ani: Officer, budi: Officer, tmp_path: Path) -> None:
    budi.ok("import", str(ani.export_to(tmp_path / "ani.jsonl")))
    uid = ani.sql("SELECT uid FROM contacts")[0][0]
    import sqlite3

    conn = sqlite3.connect(budi.path)
    conn.execute("UPDATE contacts SET officer = 'Aiptu Budi', name = 'X', "
                 "updated_at = '2026-11-27T19:59:00+07:00' WHERE uid = ?", (uid,))
    conn.commit()
    conn.close()
    res = ani.ok("merge", str(budi.path), "--json").json()
    assert res["skipped"] == 1 and res["updated"] == 0
    assert ani.sql("SELECT name, officer FROM contacts") == [("Bu Sri Wahyuni", "Bripka Ani")]


def test_a_signed_export_pins_the_officers_key_on_first_sight(ani: Officer, unit: Officer,
                                                              tmp_path: Path) -> None:
    sent = ani.export_to(tmp_path / "ani.jsonl")
    head, *_, tail = _lines(sent)
    assert head["signed"] == "patrolog-signed-1" and head["officer"] == "Bripka Ani"
    assert set(tail) == {"signature"}
    assert (ani.config / "patrolog" / "signing.key").stat().st_mode & 0o777 == 0o600
    unit.ok("import", str(sent))
    pins = unit.ok("keys", "list", "--json").json()["pinned"]
    assert {p["officer"]: p["fingerprint"] for p in pins} == {
        "Bripka Ani": ani.fingerprint(), "Iptu Kanit": unit.fingerprint()}
    assert ani.fingerprint() in unit.ok("keys").stdout


def test_a_tampered_file_is_refused_whole_naming_the_officer(ani: Officer, unit: Officer,
                                                             tmp_path: Path) -> None:
    sent = ani.export_to(tmp_path / "ani.jsonl")
    sent.write_text(sent.read_text().replace("parkir liar", "parkir resmi"))
    before = unit.snapshot()
    res = unit.run("import", str(sent))
    assert res.exit_code == 2 and "Bripka Ani" in res.stderr and res.stderr.count("\n") == 1
    assert unit.snapshot() == before
    # cut short: the signature line gone
    sent = ani.export_to(tmp_path / "ani2.jsonl")
    sent.write_text("".join(sent.read_text().splitlines(keepends=True)[:-1]))
    res = unit.run("import", str(sent))
    assert res.exit_code == 2 and "Bripka Ani" in res.stderr
    assert unit.snapshot() == before


def test_another_key_speaking_for_a_pinned_officer_is_refused_until_trusted(
        ani: Officer, unit: Officer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    unit.ok("import", str(ani.export_to(tmp_path / "ani.jsonl")))
    ani.ok("edit", "C1", "--concern", "parkir liar lagi")
    # Ani's journal copied to a new laptop: another key speaks for her
    laptop = Officer(tmp_path, monkeypatch, "laptop", None)
    laptop.path.write_bytes(ani.path.read_bytes())
    sent = laptop.export_to(tmp_path / "laptop.jsonl")
    before = unit.snapshot()
    res = unit.run("import", str(sent))
    assert res.exit_code == 2 and "Bripka Ani" in res.stderr and laptop.fingerprint() in res.stderr
    assert unit.snapshot() == before
    unit.ok("keys", "trust", "Bripka Ani", laptop.fingerprint().replace("-", "").upper())
    assert unit.ok("import", str(sent), "--json").json()["updated"] == 1
    assert unit.run("keys", "trust", "Bripka Ani", "xyz").exit_code == 2
    unit.ok("keys", "forget", "bripka ani")
    assert "Bripka Ani" not in unit.ok("keys").stdout
    assert "nothing to forget" in unit.ok("keys", "forget", "Bripka Ani").stdout


def test_an_unsigned_file_imports_only_for_officers_not_pinned(ani: Officer, unit: Officer,
                                                               tmp_path: Path) -> None:
    sent = ani.export_to(tmp_path / "ani.jsonl")
    legacy = _write(tmp_path / "legacy.jsonl", exported(sent.read_text()))
    assert unit.ok("import", str(legacy), "--json").json()["added"] == 2  # nobody pinned Ani
    ani.ok("edit", "C1", "--concern", "parkir liar lagi")
    unit.ok("keys", "trust", "Bripka Ani", ani.fingerprint())
    legacy = _write(tmp_path / "legacy2.jsonl",
                    exported(ani.export_to(tmp_path / "ani2.jsonl").read_text()))
    before = unit.snapshot()
    res = unit.run("import", str(legacy))
    assert res.exit_code == 2 and "Bripka Ani" in res.stderr
    assert unit.snapshot() == before


def test_import_officer_takes_only_that_officers_records(ani: Officer, budi: Officer,
                                                         unit: Officer, tmp_path: Path) -> None:
    budi.add("incident", "--kind", "laka", "--at", "hari ini 09:00", "--location", "Jl. Raya")
    budi.ok("import", str(ani.export_to(tmp_path / "ani.jsonl")))
    both = budi.export_to(tmp_path / "budi.jsonl")
    res = unit.ok("import", "--officer", "aiptu budi", str(both), "--json").json()
    assert res["added"] == 1
    assert unit.sql("SELECT officer FROM incidents") == [("Aiptu Budi",)]
    assert unit.sql("SELECT count(*) FROM contacts") == [(0,)]


# -- clocks --------------------------------------------------------------------------
def test_a_version_more_than_a_day_ahead_is_refused_naming_the_time(ani: Officer,
                                                                    unit: Officer,
                                                                    tmp_path: Path) -> None:
    rec = exported(ani.export_to(tmp_path / "ani.jsonl").read_text())[0]
    for stamp in ("2099-01-01T00:00:00+07:00", "2026-11-28T21:00:00+07:00"):
        before = unit.snapshot()
        res = unit.run("import", str(_write(tmp_path / "ahead.jsonl",
                                            [dict(rec, updated_at=stamp)])))
        assert res.exit_code == 2 and stamp[:16] in res.stderr and rec["uid"] in res.stderr
        assert unit.snapshot() == before
    tomb = {"type": "contact", "uid": "f" * 32, "updated_at": "2099-01-01T00:00:00+07:00",
            "deleted_at": "2099-01-01T00:00:00+07:00"}
    assert unit.run("import", str(_write(tmp_path / "t.jsonl", [tomb]))).exit_code == 2
    # within a day is a clock a little fast: taken
    ok = dict(rec, updated_at="2026-11-28T19:00:00+07:00")
    assert unit.ok("import", str(_write(tmp_path / "ok.jsonl", [ok])), "--json").json()[
        "added"] == 1


def test_a_local_edit_delete_or_erase_is_stamped_after_the_version_it_replaces(
        ani: Officer, unit: Officer, tmp_path: Path) -> None:
    """Before: `edit` stamped "now", earlier than a version from a fast clock, so sending
    that file again reverted the edit (and an erased name came back)."""
    recs = exported(ani.export_to(tmp_path / "ani.jsonl").read_text())
    fast = [dict(r, updated_at="2026-11-28T18:00:00+07:00") for r in recs]
    fast_file = _write(tmp_path / "fast.jsonl", fast)
    unit.ok("import", str(fast_file))
    unit.ok("edit", "C1", "--concern", "sudah ditertibkan")
    stamp = unit.sql("SELECT updated_at FROM contacts")[0][0]
    assert stamp > "2026-11-28T18:00:00+07:00"
    assert unit.ok("import", str(fast_file), "--json").json()["unchanged"] == 2
    assert unit.sql("SELECT concern FROM contacts") == [("sudah ditertibkan",)]
    unit.ok("erase", "--name", "Sri Wahyuni", "--yes")
    assert unit.sql("SELECT updated_at > ? FROM contacts", (stamp,)) == [(1,)]
    unit.ok("import", str(fast_file))
    assert unit.sql("SELECT name, phone FROM contacts") == [(None, None)]
    unit.ok("delete", "P1", "--yes")
    deleted = unit.sql("SELECT updated_at, deleted_at FROM patrols")[0]
    assert deleted[0] == deleted[1] > "2026-11-28T18:00:00+07:00"
    unit.ok("import", str(fast_file))
    assert unit.sql("SELECT deleted_at IS NOT NULL FROM patrols") == [(1,)]


# -- nothing comes back ----------------------------------------------------------------
def test_records_before_a_purge_are_skipped_by_later_imports_and_merges(
        ani: Officer, unit: Officer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Before: with no retention set (or a purge reaching past it) a merge brought back
    every record a purge had removed."""
    sent = ani.export_to(tmp_path / "ani.jsonl")
    unit.ok("import", str(sent))
    monkeypatch.setenv("PATROLOG_NOW", "2027-01-10T20:00:00+07:00")
    unit.ok("purge", "--before", "2026-12-01", "--yes")
    assert unit.sql("SELECT count(*) FROM contacts") == [(0,)]
    assert unit.ok("import", str(sent), "--json").json() == {
        "added": 0, "updated": 0, "deleted": 0, "unchanged": 0, "skipped": 2}
    assert unit.ok("merge", str(ani.path), "--json").json()["skipped"] == 2
    assert unit.sql("SELECT count(*) FROM contacts") == [(0,)]
    assert unit.sql("SELECT count(*) FROM patrols") == [(0,)]


def test_the_same_contact_logged_on_two_devices_is_skipped_and_counted(
        ani: Officer, unit: Officer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    phone = Officer(tmp_path, monkeypatch, "phone", "Bripka Ani")
    phone.config = ani.config  # her phone, her key
    phone.add("contact", "--role", "warga", "--name", "Bu Sri Wahyuni", "--phone",
              "081234567890", "--at", "hari ini 10:00", "--concern", "parkir liar")
    unit.ok("import", str(ani.export_to(tmp_path / "ani.jsonl")))
    res = unit.ok("import", str(phone.export_to(tmp_path / "phone.jsonl")), "--json").json()
    assert res == {"added": 0, "updated": 0, "deleted": 0, "unchanged": 0, "skipped": 1}
    assert "skipped 1" in unit.ok("import", str(tmp_path / "phone.jsonl")).stdout
    assert unit.sql("SELECT count(*) FROM contacts") == [(1,)]
    # both copies in one file, into a journal that does not exist yet
    both = exported((tmp_path / "ani.jsonl").read_text()) + exported(
        (tmp_path / "phone.jsonl").read_text())
    fresh = Journal(tmp_path / "fresh.db", monkeypatch)
    res = fresh.ok("import", str(_write(tmp_path / "both.jsonl", both)), "--json").json()
    assert res["added"] == 2 and res["skipped"] == 1
    # a contact that differs in one field is another record
    phone.ok("edit", "C1", "--concern", "parkir liar, dua kali")
    res = unit.ok("import", str(phone.export_to(tmp_path / "phone2.jsonl")), "--json").json()
    assert res["added"] == 1


def test_an_erasure_is_never_undone_by_an_old_copy(ani: Officer, unit: Officer,
                                                   tmp_path: Path) -> None:
    sent = ani.export_to(tmp_path / "ani.jsonl")
    unit.ok("import", str(sent))
    unit.ok("erase", "--name", "Sri Wahyuni", "--yes")
    unit.ok("import", str(sent))
    unit.ok("merge", str(ani.path))
    assert unit.sql("SELECT name, phone FROM contacts") == [(None, None)]
    assert b"Wahyuni" not in unit.path.read_bytes()


# -- export speed: SQLite writes the lines ---------------------------------------------
def test_the_lines_sqlite_writes_are_the_records_python_would_write(journal: Journal) -> None:
    """`export` (JSON Lines) writes each line in SQLite (json_object); `--redact` and CSV
    build records in Python: both must say the same, field for field."""
    import sqlite3 as sql

    from patrolog.core.kinds import KINDS
    from patrolog.sharing import exchange

    journal.ok("demo", "--weeks", "3", "--officers", "2")
    journal.ok("delete", "I1", "--yes")
    journal.ok("edit", "P1", "--tag", "a\u202eb")
    conn = sql.connect(journal.path)
    conn.row_factory = sql.Row
    try:
        python = "".join(exchange.to_jsonl(exchange.iter_export(conn, KINDS.values())))
        lines = "".join(exchange.export_jsonl(conn, KINDS.values()))
    finally:
        conn.close()
    assert lines.count("\n") > 50 and lines == python  # byte for byte
