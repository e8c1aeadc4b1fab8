"""add / list / show / edit / delete / search from flags, as scripts use them."""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from patrolog.core import clock

from patrolog.journal import migrations

JKT = ZoneInfo("Asia/Jakarta")


def test_add_patrol_json_has_every_field(tafsipul):
    res = tafsipul.ok("add", "patrol", "--start", "2026-11-20 08:00", "--duration", "2h30m",
                      "--kind", "sambang", "--area", "RW 05 Gondangdia",
                      "--place", "pasar:Pasar Boplo", "--place", "Masjid Cut Meutia",
                      "--summary", "Dialog dengan pedagang", "--tag", "pasar", "--tag", "pagi",
                      "--json")
    rec = res.json()
    assert rec["id"] == "P1" and len(rec["uid"]) == 32
    assert rec["started_at"] == "2026-11-20T08:00:00+07:00"
    assert rec["ended_at"] == "2026-11-20T10:30:00+07:00"
    assert rec["kind"] == "sambang"
    assert rec["places"] == [{"type": "market", "name": "Pasar Boplo"},
                             {"type": "worship", "name": "Masjid Cut Meutia"}]
    assert rec["tags"] == ["pasar", "pagi"]
    assert rec["officer"] == "Aiptu Tafsipul" and rec["unit"] == "Polsek Metro Menteng"
    for key in ("created_at", "updated_at", "area", "summary"):
        assert rec[key]


def test_add_prints_only_the_id(journal):
    assert journal.ok("add", "patrol", "--start", "-3h", "--end", "now").stdout == "P1\n"
    assert journal.ok("add", "incident", "--kind", "fire").stdout == "I1\n"
    assert journal.ok("add", "contact", "--role", "warga").stdout == "C1\n"


@pytest.mark.parametrize("word", ["kecelakaan", "laka", "traffic_accident",
                                  "Traffic Accident", "  LAKA LANTAS "])
def test_categories_accept_codes_and_both_languages(journal, word):
    rec = journal.ok("add", "incident", "--kind", word, "--json").json()
    assert rec["kind"] == "traffic_accident"


def test_contact_fields_and_due(tafsipul):
    rec = tafsipul.ok("add", "contact", "--at", "2026-11-20 10:00", "--role", "ketua rw",
                      "--name", "Pak Rahmat", "--organisation", "RW 05", "--place", "Pos RW",
                      "--phone", "0812-3456-7890", "--topic", "keamanan", "--concern",
                      "lampu jalan mati", "--follow-up", "lapor ke kelurahan", "--due",
                      "2026-12-01", "--json").json()
    assert rec["role"] == "rt_rw_head" and rec["due"] == "2026-12-01"
    assert rec["met_at"] == "2026-11-20T10:00:00+07:00"
    assert rec["phone"] == "0812-3456-7890" and rec["done_at"] is None
    assert rec["patrol"] is None


def test_incident_and_contact_link_to_the_patrol_covering_their_time(journal):
    journal.add("patrol", "--start", "2026-11-20 08:00", "--end", "2026-11-20 11:00")
    journal.add("patrol", "--start", "2026-11-21 08:00", "--end", "2026-11-21 11:00")
    inside = journal.ok("add", "incident", "--kind", "laka", "--at", "20/11/2026 09.15",
                        "--json").json()
    outside = journal.ok("add", "incident", "--kind", "laka", "--at", "2026-11-20 15:00",
                         "--json").json()
    forced = journal.ok("add", "contact", "--role", "warga", "--at", "2026-11-20 09:00",
                        "--patrol", "P2", "--json").json()
    unlinked = journal.ok("add", "contact", "--role", "warga", "--at", "2026-11-20 09:05",
                          "--patrol", "none", "--json").json()
    assert inside["patrol"] == "P1" and inside["occurred_at"] == "2026-11-20T09:15:00+07:00"
    assert outside["patrol"] is None
    assert forced["patrol"] == "P2" and unlinked["patrol"] is None


