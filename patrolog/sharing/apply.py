"""Records in (import, merge), applied by `uid` (docs/sharing.md#the-rules): new -> added;
known with a newer `updated_at` -> replaces the local one (kept in its history); a newer
tombstone -> deletes; older or equal -> unchanged. Equal times with different content
are settled by comparing the two versions' canonical JSON, the same way in every
journal, so journals that exchange files both ways end up equal.

Speed (a unit's journal is a million records): records are checked one by one as they
are read and written in batches of `BATCH` — one statement to learn which uids are
known, `executemany` for the new rows (ids assigned here, under the write lock) and for
their search rows, made from the values in hand. A new journal's secondary indexes are
built after its rows. `merge` reads the other journal's rows as stored and puts them
through the same checks as an import's lines. docs/speed.md "Import and merge at a unit's
scale" has the numbers against a plain `executemany` script.
"""


from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from operator import itemgetter
from pathlib import Path
from typing import Any

from patrolog.core.errors import InputError
from patrolog.core.kinds import KINDS, PATROL, Kind
from patrolog.core.output import Progress
from patrolog.core.times import iso
from patrolog.journal.records import (
    Context,
    keep_history,
    records_from_rows,
    stored_columns,
    table_columns,
    write_places,
)
from patrolog.journal.search_index import index_row, reindex
from patrolog.journal.store import Store
from patrolog.privacy import incoming as sharing_privacy
from patrolog.sharing import signing
from patrolog.sharing.checks import BadField, Checker, canonical
from patrolog.sharing.export import BATCH, rows_sql
from patrolog.sharing.sources import FileSource, JournalSource


# -- applying --------------------------------------------------------------------
# Who wins, in one place for a journal (`_Applier`) and the unit's server
# (patrolog/server/push.py): newer `updated_at` wins; at the same moment a deletion wins;
# two live versions of one moment are settled by their content.
def incoming_wins(values: dict[str, Any], tomb: bool, updated_at: str,
                  deleted_at: str | None, held: bool,
                  local_canonical: Callable[[], str]) -> bool | None:
    """Does the incoming version (`values`, a tombstone when `tomb`) replace the one held
    (`updated_at`, `deleted_at`; `held`: a record, not a bare tombstone)? None: two live
    versions of the same moment, for `tie_wins` to settle."""
    if values["updated_at"] != updated_at:
        mine = datetime.fromisoformat(values["updated_at"])
        theirs = datetime.fromisoformat(updated_at)
        if mine != theirs:
            return mine > theirs
    local_tomb = deleted_at is not None
    if tomb != local_tomb:
        return tomb  # at the same moment, a deletion is kept: it leaks nothing
    if not tomb and held:
        return None
    return canonical(values, tomb) > local_canonical()


def canonical_of(check: Callable[[Any], tuple[Kind, dict[str, Any], bool]], rec: dict) -> str:
    """The canonical text of a held record (as an export writes it)."""
    try:
        _, values, _ = check(rec)
    except BadField:
        return ""  # a local record that no longer passes the checks yields
    return canonical(values, False)


def tie_wins(check: Callable[[Any], tuple[Kind, dict[str, Any], bool]],
             values: dict[str, Any], held: dict) -> bool:
    """Two live versions of one moment: does the incoming one replace the held one (as an
    export writes it)? The same version again never does."""
    if all(held.get(k) == v for k, v in values.items()):
        return False
    return canonical(values, False) > canonical_of(check, held)


def write_version(conn: Any, kind: Kind, number: int, values: dict[str, Any],
                  patrol_id_of: Callable[[str], int | None],
                  later: list[tuple[Kind, int, str]]) -> None:
    """Replace the held record `number` by the incoming live version `values`, its patrol
    linked by uid (`patrol_id_of`); a patrol not held yet is linked at the end (`later`).
    For a journal (`_Applier`) and the unit's server (patrolog/server/push.py)."""
    cols = {k: v for k, v in values.items() if k not in ("uid", "patrol_uid", "places")}
    if kind is not PATROL:
        patrol_uid = values["patrol_uid"]
        cols["patrol_id"] = patrol_id_of(patrol_uid) if patrol_uid else None
        if patrol_uid and cols["patrol_id"] is None:
            later.append((kind, number, patrol_uid))
    cols = stored_columns(cols)
    cols["deleted_at"] = None
    conn.execute(f"UPDATE {kind.table} SET {', '.join(f'{k} = ?' for k in cols)} "
                 "WHERE id = ?", (*cols.values(), number))
    if kind is PATROL:
        write_places(conn, number, values["places"])


