"""Redaction (docs/privacy.md#redaction): residents as initials, no phone numbers, no identity numbers.

Applied to the DATA (a digest dict, exported records) before any renderer or
writer sees it, so every format — table, text, markdown, json, html, svg, pdf,
png, JSON Lines, CSV — is covered without knowing about redaction.

What is hidden, wherever it appears in free text:
- the names of the journal's contacts (`Pak Joko Susilo` -> `JS`), also written
  without the honorific, in another case, or only one of their words (`Siti`,
  when written with a capital);
- any name led by an honorific (`Pak`, `Bapak`, `Bu`, `Ibu`, `Mas`, `Mbak`, `Bang`,
  `Kak`, `H.`, `Hj.`, `Ustaz`, `Ustadz`, ...): `anak Pak Karto` -> `anak K.`;
- phone numbers (`0812-3456-7890`, `+62 812 3456 7890`, `(021) 3456789`) and
  16-digit identity numbers (NIK), replaced by `MASK`.

The officers' own names (the `officer` values of the journal and the profile)
stay: an honorific-led name whose words are all words of an officer's name is
an officer's, and an officer's words are never taken as a resident's.
A resident who shares a first name with an officer is therefore hidden by their
full name and honorific-led mentions, not by that first name alone.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any

from patrolog.core import people
from patrolog.journal.officers import named as officer_names

MASK = "[…]"

# After an honorific these are a role (or a phrase), not a name: "Pak RT", "Bu Lurah",
# "Ibu Kota" stay.
ROLE_WORDS = frozenset({"rt", "rw", "lurah", "camat", "kades", "kapolsek", "kapolres",
                        "babinsa", "ketua", "guru", "dokter", "bidan", "kepala", "sekretaris",
                        "bendahara", "kadus", "kaling", "danramil", "bupati", "walikota",
                        "gubernur", "polisi", "satpam", "sopir", "ojek", "kota", "pertiwi",
                        "kawin", "pemilik", "warga", "pedagang", "tukang"})

# After an honorific written in lower case ("pak joko"), these are the sentence going on,
# not a name: "bu sudah pulang", "pak ada di pos".
STOP_WORDS = frozenset({
    "yang", "yg", "dan", "di", "ke", "dari", "sudah", "sdh", "belum", "blm", "akan", "tidak",
    "tdk", "tak", "ada", "itu", "ini", "juga", "sedang", "lagi", "mau", "bilang", "minta",
    "dengan", "dgn", "untuk", "utk", "saya", "kami", "kita", "dia", "mereka", "atau", "tapi",
    "karena", "krn", "pun", "masih", "bisa", "harus", "punya", "datang", "pergi", "pulang",
    "sakit", "setuju", "menolak", "melapor", "lapor", "kata", "jadi", "hanya", "sendiri",
    "semua", "para", "tsb", "tersebut", "selaku", "sebagai", "the", "and", "is", "was",
    "said", "says", "told", "agreed", "asked", "sekali", "saja", "aja", "yth", "tolong",
})

_UPPER = "A-ZÀ-ÖØ-Þ"
# A word of a name: a letter first, then letters, digits, apostrophes, hyphens.
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_NAME_WORD = rf"[{_UPPER}][\w'’-]*\.?"


@lru_cache(maxsize=4)
def _honorific_name_re(honorific: str) -> re.Pattern[str]:
    """An honorific (any case) and the name after it: up to four capitalised words, or one
    word in lower case ("pak joko"), judged by `_honorific_name`."""
    return re.compile(rf"(?<![\w.])(?:{honorific})+(?P<name>{_NAME_WORD}"
                      rf"(?:[ \t]+{_NAME_WORD}){{0,3}}|[^\W\d_][\w'’-]*)")


def honorific_names(text: str) -> Iterator[re.Match[str]]:
    return _honorific_name_re(people.honorific_re()).finditer(text)


# 16-digit identity numbers (NIK, also family-card numbers), with or without separators.
_NIK = re.compile(r"(?<![\w+])\d(?:[\s.-]?\d){15}(?!\d)")
_GAP = re.compile(r"[\s.]*")


def name_tokens(name: str) -> list[str]:
    return _WORD.findall(name)


def core_words(name: str) -> list[str]:
    """The words of a name without honorifics: `Ustadz H.Abdul Somad` -> [Abdul, Somad]."""
    return [w for w in name_tokens(name) if not people.is_honorific(w)]


def initials(name: str | None) -> str | None:
    """`Pak Rahmat Hidayat` -> `RH`; None for no name (or only an honorific)."""
    if not name:
        return None
    return _letters(core_words(name)) or None


def _letters(words: list[str]) -> str:
    """Initials as police releases write them (`FR (32)`): capitals, no dots, so a name
    that ends a sentence never ends it twice (`… bertemu SR.`, not `S.R..`)."""
    return "".join(w[0].upper() for w in words)


class Redactor:
    """Knows the journal's residents and officers; turns text into redacted text."""

    def __init__(self, residents: Iterable[str] = (), officers: Iterable[str] = ()) -> None:
        self.officer_words = {w.lower() for name in officers if name for w in name_tokens(name)}
        self.names: set[tuple[str, ...]] = set()   # whole names, as lower-case core words
        self.words: set[str] = set()               # single words of names (capitalised only)
        self.starts: set[str] = set()              # first words of names, and words
        self.longest = 1
        for name in residents:
            self._know(core_words(name or ""))

    def _know(self, words: list[str]) -> None:
        core = tuple(w.lower().rstrip(".") for w in words)
        core = core[next((i for i, w in enumerate(core) if w not in ROLE_WORDS), len(core)):]
        if not core or set(core) <= self.officer_words:
            return
        self.names.add(core)
        self.starts.add(core[0])
        self.longest = max(self.longest, len(core))
        for word in core:
            if len(word) > 2 and word not in self.officer_words and word not in ROLE_WORDS:
                self.words.add(word)
                self.starts.add(word)

    def learn(self, texts: Iterable[Any]) -> Redactor:
        """Know the honorific-led names inside `texts` (strings, or lists and dicts of them)
        too: "anak Pak Karto" in one field hides "keluarga Karto" in another."""
        for value in texts:
            if isinstance(value, str):
                if value:
                    for match in honorific_names(value):
                        if self._is_name(match):
                            self._know(name_tokens(match["name"]))
            elif isinstance(value, dict):
                self.learn(value.values())
            elif isinstance(value, list):
                self.learn(value)
        return self

    def learn_parties(self, parties: Any) -> Redactor:
        """Know the names the parties of a case begin with (a list, or its JSON text)."""
        if isinstance(parties, str):
            try:
                parties = json.loads(parties)
            except ValueError:
                return self
        if isinstance(parties, list):
            for party in parties:
                if isinstance(party, str):
                    name, _ = party_name(party)
                    if name:
                        self._know(core_words(name))
        return self

    # -- text ------------------------------------------------------------------
    def text(self, value: str | None) -> str | None:
        """Free text with residents as initials and no phone or identity numbers."""
        if not value:
            return value
        if people.NUMBER_LIKE.search(value):  # most text holds no long number at all
            value = _NIK.sub(MASK, value)
            value = people.PHONE.sub(MASK, value)
        if self.starts and not self.starts.isdisjoint(_WORD.findall(value.lower())):
            value = self._known_names(value)
        return _honorific_name_re(people.honorific_re()).sub(self._honorific_name, value)

    def name(self, value: str | None) -> str | None:
        """A field that holds a resident's name: their initials."""
        return initials(value) if value else value

    @staticmethod
    def _is_name(match: re.Match[str]) -> bool:
        """A lower-case word after an honorific is a name unless it is a word of the
        sentence ("bu sudah pulang") or a role ("pak rt")."""
        first = match["name"]
        if first[0].isupper():
            return True
        word = first.lower().rstrip(".")
        return word not in STOP_WORDS and word not in ROLE_WORDS and len(word) > 1

    def _honorific_name(self, match: re.Match[str]) -> str:
        if not self._is_name(match):
            return match[0]
        words = name_tokens(match["name"])
        lowered = [w.lower().rstrip(".") for w in words]
        if all(w in self.officer_words for w in lowered):
            return match[0]  # an officer, called by an honorific
        # "Pak RT Joko": the role stays, the name after it does not.
        lead = 0
        while lead < len(words) and lowered[lead] in ROLE_WORDS:
            lead += 1
        if lead == len(words):
            return match[0]
        start = match.start("name") - match.start()
        kept = match[0][:start] + " ".join(words[:lead]) + (" " if lead else "")
        return (kept if lead else "") + _letters(words[lead:])

    def _known_names(self, text: str) -> str:
        found = list(_WORD.finditer(text))
        out: list[str] = []
        pos = 0
        i = 0
        while i < len(found):
            size = self._match_at(text, found, i) if found[i][0].lower() in self.starts else 0
            if not size:
                i += 1
                continue
            first = i
            # swallow the honorifics just before the name: "Pak Joko" -> "J", not "Pak J"
            while first > 0 and people.is_honorific(found[first - 1][0]) \
                    and _joined(text, found[first - 1], found[first]):
                first -= 1
            start = found[first].start()
            if start < pos:  # never reach back into text already replaced
                start = found[i].start()
            words = [m[0] for m in found[i:i + size]]
            out.append(text[pos:start])
            out.append(_letters(words))
            pos = found[i + size - 1].end()
            i += size
        out.append(text[pos:])
        return "".join(out)

    def _match_at(self, text: str, found: list[re.Match[str]], i: int) -> int:
        """How many words from `found[i]` form a known resident's name (0: none)."""
        for size in range(min(self.longest, len(found) - i), 0, -1):
            if size > 1 and not all(_joined(text, found[k], found[k + 1])
                                    for k in range(i, i + size - 1)):
                continue
            words = tuple(m[0].lower() for m in found[i:i + size])
            if size == 1:
                word = found[i][0]
                led = i > 0 and people.is_honorific(found[i - 1][0]) \
                    and _joined(text, found[i - 1], found[i])
                # One word alone is a name only when written as one, or after an honorific:
                # many given names are also words ("indah", "rahmat", "bunga").
                if (words in self.names or words[0] in self.words) and (
                        word[0].isupper() or led):
                    return 1
            elif words in self.names:
                return size
        return 0

    # -- data ------------------------------------------------------------------
    def record(self, rec: dict) -> dict:
        """A record (as `list --json` / export shapes it) with residents hidden."""
        out: dict[str, Any] = {}
        for key, value in rec.items():
            if key in RECORD_KEEP:
                out[key] = value
            elif key == "phone":
                out[key] = None
            elif key == "name":
                out[key] = self.name(value)
            elif key == "parties" and isinstance(value, list):
                out[key] = [self._party(v) for v in value]
            else:
                out[key] = self.walk(value)
        return out

    def _party(self, value: Any) -> Any:
        """One side of a dispute is always a person: the name it begins with (`Joko
        Susilo`, `Dewi Lestari, pemilik warung`) as initials, what follows redacted as
        free text (`D.L., pemilik warung`)."""
        if isinstance(value, str):
            name, rest = party_name(value)
            if name:
                return (initials(name) or MASK) + (self.text(rest) or "")
        return self.walk(value)

    def walk(self, value: Any, keep: frozenset[str] = frozenset()) -> Any:
        """Every string inside `value` redacted as free text; keys in `keep` left as they are."""
        if isinstance(value, str):
            return self.text(value)
        if isinstance(value, list):
            return [self.walk(v, keep) for v in value]
        if isinstance(value, dict):
            return {k: (v if k in keep else self.walk(v, keep)) for k, v in value.items()}
        return value


