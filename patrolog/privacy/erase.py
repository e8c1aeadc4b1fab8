"""Removing personal data for good (docs/privacy.md#erasing-a-person): `erase` a person, and the wipe both `erase`
and `purge` end with.

`erase` takes a person (a name, or the contact a record names) and:
- makes every contact of that person anonymous: name and phone NULL, the record kept,
  so counts stay;
- replaces the name, each of its words (three letters or more, not an officer's) and
  the phone numbers inside free text of every record — live and deleted — with
  `MARKER`;
- rewrites every earlier version kept in `history` the same way;
- rebuilds the full-text index of the changed records and merges its segments, so
  no old token of the name is left in the index;
- then `wipe()`: `secure_delete` zeroes what the transaction freed, `VACUUM` rewrites
  the file without free pages, and a TRUNCATE checkpoint empties the `-wal` file. What
  `grep -a` could find in the journal and its side files before, it cannot after.

Backups written before a migration (`journal.db.v1-….bak`) are copies of the old
journal and still hold the name: `backups()` lists them, and the command says so.
"""

from __future__ import annotations

import json
import re
import sqlite3
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

from patrolog.core import people
from patrolog.core.errors import InputError, JournalError
from patrolog.core.kinds import BY_PREFIX, CONTACT
from patrolog.core.times import iso
from patrolog.journal import records
from patrolog.journal.officers import named as officer_names
from patrolog.journal.records import Context, stamp_after
from patrolog.journal.search_index import reindex
from patrolog.journal.store import Store
from patrolog.privacy.redact import core_words, name_tokens

# What erased words become, in the journal's own language (its text is Indonesian);
# one fixed word, so `patrolog search dihapus` finds every place something was erased.
MARKER = "[dihapus]"

# Columns that hold no resident's words: codes, times, ids, the officer's stamp.
NOT_TEXT = frozenset({"uid", "kind", "role", "severity", "status", "field", "type", "officer",
                      "unit", "created_at", "updated_at", "deleted_at", "started_at", "ended_at",
                      "occurred_at", "met_at", "due", "done_at", "record_uid", "ref",
                      "changed_at"})
# The tables of records and the free text they hold (besides contacts' name and phone).
RECORD_TABLES = ("patrols", "incidents", "contacts", "visits")
KIND_OF_TABLE = {"patrols": "P", "incidents": "I", "contacts": "C"}


class Person:
    """Who is erased: a name (as a person key, docs/digest.md#who-is-a-person), and their phone numbers."""

    def __init__(self, name: str | None, phones: list[str], officers: set[str]) -> None:
        honorific = people.honorific_re()
        self.name = name
        self.key = people.person_key(name) if name else None
        self.phones = [p for p in phones if p]
        words = core_words(name or "")
        patterns: list[str] = []
        if words:
            whole = r"[\s.]+".join(re.escape(w) for w in words)
            patterns.append(rf"(?<!\w)(?:{honorific}[\s.]*)*{whole}(?!\w)")
        self.whole = re.compile("|".join(patterns), re.IGNORECASE) if patterns else None
        singles = [w for w in words if len(w) >= 3 and w.lower() not in officers]
        self.single = (re.compile(rf"(?<!\w)(?:{honorific}[\s.]*)*(?:"
                                  + "|".join(re.escape(w) for w in singles) + r")(?!\w)",
                                  re.IGNORECASE) if singles else None)
        self.phone_digits = {people.national(p) for p in self.phones}
        self.phone_res = [people.phone_pattern(p) for p in sorted(self.phone_digits)]
        # cheap tests first: most text holds none of the words and no digits at all
        self.lowered = [w.lower() for w in words]

    def is_them(self, name: str | None) -> bool:
        """Is a contact with this name the person? (A shared phone alone does not make a
        contact the person: a family shares one. The phone goes; the name stays.)"""
        if not (self.key and name):
            return False
        return people.person_key(name) == self.key

    def has_phone(self, phone: str | None) -> bool:
        return bool(phone) and people.national(phone) in self.phone_digits

    def may_be_in(self, text: str) -> bool:
        """A cheap first look: could `text` hold the name or a phone of the person?"""
        lowered = text.lower()
        if any(w in lowered for w in self.lowered):
            return True
        if self.phone_digits and people.NUMBER_LIKE.search(text):
            digits = people.digits_of(text)
            return any(number in digits for number in self.phone_digits)
        return False

    def text(self, value: str, *, words: bool = True) -> str:
        """Free text with the person's name, its words and their phones replaced; in a text
        that names the person, every phone number it holds, in any written form ("WA Joko
        0877-1234-9999": whose number it is cannot be known, so it goes)."""
        before = value
        if self.phone_res and people.NUMBER_LIKE.search(value):
            digits = people.digits_of(value)
            for number, pattern in zip(sorted(self.phone_digits), self.phone_res):
                if number in digits:
                    value = pattern.sub(MARKER, value)
        if self.lowered and any(w in value.lower() for w in self.lowered):
            if self.whole is not None:
                value = self.whole.sub(MARKER, value)
            if words and self.single is not None:
                value = self.single.sub(MARKER, value)
        if value != before and people.NUMBER_LIKE.search(value):
            value = people.PHONE.sub(MARKER, value)
        return value


