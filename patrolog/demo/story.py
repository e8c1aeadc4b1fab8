"""The sample's story (`patrolog demo`): officers, their weeks, shifts, the people they meet
and what happens, drawn from `patrolog.demo.data` by each officer's own random stream.

The sample opens with the story in the seed article (Aiptu Tafsipul of Polsek
Metro Menteng gives first aid to a motorcyclist met on a dialogic patrol) and
goes on with the ordinary weeks of a Bhabinkamtibmas: patrols, visits,
contacts with their concerns, hopes and promises, a few incidents. Its last
shifts fall on the days just before today, so this week's report is never empty.

Everything comes from one seed. Each officer has their own random stream, so
officer 1 reads the same with `--officers 1` or `--officers 10`; the clock only
decides how much of this week has happened yet: two runs on the same day
differ in uids alone.

Times are wall-clock times in the journal's timezone (Asia/Jakarta unless the
journal says otherwise), so they compare as text with the rest of the journal.
Weeks are ISO weeks: `--weeks 8` is this week so far and the seven before.
"""

from __future__ import annotations

import json
import os
import random
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, tzinfo

from patrolog.core import vocab
from patrolog.demo.data import (
    ACTIVE_PATROLS,
    AFTERNOON,
    ARMY_RANKS,
    CHRISTIAN_MEN,
    CONCERN_GIAT,
    CONCERNS_BY_ROLE,
    CONTACT_COUNT,
    DAWN,
    DISTRICTS,
    EARLY_GAP,
    EVENTS,
    FAMILY,
    GRADES,
    HOPE_NOT_CONCERN,
    INCIDENT_KINDS,
    INCIDENTS,
    KNOWN,
    MATTERS,
    MEN,
    MORNING,
    MUSLIM_TITLES,
    NAMED,
    NIGHT,
    NIGHT_INCIDENTS,
    OFFICER_FAMILY,
    OFFICER_GIVEN,
    PARTIES,
    PATROL_DECK,
    PHONE_PREFIXES,
    PLACES_FOR,
    POLRES,
    RANKS,
    RECENT_GRADES,
    RESOLUTIONS,
    ROLES_AT,
    SCHOOL_WORDS,
    SEED_OFFICER,
    SEVERITIES,
    SLOTS,
    SUMMARIES,
    THEMES,
    TOPICS,
    VISIT_COUNT,
    WARNINGS,
    WOMEN,
    WORSHIP_WORDS,
)