def test_in_a_unit_journal_a_record_links_to_its_own_officers_patrol(journal):
    """Two officers on patrol at once: each one's incident joins that officer's patrol."""
    journal.ok("config", "set", "officer", "Aiptu Tafsipul")
    journal.add("patrol", "--start", "2026-11-20 08:00", "--end", "2026-11-20 11:00")
    journal.ok("config", "set", "officer", "Bripka Sari")
    journal.add("patrol", "--start", "2026-11-20 08:30", "--end", "2026-11-20 10:30")
    sari = journal.ok("add", "incident", "--kind", "laka", "--at", "2026-11-20 09:00",
                      "--json").json()
    journal.ok("config", "set", "officer", "Aiptu Tafsipul")
    tafsipul = journal.ok("add", "incident", "--kind", "laka", "--at", "2026-11-20 09:00",
                          "--json").json()
    journal.ok("config", "set", "officer", "Brigpol Andi")  # no patrol of his own that day
    andi = journal.ok("add", "contact", "--role", "warga", "--at", "2026-11-20 09:00",
                      "--json").json()
    assert (sari["patrol"], tafsipul["patrol"], andi["patrol"]) == ("P2", "P1", None)
    # A new time re-links by the record's own officer, whoever is configured now.
    moved = journal.ok("edit", "I2", "--at", "2026-11-20 10:45", "--json").json()
    assert moved["patrol"] == "P1"


def test_a_patrol_logged_before_the_officer_was_set_still_links(journal):
    journal.add("patrol", "--start", "2026-11-20 08:00", "--end", "2026-11-20 11:00")
    journal.ok("config", "set", "officer", "Aiptu Tafsipul")
    rec = journal.ok("add", "incident", "--kind", "laka", "--at", "2026-11-20 09:00",
                     "--json").json()
    assert rec["patrol"] == "P1"


BAD_INPUTS = [
    (("add", "patrol", "--end", "now"), "--start"),
    (("add", "patrol", "--start", "-2h"), "--end"),
    (("add", "patrol", "--start", "2026-11-20 10:00", "--end", "2026-11-20 09:00"), "before"),
    (("add", "patrol", "--start", "-3h", "--end", "now", "--duration", "1h"), "not both"),
    (("add", "patrol", "--start", "kemarin jam", "--duration", "3h"), "cannot read the time"),
    (("add", "patrol", "--start", "-3h", "--duration", "3 hours please"), "duration"),
    (("add", "patrol", "--start", "-3h", "--duration", "0m"), "duration"),
    (("add", "patrol", "--start", "-3h", "--end", "now", "--kind", "ronda malam"),
     "unknown patrol kind"),
    (("add", "patrol", "--start", "-3h", "--end", "now", "--place", "mall:"), "place"),
    (("add", "patrol", "--start", "-3h", "--end", "now", "--place", "zoo:Ragunan"),
     "unknown place type"),
    (("add", "incident"), "--kind"),
    (("add", "incident", "--kind", "ufo"), "unknown incident kind"),
    (("add", "incident", "--kind", "fire", "--injured", "-1"), "injured"),
    (("add", "incident", "--kind", "fire", "--dead", "two"), "dead"),
    (("add", "incident", "--kind", "fire", "--severity", "extreme"), "severity"),
    (("add", "incident", "--kind", "fire", "--status", "maybe"), "status"),
    (("add", "incident", "--kind", "fire", "--at", "31/02/2026 10:00"), "February has 28 days"),
    (("add", "incident", "--kind", "fire", "--at", "banana"), "time"),
    (("add", "incident", "--kind", "fire", "--patrol", "P99"), "no record P99"),
    (("add", "incident", "--kind", "fire", "--patrol", "C1"), "not a record id"),
    (("add", "contact"), "--role"),
    (("add", "contact", "--role", "alien"), "unknown role"),
    (("add", "contact", "--role", "warga", "--phone", "3171234567890001"), "NIK"),
    (("add", "contact", "--role", "warga", "--due", "someday"), "date"),
    (("add", "contact", "--role", "warga", "--nickname", "x"), "no such option"),
    (("list", "--since", "yesterdayish"), "date"),
    (("list", "vehicles"), "unknown record kind"),
    (("list", "--kind", "nonsense"), "unknown kind"),
    (("list", "--since", "2026-11-20", "--until", "2026-11-01"), "--since"),
    (("show", "X5"), "not a record id"),
    (("show", "P404"), "no record P404"),
    (("edit", "P404", "--summary", "x"), "no record P404"),
    (("delete", "I404", "--yes"), "no record I404"),
    (("frobnicate",), "no such command"),
    (("config", "set", "rank", "Aiptu"), "unknown setting"),
    (("config", "set", "timezone", "Mars/Olympus"), "timezone"),
    (("--lang", "fr", "list"), "language"),
    (("list", "--limit", "-1"), "--limit must be a whole number, 0 or more, not '-1'"),
    (("search", "pasar", "--limit", "lima"), "--limit must be a whole number, 0 or more"),
    (("demo", "--weeks", "x"), "--weeks must be a whole number, not 'x'"),
    (("search",), "missing: the words to look for"),
    (("show",), "missing: the record's id"),
    (("list", "--limit"), "--limit needs a value"),
    (("add", "patrol", "--start", "2026-11-18 08:00", "--end", "2026-11-20 09:00"),
     "a patrol of 49 hours"),
    (("edit", "P1", "--end", "2026-11-21 09:00"), "too long, at most 24"),
    (("list", "patrols", "x", "y"), "unexpected extra argument x y;"),
]