# Record fields that hold no resident: codes, times, ids and the officer's own stamp.
RECORD_KEEP = frozenset({"id", "uid", "type", "kind", "role", "severity", "status", "field",
                         "started_at", "ended_at", "occurred_at", "met_at", "due", "done_at",
                         "created_at", "updated_at", "deleted_at", "patrol", "patrol_uid",
                         "injured", "dead", "officer", "unit"})

# Digest keys that hold no resident (codes, dates, the officers, the unit).
DIGEST_KEEP = frozenset({"period", "generated_at", "timezone", "officer", "officers", "unit",
                         "grade", "grades", "id", "met_at", "occurred_at", "due", "last", "type",
                         "kind", "role", "severity", "status", "what", "by_officer", "redacted",
                         "done_at", "sender"})


_PARTY_END = re.compile(r"\s*(?:[,;(:/]|\s-\s|$)")


def party_name(value: str) -> tuple[str | None, str]:
    """(the name a party begins with, the rest): the words up to a comma, a bracket or a
    dash, when they are words of a name (capitalised, or led by an honorific; no digits)."""
    text = value.strip()
    if not text:
        return None, value
    end = _PARTY_END.search(text)
    lead, rest = text[:end.start()], text[end.start():]
    words = lead.split()
    if not words or any(ch.isdigit() for ch in lead) or len(words) > 5:
        return None, value
    led = people.is_honorific(words[0])
    if not all(w[0].isupper() or (led and i == 0) for i, w in enumerate(words)) and not (
            led and len(words) > 1):
        return None, value
    if not core_words(lead):
        return None, value
    return lead, rest