# -- randomness ------------------------------------------------------------------------
class Dice(random.Random):
    """Random with cheaper picks: a million records make millions of them.

    `choice`, `randrange` and `randint` are built on `random()`; the stream
    stays fully determined by the seed.
    """

    def choice(self, seq):  # noqa: ANN001, ANN201 - same contract as Random.choice
        return seq[int(self.random() * len(seq))]

    def randrange(self, start: int, stop: int | None = None, step: int = 1) -> int:
        if stop is None:
            start, stop = 0, start
        return start + step * int(self.random() * ((stop - start + step - 1) // step))

    def randint(self, a: int, b: int) -> int:
        return a + int(self.random() * (b - a + 1))


# -- the model -------------------------------------------------------------------------
@dataclass(slots=True)
class Person:
    name: str
    organisation: str | None
    phone: str | None
    met: int = 0


@dataclass
class Officer:
    """One Bhabinkamtibmas: who, where, whom they know, and their own random stream."""

    index: int
    name: str
    unit: str
    kelurahan: str
    kecamatan: str
    rng: random.Random
    streets: tuple[str, ...]
    places: dict[str, list[str]]
    rws: list[str]
    early: set[str]
    type_of: dict[str, str] = field(default_factory=dict)  # place name -> place type
    words: dict[str, str] = field(default_factory=dict)  # fills text templates
    people: dict[str, list[Person]] = field(default_factory=dict)
    names: set[str] = field(default_factory=set)
    last_visit: dict[str, int] = field(default_factory=dict)
    deck: list[str] = field(default_factory=list)  # patrol kinds still to deal


# What the story's rows hold, in order (no id, no uid): the writer names each value by
# these and hands the records to the journal's own bulk path (`records.insert_rows`).
PATROL_ROW = ("started_at", "ended_at", "kind", "area", "summary", "tags", "officer", "unit",
              "created_at", "updated_at")
INCIDENT_ROW = ("occurred_at", "kind", "location", "description", "action", "injured", "dead",
                "severity", "status", "referred_to", "patrol_id", "tags", "officer", "unit",
                "created_at", "updated_at", "parties", "resolution")
CONTACT_ROW = ("met_at", "name", "role", "organisation", "place", "phone", "topic", "concern",
               "follow_up", "due", "done_at", "patrol_id", "tags", "officer", "unit",
               "created_at", "updated_at", "hope", "field")


@dataclass
class Shift:
    """One patrol with what happened on it; times are (day, minute) of the span."""

    key: tuple            # orders the shifts of all officers in a week
    day: int
    start: int
    end: int
    logged: int           # minute it was written up (may pass midnight)
    row: tuple            # patrol columns from started_at on (no id, no uid)
    visits: list[tuple[str, str]]
    incidents: list[tuple[tuple, tuple]] = field(default_factory=list)
    contacts: list[tuple[tuple, tuple]] = field(default_factory=list)


CLOCK_FACE = [f"{m // 60:02d}:{m % 60:02d}:00" for m in range(1440)]


class Clock:
    """Day offsets and minutes to ISO text in the journal's timezone, one lookup per day."""

    def __init__(self, first: date, tz: tzinfo) -> None:
        self.first, self.tz = first, tz
        self._days: dict[int, tuple[str, str]] = {}

    def _day(self, day: int) -> tuple[str, str]:
        got = self._days.get(day)
        if got is None:
            d = self.first + timedelta(days=day)
            offset = datetime.combine(d, time(12), self.tz).isoformat()[-6:]
            got = self._days[day] = (d.isoformat(), offset)
        return got

    def stamp(self, day: int, minute: int) -> str:
        day, minute = day + minute // 1440, minute % 1440
        text, offset = self._day(day)
        return f"{text}T{CLOCK_FACE[minute]}{offset}"

    def date(self, day: int) -> str:
        return self._day(day)[0]


_TAGS: dict[tuple[str, ...], str] = {}


def _tags(*tags: str) -> str:
    """Tags as the JSON text `add` stores; the few distinct lists are encoded once."""
    got = _TAGS.get(tags)
    if got is None:
        got = _TAGS[tags] = json.dumps(list(tags), ensure_ascii=False)
    return got


def new_uid() -> str:
    return os.urandom(16).hex()  # what uuid4().hex gives, at a fraction of the cost


# -- officers ----------------------------------------------------------------------------
KELURAHAN = [(kel, kec, polsek) for kec, polsek, kels in DISTRICTS for kel in kels]


def _streets(kel: str) -> tuple[str, ...]:
    return KNOWN.get(kel, {}).get("street") or (f"Jl. {kel} Raya", f"Jl. {kel} I",
                                                f"Jl. {kel} II")


def officer_names(count: int, seed: int) -> list[str]:
    rng = Dice(f"{seed}:officers")
    pool = list(OFFICER_GIVEN) + [f"{g} {f}" for g in OFFICER_GIVEN for f in OFFICER_FAMILY]
    names = rng.sample(pool, count - 1) if count > 1 else []
    return [SEED_OFFICER] + [f"{rng.choice(RANKS)} {n}" for n in names]


def _places(kel: str, rws: list[str]) -> dict[str, list[str]]:
    known = KNOWN.get(kel, {})
    streets = _streets(kel)
    generic = {
        "market": [f"Pasar {kel}"],
        "school": [f"SDN {kel} 01", f"SMP Islam {kel}", f"SDN {kel} 03"],
        "worship": [f"Masjid Al-Ikhlas {kel}", f"Musala Nurul Iman {rws[1]}",
                    f"Gereja Kristen {kel}"],
        "residential": list(rws),
        "poskamling": [f"Poskamling {rw}" for rw in rws[:3]],
        "office": [f"Kantor Kelurahan {kel}"],
        "transport": [f"Pangkalan Ojek {streets[0]}"],
        "business": [f"Minimarket {streets[1]}"],
        "health": [f"Puskesmas Kelurahan {kel}"],
        "public_space": [streets[0], f"Lapangan {rws[2]}"],
    }
    for kind, names in known.items():
        if kind != "street":
            generic[kind] = list(names) + generic[kind][1:]
    return generic


def make_officer(index: int, name: str, seed: int) -> Officer:
    # Past the kelurahan of Jakarta Pusat, officers share one (a big kelurahan has two).
    kel, kec, polsek = KELURAHAN[index % len(KELURAHAN)]
    rws = [f"RW {n:02d} {kel}" for n in range(1, 6 + len(kel) % 5 + 1)]
    places = _places(kel, rws)
    # The last school, the last place of worship and the last RW are visited early only.
    early = {places["school"][-1], places["worship"][-1], rws[-1]}
    off = Officer(index=index, name=name, unit=polsek, kelurahan=kel, kecamatan=kec,
                  rng=Dice(f"{seed}:{index}"), streets=_streets(kel),
                  places=places, rws=rws, early=early,
                  type_of={n: t for t, names in places.items() for n in names})
    off.words = {"unit": polsek, "kelurahan": kel, "market": places["market"][0],
                "worship": places["worship"][0], "poskamling": places["poskamling"][0],
                "transport": places["transport"][0], "health": places["health"][0]}
    return off


# -- people ---------------------------------------------------------------------------------
def _person_name(off: Officer, role: str, place: str) -> str:
    rng = off.rng
    for _ in range(20):
        if role == "babinsa":
            name = f"{rng.choice(ARMY_RANKS)} {rng.choice(MEN)}"
        elif role == "religious_leader" and place.startswith("Gereja"):
            name = f"Pendeta {rng.choice(CHRISTIAN_MEN)}"
        elif role == "religious_leader":
            title = MUSLIM_TITLES.pick(rng)
            name = f"{title} {rng.choice(WOMEN if title == 'Hj.' else MEN)}"
        else:
            woman = rng.random() < (0.1 if role in ("driver", "security_guard") else 0.45)
            given = rng.choice(WOMEN if woman else MEN)
            if rng.random() < 0.3:
                given += " " + rng.choice(FAMILY)
            young = role in ("youth_leader", "driver", "student") or rng.random() < 0.2
            if young:
                title = rng.choice(("Mbak",) if woman else ("Mas", "Bang"))
            elif rng.random() < 0.12:
                title = "Hj." if woman else "H."
            else:
                title = "Bu" if woman else "Pak"
            name = f"{title} {given}"
        if name not in off.names:
            off.names.add(name)
            return name
    return name  # a namesake after many tries: real neighbourhoods have them too


def _organisation(off: Officer, role: str, place: str, rw: str) -> str | None:
    kel = off.kelurahan
    if role == "rt_rw_head":
        return f"Ketua {rw.removesuffix(' ' + kel)}"
    if role == "religious_leader":
        return f"Pengurus {place}" if place.startswith(WORSHIP_WORDS) else None
    if role == "trader":
        return f"Pedagang {place}" if place.startswith("Pasar") else None
    if role == "teacher":
        return place if place.startswith(SCHOOL_WORDS) else None
    if role == "driver":
        return "Ojek pangkalan" if place.startswith("Pangkalan") else None
    if role == "youth_leader":
        return f"Karang Taruna {kel}"
    if role == "village_official":
        return f"Kelurahan {kel}"
    if role == "babinsa":
        return f"Koramil {off.kecamatan}"
    if role == "security_guard":
        return f"Linmas Kelurahan {kel}"
    return None


def _phone(rng: random.Random) -> str:
    prefix, rest = rng.choice(PHONE_PREFIXES), f"{rng.randrange(10**8):08d}"
    if rng.random() < 0.3:
        return f"{prefix}-{rest[:4]}-{rest[4:]}"
    return prefix + rest


def _meet(off: Officer, role: str, place: str, rw: str) -> tuple[str | None, str | None,
                                                                   str | None]:
    """Name, organisation and phone of whom the officer met (name None: anonymous)."""
    rng = off.rng
    if rng.random() >= NAMED[role]:
        return None, _organisation(off, role, place, rw), None
    pool = off.people.setdefault(_circle(role, place, rw), [])
    # One Babinsa, the lurah and the secretary, per RW its head and an RT head.
    limit = {"babinsa": 1, "village_official": 2, "rt_rw_head": 2}.get(role)
    if pool and (limit and len(pool) >= limit or rng.random() > _new_chance(role, len(pool))):
        # Regulars first: the first few people of a circle are met again and again.
        person = pool[rng.randrange(min(len(pool), 3))] if rng.random() < 0.7 else \
            rng.choice(pool)
    else:
        organisation = _organisation(off, role, place, rw)
        if role == "rt_rw_head" and pool:
            organisation = f"Ketua RT {rng.randint(1, 12):03d}/{rw.split()[1]}"
        person = Person(_person_name(off, role, place), organisation,
                        _phone(rng) if rng.random() < 0.22 else None)
        pool.append(person)
    person.met += 1
    name = person.name
    if rng.random() < 0.12:  # "Pak" and "Bapak" both get written down: the same person
        for short, full in (("Pak ", "Bapak "), ("Bu ", "Ibu ")):
            if name.startswith(short):
                name = full + name[len(short):]
    # The phone is noted the first time only: keep no more than needed (UU PDP).
    return name, person.organisation, person.phone if person.met == 1 else None


def _circle(role: str, place: str, rw: str) -> str:
    """Whom the officer may meet again: RT/RW heads of that RW, the imam of that mosque..."""
    if role == "rt_rw_head":
        return f"{role}:{rw}"
    if role in ("religious_leader", "teacher", "trader") and place.startswith(
            (*WORSHIP_WORDS, *SCHOOL_WORDS, "Pasar")):
        return f"{role}:{place}"
    return role


def _new_chance(role: str, known: int) -> float:
    """How likely a named contact is someone new: high at first, never nil in a busy role."""
    floor = 0.3 if role in ("resident", "trader", "driver") else 0.08
    return max(floor, 0.5 / (1 + known))


# -- one officer-week ------------------------------------------------------------------------
@dataclass
class Span:
    nweeks: int
    today: int            # day offset of today
    now: int              # minutes since midnight now
    clock: Clock

    def past(self, day: int, minute: int) -> bool:
        """Whether that moment of the span has come by now."""
        return day * 1440 + minute <= self.today * 1440 + self.now


def _grade(off: Officer, widx: int, span: Span) -> str:
    draw = GRADES.pick(off.rng)
    back = span.nweeks - 1 - widx
    if off.index == 0 and back in RECENT_GRADES:
        draw = RECENT_GRADES[back]
    if off.index == 0 and widx == 0 and draw == "kurang":
        draw = "cukup"  # the opening week holds the seed story
    return draw


def _plan(off: Officer, grade: str, seed_week: bool) -> list[tuple[int, int]]:
    """(weekday, slot) of the week's patrols, in time order."""
    rng = off.rng
    count = {"aktif": ACTIVE_PATROLS.pick(rng),
             "cukup": rng.choice((2, 3)), "kurang": 0}[grade]
    days = sorted(rng.sample(range(6), count))
    if rng.random() < 0.15 and count:
        days.append(6)  # a Sunday: church service, sports, a neighbourhood event
    if seed_week and 0 not in days:
        days = [0] + days[1:] if days else [0]
    slots = {(d, SLOTS.pick(rng)) for d in days}
    if grade == "aktif" and rng.random() < 0.25:
        slots.add((rng.choice(days), NIGHT))  # a second, night round on a busy day
    if seed_week:
        slots = {s for s in slots if s[0] != 0} | {(0, MORNING)}
    return sorted(slots)


def _times(rng: random.Random, slot: int) -> tuple[int, int]:
    """Start and end minute of a patrol in a slot; a night round ends before midnight."""
    if slot == MORNING:
        start = rng.randrange(7 * 60 + 30, 9 * 60 + 31, 15)
        return start, start + rng.randrange(120, 241, 15)
    if slot == AFTERNOON:
        start = rng.randrange(13 * 60, 15 * 60 + 1, 15)
        return start, start + rng.randrange(90, 181, 15)
    if slot == DAWN:
        start = rng.randrange(4 * 60 + 45, 5 * 60 + 16, 15)
        return start, start + rng.randrange(60, 91, 15)
    start = rng.randrange(19 * 60 + 30, 20 * 60 + 31, 15)
    return start, start + rng.randrange(120, 181, 15)


def _pick_place(off: Officer, ptype: str, widx: int, span: Span) -> str:
    rng = off.rng
    early_ok = widx < span.nweeks - EARLY_GAP
    names = [n for n in off.places[ptype] if early_ok or n not in off.early] or \
        off.places[ptype]
    if rng.random() < 0.5:  # go where it has been longest: coverage rotates through the area
        return min(names, key=lambda n: off.last_visit.get(n, -1))
    return rng.choice(names)


def _visits(off: Officer, kind: str, widx: int, span: Span) -> list[tuple[str, str]]:
    rng = off.rng
    count = 1 if kind == "door_to_door" else VISIT_COUNT.pick(rng)
    out: list[tuple[str, str]] = []
    for _ in range(count):
        ptype = PLACES_FOR[kind].pick(rng)
        name = _pick_place(off, ptype, widx, span)
        if all(name != n for _, n in out):
            out.append((ptype, name))
    early_ok = widx < span.nweeks - EARLY_GAP
    if early_ok and rng.random() < 0.3:
        extra = sorted(off.early)[rng.randrange(len(off.early))]
    elif rng.random() < 0.6:  # a round past the place not seen for longest
        extra = min((n for n in off.type_of if early_ok or n not in off.early),
                    key=lambda n: off.last_visit.get(n, -1))
    else:
        extra = None
    if extra and all(extra != n for _, n in out):
        out.append((off.type_of[extra], extra))
    for _, name in out:
        off.last_visit[name] = widx
    return out


def _summary(off: Officer, kind: str, area: str, visits: list[tuple[str, str]],
             incidents: list[str]) -> str:
    rng = off.rng
    text = rng.choice(SUMMARIES[kind]).format(
        places=", ".join(n for _, n in visits), area=area, theme=rng.choice(THEMES),
        warning=rng.choice(WARNINGS), matter=rng.choice(MATTERS), event=rng.choice(EVENTS))
    if incidents:
        text += " Menangani kejadian: " + "; ".join(incidents) + "."
    return text


class Words(dict):
    """Words of one moment for text templates, falling back on the officer's own."""

    __slots__ = ("base",)

    def __init__(self, base: dict[str, str]) -> None:
        super().__init__()
        self.base = base

    def __missing__(self, key: str) -> str:
        return self.base[key]


def _context(off: Officer, place: str, visits: list[tuple[str, str]]) -> Words:
    """Words for text templates, taken from where the officer is when there is a choice."""
    rng = off.rng
    fill = Words(off.words)
    rw = rng.choice(off.rws)
    for ptype, name in visits:
        if ptype in ("market", "worship", "poskamling", "transport"):
            fill[ptype] = name
        elif ptype == "residential":
            rw = name
    if "RW " in place:
        rw = place[place.index("RW "):]
    fill.update(street=rng.choice(off.streets), rw=rw.removesuffix(" " + off.kelurahan),
                rt=f"RT {rng.randint(1, 12):03d}/{rw.split()[1]}", rw_full=rw)
    return fill


def _contact(off: Officer, span: Span, widx: int, day: int, minute: int, role: str,
             place: str, stamp: str, visits: list[tuple[str, str]],
             topic: str | None = None) -> tuple:
    """Contact columns from met_at to updated_at; patrol_id (None) is set when written."""
    rng = off.rng
    fill = _context(off, place, visits)
    name, organisation, phone = _meet(off, role, place, fill["rw_full"])
    topic = topic or rng.choice(TOPICS[role]).format_map(fill)
    concern = follow_up = due = done_at = None
    updated, tags = stamp, _tags()
    hope = field_ = None
    if rng.random() < 0.6:
        options = CONCERNS_BY_ROLE[role]
        raised, promise, tag = options[rng.randrange(len(options))]
        concern = raised.format_map(fill)
        tags = _tags(tag)
        field_, hope = CONCERN_GIAT.get(tag, ("other", None))
        if tag in HOPE_NOT_CONCERN:
            concern, hope = None, hope or concern
        if promise and rng.random() < 0.6:
            follow_up = promise.format_map(fill)
            due_day = day + rng.randint(2, 14)
            due = span.clock.date(due_day)
            done_at = _done_at(rng, span, widx, day, due_day)
            updated = done_at or stamp
    return (span.clock.stamp(day, minute), name, role, organisation, place, phone, topic,
            concern, follow_up, due, done_at, None, tags, off.name, off.unit, stamp, updated,
            hope, field_)


def _done_at(rng: random.Random, span: Span, widx: int, day: int, due_day: int) -> str | None:
    """When a promise was kept, or None: old ones mostly kept, recent ones often still open."""
    keep = rng.random() < (0.97 if span.nweeks - 1 - widx >= 8 else 0.8)
    done_day = max(day + 1, due_day + rng.randint(-4, 3))  # around the due date
    minute = rng.randrange(8 * 60, 17 * 60, 5)
    if not keep or not span.past(done_day, minute):
        return None
    return span.clock.stamp(done_day, minute)


def _incident(off: Officer, span: Span, day: int, minute: int, kind: str,
              visits: list[tuple[str, str]], stamp: str, pending: bool) -> tuple[tuple, str]:
    """Incident columns from occurred_at to updated_at, and a phrase for the patrol summary."""
    rng = off.rng
    spec = INCIDENTS[kind]
    place = visits[rng.randrange(len(visits))][1]
    fill = _context(off, place, visits)
    description = rng.choice(spec["desc"]).format_map(fill)
    location = _location(description, fill, place)
    severity = SEVERITIES[kind].pick(rng)
    low, high = spec["injured"]
    injured = rng.randint(low, high)
    dead = 1 if kind in ("traffic_accident", "fire") and severity == "high" and \
        rng.random() < 0.25 else 0
    status, referred, updated = _status(rng, span, day, minute, spec["refer"], fill, stamp,
                                        pending)
    phrase = f"{vocab.label('incident_kind', kind, 'id')} di {location}"
    row = (span.clock.stamp(day, minute), kind, location, description,
           rng.choice(spec["act"]).format_map(fill), injured, dead, severity, status, referred,
           None, _tags(spec["tag"]), off.name, off.unit, stamp, updated,
           *_dispute(off, day, minute, kind, status))
    return row, phrase


def _dispute(off: Officer, day: int, minute: int, kind: str, status: str
             ) -> tuple[str, str | None]:
    """A dispute's parties (JSON) and, once settled, what was agreed. Drawn from a random
    stream of the moment's own, so the officer's stream, and the demo's weeks, are the
    same as before these fields were added."""
    if kind != "dispute":
        return "[]", None
    side = random.Random(f"{off.index}-{day}-{minute}")
    parties = list(side.choice(PARTIES))
    return (json.dumps(parties, ensure_ascii=False),
            side.choice(RESOLUTIONS) if status == "resolved" else None)


def _location(description: str, fill: dict[str, str], place: str) -> str:
    for key in ("street", "market", "worship", "poskamling", "transport", "rt", "rw"):
        if fill[key] in description:
            return fill[key] if key not in ("rt", "rw") else f"{fill[key]}, {fill['kelurahan']}"
    return place


def _status(rng: random.Random, span: Span, day: int, minute: int, refer: str | None,
            fill: Words, stamp: str, pending: bool) -> tuple[str, str | None, str]:
    """Status, who it went to and when that was written: open until it is settled."""
    u = rng.random()
    final = "open" if pending or u < 0.04 else "referred" if refer and u < 0.6 else "resolved"
    delay = 0 if rng.random() < 0.3 else rng.randint(1, 12)  # days until handed over or settled
    when = (day + delay, minute + 60 if delay == 0 else rng.randrange(8 * 60, 17 * 60, 5))
    if final == "open" or not span.past(*when):
        return "open", None, stamp
    referred = refer.format_map(fill) if final == "referred" else None
    return final, referred, stamp if delay == 0 else span.clock.stamp(*when)


def _shift(off: Officer, span: Span, widx: int, day: int, slot: int,
           pending: bool = False) -> Shift:
    rng = off.rng
    if not off.deck:
        off.deck = list(PATROL_DECK)
        rng.shuffle(off.deck)
    kind = off.deck.pop()
    if slot == NIGHT and rng.random() < 0.5:
        kind = rng.choice(("routine", "early_detection", "sambang"))
    weekday = day % 7
    if weekday == 6:
        kind = "event_security"
    start, end = _times(rng, slot)
    visits = _visits(off, kind, widx, span)
    # The kelurahan: RWs are places visited, so a report's stale areas and places agree.
    area = off.kelurahan
    logged = end + rng.randrange(15, 91, 5)  # written up after the shift
    stamp = span.clock.stamp(day, logged)
    tags = ["ronda"] if slot == NIGHT and any(t == "poskamling" for t, _ in visits) else []
    if weekday == 4 and kind in ("sambang", "counselling", "public_info"):
        tags.append("jumat-curhat")
    shift = Shift(key=(day, start, off.index), day=day, start=start, end=end, logged=logged,
                  row=(), visits=visits)
    phrases = _shift_incidents(off, span, shift, kind, slot, stamp, pending)
    if _shift_contacts(off, span, widx, shift, kind, stamp):
        tags.append("tiga-pilar")
    summary = _summary(off, kind, area, visits, phrases)
    kind, summary = _giat(off, day, start, kind, visits, tags, area, phrases, summary)
    shift.row = (span.clock.stamp(day, start), span.clock.stamp(day, end), kind, area,
                 summary, _tags(*tags), off.name, off.unit, stamp, stamp)
    return shift


def _giat(off: Officer, day: int, start: int, kind: str, visits: list[tuple[str, str]],
          tags: list[str], area: str, phrases: list[str], summary: str) -> tuple[str, str]:
    """Some shifts are the giat the upward reports count by name: a night round at a watch
    post is pembinaan siskamling, a visit to a mosque or an office may be pembinaan
    komunitas, to a kelurahan office a giat kelurahan, to homes police service. Decided by
    a random stream of the shift's own after it is drawn, so the officer's stream, and with
    it the demo's weeks and grades, stay as they were."""
    side = random.Random(f"giat-{off.index}-{day}-{start}")
    types = {t for t, _ in visits}
    giat = kind
    if kind == "routine" and "ronda" in tags:
        giat = "night_watch"
    elif kind == "sambang" and types & {"worship", "office"} and side.random() < 0.4:
        giat = "community_guidance"
    elif kind == "sambang" and "residential" in types and side.random() < 0.3:
        giat = "police_service"
    elif kind == "dialogic" and "office" in types and side.random() < 0.6:
        giat = "village_activity"
    if giat == kind:
        return kind, summary
    text = side.choice(SUMMARIES[giat]).format(
        places=", ".join(n for _, n in visits), area=area, event=side.choice(EVENTS))
    if phrases:
        text += " Menangani kejadian: " + "; ".join(phrases) + "."
    return giat, text


def _moment(rng: random.Random, shift: Shift) -> int:
    return rng.randrange(shift.start + 5, shift.end - 4)


def _shift_incidents(off: Officer, span: Span, shift: Shift, kind: str, slot: int,
                     stamp: str, pending: bool) -> list[str]:
    """What the patrol ran into; `pending`: surely something, and still open."""
    rng = off.rng
    chance = 0.6 if kind == "problem_solving" else 0.38 if slot == NIGHT else 0.24
    if rng.random() >= chance and not pending:
        return []
    if kind == "problem_solving":
        what = "dispute"
    elif slot == NIGHT and rng.random() < 0.6:
        what = rng.choice(NIGHT_INCIDENTS)
    else:
        what = INCIDENT_KINDS.pick(rng)
    minute = _moment(rng, shift)
    row, phrase = _incident(off, span, shift.day, minute, what, shift.visits, stamp, pending)
    shift.incidents.append(((shift.day, minute, off.index), row))
    return [phrase]


def _shift_contacts(off: Officer, span: Span, widx: int, shift: Shift, kind: str,
                    stamp: str) -> bool:
    """Contacts met on the shift; True when the Babinsa came along (three pillars)."""
    rng = off.rng
    if kind == "door_to_door":
        count = rng.randint(3, 6)
    else:
        count = CONTACT_COUNT.pick(rng)
    meetings = []
    for _ in range(count):
        ptype, place = shift.visits[rng.randrange(len(shift.visits))]
        role = "resident" if kind == "door_to_door" and rng.random() < 0.8 else \
            ROLES_AT[ptype].pick(rng)
        meetings.append((_moment(rng, shift), role, place))
    babinsa = rng.random() < 0.2
    if babinsa:
        meetings.append((shift.start + 5, "babinsa", shift.visits[0][1]))
    for minute, role, place in sorted(meetings):
        row = _contact(off, span, widx, shift.day, minute, role, place, stamp, shift.visits)
        shift.contacts.append(((shift.day, minute, off.index), row))
    return babinsa


def _loose_contacts(off: Officer, span: Span, widx: int, grade: str, busy: set[int],
                    first: int) -> list[tuple[tuple, tuple]]:
    """Calls and visits to the station on days without a patrol (no patrol to link)."""
    rng = off.rng
    count = {"aktif": int(rng.random() < 0.3), "cukup": rng.randint(0, 1),
             "kurang": rng.randint(1, 2)}[grade]
    out = []
    for _ in range(count):
        day = first + rng.randrange(7)
        minute = rng.randrange(9 * 60, 16 * 60, 5)
        role = rng.choice(("rt_rw_head", "village_official", "resident", "community_leader"))
        topic = rng.choice(("Laporan situasi lingkungan lewat telepon",
                            "Warga datang ke Polsek menyampaikan keluhan",
                            "Koordinasi lewat pesan WhatsApp"))
        place = f"Mako {off.unit}" if topic.startswith("Warga") else "Telepon"
        stamp_min = minute + rng.randrange(10, 61, 5)
        if day in busy or not span.past(day, stamp_min):
            continue
        row = _contact(off, span, widx, day, minute, role, place,
                       span.clock.stamp(day, stamp_min), [], topic)
        out.append(((day, minute, off.index), row))
    return out


def _seed_shift(off: Officer, span: Span) -> Shift:
    """Day one: the story of the seed article."""
    clock = span.clock
    start, end, stamp_min = 8 * 60, 11 * 60, 11 * 60 + 40
    stamp = clock.stamp(0, stamp_min)
    visits = [("market", "Pasar Boplo"), ("public_space", "Jl. Cut Mutia"),
              ("transport", "Stasiun Gondangdia")]
    for _, name in visits:
        off.last_visit[name] = 0
    shift = Shift(key=(0, -1, 0), day=0, start=start, end=end, logged=stamp_min, row=(),
                  visits=visits)
    shift.row = (clock.stamp(0, start), clock.stamp(0, end), "dialogic", "Gondangdia",
                 "Patroli dialogis di sekitar Pasar Boplo dan Jl. Cut Mutia; menyapa pedagang "
                 "dan warga, menyampaikan himbauan kamtibmas. Di Jl. Cut Mutia bertemu "
                 "pengendara sepeda motor yang mengalami kecelakaan; bersama warga sekitar "
                 "memberikan pertolongan pertama.",
                 _tags("laka", "pertolongan-pertama"), off.name, off.unit, stamp, stamp)
    referred = span.today > 0
    shift.incidents.append(((0, 9 * 60 + 15, 0), (
        clock.stamp(0, 9 * 60 + 15), "traffic_accident", "Jl. Cut Mutia, dekat Pasar Boplo",
        "Pengendara sepeda motor mengalami kecelakaan tunggal di Jl. Cut Mutia dan terluka "
        "lecet di tangan dan kaki.",
        "Bersama warga sekitar memberikan pertolongan pertama, menepikan sepeda motor dan "
        "mengatur lalu lintas, lalu mengantar korban ke Puskesmas Kecamatan Menteng dan "
        "menghubungi keluarganya.",
        1, 0, "low", "referred" if referred else "open",
        "Unit Lantas " + POLRES if referred else None, None,
        _tags("laka", "pertolongan-pertama"), off.name, off.unit, stamp, stamp, "[]", None)))
    meetings = (
        (9 * 60 + 20, None, "resident", None, "Jl. Cut Mutia", None,
         "Korban kecelakaan: menanyakan kondisi dan menghubungi keluarganya", None, None,
         None, None),
        (9 * 60 + 35, "Bu Sri", "trader", "Pedagang Pasar Boplo", "Pasar Boplo", "081398765432",
         "Ikut menolong korban kecelakaan di Jl. Cut Mutia",
         "Pengendara sering melaju kencang di depan pasar",
         "Usulkan pita kejut dan rambu hati-hati ke Sudinhub lewat kelurahan",
         "Ada pita kejut dan rambu di depan pasar", "security"),
        (10 * 60 + 20, "Pak Rahmat", "rt_rw_head", "Ketua RW 03", "Jl. Cut Mutia", None,
         "Situasi kamtibmas di lingkungan RW 03", "Lampu jalan di gang RT 005/03 mati", None,
         None, "security"),
    )
    for minute, name, role, org, place, phone, topic, concern, promise, hope, field_ \
            in meetings:
        due = done = None
        if promise:
            due = clock.date(7)
            done = clock.stamp(5, 10 * 60) if span.past(5, 10 * 60) else None
        if name:  # people the officer will meet again
            off.names.add(name)
            circle = _circle(role, place, "RW 03 Gondangdia")
            off.people.setdefault(circle, []).append(Person(name, org, None, met=1))
        shift.contacts.append(((0, minute, 0), (
            clock.stamp(0, minute), name, role, org, place, phone, topic, concern, promise, due,
            done, None, _tags("laka") if role != "rt_rw_head" else _tags(), off.name, off.unit,
            stamp, done or stamp, hope, field_)))
    return shift


def officer_week(off: Officer, span: Span,
                  widx: int) -> tuple[list[Shift], list[tuple[tuple, tuple]]]:
    first = widx * 7
    grade = _grade(off, widx, span)
    seed_week = off.index == 0 and widx == 0
    # Officer 1 meets a case last week that is still open: reports show every status.
    pending_week = off.index == 0 and widx == span.nweeks - 2
    shifts: list[Shift] = []
    plan = _plan(off, grade, seed_week)
    if off.index == 0:
        plan = _up_to_today(plan, span, first)
    for n, (weekday, slot) in enumerate(plan):
        if seed_week and n == 0:
            shift = _seed_shift(off, span)
        else:
            shift = _shift(off, span, widx, first + weekday, slot, pending_week and n == 0)
        # Keep what was written up by now: today's later shifts have not happened yet.
        # The seed story always opens the sample (with --weeks 1, early on a Monday, it lies
        # a few hours ahead: still within what `add` accepts).
        if span.past(shift.day, shift.logged) or (seed_week and n == 0):
            shifts.append(shift)
    busy = {s.day for s in shifts}
    loose = _loose_contacts(off, span, widx, grade, busy, first)
    if off.index == 0 and first <= span.today < first + 7 and not shifts and not any(
            key[0] >= first for key, _ in loose):
        # This week's report is never empty: a dawn round today, or if it is too early
        # for one, a call taken a few minutes ago.
        dawn = _shift(off, span, widx, span.today, DAWN)
        if span.past(dawn.day, dawn.logged):
            shifts.append(dawn)
        else:
            minute = max(0, span.now - 10)
            loose.append(((span.today, minute, off.index), _contact(
                off, span, widx, span.today, minute, "rt_rw_head", "Telepon",
                span.clock.stamp(span.today, span.now), [],
                "Laporan situasi lingkungan lewat telepon")))
    return shifts, loose


def _up_to_today(plan: list[tuple[int, int]], span: Span, first: int) -> list[tuple[int, int]]:
    """The seed officer's plan with a shift on each of the two days before today that
    falls in this week: the sample's last shifts are just before today, whatever day it
    is run on, so the quick start opens on a week with work in it."""
    days = {weekday for weekday, _ in plan}
    extra = [(day - first, AFTERNOON) for day in (span.today - 2, span.today - 1)
             if 0 <= day and first <= day < first + 7 and day - first not in days]
    return sorted(plan + extra)