class Held:
    """What the journal holds for a uid: a record (number set) or a bare tombstone."""

    __slots__ = ("uid", "kind", "number", "updated_at", "deleted_at", "officer")

    def __init__(self, uid: str, kind: str, number: int | None, updated_at: str,
                 deleted_at: str | None, officer: str | None = None) -> None:
        self.uid, self.kind, self.number = uid, kind, number
        self.updated_at, self.deleted_at, self.officer = updated_at, deleted_at, officer


class _Applier:
    """Applies checked records to the journal inside the caller's transaction."""

    def __init__(self, conn: sqlite3.Connection, check: Checker, where: str) -> None:
        self.conn = conn
        self.check = check
        self.where = where  # the message naming a bad record's line (import) or number
        self.stamp = check.stamp
        self.counts = {"added": 0, "updated": 0, "deleted": 0, "unchanged": 0}
        self.next_id = {k: (conn.execute(f"SELECT max(id) FROM {k.table}").fetchone()[0]
                            or 0) + 1 for k in KINDS.values()}
        self.later: list[tuple[Kind, int, str]] = []  # links to patrols not yet written
        self.columns = {k: table_columns(k) for k in KINDS.values()}
        self.row_of = {k: itemgetter(*cols) for k, cols in self.columns.items()}
        self.past = sharing_privacy.past_retention(conn, check.ctx)  # None: no retention

    def _skip(self) -> None:
        self.counts["skipped"] = self.counts.get("skipped", 0) + 1

    def bad(self, number: int, field: str) -> InputError:
        return InputError(self.where, line=number, column=field)

    # one batch: (line, kind, values, tombstone), each uid once
    def apply(self, batch: list[tuple[int, Kind, dict[str, Any], bool]]) -> None:
        known = self._known([values["uid"] for _, _, values, _ in batch])
        new: dict[Kind, list[dict[str, Any]]] = {k: [] for k in KINDS.values()}
        changed: list[tuple[int, Kind, dict[str, Any], bool, Held]] = []
        ties: list[tuple[int, Kind, dict[str, Any], Held]] = []
        for number, kind, values, tomb in batch:
            have = known.get(values["uid"])
            if have is not None and have.kind != kind.name:
                raise InputError("err.import_type_clash", line=number, uid=values["uid"],
                                 type=kind.name, local=have.kind)
            if have is not None and not same_officer(have.officer, values.get("officer")):
                self._skip()  # a record's officer never changes through a file
                continue
            if (have is None or have.number is None) and self.past is not None \
                    and self.past(kind, values, tomb):  # a purge is not undone
                self._skip()
                continue
            if have is None:
                if tomb:  # kept, so a later copy is not brought back; nothing was deleted
                    self._keep_tombstone(kind, values, replace=False)
                    self.counts["unchanged"] += 1
                else:
                    new[kind].append(values)
            else:
                wins = self._wins(kind, values, tomb, have)
                if wins is None:
                    ties.append((number, kind, values, have))
                elif wins:
                    changed.append((number, kind, values, tomb, have))
                else:
                    self.counts["unchanged"] += 1
        if ties:
            # The same file applied again: every record ties with itself. Compare with the
            # local versions read in one query per kind, not three per record.
            local = self._exported_many(ties)
            for number, kind, values, have in ties:
                if tie_wins(self.check, values, local[kind.name, have.number]):
                    changed.append((number, kind, values, False, have))
                else:
                    self.counts["unchanged"] += 1
        for kind in KINDS.values():  # patrols first: the others link to them
            if new[kind]:
                rows = self._not_repeated(kind, new[kind])
                if rows:
                    self._insert(kind, rows)
        for number, kind, values, tomb, have in changed:
            self._change(kind, values, tomb, have)

    # The batch's uids go in as one JSON array, looked up in every table by one statement
    # (a third cheaper than four statements of a thousand parameters each).
    _KNOWN_SQL = ("WITH batch(uid) AS (SELECT value FROM json_each(?)) " + " UNION ALL ".join(
        f"SELECT t.uid, '{kind.name}', t.id, t.updated_at, t.deleted_at, t.officer "
        f"FROM batch JOIN {kind.table} t ON t.uid = batch.uid" for kind in KINDS.values())
        + " UNION ALL SELECT t.uid, t.type, NULL, t.updated_at, t.deleted_at, t.officer "
        "FROM batch JOIN tombstones t ON t.uid = batch.uid")

    def _known(self, uids: list[str]) -> dict[str, Held]:
        found: dict[str, Held] = {}
        for uid, kind, number, updated, deleted, officer in self.conn.execute(
                self._KNOWN_SQL, (json.dumps(uids),)):
            if number is not None or uid not in found:  # a record outranks a bare tombstone
                found[uid] = Held(uid, kind, number, updated, deleted, officer)
        return found

    def _wins(self, kind: Kind, values: dict[str, Any], tomb: bool,
              have: Held) -> bool | None:
        """Is the incoming version the one both journals keep? None: two live versions of
        the same moment, to be settled by content (`apply`)."""
        return incoming_wins(values, tomb, have.updated_at, have.deleted_at,
                             have.number is not None,
                             lambda: self._local_canonical(kind, have))

    @staticmethod
    def _content(kind: Kind, values: dict[str, Any]) -> str:
        """A record's content without its identity and stamps: what two devices logging
        the same contact write alike."""
        out = {f: values.get(f) for f in kind.fields if f != "patrol"}
        out["officer"] = (values.get("officer") or "").casefold()
        if kind is PATROL:
            out["places"] = sorted((p["type"], p["name"].casefold())
                                   for p in values.get("places") or [])
        return json.dumps(out, sort_keys=True, ensure_ascii=False, default=str)

    def _not_repeated(self, kind: Kind, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """New records without those equal, field for field, to a live record here under
        another uid, or to one before them in the batch (the same contact logged on two
        devices): skipped and counted, as `add` refuses them. One query per batch finds
        the local records of the same moments; only those are compared whole."""
        times = sorted({v[kind.time] for v in rows})
        local: dict[str, list[int]] = {}
        for number, when in self.conn.execute(
                f"SELECT id, {kind.time} FROM {kind.table} WHERE deleted_at IS NULL AND "
                f"{kind.time} IN (SELECT value FROM json_each(?))", (json.dumps(times),)):
            local.setdefault(when, []).append(number)
        seen: set[str] = set()
        if local:
            ids = [n for numbers in local.values() for n in numbers]
            for rec in self._local(kind, ids):
                try:
                    _, values, _ = self.check(rec)
                except BadField:
                    continue
                seen.add(self._content(kind, values))
        kept = []
        for values in rows:
            content = self._content(kind, values)
            if content in seen:
                self._skip()
                continue
            seen.add(content)
            kept.append(values)
        return kept

    def _exported_many(self, ties: list[tuple[int, Kind, dict[str, Any], Held]],
                       ) -> dict[tuple[str, int], dict]:
        found: dict[tuple[str, int], dict] = {}
        for kind in KINDS.values():
            ids = [have.number for _, k, _, have in ties if k is kind]
            if not ids:
                continue
            for rec in self._local(kind, ids):
                found[kind.name, int(rec["id"][1:])] = rec
        return found

    def _local(self, kind: Kind, ids: list[int]) -> list[dict]:
        """This journal's records of `kind` by number, as an export writes them."""
        rows = self.conn.execute(
            rows_sql(kind, f"WHERE t.id IN ({','.join('?' * len(ids))})"), ids).fetchall()
        recs = records_from_rows(self.conn, kind, rows)
        for row, rec in zip(rows, recs):
            rec["type"] = kind.name
            if kind is not PATROL:
                rec["patrol_uid"] = row["patrol_uid"]
        return recs

    def _canonical_of(self, rec: dict) -> str:
        return canonical_of(self.check, rec)

    def _local_canonical(self, kind: Kind, have: Held) -> str:
        if have.number is None or have.deleted_at is not None:
            if have.number is None:
                officer = self.conn.execute("SELECT officer FROM tombstones WHERE uid = ?",
                                            (have.uid,)).fetchone()
            else:
                officer = self.conn.execute(f"SELECT officer FROM {kind.table} WHERE id = ?",
                                            (have.number,)).fetchone()
            values = {"uid": have.uid, "officer": officer[0] if officer else None,
                      "deleted_at": have.deleted_at, "updated_at": have.updated_at}
            return canonical(values, True)
        return self._canonical_of(self._local(kind, [have.number])[0])

    def _patrol_ids(self, uids: set[str]) -> dict[str, int]:
        if not uids:
            return {}
        wanted = list(uids)
        return dict(self.conn.execute(
            f"SELECT uid, id FROM patrols WHERE uid IN ({','.join('?' * len(wanted))})",
            wanted).fetchall())

    def _insert(self, kind: Kind, rows: list[dict[str, Any]]) -> None:
        first = self.next_id[kind]
        cols = self.columns[kind]
        row_of = self.row_of[kind]
        if kind is not PATROL:
            links = self._patrol_ids({v["patrol_uid"] for v in rows if v["patrol_uid"]})
        visits = []
        params = []
        found = []
        for number, values in enumerate(rows, first):
            values["id"] = number
            for name in kind.lists:
                items = values[name]
                values[name] = json.dumps(items, ensure_ascii=False) if items else "[]"
            if kind is PATROL:
                places = values["places"]
                visits += [(number, i, p["type"], p["name"]) for i, p in enumerate(places)]
                found.append(index_row(kind, number, values, [p["name"] for p in places]))
            else:
                found.append(index_row(kind, number, values))
                patrol_uid = values["patrol_uid"]
                values["patrol_id"] = links.get(patrol_uid) if patrol_uid else None
                if patrol_uid and values["patrol_id"] is None:
                    self.later.append((kind, number, patrol_uid))
            params.append(row_of(values))
        self.next_id[kind] = first + len(rows)
        self.conn.executemany(
            f"INSERT INTO {kind.table} ({', '.join(cols)}) "
            f"VALUES ({', '.join('?' * len(cols))})", params)
        if visits:
            self.conn.executemany(
                "INSERT INTO visits(patrol_id, position, type, name) VALUES (?, ?, ?, ?)",
                visits)
        self.conn.executemany("INSERT INTO search_index(rowid, ref, body) VALUES (?, ?, ?)",
                              found)
        self.counts["added"] += len(rows)

    def _keep_tombstone(self, kind: Kind, values: dict[str, Any], *, replace: bool) -> None:
        self.conn.execute(
            "INSERT OR REPLACE INTO tombstones(uid, type, officer, updated_at, deleted_at) "
            "VALUES (?, ?, ?, ?, ?)" if replace else
            "INSERT INTO tombstones(uid, type, officer, updated_at, deleted_at) "
            "VALUES (?, ?, ?, ?, ?)",
            (values["uid"], kind.name, values.get("officer"), values["updated_at"],
             values["deleted_at"]))

    def _change(self, kind: Kind, values: dict[str, Any], tomb: bool, have: Held) -> None:
        conn = self.conn
        if have.number is None:  # only a tombstone here so far
            if tomb:  # a newer tombstone of a record this journal never had: none deleted
                self._keep_tombstone(kind, values, replace=True)
                self.counts["unchanged"] += 1
            else:
                conn.execute("DELETE FROM tombstones WHERE uid = ?", (values["uid"],))
                self._insert(kind, [values])
            return
        row = conn.execute(f"SELECT * FROM {kind.table} WHERE id = ?",
                           (have.number,)).fetchone()
        before = records_from_rows(conn, kind, [row])[0]
        if tomb:
            if sharing_privacy.erased_after_delete(values):  # keep nothing of what it erased
                sharing_privacy.blank(conn, kind, have.number, values["uid"], self.counts)
            elif have.deleted_at is None:
                keep_history(conn, before, "delete", self.stamp)
            conn.execute(f"UPDATE {kind.table} SET deleted_at = ?, updated_at = ? WHERE id = ?",
                         (values["deleted_at"], values["updated_at"], have.number))
            # counted as deleted only when it was live here: import counts what it changed
            self.counts["deleted" if have.deleted_at is None else "unchanged"] += 1
        else:
            if sharing_privacy.erases(before, values):  # keep nothing of what it erased
                sharing_privacy.forget_history(conn, before["uid"], self.counts)
            else:
                keep_history(conn, before, "import", self.stamp)
            write_version(conn, kind, have.number, values,
                          lambda uid: self._patrol_ids({uid}).get(uid), self.later)
            self.counts["updated"] += 1
        reindex(conn, kind, have.number)

    def finish(self) -> None:
        for kind, number, patrol_uid in self.later:
            self.conn.execute(f"UPDATE {kind.table} SET patrol_id = "
                              "(SELECT id FROM patrols WHERE uid = ?) WHERE id = ?",
                              (patrol_uid, number))


def _ticker(progress: Progress | None, phase: str, total: int) -> Callable[[int], None]:
    """Report `phase` about a hundred times over `total` items (every 500 if unknown, 0).
    A total that was only an estimate grows to what was done."""
    step = max(1, total // 100) if total else 500

    def tick(done: int) -> None:
        if progress and (done % step == 0 or done == total):
            progress(phase, done, max(total, done))

    return tick


# -- the rules of docs/trust.md, as functions other stores (the unit's server) call ------
def same_officer(stored: str | None, incoming: str | None) -> bool:
    """Is the incoming version's officer the record's own? A record belongs to the officer
    who logged it: no file changes that (names compared as `export --officer` does)."""
    return (stored or "").strip().casefold() == (incoming or "").strip().casefold()


AHEAD = timedelta(days=1)  # a version stamped further ahead is a wrong clock, not an edit


def ahead_bound(now: datetime) -> str:
    """The latest `updated_at` taken from another journal, in the form stored times have."""
    return iso(now + AHEAD)


def too_far_ahead(values: dict[str, Any], bound: str) -> str | None:
    """The field of a checked version stamped more than a day ahead of the receiver's
    clock (`bound`, from `ahead_bound`), or None. Checked times are in the journal's zone
    and form: compared as text, the offset aside."""
    for name in ("updated_at", "deleted_at"):
        value = values.get(name)
        if value and value[:19] > bound[:19]:
            return name
    return None


def _apply_all(conn: sqlite3.Connection, ctx: Context, source: Iterable[tuple[int, Any]],
               where: str, progress: Progress | None, total: int,
               officer: str | None = None) -> dict[str, int]:
    check = Checker(ctx)
    applier = _Applier(conn, check, where)
    speakers = None
    if isinstance(source, FileSource):  # a file: whose key speaks for each officer in it
        signing.pin_own(conn, signing.own_key(), check.stamp)
        speakers = signing.Speakers(conn, lambda: source.signer, check.stamp)
    bound = ahead_bound(ctx.now)
    tick = _ticker(progress, "write", total)
    batch: list[tuple[int, Kind, dict[str, Any], bool]] = []
    uids: set[str] = set()
    done = 0
    for number, rec in source:
        try:
            kind, values, tomb = check(rec)
        except BadField as bad:
            raise applier.bad(number, bad.field) from None
        if officer is not None and not same_officer(officer, values.get("officer")):
            continue  # `import --officer NAME`: only that officer's records
        ahead = too_far_ahead(values, bound)
        if ahead is not None:
            raise InputError("err.merge_ahead" if where == "err.merge_bad_field"
                             else "err.import_ahead", line=number, uid=values["uid"],
                             time=values[ahead])
        if speakers is not None:
            speakers.check(values.get("officer"))
        if values["uid"] in uids or len(batch) >= BATCH:  # a uid twice: the first goes first
            applier.apply(batch)
            batch, uids = [], set()
        batch.append((number, kind, values, tomb))
        uids.add(values["uid"])
        done += 1
        tick(done)
    if batch:
        applier.apply(batch)
    applier.finish()
    sharing_privacy.before_commit(conn, applier.counts)
    return applier.counts


def import_records(store: Store, source: Iterable[tuple[int, Any]],
                   progress: Progress | None = None, total: int | None = None,
                   where: str = "err.import_bad_field",
                   officer: str | None = None) -> dict[str, int]:
    """Apply (number, record) pairs by uid, all in one transaction; return the counts
    (added, updated, deleted, unchanged).

    A bad record rolls the whole transaction back, so the journal is unchanged. A journal
    that does not exist yet is built beside it under a temporary name and put in place
    only when everything passed: a bad file never creates it, and the input is read once.
    `progress(phase, done, total)` hears of the "write" phase."""
    where = getattr(source, "where", where)
    if store.exists:
        store.make_writable()  # a journal opened read-only for the reading part of a command
        with store.write() as conn:
            counts = _apply_all(conn, Context(store), source, where, progress, total or 0,
                                officer)
        return sharing_privacy.after_commit(store, counts)
    return _import_into_new(store, source, where, progress, total or 0, officer)


@contextmanager
def _indexes_after(conn: sqlite3.Connection) -> Iterator[None]:
    """A new journal's secondary indexes, built once its rows are in: one sort each, where
    kept during the load each row would walk every one of them (a unit's first merge is a
    million rows). The uid indexes stay, as do those by each record's own time (the load
    looks records up by uid, and for duplicates under another uid by time). On an error the
    transaction rolls back, and the indexes with it."""
    tables = [k.table for k in KINDS.values()]
    saved = [(name, sql) for name, sql in conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
        f"AND tbl_name IN ({','.join('?' * len(tables))})", tables).fetchall()
        if not any(sql.endswith(f"({k.time})") for k in KINDS.values())]
    for name, _ in saved:
        conn.execute(f'DROP INDEX "{name}"')
    yield
    for _, sql in saved:
        conn.execute(sql)


def _import_into_new(store: Store, source: Iterable[tuple[int, Any]], where: str,
                     progress: Progress | None, total: int,
                     officer: str | None = None) -> dict[str, int]:
    path = store.path
    created = [p for p in (path.parent, *path.parent.parents) if not p.exists()]
    temp = path.with_name(f".{path.name}.import-{os.getpid()}")
    counts: dict[str, int] | None = None
    try:
        with Store.open(temp, create=True) as fresh:
            with fresh.write() as conn, _indexes_after(conn):
                # The profile of the journal to be (none yet): its clock is the system's.
                counts = _apply_all(conn, Context(store), source, where, progress, total,
                                    officer)
            # a file holding a record before and after its erasure: erase's wipe here too
            counts = sharing_privacy.after_commit(fresh, counts)
        if not any(counts.values()):
            return counts  # an empty file creates no journal
        try:
            os.link(temp, path)  # never over a journal another process created meanwhile
        except FileExistsError:
            counts = None
        except OSError:
            os.replace(temp, path)  # a file system without hard links (a FAT stick)
    finally:
        for side in (temp, temp.with_name(temp.name + "-wal"), temp.with_name(temp.name + "-shm")):
            try:
                side.unlink()
            except FileNotFoundError:
                pass
        if counts is None or not path.exists():
            for folder in created:  # folders made for a journal that was not created
                try:
                    folder.rmdir()
                except OSError:
                    pass
    if counts is None:  # someone created the journal meanwhile: apply to theirs
        store.make_writable()
        again = source.reopen() if isinstance(source, FileSource) else source
        return import_records(store, again, progress, total, where, officer)
    store.make_writable()
    return counts


def merge(store: Store, other: Path, progress: Progress | None = None) -> dict[str, int]:
    """Apply another journal's records (read-only on the other file)."""
    if other.is_file() and store.path.exists() and other.resolve() == store.path.resolve():
        raise InputError("err.merge_self")
    source = JournalSource(other)
    return import_records(store, source, progress, source.count() if progress else None)