@pytest.mark.parametrize("args,needle", BAD_INPUTS, ids=[" ".join(a) for a, _ in BAD_INPUTS])
def test_bad_input_is_one_line_exit_2_and_changes_nothing(journal, args, needle):
    journal.add("patrol", "--start", "2026-11-20 08:00", "--end", "2026-11-20 11:00")
    journal.add("contact", "--role", "warga", "--at", "2026-11-20 09:00")
    before = journal.snapshot()
    res = journal.run(*args)
    assert res.exit_code == 2, res.stderr
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("patrolog: ")
    assert needle.lower() in lines[0].lower()
    assert "Traceback" not in res.stderr + res.stdout
    assert journal.snapshot() == before


def test_click_refusals_are_in_indonesian_too(journal):
    for args, needle in ((("list", "--limit", "-1"), "harus bilangan bulat 0 atau lebih"),
                         (("search",), "Kata yang dicari belum diberikan")):
        res = journal.run("--lang", "id", *args)
        assert res.exit_code == 2 and needle in res.stderr, res.stderr


def test_bad_input_does_not_create_a_journal(journal):
    res = journal.run("add", "incident", "--kind", "ufo")
    assert res.exit_code == 2
    assert not journal.path.exists()


def test_errors_in_indonesian(journal):
    res = journal.run("--lang", "id", "add", "incident", "--kind", "ufo")
    assert res.exit_code == 2 and "tidak dikenal" in res.stderr
    res = journal.run("add", "incident", "--kind", "ufo", env={"PATROLOG_LANG": "id"})
    assert "tidak dikenal" in res.stderr
    res = journal.run("add", "incident", "--kind", "ufo", env={"LANG": "id_ID.UTF-8"})
    assert "tidak dikenal" in res.stderr
    journal.ok("config", "set", "lang", "id")
    assert "tidak dikenal" in journal.run("add", "incident", "--kind", "ufo").stderr
    # --lang beats the journal's setting, the journal beats LANG
    assert "unknown" in journal.run("--lang", "en", "add", "incident", "--kind", "ufo").stderr
    res = journal.run("add", "incident", "--kind", "ufo", env={"LANG": "en_US.UTF-8"})
    assert "tidak dikenal" in res.stderr
    res = journal.run("--lang", "id", "add", "incident", "--kindd", "x")
    assert res.exit_code == 2 and "tidak ada" in res.stderr


