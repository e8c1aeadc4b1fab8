"""The words an officer types (glossary additions, everyday words), refusals and TAB
completion in the user's language, and the language as the person's own setting."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from conftest import PATROLOG, cli_env
NOW = "2026-12-02T08:00:00+07:00"


@pytest.fixture
def j(journal, monkeypatch):  # noqa: ANN001, ANN201
    monkeypatch.setenv("PATROLOG_NOW", NOW)
    return journal


@pytest.mark.parametrize(("args", "field", "code"), [
    (("add", "patrol", "--start", "-3j", "--end", "now", "--kind", "patroli malam"), "kind",
     "routine"),
    (("add", "patrol", "--start", "-3j", "--end", "now", "--kind", "Patroli Rutin"), "kind",
     "routine"),
    (("add", "contact", "--role", "ustadz"), "role", "religious_leader"),
    (("add", "contact", "--role", "Pak Kyai"), "role", "religious_leader"),
    (("add", "contact", "--role", "pak rw"), "role", "rt_rw_head"),
    (("add", "contact", "--role", "Bu RT"), "role", "rt_rw_head"),
    (("add", "contact", "--role", "pak lurah"), "role", "village_official"),
    (("add", "contact", "--role", "tukang ojek"), "role", "driver"),
    (("add", "incident", "--kind", "begal"), "kind", "theft"),
    (("add", "incident", "--kind", "tabrakan"), "kind", "traffic_accident"),
    (("add", "incident", "--kind", "laka", "--severity", "parah"), "severity", "high"),
    (("add", "incident", "--kind", "laka", "--status", "beres"), "status", "resolved"),
])
def test_everyday_words_are_understood(j, args, field: str, code: str) -> None:  # noqa: ANN001
    assert j.ok(*args, "--json").json()[field] == code


@pytest.mark.parametrize(("place", "type_"), [
    ("warung:Warung Bu Siti", "food"), ("Warung Kopi Mang Udin", "food"),
    ("warteg:Warteg Bahari", "food"), ("kedai:Kedai Kopi", "food"),
    ("pos kamling:Pos RW 05", "poskamling"), ("balai desa:Balai Warga RW 03", "office"),
    ("Alun-alun Kota", "public_space"),
])
def test_place_types_from_the_glossary_and_the_street(j, place: str,  # noqa: ANN001
                                                      type_: str) -> None:
    rec = j.ok("add", "patrol", "--start", "-3j", "--end", "now", "--place", place,
               "--json").json()
    assert rec["places"][0]["type"] == type_


@pytest.mark.parametrize(("lang", "args", "expected", "absent"), [
    ("id", ("add", "incident", "--kind", "laka", "--severity", "xyz"),
     "pilih salah satu: ringan, sedang, berat", "low"),
    ("en", ("add", "incident", "--kind", "laka", "--severity", "xyz"),
     "choose one of: low, medium, high", "ringan"),
    ("id", ("add", "incident", "--kind", "ufo"), "kecelakaan lalu lintas, pencurian", "theft"),
    ("id", ("add", "contact", "--role", "astronot"), "tokoh masyarakat, tokoh agama",
     "community_leader"),
    ("id", ("list", "patroli", "--kind", "?"), "patroli dialogis, patroli rutin", "dialogic,"),
    ("id", ("list", "--kind", "kontak"), "patrolog list kontak", "community_leader"),
    ("en", ("list", "--kind", "contacts"), "patrolog list contacts", "community_leader"),
    ("id", ("list", "--kind", "xyz"), "bukan jenis patroli, jenis insiden atau peran kontak",
     "community_leader"),
])
def test_refusals_list_labels_in_the_users_language(j, lang: str, args, expected: str,  # noqa: ANN001
                                                     absent: str) -> None:
    res = j.run("--lang", lang, *args)
    assert res.exit_code == 2
    line = res.stderr.strip()
    assert "\n" not in line and expected in line and absent not in line, line


def _complete(words: str, **env: str) -> list[str]:
    full = cli_env(_PATROLOG_COMPLETE="complete_bash", COMP_WORDS=words,
                   COMP_CWORD=str(len(words.split()) - (0 if words.endswith(" ") else 1)), **env)
    out = subprocess.run([*PATROLOG], capture_output=True, text=True, env=full, check=True)
    return [line for line in out.stdout.split("\n") if line]


def test_tab_completion_offers_the_users_labels() -> None:
    assert _complete("patrolog add incident --severity ", PATROLOG_LANG="id") == \
        ["ringan", "sedang", "berat"]
    assert _complete("patrolog add incident --severity ", PATROLOG_LANG="en") == \
        ["low", "medium", "high"]
    # beyond the labels, the other words a code is known by, one per code
    assert _complete("patrolog add contact --role usta", PATROLOG_LANG="id") == ["ustaz"]
    assert _complete("patrolog add contact --role tokoh", PATROLOG_LANG="id") == \
        ["tokoh\\ masyarakat", "tokoh\\ agama", "tokoh\\ pemuda", "tokoh\\ adat"]
    assert "patroli\\ dialogis" in _complete("patrolog add patrol --kind pat", PATROLOG_LANG="id")


def test_language_is_the_users_not_the_journals(j, tmp_path: Path) -> None:  # noqa: ANN001
    assert j.ok("config", "set", "lang", "Indonesia").stdout.strip() == "lang = id"
    config = Path(os.environ["XDG_CONFIG_HOME"]) / "patrolog" / "config"
    assert "lang = id" in config.read_text()
    assert not j.path.exists()  # the journal was not even created for it
    # every journal answers in it: this one, a demo elsewhere, a mistyped --db
    assert "tidak dikenal" in j.run("add", "incident", "--kind", "ufo").stderr
    other = tmp_path / "demo.db"
    res = j.run("--db", str(other), "add", "incident", "--kind", "ufo", db=False)
    assert "tidak dikenal" in res.stderr
    res = j.run("--db", str(tmp_path / "typo" / "jurnl.db"), "list", db=False)
    assert res.stdout.strip() == "tidak ada catatan"
    assert j.ok("config", "get", "lang").stdout.strip() == "id"
    assert j.ok("config", "list", "--json").json()["lang"] == "id"
    # order: --lang > PATROLOG_LANG > the user's config > LANG
    assert "unknown" in j.run("--lang", "en", "add", "incident", "--kind", "ufo").stderr
    res = j.run("add", "incident", "--kind", "ufo", env={"PATROLOG_LANG": "en"})
    assert "unknown" in res.stderr
    res = j.run("add", "incident", "--kind", "ufo", env={"LANG": "en_US.UTF-8"})
    assert "tidak dikenal" in res.stderr
    j.ok("config", "set", "lang", "")  # cleared: LANG again
    res = j.run("add", "incident", "--kind", "ufo", env={"LANG": "en_US.UTF-8"})
    assert "unknown" in res.stderr
    assert j.run("config", "set", "lang", "klingon").exit_code == 2


def test_an_unknown_patrolog_lang_is_named(tmp_path: Path) -> None:
    env = cli_env(PATROLOG_LANG="fr", PATROLOG_DB=str(tmp_path / "j.db"), LANG="id_ID.UTF-8",
                  XDG_CONFIG_HOME=str(tmp_path / "cfg"))
    out = subprocess.run([*PATROLOG, "list"], capture_output=True, text=True, env=env)
    assert out.returncode == 0  # a warning, not a failure: cron goes on
    assert out.stderr == ("patrolog: PATROLOG_LANG='fr' bukan bahasa yang dikenal patrolog "
                          "(id, en); diabaikan\n")
    assert out.stdout.strip() == "tidak ada catatan"