# -- what changes -------------------------------------------------------------------
def text_columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [r[1] for r in conn.execute(f"PRAGMA table_info({table})")
            if (r[2] or "").upper() in ("TEXT", "") and r[1] not in NOT_TEXT]


def _change_value(person: Person, column: str, value: Any) -> Any:
    if not isinstance(value, str) or not value:
        return value
    if value.startswith("[") and column in ("tags", "parties"):
        try:
            items = json.loads(value)
        except ValueError:
            items = None
        if isinstance(items, list):
            new = [person.text(v) if isinstance(v, str) else v for v in items]
            return json.dumps(new, ensure_ascii=False) if new != items else value
    return person.text(value)


def _row_changes(person: Person, table: str, row: sqlite3.Row, columns: list[str]
                 ) -> dict[str, Any]:
    changes: dict[str, Any] = {}
    # One look at the whole row first: nearly every row names nobody being erased.
    if not person.may_be_in("\n".join(row[c] for c in columns if isinstance(row[c], str))):
        return changes
    if table == "contacts":
        if person.is_them(row["name"]):
            changes["name"] = None
        if row["phone"] is not None and (person.is_them(row["name"])
                                         or person.has_phone(row["phone"])):
            changes["phone"] = None
    for col in columns:
        if col in changes:
            continue
        value = row[col]
        if table == "contacts" and col == "name":
            # another contact's name: only the whole name inside it ("Istri Pak Joko")
            new = person.text(value, words=False) if value else value
        elif table == "contacts" and col == "phone":
            new = value
        else:
            new = _change_value(person, col, value)
        if new != value:
            changes[col] = new
    return changes


def _record_json(person: Person, rec: Any) -> Any:
    """An earlier version (history JSON) with the person erased."""
    if isinstance(rec, dict):
        out = {}
        is_them = "role" in rec and person.is_them(rec.get("name"))
        for key, value in rec.items():
            if is_them and key in ("name", "phone"):
                out[key] = None
            elif key in NOT_TEXT or key in ("id", "patrol", "patrol_uid"):
                out[key] = value
            elif key == "name" and "role" in rec:
                out[key] = person.text(value, words=False) if isinstance(value, str) else value
            elif key == "phone" and isinstance(value, str):
                out[key] = None if person.has_phone(value) else value
            else:
                out[key] = _record_json(person, value)
        return out
    if isinstance(rec, list):
        return [_record_json(person, v) for v in rec]
    if isinstance(rec, str):
        return person.text(rec)
    return rec