def _three(journal):
    journal.add("patrol", "--start", "2026-11-18 08:00", "--end", "2026-11-18 11:00",
                "--kind", "dialogis", "--area", "RW 05", "--tag", "pasar")
    journal.add("incident", "--kind", "cekcok", "--at", "2026-11-19 10:00",
                "--location", "Pasar Boplo", "--status", "resolved")
    journal.add("contact", "--role", "pedagang", "--at", "2026-11-20 09:00",
                "--place", "Pasar Boplo", "--name", "Bu Siti", "--tag", "pasar")
    journal.add("incident", "--kind", "laka", "--at", "2026-11-21 07:30",
                "--location", "Jl. Cikini Raya")


def test_list_all_kinds_newest_first(journal):
    _three(journal)
    recs = journal.ok("list", "--json").json()
    assert [r["id"] for r in recs] == ["I2", "C1", "I1", "P1"]


@pytest.mark.parametrize("args,expected", [
    (("incidents",), ["I2", "I1"]),
    (("insiden",), ["I2", "I1"]),
    (("--since", "2026-11-19", "--until", "20/11/2026"), ["C1", "I1"]),
    (("--kind", "laka"), ["I2"]),
    (("--kind", "pedagang"), ["C1"]),
    (("--kind", "dialogic"), ["P1"]),
    (("--status", "open"), ["I2"]),
    (("--status", "selesai"), ["I1"]),
    (("--area", "boplo"), ["C1", "I1"]),
    (("--tag", "PASAR"), ["C1", "P1"]),
    (("--limit", "2"), ["I2", "C1"]),
    (("contacts", "--kind", "trader"), ["C1"]),
])
def test_list_filters(journal, args, expected):
    _three(journal)
    assert [r["id"] for r in journal.ok("list", *args, "--json").json()] == expected


def test_list_table_and_csv_in_a_pipe_have_no_colour(journal):
    _three(journal)
    table = journal.ok("list").stdout
    assert "\x1b[" not in table
    assert "Pasar Boplo" in table and "traffic accident" in table
    lines = journal.ok("list", "--csv").stdout.splitlines()
    assert lines[0].startswith("id,uid,")
    assert len(lines) == 5 and lines[1].startswith("I2,")
    indo = journal.ok("--lang", "id", "list").stdout
    assert "kecelakaan lalu lintas" in indo and "Waktu" in indo


def test_empty_journal_lists_nothing(journal):
    assert journal.ok("list", "--json").json() == []
    assert journal.ok("list").stdout.strip() == "no records"


def test_show_edit_keeps_history(journal):
    _three(journal)
    before = journal.ok("show", "I2", "--json").json()
    journal.ok("edit", "I2", "--status", "dilimpahkan", "--referred-to", "Unit Laka Lantas")
    journal.ok("edit", "i2", "--injured", "2")
    after = journal.ok("show", "I2", "--json").json()
    assert after["status"] == "referred" and after["referred_to"] == "Unit Laka Lantas"
    assert after["injured"] == 2 and after["uid"] == before["uid"]
    assert [h["status"] for h in after["history"]] == ["open", "referred"]
    assert after["history"][0]["injured"] == 0
    assert after["updated_at"] >= before["updated_at"]


def test_edit_patrol_time_and_places(journal):
    journal.add("patrol", "--start", "2026-11-18 08:00", "--end", "2026-11-18 11:00",
                "--place", "pasar:Pasar Boplo")
    rec = journal.ok("edit", "P1", "--start", "2026-11-18 09:00", "--json").json()
    assert rec["ended_at"] == "2026-11-18T12:00:00+07:00", "moving the start keeps the length"
    rec = journal.ok("edit", "P1", "--duration", "1h", "--place", "sekolah:SDN Gondangdia 01",
                     "--json").json()
    assert rec["ended_at"] == "2026-11-18T10:00:00+07:00"
    assert rec["places"] == [{"type": "school", "name": "SDN Gondangdia 01"}]
    res = journal.run("edit", "P1", "--end", "2026-11-18 08:00")
    assert res.exit_code == 2 and "before" in res.stderr


def test_edit_refuses_options_of_another_kind_and_empty_edits(journal):
    _three(journal)
    before = journal.snapshot()
    res = journal.run("edit", "P1", "--role", "guru")
    assert res.exit_code == 2 and "--role" in res.stderr and "patrol" in res.stderr
    res = journal.run("edit", "P1")
    assert res.exit_code == 2 and "nothing to change" in res.stderr
    assert journal.snapshot() == before


