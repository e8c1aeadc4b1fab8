"""Bad import files, generated (Hypothesis), through the real CLI.

Each example is a JSON Lines file: records exported by patrolog itself (with new uids),
some with a field replaced by a value of another type, some lines that are not records at
all (arrays, strings, null, deep nesting, huge numbers, broken JSON), sometimes a UTF-8
byte-order mark or Windows line ends.

The contract: exit 0 or 2, never 70 or 3 on a sound journal; a failure is one line on
stderr; an import that fails leaves the journal as it was; what an import accepted can be
listed, shown and exported afterwards.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import uuid
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st
from typer.testing import CliRunner

from conftest import SAMPLE_RECORDS, exported

from patrolog.cli import build_app, resolve_lang

NOW = "2026-11-27T20:00:00+07:00"


def _invoke(argv: list[str]):  # noqa: ANN202 - click's Result
    app = build_app(resolve_lang(argv), argv)
    return CliRunner().invoke(app, argv, catch_exceptions=True)


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[dict]]:
    """A small journal (one record of each kind) and its own export, as dicts."""
    db = tmp_path_factory.mktemp("import-template") / "journal.db"
    mp = pytest.MonkeyPatch()
    mp.setenv("PATROLOG_NOW", NOW)
    try:
        for argv in (
            ["config", "set", "timezone", "Asia/Jakarta"],
            *SAMPLE_RECORDS,
        ):
            res = _invoke(["--db", str(db), *argv])
            assert res.exit_code == 0, (argv, res.stderr)
        res = _invoke(["--db", str(db), "export", "--format", "jsonl"])
        assert res.exit_code == 0, res.stderr
    finally:
        mp.undo()
    return db, exported(res.stdout)


# -- what goes into a line -----------------------------------------------------
HUGE = [10**20, -(10**20), 2**63, -(2**63) - 1, 10**400]
json_scalars = st.one_of(
    st.none(), st.booleans(), st.integers(min_value=-(10**30), max_value=10**30),
    st.sampled_from(HUGE), st.floats(allow_nan=False), st.text(max_size=20),
    st.sampled_from(["", " ", "urgent", "\x1b[2J", "0001-01-01T00:00:00", "9999-12-31",
                     "9999-12-31T23:59:59+00:00", "0001-01-01T00:00:00+14:00",
                     "2026-11-27T08:00:00+07:00", "2026-02-30T08:00:00", "laka", "market",
                     "x" * 3000, "\ufeff", "\u0000", "P99999999999999999999"]),
)
json_values = st.recursive(
    json_scalars,
    lambda inner: st.one_of(st.lists(inner, max_size=3),
                            st.dictionaries(st.sampled_from(["type", "name", "x", ""]), inner,
                                            max_size=3)),
    max_leaves=8,
)

NOT_RECORDS = [
    "[1, 2]", '"text"', "null", "true", "0", "1e999", "-1", "{}", '{"type": "patrol"}',
    '{"type": null}', '{"type": ["patrol"]}', '{"type": "PATROL"}', '{"type": "unknown"}',
    "[" * 200_000 + "]" * 200_000, '{"a":' * 5000 + "1" + "}" * 5000, "{", "}", "{,}",
    "{'type': 'patrol'}", '{"type": "patrol",}', "NaN", "Infinity", "\x00",
    '{"type": "patrol", "uid": "x", "uid": "y"}', '{"type": 1e999}', "1" * 5000,
]


@st.composite
def a_record(draw: st.DrawFn, records: list[dict]) -> dict:
    rec = dict(draw(st.sampled_from(records)))
    rec["uid"] = uuid.UUID(int=draw(st.integers(0, 2**128 - 1))).hex
    for _ in range(draw(st.integers(0, 2))):
        action = draw(st.integers(0, 5))
        field = draw(st.sampled_from(sorted(rec)))
        if action == 0:
            rec.pop(field)
        elif action == 1:
            rec[field] = draw(st.sampled_from([
                5, "urgent", {}, [], None, [1, 2], {"type": "market"}, "", -1, True,
                10**20, 1.5, "9999-12-31T00:00:00+00:00", "0001-01-01T00:00:00+00:00"]))
        else:
            rec[field] = draw(json_values)
    return rec


@st.composite
def a_file(draw: st.DrawFn, records: list[dict]) -> bytes:
    lines = []
    for _ in range(draw(st.integers(1, 4))):
        choice = draw(st.integers(0, 9))
        if choice <= 5:
            lines.append(json.dumps(draw(a_record(records)), ensure_ascii=draw(st.booleans())))
        elif choice <= 7:
            lines.append(draw(st.sampled_from(NOT_RECORDS)))
        elif choice == 8:
            lines.append(json.dumps(draw(json_values)))
        else:
            lines.append(draw(st.sampled_from(["", "   ", "\t"])))
    end = draw(st.sampled_from(["\n", "\r\n"]))
    text = end.join(lines) + draw(st.sampled_from([end, ""]))
    data = text.encode("utf-8", "surrogatepass")
    if draw(st.integers(0, 4)) == 0:
        data = b"\xef\xbb\xbf" + data  # Excel's "CSV UTF-8" writes one
    if draw(st.integers(0, 9)) == 0:
        data += b"\xff\xfe broken utf-8\n"
    return data


def _counts(db: Path) -> tuple[int, int, int]:
    conn = sqlite3.connect(db)
    try:
        return tuple(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                     for t in ("patrols", "incidents", "contacts"))
    finally:
        conn.close()


def test_bad_import_files_are_refused_cleanly(journal, source,  # noqa: ANN001
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    template, records = source
    monkeypatch.setenv("PATROLOG_NOW", NOW)
    folder = journal.path.parent
    seen = {"ok": 0, "refused": 0}

    @settings(max_examples=120 * int(os.environ.get("PATROLOG_FUZZ_SCALE", "1")),
              suppress_health_check=[HealthCheck.function_scoped_fixture,
                                     HealthCheck.too_slow, HealthCheck.data_too_large,
                                     HealthCheck.large_base_example])
    @given(data=a_file(records), lang=st.sampled_from(["en", "id"]))
    def run(data: bytes, lang: str) -> None:
        for name in os.listdir(folder):
            if (folder / name).is_file():
                (folder / name).unlink()
        shutil.copyfile(template, journal.path)
        file = folder / "in.jsonl"
        file.write_bytes(data)
        before = journal.snapshot()
        db = ["--db", str(journal.path), "--lang", lang]
        res = _invoke([*db, "import", str(file)])
        shown = f"file={data[:600]!r}\nexit={res.exit_code}\nstderr={res.stderr!r}"
        assert res.exception is None or isinstance(res.exception, SystemExit), \
            f"{shown}\nexception={res.exception!r}"
        assert "Traceback" not in res.stderr, shown
        assert res.exit_code in (0, 2), shown
        if res.exit_code == 2:
            seen["refused"] += 1
            assert res.stderr.endswith("\n") and res.stderr.count("\n") == 1, shown
            assert journal.snapshot() == before, f"a refused import changed the journal\n{shown}"
            return
        seen["ok"] += 1
        # What was accepted must be usable afterwards by every reader.
        assert sqlite3.connect(journal.path).execute("PRAGMA integrity_check").fetchone() \
            == ("ok",)
        for argv in (["list"], ["list", "--json"], ["followups"], ["export"],
                     ["search", "pasar"]):
            after = _invoke([*db, *argv])
            assert after.exit_code == 0, f"{shown}\nthen {argv}: {after.exit_code} " \
                                         f"{after.stderr!r}"
        listed = json.loads(_invoke([*db, "list", "--json"]).stdout)
        assert len(listed) == sum(_counts(journal.path))

    run()
    # The generator must reach both sides of the contract, or the test proves little.
    assert seen["ok"] >= 5 and seen["refused"] >= 20, seen