class Plan:
    """What an erase changes: the rows, the earlier versions, per record."""

    def __init__(self) -> None:
        self.rows: list[tuple[str, int, dict[str, Any]]] = []      # (table, id, changes)
        self.history: list[tuple[int, str]] = []                   # (history id, new JSON)
        self.anonymous: list[str] = []                              # contacts made anonymous
        self.fields: dict[str, set[str]] = {}                      # record ref -> fields
        self.history_refs: dict[str, int] = {}                     # record ref -> versions

    def counts(self) -> dict[str, int]:
        refs = set(self.fields)
        return {"contacts_anonymous": len(self.anonymous),
                "patrols": sum(r.startswith("P") for r in refs),
                "incidents": sum(r.startswith("I") for r in refs),
                "contacts": sum(r.startswith("C") for r in refs),
                "history": len(self.history)}

    @property
    def empty(self) -> bool:
        return not self.rows and not self.history

    def lines(self) -> list[str]:
        """One line per record changed: `C12  name, phone, concern (+2 earlier versions)`."""
        out = []
        for ref in sorted(set(self.fields) | set(self.history_refs), key=_ref_order):
            fields = ", ".join(sorted(self.fields.get(ref, ())))
            versions = self.history_refs.get(ref, 0)
            out.append((ref, fields, versions))
        return out


def _ref_order(ref: str) -> tuple[int, int]:
    return ("PIC".find(ref[0]), int(ref[1:]) if ref[1:].isdigit() else 0)


def plan(conn: sqlite3.Connection, person: Person) -> Plan:
    """Everything `erase` would change, found by reading every record and version."""
    result = Plan()
    for table in RECORD_TABLES:
        columns = text_columns(conn, table)
        extra = ", patrol_id" if table == "visits" else ""
        cur = conn.execute(f"SELECT id{extra}, {', '.join(columns)} FROM {table}")
        while rows := cur.fetchmany(500):
            for row in rows:
                changes = _row_changes(person, table, row, columns)
                if not changes:
                    continue
                result.rows.append((table, row["id"], changes))
                ref = (f"P{row['patrol_id']}" if table == "visits"
                       else f"{KIND_OF_TABLE[table]}{row['id']}")
                result.fields.setdefault(ref, set()).update(
                    "places" if table == "visits" else col for col in changes)
                if table == "contacts" and "name" in changes and changes["name"] is None:
                    result.anonymous.append(ref)
    cur = conn.execute("SELECT id, ref, record FROM history")
    while rows := cur.fetchmany(500):
        for hid, ref, text in rows:
            if not person.may_be_in(text):
                continue
            try:
                rec = json.loads(text)
            except ValueError:
                continue
            new = _record_json(person, rec)
            if new != rec:
                result.history.append((hid, json.dumps(new, ensure_ascii=False)))
                result.history_refs[ref] = result.history_refs.get(ref, 0) + 1
    return result


def apply(conn: sqlite3.Connection, result: Plan, stamp: str) -> None:
    """Write a plan inside the caller's transaction, and bring the search index in step.

    Changed records get `updated_at = stamp`: the erased version is the newest, so a sync
    that keeps the newest version of a record (`merge`) keeps this one."""

    touched: set[str] = set()
    for table, rid, changes in result.rows:
        sets = ", ".join(f"{col} = ?" for col in changes)
        conn.execute(f"UPDATE {table} SET {sets} WHERE id = ?", (*changes.values(), rid))
    for ref in result.fields:
        touched.add(ref)
        table = BY_PREFIX[ref[0]].table
        row = conn.execute(f"SELECT updated_at FROM {table} WHERE id = ?",
                           (int(ref[1:]),)).fetchone()
        # after the version it replaces, whatever the clock says: never undone by it
        conn.execute(f"UPDATE {table} SET updated_at = ? WHERE id = ?",
                     (stamp_after(stamp, row[0] if row else None), int(ref[1:])))
    for hid, text in result.history:
        conn.execute("UPDATE history SET record = ? WHERE id = ?", (text, hid))
    for ref in touched:
        reindex(conn, BY_PREFIX[ref[0]], int(ref[1:]))
    optimise_index(conn)