def test_edit_incident_time_relinks(journal):
    journal.add("patrol", "--start", "2026-11-18 08:00", "--end", "2026-11-18 11:00")
    journal.add("incident", "--kind", "fire", "--at", "2026-11-18 15:00")
    assert journal.ok("show", "I1", "--json").json()["patrol"] is None
    rec = journal.ok("edit", "I1", "--at", "2026-11-18 09:00", "--json").json()
    assert rec["patrol"] == "P1"


def test_delete_needs_yes_without_terminal_and_keeps_history(journal):
    _three(journal)
    before = journal.snapshot()
    res = journal.run("delete", "C1")
    assert res.exit_code == 2 and "--yes" in res.stderr
    assert journal.snapshot() == before
    journal.ok("delete", "C1", "--yes")
    assert "C1" not in [r["id"] for r in journal.ok("list", "--json").json()]
    assert journal.ok("search", "Siti", "--json").json() == []
    shown = journal.ok("show", "C1", "--json").json()
    assert shown["deleted_at"] and shown["history"][0]["name"] == "Bu Siti"
    res = journal.run("edit", "C1", "--name", "x")
    assert res.exit_code == 2


def test_search_best_match_first_and_kept_in_step(journal):
    journal.add("contact", "--role", "warga", "--concern", "lampu jalan mati di gang")
    journal.add("contact", "--role", "warga", "--concern", "lampu jalan mati", "--at", "-1h",
                "--topic", "lampu jalan lampu jalan")
    journal.add("incident", "--kind", "dispute", "--description", "cekcok parkir")
    journal.add("patrol", "--start", "-3h", "--end", "now", "--place", "pasar:Pasar Boplo")
    assert [r["id"] for r in journal.ok("search", "lampu", "jalan", "--json").json()] == \
        ["C2", "C1"]
    assert [r["id"] for r in journal.ok("search", "boplo", "--json").json()] == ["P1"]
    journal.ok("edit", "I1", "--description", "cekcok warisan")
    assert journal.ok("search", "parkir", "--json").json() == []
    assert [r["id"] for r in journal.ok("search", "warisan", "--json").json()] == ["I1"]
    assert [r["id"] for r in journal.ok("search", 'lampu"', "--json").json()]  # no FTS syntax error


def test_config_and_info(journal):
    assert journal.ok("config", "set", "officer", "Aiptu Tafsipul").stdout.strip() == \
        "officer = Aiptu Tafsipul"
    journal.ok("config", "set", "area", "Kel. Gondangdia")
    journal.ok("config", "set", "lang", "Indonesia")
    assert journal.ok("config", "get", "lang").stdout.strip() == "id"
    rec = journal.ok("add", "patrol", "--start", "-2h", "--end", "now", "--json").json()
    assert rec["area"] == "Kel. Gondangdia" and rec["officer"] == "Aiptu Tafsipul"
    info = journal.ok("info", "--json").json()
    assert info["counts"] == {"patrols": 1, "incidents": 0, "contacts": 0}
    assert info["schema_version"] == migrations.LATEST and info["journal"] == str(journal.path)
    text = journal.ok("info").stdout
    assert "patroli: 1" in text
    journal.ok("config", "set", "timezone", "WITA")
    text = journal.ok("info").stdout
    assert text.count("Asia/Makassar") == 1, text  # the zone in use, shown once
    listed = journal.ok("config", "list").stdout.splitlines()
    assert "unit = (belum diatur)" in listed and "officer = Aiptu Tafsipul" in listed
    assert journal.ok("config", "list", "--json").json()["unit"] is None


