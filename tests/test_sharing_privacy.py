"""Sharing that keeps a purge and an erase (docs/privacy.md#sharing-keeps-a-purge-and-an-erase): `import` and `merge` skip
records past the journal's retention, and an erased version that arrives leaves nothing of
the person in the receiving journal. Real journals through the CLI, fixed clocks."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import Journal

NOW = "2026-11-27T20:00:00+07:00"     # retention 1 year: the first day kept is 2025-11-27
FIRST_KEPT = "2025-11-27"


def at(stamp: str) -> dict[str, str]:
    return {"PATROLOG_NOW": stamp}


def _journal(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, officer: str
             ) -> Journal:
    j = Journal(tmp_path / f"{name}.db", monkeypatch)
    j.ok("config", "set", "timezone", "Asia/Jakarta")
    j.ok("config", "set", "officer", officer)
    return j


def _grep(j: Journal, *words: str) -> list[str]:
    """What `grep -a -i` finds of `words` in the journal and its side files."""
    files = [str(p) for p in (j.path, Path(f"{j.path}-wal"), Path(f"{j.path}-shm"))
             if p.exists()]
    found = []
    for word in words:
        res = subprocess.run(["grep", "-a", "-i", "-l", "-F", word, *files],
                             capture_output=True, text=True)
        found += [f"{word} in {line}" for line in res.stdout.splitlines()]
    return found


# -- retention ---------------------------------------------------------------------------------
@pytest.fixture
def officer(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Journal:
    """An officer's journal that still holds records older than the unit keeps."""
    monkeypatch.setenv("PATROLOG_NOW", NOW)
    j = _journal(tmp_path, monkeypatch, "ani", "Bripka Ani")
    j.add("patrol", "--start", "2024-05-01 08:00", "--duration", "2h",
          "--place", "warung:Warung Bu Darmi")                                   # old
    j.add("contact", "--at", "2024-05-01 09:30", "--role", "warga", "--name", "Bu Darmi",
          "--phone", "0813 1111 2222", "--patrol", "P1")                           # old
    j.add("incident", "--at", "2025-11-26 23:00", "--kind", "laka")               # old, by a day
    j.add("patrol", "--start", f"{FIRST_KEPT} 00:30", "--duration", "1h")          # kept
    j.add("contact", "--at", "2026-11-20 10:00", "--role", "warga", "--name", "Pak Rahmat")
    return j


@pytest.fixture
def unit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, officer: Journal) -> Journal:
    """The unit's journal with the officer's records merged, then purged by its retention."""
    u = _journal(tmp_path, monkeypatch, "unit", "Iptu Kanit")
    u.ok("merge", str(officer.path))
    u.ok("config", "set", "retention", "1 tahun")
    assert FIRST_KEPT in u.run("due").stdout
    u.ok("purge", "--before", FIRST_KEPT, "--yes")
    assert _grep(u, "Darmi", "1111 2222") == []
    return u


def _counts(u: Journal) -> dict[str, int]:
    return u.ok("info", "--json").json()["counts"]


@pytest.mark.skipif(shutil.which("grep") is None, reason="needs grep")
def test_a_merge_does_not_bring_back_what_a_purge_removed(unit: Journal, officer: Journal,
                                                          tmp_path: Path) -> None:
    kept = _counts(unit)
    assert kept == {"patrols": 1, "incidents": 0, "contacts": 1}
    res = unit.ok("merge", str(officer.path))
    assert res.stdout == ("added 0, updated 0, deleted 0, unchanged 2, "
                          "skipped 3\n")
    assert _counts(unit) == kept and _grep(unit, "Darmi", "1111 2222") == []
    sent = tmp_path / "ani.jsonl"
    officer.ok("export", "-o", str(sent))
    assert unit.ok("import", str(sent), "--json").json() == {
        "added": 0, "updated": 0, "deleted": 0, "unchanged": 2, "skipped": 3}
    assert _counts(unit) == kept and _grep(unit, "Darmi", "1111 2222") == []
    csv_sent = tmp_path / "ani.csv"
    officer.ok("export", "--format", "csv", "-o", str(csv_sent))
    # an unsigned file (CSV) cannot speak for an officer whose key the unit has pinned
    res = unit.run("--lang", "id", "import", str(csv_sent))
    assert res.exit_code == 2 and "Bripka Ani" in res.stderr and "tidak ditandatangani" in res.stderr
    assert _counts(unit) == kept