def _joined(text: str, left: re.Match[str], right: re.Match[str]) -> bool:
    """Are two words parts of one name: only spaces or dots between them?"""
    gap = text[left.end():right.start()]
    return bool(gap) and _GAP.fullmatch(gap) is not None


# -- the journal's people ---------------------------------------------------------------
def for_journal(conn: Any, officers: Iterable[str] | None = None) -> Redactor:
    """A redactor that knows every resident named in the journal's live contacts (`conn`:
    sqlite3) and its officers (`officers`, else every officer the journal names).

    Residents are read from the person index of the digest (`contacts_person`: names
    lower-cased, without honorifics), which SQLite scans without touching the table: on a
    journal of 70,000 contacts 30 ms instead of 150. A deleted contact's name is hidden
    where an honorific leads it; `erase` is the tool that removes a person for good."""
    residents = [r[0] for r in conn.execute(
        f"SELECT DISTINCT {people.person_sql('name')} FROM contacts "
        "WHERE name IS NOT NULL AND deleted_at IS NULL")]
    if officers is None:
        officers = officer_names(conn)
    else:
        officers = set(officers) | officer_names(conn, records=False)
    return Redactor(residents, officers)


def digest_officers(data: dict) -> list[str]:
    """The officers a digest names: its own, the period's, and each row of `by_officer`."""
    names = [data.get("officer"), *(data.get("officers") or [])]
    names += [row.get("officer") for row in data.get("by_officer") or [] if isinstance(row, dict)]
    return [n for n in names if isinstance(n, str) and n]