def test_every_command_has_help_in_both_languages(journal):
    from patrolog.cli import build_app
    from typer.main import get_command

    def walk(cmd, path):
        yield path
        for name, sub in getattr(cmd, "commands", {}).items():
            yield from walk(sub, [*path, name])

    paths = list(walk(get_command(build_app("en")), []))
    assert len(paths) >= 12
    for path in paths:
        for lang in ("en", "id"):
            res = journal.run("--lang", lang, *path, "--help")
            assert res.exit_code == 0, path
            usage = "Usage:" if lang == "en" else "Penggunaan:"
            assert res.stdout.startswith(usage) and len(res.stdout) > 100, path
    indonesian = journal.run("--lang", "id", "add", "patrol", "--help").stdout
    for word in ("Catat", "Opsi", "Tampilkan bantuan ini"):
        assert word in indonesian or word in journal.run("--lang", "id", "add", "--help").stdout
    assert "Show this" not in indonesian and "Options" not in indonesian


def test_times_are_kept_in_the_journal_timezone(journal):
    journal.ok("config", "set", "timezone", "Asia/Makassar")
    rec = journal.ok("add", "incident", "--kind", "fire", "--at", "2026-11-20 10:00 WIB",
                     "--json").json()
    assert rec["occurred_at"] == "2026-11-20T11:00:00+08:00"
    assert re.match(r".*\+08:00$", rec["created_at"])


_FUZZ_VALUES = ["", " ", "-1", "0", "3", "1e3", "99999999999999999999", "laka", "kecelakaan",
                "warga", "x" * 300, "P1", "p0", "I99", "none", "27/11/2026 14.10", "31/02/2026",
                "-2h", "+3d", "2h30m", "25:00", "kemarin 21:30", "besok", "pasar:Pasar Boplo",
                ":", "market:", "0812-3456-7890", "3174012345678901", "'; DROP TABLE patrols;--",
                "\u0000", "ñ", "Jl. Cikini \"Raya\"", "ringan", "HIGH", "dilimpahkan"]
_FUZZ_COMMANDS = {
    ("add", "patrol"): ["--start", "--end", "--duration", "--kind", "--area", "--place",
                        "--summary", "--tag"],
    ("add", "incident"): ["--at", "--kind", "--location", "--injured", "--dead", "--severity",
                          "--status", "--referred-to", "--patrol", "--tag"],
    ("add", "contact"): ["--at", "--name", "--role", "--phone", "--follow-up", "--due",
                         "--patrol", "--place"],
    ("edit", "P1"): ["--start", "--end", "--duration", "--kind", "--place", "--at", "--name"],
    ("edit", "I1"): ["--at", "--kind", "--injured", "--status", "--patrol", "--start"],
    ("list",): ["--since", "--until", "--kind", "--status", "--limit", "--tag"],
}


def test_random_bad_input_never_crashes_and_never_half_writes(journal):
    """Random options with near-miss values: each run succeeds, or fails with exit 2, one line
    on stderr and the journal exactly as it was. Exit 70 (a bug) or a traceback fails."""
    import random

    journal.add("patrol", "--start", "-3h", "--end", "-1h")
    journal.add("incident", "--kind", "laka", "--at", "-2h")
    rng = random.Random(1129)
    outcomes = {0: 0, 2: 0}
    for _ in range(250):
        command = rng.choice(list(_FUZZ_COMMANDS))
        options = rng.sample(_FUZZ_COMMANDS[command], rng.randint(1, 4))
        argv = [*command]
        for option in options:
            argv += [option, rng.choice(_FUZZ_VALUES)]
        before = journal.snapshot()
        res = journal.run(*argv)
        assert res.exit_code in (0, 2), (argv, res.exit_code, res.stderr)
        assert "Traceback" not in res.stderr + res.stdout, argv
        outcomes[res.exit_code] += 1
        if res.exit_code == 2:
            assert res.stderr.count("\n") == 1 and res.stderr.startswith("patrolog: "), (
                argv, res.stderr)
            assert journal.snapshot() == before, argv
    assert outcomes[0] > 0 and outcomes[2] > 100  # both sides reached


def _field_lines(out: str) -> list[str]:
    return [line for line in out.splitlines()[1:] if line.startswith("  ") and
            not line.startswith("    ") and not line.rstrip().endswith(":")]


