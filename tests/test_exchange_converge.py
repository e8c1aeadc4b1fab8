"""Two journals that exchange their exports both ways end up with the same records
(docs/sharing.md#the-rules), whatever edits and deletions each side made meanwhile: random runs on fixed
seeds, through the CLI, with each side's clock moving on (and sometimes standing still,
so that two versions share an `updated_at`)."""

from __future__ import annotations

import json
import random
from datetime import datetime, timedelta

import pytest

from conftest import Journal, exported

START = datetime.fromisoformat("2026-11-20T08:00:00+07:00")


def _state(j: Journal) -> list[dict]:
    """Every record as the journal would send it, without its local short ids."""
    out = []
    for rec in exported(j.ok("export").stdout):
        rec.pop("id", None)
        rec.pop("patrol", None)
        out.append(rec)
    return sorted(out, key=lambda r: r["uid"])


class Clock:
    """One clock for both sides, standing still half the time: the two sides then edit
    the same record in the same second (equal updated_at, different content)."""

    def __init__(self, rng: random.Random) -> None:
        self.rng, self.now = rng, START

    def tick(self) -> datetime:
        if self.rng.random() < 0.5:
            self.now += timedelta(minutes=self.rng.randint(1, 30))
        return self.now


class Side:
    def __init__(self, j: Journal, rng: random.Random, name: str, clock: Clock) -> None:
        self.j, self.rng, self.name, self.clock = j, rng, name, clock

    def now(self) -> dict[str, str]:
        return {"PATROLOG_NOW": self.clock.tick().isoformat()}

    def live(self, prefix: str) -> list[str]:
        kind = {"P": "patrols", "I": "incidents", "C": "contacts"}[prefix]
        return [r["id"] for r in self.j.ok("list", kind, "--json").json()]

    def step(self) -> None:
        rng, j = self.rng, self.j
        action = rng.choice(["patrol", "incident", "contact", "edit", "edit", "delete", "done"])
        env = self.now()
        when = (self.clock.now - timedelta(hours=rng.randint(1, 20))).strftime("%Y-%m-%d %H:%M")
        if action == "patrol":
            j.ok("add", "patrol", "--start", when, "--duration", "2h",
                 "--area", f"RW 0{rng.randint(1, 9)}", env=env)
        elif action == "incident":
            j.ok("add", "incident", "--kind", rng.choice(["laka", "kebakaran", "pencurian"]),
                 "--at", when, "--injured", str(rng.randint(0, 3)), env=env)
        elif action == "contact":
            j.ok("add", "contact", "--role", "warga", "--at", when, "--name",
                 f"Pak {self.name}{rng.randint(1, 99)}", "--follow-up", "cek lampu", env=env)
        else:
            ids = self.live("I") + self.live("C") + self.live("P")
            if not ids:
                return
            ref = rng.choice(ids)
            if action == "delete":
                j.ok("delete", ref, "--yes", env=env)
            elif action == "done" and ref[0] in "IC":
                j.run("followups", "--done", ref, env=env)  # may already be done: refused
            elif ref[0] == "I":
                j.ok("edit", ref, "--injured", str(rng.randint(0, 5)), env=env)
            elif ref[0] == "C":
                j.ok("edit", ref, "--concern", f"{self.name} {rng.randint(1, 999)}", env=env)
            else:
                j.ok("edit", ref, "--summary", f"{self.name} {rng.randint(1, 999)}", env=env)


def _same_second_edits(a: Side, b: Side, rng: random.Random, clock: Clock) -> None:
    """Both sides change one shared record in the same second, differently."""
    theirs = {r["uid"] for r in b.j.ok("list", "--json").json()}
    shared = [r for r in a.j.ok("list", "--json").json() if r["uid"] in theirs]
    if not shared:
        return
    rec = rng.choice(shared)
    env = {"PATROLOG_NOW": clock.tick().isoformat()}
    option = {"P": "--summary", "I": "--description", "C": "--concern"}[rec["id"][0]]
    for side in (a, b):
        side.j.ok("edit", rec["uid"], option, f"{side.name} {rng.randint(1, 999)}", env=env)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_two_journals_exchanging_both_ways_end_up_equal(seed, tmp_path, monkeypatch):
    rng = random.Random(seed)
    clock = Clock(rng)
    a = Side(Journal(tmp_path / "a.db", monkeypatch), rng, "A", clock)
    b = Side(Journal(tmp_path / "b.db", monkeypatch), rng, "B", clock)
    a.j.ok("config", "set", "officer", "Bripka Ani")
    b.j.ok("config", "set", "officer", "Aiptu Budi")
    for _ in range(6):
        a.step()
    b.j.ok("merge", str(a.j.path))  # a common start
    for _round in range(2):
        for _ in range(8):
            rng.choice([a, b]).step()
        _same_second_edits(a, b, rng, clock)
        newest: dict[str, datetime] = {}
        for rec in _state(a.j) + _state(b.j):
            stamp = datetime.fromisoformat(rec["updated_at"])
            newest[rec["uid"]] = max(stamp, newest.get(rec["uid"], stamp))
        to_b, to_a = tmp_path / "to_b.jsonl", tmp_path / "to_a.jsonl"
        a.j.ok("export", "-o", str(to_b))
        b.j.ok("import", str(to_b))
        b.j.ok("export", "-o", str(to_a))
        a.j.ok("import", str(to_a))
        assert _state(a.j) == _state(b.j)
        assert {r["uid"]: datetime.fromisoformat(r["updated_at"])
                for r in _state(a.j)} == newest, "the newest version of each record wins"
        # nothing left to settle: another exchange changes nothing on either side
        assert a.j.ok("merge", str(b.j.path), "--json").json()["unchanged"] > 0
        assert _state(a.j) == _state(b.j)
        for j in (a.j, b.j):  # the search index holds the live records, no more
            live = len(j.ok("list", "--json").json())
            assert j.sql("SELECT count(*) FROM search_index")[0][0] == live