def optimise_index(conn: sqlite3.Connection) -> None:
    """Merge the full-text index into one segment: a deleted or rewritten row's old tokens
    stay in older segments (behind a delete marker) until they are merged away."""
    conn.execute("INSERT INTO search_index(search_index) VALUES ('optimize')")


# -- the person ------------------------------------------------------------------------
def officers(conn: sqlite3.Connection) -> set[str]:
    """Every word of every officer's name: officers are not residents, their names stay."""

    return {w.lower() for n in officer_names(conn) for w in name_tokens(n)}


def person_of(store: Store, *, name: str | None, contact: str | None) -> tuple[Person, str]:
    """The person to erase and how to call them in messages; refusals raise InputError."""

    if (name is None) == (contact is None):
        raise InputError("err.erase_name_or_contact")
    conn = store.conn
    crew = officers(conn)
    if contact is not None:
        rec = records.get(store, contact)
        if not rec["id"].startswith(CONTACT.prefix):
            raise InputError("err.erase_not_contact", id=rec["id"])
        if not rec.get("name") and not rec.get("phone"):
            raise InputError("err.erase_contact_anonymous", id=rec["id"])
        name = rec.get("name") or None
        label = rec.get("name") or rec["id"]
        phones = [rec["phone"]] if rec.get("phone") else []
    else:
        name = (name or "").strip()
        if not core_words(name):
            raise InputError("err.erase_bad_name", value=name)
        label = name
        phones = []
    if name and {w.lower() for w in core_words(name)} <= crew:
        raise InputError("err.erase_officer", name=name)
    person = Person(name, phones, crew)
    # Their phone numbers from every contact of theirs, so free text loses those too.
    if person.key:
        found = [r[0] for r in conn.execute(
            f"SELECT DISTINCT phone FROM contacts WHERE phone IS NOT NULL AND name IS NOT NULL "
            f"AND {people.person_sql('name')} IN (SELECT value FROM json_each(?))",
            (json.dumps(people.index_keys(person.key)),))]
        if found:
            person = Person(name, [*phones, *found], crew)
    return person, label


# -- the file ----------------------------------------------------------------------------
def wipe(store: Store) -> None:
    """Leave nothing of what was just removed in the file or its side files.

    Called after a transaction run with `secure_delete` on: VACUUM rewrites the whole
    file (no free pages, no stale cells), then a TRUNCATE checkpoint copies the WAL into
    the file and empties the WAL, which held every page the erase and the vacuum wrote.
    """

    conn = store.conn
    try:
        conn.execute("VACUUM")
        busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
    except sqlite3.OperationalError as exc:
        raise JournalError("err.erase_wipe_failed", path=str(store.path), reason=str(exc)) \
            from None
    if busy:  # another process is reading: the WAL could not be emptied
        raise JournalError("err.erase_wal_busy", path=str(store.path))


def secure_transaction(store: Store) -> AbstractContextManager[sqlite3.Connection]:
    """`store.write()` with `secure_delete` on: SQLite overwrites deleted content with zeros."""
    store.conn.execute("PRAGMA secure_delete = ON")
    return store.write()


def backups(path: Path) -> list[Path]:
    """Copies of the journal made before a migration: they hold the old records."""
    from glob import escape  # a journal named "jurnal[1].db" is no pattern

    return sorted(path.parent.glob(escape(path.name) + ".v*.bak"))


def erase(store: Store, person: Person) -> Plan:
    """Erase `person` for good; the plan is found again under the write lock, so what is
    written is what the journal holds at that moment."""

    stamp = iso(Context(store).now)
    with secure_transaction(store) as conn:
        result = plan(conn, person)
        if not result.empty:
            apply(conn, result, stamp)
    if not result.empty:
        wipe(store)
    return result