def digest(data: dict, redactor: Redactor) -> dict:
    """The digest with residents hidden: its person fields as initials, its text redacted.

    Counts do not change; `redacted` is set so renderers can say so."""
    redactor.learn(v for k, v in data.items() if k not in DIGEST_KEEP)
    _learn_parties(data, redactor)
    out = redactor.walk(data, DIGEST_KEEP)
    contacts = out.get("contacts") or {}
    if "first_time_names" in contacts:
        contacts["first_time_names"] = [initials(n) or MASK
                                        for n in data["contacts"]["first_time_names"]]
    _people(out, data, redactor)
    out["redacted"] = True
    return out


def _learn_parties(value: Any, redactor: Redactor) -> None:
    if isinstance(value, dict):
        for key, item in value.items():
            if key == "parties":
                redactor.learn_parties(item)
            else:
                _learn_parties(item, redactor)
    elif isinstance(value, list):
        for item in value:
            _learn_parties(item, redactor)


# A digest item about a contact: its `name` is a person's, whatever the section.
_CONTACT_ITEM = ("role", "concern", "follow_up", "met_at", "phone")


def _people(out: Any, before: Any, redactor: Redactor) -> None:
    """Every contact item of a digest (concerns, overdue and done follow-ups, …): the
    name as initials, from the name as it was, and no phone; the parties of a case as
    `Redactor.record` writes them."""
    if isinstance(out, dict) and isinstance(before, dict):
        if "name" in out and any(k in out for k in _CONTACT_ITEM):
            name = before.get("name")
            out["name"] = initials(name) if isinstance(name, str) else out["name"]
            if "phone" in out:
                out["phone"] = None
        if isinstance(before.get("parties"), list):
            out["parties"] = [redactor._party(v) for v in before["parties"]]
        for key, value in out.items():
            if key in before and key not in DIGEST_KEEP and key != "parties":
                _people(value, before[key], redactor)
    elif isinstance(out, list) and isinstance(before, list):
        for item, was in zip(out, before):
            _people(item, was, redactor)


def records(items: Iterable[dict], redactor: Redactor) -> Iterator[dict]:
    """Exported records, one by one, with residents hidden."""
    for rec in items:
        yield redactor.record(rec)


def learn_journal(conn: Any, redactor: Redactor) -> Redactor:
    """Teach `redactor` the honorific-led names in all the journal's free text (live and
    deleted records), read as bare columns: an export hides "keluarga Karto" in its first
    record when "anak Pak Karto" is written in its last."""
    for table in ("patrols", "visits", "incidents", "contacts"):
        columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")
                   if (r[2] or "").upper() == "TEXT" and r[1] not in RECORD_KEEP
                   and r[1] not in ("uid", "phone", "type")]
        if not columns:
            continue
        cur = conn.execute(f"SELECT {', '.join(columns)} FROM {table}")
        parties = columns.index("parties") if "parties" in columns else None
        while rows := cur.fetchmany(1000):
            for row in rows:
                for value in row:
                    if value:
                        for match in honorific_names(value):
                            if redactor._is_name(match):
                                redactor._know(name_tokens(match["name"]))
                if parties is not None and row[parties] and row[parties] != "[]":
                    redactor.learn_parties(row[parties])
    return redactor