def test_without_retention_every_record_is_taken(officer: Journal, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """The journal's own rule, not a rule of import: with no retention the old ones come."""
    other = _journal(tmp_path, monkeypatch, "other", "Iptu Kanit")
    assert other.ok("merge", str(officer.path)).stdout == \
        "added 5, updated 0, deleted 0, unchanged 0\n"


def test_past_retention_is_counted_from_the_journals_today(unit: Journal, officer: Journal,
                                                           monkeypatch: pytest.MonkeyPatch
                                                           ) -> None:
    # A day later, the patrol of the first kept day is past retention too; the unit still
    # holds it (not purged), so it takes its newer version and its deletion; the three
    # records the purge removed stay out.
    monkeypatch.setenv("PATROLOG_NOW", "2026-11-28T20:00:00+07:00")
    officer.ok("edit", "P2", "--summary", "ronda malam")
    res = unit.ok("merge", str(officer.path), "--json").json()
    assert res == {"added": 0, "updated": 1, "deleted": 0, "unchanged": 1, "skipped": 3}
    officer.ok("delete", "P2", "--yes")
    res = unit.ok("merge", str(officer.path), "--json").json()
    assert res == {"added": 0, "updated": 0, "deleted": 1, "unchanged": 1, "skipped": 3}
    assert _counts(unit)["patrols"] == 0


# -- erasure travels -----------------------------------------------------------------------------
JOKO = ("Joko", "Susilo", "0812-3456-7890", "081234567890", "81234567890")
T1, T2, T3 = ("2026-11-20T20:00:00+07:00", "2026-11-22T20:00:00+07:00",
              "2026-11-25T20:00:00+07:00")


def _exchange(a: Journal, b: Journal, tmp_path: Path, name: str) -> tuple[Path, Path]:
    """Each journal imports the other's export (a to b first)."""
    sent_a, sent_b = tmp_path / f"{name}-a.jsonl", tmp_path / f"{name}-b.jsonl"
    a.ok("export", "-o", str(sent_a))
    b.ok("import", str(sent_a))
    b.ok("export", "-o", str(sent_b))
    a.ok("import", str(sent_b))
    return sent_a, sent_b


@pytest.mark.skipif(shutil.which("grep") is None, reason="needs grep")
def test_an_erasure_travels_both_ways_and_leaves_no_trace(tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch
                                                          ) -> None:
    monkeypatch.setenv("PATROLOG_NOW", T1)
    a = _journal(tmp_path, monkeypatch, "a", "Aiptu Tafsipul")
    b = _journal(tmp_path, monkeypatch, "b", "Bripka Ani")
    a.add("patrol", "--start", "2026-11-20 08:00", "--duration", "2h",
          "--summary", "bertemu Joko Susilo di pasar")
    a.add("contact", "--at", "2026-11-20 10:00", "--role", "warga", "--name",
          "Pak Joko Susilo", "--phone", "0812-3456-7890", "--concern", "motor Joko hilang",
          "--patrol", "P1")
    b.add("patrol", "--start", "2026-11-20 09:00", "--duration", "2h", "--summary", "pagi")
    old_a, old_b = _exchange(a, b, tmp_path, "first")
    # The unit's clerk corrects the contact in B: B's history holds a version with the name.
    monkeypatch.setenv("PATROLOG_NOW", T2)
    joko_in_b = next(r["id"] for r in b.ok("list", "contacts", "--json").json())
    b.ok("edit", joko_in_b, "--topic", "kehilangan")
    b.ok("edit", "P1", "--summary", "pagi, pasar")   # B's own record: its history stays
    _exchange(b, a, tmp_path, "second")
    assert _grep(a, *JOKO) and _grep(b, *JOKO)  # the test can fail: both hold him now

    monkeypatch.setenv("PATROLOG_NOW", T3)
    a.ok("erase", "--name", "Joko Susilo", "--yes")
    sent_a = tmp_path / "erased-a.jsonl"
    a.ok("export", "-o", str(sent_a))
    assert b.ok("import", str(sent_a)).stdout == "added 0, updated 2, deleted 0, unchanged 1\n"
    sent_b = tmp_path / "erased-b.jsonl"
    b.ok("export", "-o", str(sent_b))
    assert a.ok("import", str(sent_b)).stdout == "added 0, updated 0, deleted 0, unchanged 3\n"

    for j in (a, b):
        assert _grep(j, *JOKO) == [], j.path.name
        contact = next(r for r in j.ok("list", "contacts", "--json").json())
        shown = j.ok("show", contact["id"], "--json").json()
        assert (shown["name"], shown["phone"], shown["updated_at"]) == (None, None, T3)
        assert "Joko" not in json.dumps(shown["history"], ensure_ascii=False)
        assert j.ok("search", "joko", "--json").json() == []
        wal = Path(f"{j.path}-wal")
        assert not wal.exists() or wal.stat().st_size == 0
    own = next(r for r in b.ok("list", "patrols", "--json").json() if r["officer"] == "Bripka Ani")
    assert len(b.ok("show", own["id"], "--json").json()["history"]) == 1

    # Older copies arriving later (older or equal: unchanged) do not bring the name back.
    for j, older in ((b, old_a), (a, old_b), (b, old_b), (a, old_a)):
        res = j.ok("import", str(older), "--json").json()
        assert res["added"] == res["updated"] == res["deleted"] == 0
    b.ok("merge", str(a.path))
    a.ok("merge", str(b.path))
    for j in (a, b):
        assert _grep(j, *JOKO) == [], j.path.name


def test_an_ordinary_update_keeps_the_history(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """Only a version that erases drops the earlier ones; a correction is kept as before."""
    monkeypatch.setenv("PATROLOG_NOW", T1)
    a = _journal(tmp_path, monkeypatch, "a", "Aiptu Tafsipul")
    b = _journal(tmp_path, monkeypatch, "b", "Bripka Ani")
    a.add("contact", "--at", "2026-11-20 10:00", "--role", "warga", "--name", "Bu Siti")
    _exchange(a, b, tmp_path, "first")
    monkeypatch.setenv("PATROLOG_NOW", T2)
    a.ok("edit", "C1", "--concern", "lampu jalan mati")
    _exchange(a, b, tmp_path, "second")
    history = b.ok("show", "C1", "--json").json()["history"]
    assert [h["name"] for h in history] == ["Bu Siti"]


@pytest.mark.skipif(shutil.which("grep") is None, reason="needs grep")
def test_an_erasure_reaches_records_deleted_after_they_were_shared(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A deletion travels without content, so a record deleted after it was shared keeps
    its text in the other journal; erased later, it must lose it there too."""
    monkeypatch.setenv("PATROLOG_NOW", T1)
    a = _journal(tmp_path, monkeypatch, "a", "Aiptu Tafsipul")
    b = _journal(tmp_path, monkeypatch, "b", "Bripka Ani")
    a.add("contact", "--at", "2026-11-20 10:00", "--role", "warga", "--name",
          "Pak Joko Susilo", "--phone", "0812-3456-7890")
    a.add("incident", "--at", "2026-11-20 11:00", "--kind", "perselisihan",
          "--description", "ribut dengan Joko Susilo di pasar")                    # I1
    a.add("incident", "--at", "2026-11-20 12:00", "--kind", "perselisihan",
          "--description", "Joko minta tolong, telp 0812-3456-7890")             # I2
    old_a, _ = _exchange(a, b, tmp_path, "first")
    monkeypatch.setenv("PATROLOG_NOW", T2)
    a.ok("delete", "I1", "--yes")
    _exchange(a, b, tmp_path, "second")        # B's copy of I1: deleted, its text kept
    a.ok("delete", "I2", "--yes")              # B's copy of I2: still live
    assert _grep(b, *JOKO)

    monkeypatch.setenv("PATROLOG_NOW", T3)
    a.ok("erase", "--name", "Joko Susilo", "--yes")
    _exchange(a, b, tmp_path, "erased")
    for j in (a, b):
        assert _grep(j, *JOKO) == [], j.path.name
        assert j.ok("info", "--json").json()["counts"] == \
            {"patrols": 0, "incidents": 0, "contacts": 1}
    assert b.sql("SELECT count(*) FROM incidents WHERE deleted_at IS NOT NULL")[0][0] == 2
    # The export from before any deletion is older: nothing returns.
    assert b.ok("import", str(old_a), "--json").json() == {
        "added": 0, "updated": 0, "deleted": 0, "unchanged": 3}
    assert _grep(b, *JOKO) == []


@pytest.mark.skipif(shutil.which("grep") is None, reason="needs grep")
def test_an_erasure_reaches_a_record_past_retention_not_yet_purged(
        officer: Journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Skipping is for records the journal does not hold (a purge is not undone); a record it
    still holds, past retention but not purged yet, takes the newer version, and so an
    erasure: otherwise the person's name stays here until someone runs purge."""
    u = _journal(tmp_path, monkeypatch, "unit", "Iptu Kanit")
    u.ok("merge", str(officer.path))
    u.ok("config", "set", "retention", "1 tahun")     # due reminds; not purged yet
    assert _grep(u, "Darmi", "1111 2222")
    monkeypatch.setenv("PATROLOG_NOW", "2026-11-27T21:00:00+07:00")
    officer.ok("erase", "--name", "Bu Darmi", "--yes")
    assert u.ok("merge", str(officer.path), "--json").json() == {
        "added": 0, "updated": 2, "deleted": 0, "unchanged": 3}
    assert _grep(u, "Darmi", "1111 2222") == []


@pytest.mark.skipif(shutil.which("grep") is None, reason="needs grep")
def test_a_new_journal_built_from_an_erased_version_shows_only_the_counts(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A file holding a record before and after its erasure, imported into a journal that
    does not exist yet: the counts are the four of every import (no internal key in
    --json), and the new journal holds nothing of the person."""
    monkeypatch.setenv("PATROLOG_NOW", T1)
    a = _journal(tmp_path, monkeypatch, "a", "Aiptu Tafsipul")
    a.add("contact", "--at", "2026-11-20 10:00", "--role", "warga", "--name",
          "Pak Joko Susilo", "--phone", "0812-3456-7890")
    before, after = tmp_path / "before.jsonl", tmp_path / "after.jsonl"
    a.ok("export", "-o", str(before))
    monkeypatch.setenv("PATROLOG_NOW", T2)
    a.ok("erase", "--name", "Joko Susilo", "--yes")
    a.ok("export", "-o", str(after))
    both = tmp_path / "both.jsonl"
    both.write_text(before.read_text() + after.read_text())
    fresh = Journal(tmp_path / "fresh.db", monkeypatch)
    assert fresh.ok("import", str(both), "--json").json() == {
        "added": 1, "updated": 1, "deleted": 0, "unchanged": 0}
    assert _grep(fresh, *JOKO) == []
    assert fresh.ok("show", "C1", "--json").json()["history"] == []
