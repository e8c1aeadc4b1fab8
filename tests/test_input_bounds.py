"""Numbers and ids past what SQLite or Python hold are bad input (exit 2, one line), never
the "bug" exit 70 (issue 8: huge ids, huge counts, huge --limit, dates outside 1900-2100)."""

from __future__ import annotations

import pytest

HUGE = "99999999999999999999"


@pytest.fixture
def one(journal):
    journal.add("incident", "--kind", "laka", "--at", "-1h")
    return journal


@pytest.mark.parametrize(("args", "words"), [
    (("show", "P" + HUGE), "no record"),
    (("show", "P²"), "not a record id"),
    (("show", "I1²"), "not a record id"),
    (("edit", "I" + HUGE, "--injured", "1"), "no record"),
    (("delete", "C" + HUGE, "--yes"), "no record"),
    (("followups", "--done", "C" + HUGE), "no record"),
    (("add", "incident", "--kind", "laka", "--patrol", "P" + HUGE), "no record"),
    (("add", "incident", "--kind", "laka", "--injured", HUGE), "too large"),
    (("add", "incident", "--kind", "laka", "--dead", HUGE), "too large"),
    (("edit", "I1", "--injured", HUGE), "too large"),
    (("list", "--limit", HUGE), "too large"),
    (("search", "laka", "--limit", HUGE), "too large"),
    (("add", "incident", "--kind", "laka", "--at", "01/01/0001"), ""),  # the words are timeparse's
    (("add", "incident", "--kind", "laka", "--at", "9999-12-31"), ""),  # the words are timeparse's
    (("list", "--since", "01/01/0001"), ""),  # the words are timeparse's
    (("list", "--until", "9999-12-31"), ""),  # the words are timeparse's
    (("add", "contact", "--role", "warga", "--due", "9999-12-31"), ""),  # the words are timeparse's
])
def test_out_of_range_input_is_refused_in_one_line(one, args, words):
    before = one.snapshot()
    res = one.run("--lang", "en", *args)
    assert res.exit_code == 2, (args, res.exit_code, res.stderr)
    assert res.stderr.startswith("patrolog: ") and res.stderr.count("\n") == 1
    assert words in res.stderr, res.stderr
    assert one.snapshot() == before


def test_bounds_speak_indonesian(one):
    res = one.run("--lang", "id", "add", "incident", "--kind", "laka", "--injured", HUGE)
    assert res.exit_code == 2 and "terlalu besar" in res.stderr
    res = one.run("--lang", "id", "list", "--limit", HUGE)
    assert res.exit_code == 2 and "terlalu besar" in res.stderr


def test_largest_allowed_values_still_work(one):
    assert one.ok("list", "--limit", "1000000000000", "--json").json()
    ref = one.add("incident", "--kind", "laka", "--injured", "100000")
    assert one.ok("show", ref, "--json").json()["injured"] == 100000