def test_show_aligns_values_past_the_longest_label(journal):
    journal.add("incident", "--kind", "laka", "--severity", "ringan", "--status", "dilimpahkan",
                "--referred-to", "Unit Lantas", "--description", "Motor tergelincir")
    out = journal.ok("--lang", "id", "show", "I1").stdout
    lines = _field_lines(out)
    assert any("tingkat keparahan  ringan" in line for line in lines)
    starts = {re.match(r"^  \S.*?\s{2,}(?=\S)", line).end() for line in lines}
    assert len(starts) == 1, out  # every value starts in the same column


def test_show_wraps_long_values_under_the_value_on_a_terminal(journal, monkeypatch):
    from patrolog.render import records as render_records

    long = " ".join(["Bersama warga sekitar memberikan pertolongan pertama"] * 4)
    journal.add("incident", "--kind", "laka", "--action", long)
    monkeypatch.setattr(render_records, "terminal_width", lambda: 60)
    out = journal.ok("--lang", "id", "show", "I1").stdout
    assert all(len(line) <= 60 for line in out.splitlines()), out
    action = out.splitlines().index(next(l for l in out.splitlines() if "tindakan" in l))
    column = out.splitlines()[action].index("Bersama")
    following = out.splitlines()[action + 1]
    assert following[:column].isspace() and following[column] != " "
    # In a pipe each field stays on one line, for grep.
    monkeypatch.setattr(render_records, "terminal_width", lambda: None)
    piped = journal.ok("--lang", "id", "show", "I1").stdout
    assert any(long in line for line in piped.splitlines())


def test_list_streams_the_same_json_as_one_dump(journal):
    """`list --json` is written record by record; the bytes are those of one json.dumps."""
    import json

    _three(journal)
    out = journal.ok("list", "--json").stdout
    assert out == json.dumps(json.loads(out), ensure_ascii=False, indent=2) + "\n"
    assert journal.ok("list", "patrols", "--kind", "sambang", "--json").stdout == "[]\n"


def test_long_lists_keep_every_record_in_order_in_each_format(journal, monkeypatch):
    from patrolog.render import records as render_records

    monkeypatch.setattr(render_records, "_MEASURED", 5)
    n = 5 + 16  # past the rows the table measures its columns on
    for i in range(n):
        journal.add("contact", "--role", "warga", "--at", f"-{i + 1}m",
                    "--topic", "sambang " * (i % 7))
    ids = [r["id"] for r in journal.ok("list", "--json").json()]
    assert ids == [f"C{i}" for i in range(1, n + 1)]  # newest first: C1 was a minute ago
    table = journal.ok("list").stdout.splitlines()
    assert [line.split()[0] for line in table[2:] if line[:1] == "C"] == ids
    assert all(len(line) <= 80 for line in table)
    csv_lines = journal.ok("list", "--csv").stdout.splitlines()
    assert len(csv_lines) == n + 1
    # The header names every kind's columns whatever rows there are, so scripts can rely on it.
    assert "started_at" in csv_lines[0] and "occurred_at" in csv_lines[0]
    found = journal.ok("search", "sambang", "--json").json()
    assert len(found) == n - len(range(0, n, 7)) and len({r["id"] for r in found}) == len(found)


def test_an_older_over_long_patrol_can_still_be_corrected(journal):
    """A patrol stored before the 24-hour rule keeps working: fixing its summary is allowed,
    only touching its times meets the rule."""
    import sqlite3

    journal.add("patrol", "--start", "2026-11-18 08:00", "--end", "2026-11-18 11:00")
    conn = sqlite3.connect(journal.path)  # as an older patrolog could have stored it
    conn.execute("UPDATE patrols SET ended_at = '2026-11-20T11:00:00+07:00' WHERE id = 1")
    conn.commit()
    conn.close()
    assert journal.ok("edit", "P1", "--summary", "dua hari", "--json").json()["summary"] == \
        "dua hari"
    assert journal.run("edit", "P1", "--end", "2026-11-20 12:00").exit_code == 2
    assert journal.ok("edit", "P1", "--end", "2026-11-18 12:00", "--json").json()[
        "ended_at"] == "2026-11-18T12:00:00+07:00"
