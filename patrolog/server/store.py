"""The server read as a journal (docs/server.md "Reading from the server").

`report`, `followups`, `due`, `list`, `search` and `export` with `--server` (or
`--unit`) get a `ServerStore` where they would get a journal's `Store`, and run the same
code: the digest is one implementation for both. The session sees one unit: each table
of the journal's name is a view of the server's table narrowed to the session's unit
(`schema.UNIT_SCHEMA`, first on the session's search_path), and row-level security
narrows it further to what the login may read.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from patrolog.core.errors import InputError
from patrolog.core.kinds import KINDS, PATROL
from patrolog.journal import migrations, records
from patrolog.server import connect, rights, schema
from patrolog.server.adapter import Conn, guard
from patrolog.server.schema import PERSON_INDEX_WORDS, READING_SETTINGS, SEARCH_PATH, UNIT_SEARCH_PATH


class ServerStore:
    """What the reading code asks of a `Store`, answered by the server."""

    exists = True
    read_only = True
    is_server = True
    person_index_words = PERSON_INDEX_WORDS

    def __init__(self, pg: Any, url: str, unit: str | None) -> None:
        self.pg = pg
        self.url = url
        self.unit = unit
        self.conn = Conn(pg, url)
        self.path = Path(connect.shown(url))  # named in messages, never opened

    def query(self, sql: str, params: tuple | dict = ()) -> list[Any]:
        return self.conn.execute(sql, params).fetchall()

    def query_cursor(self, sql: str, params: tuple | dict = ()) -> Any:
        return self.conn.execute(sql, params)

    def config(self) -> dict[str, str]:
        return {"unit": self.unit} if self.unit else {}

    def schema_version(self) -> int:
        return migrations.LATEST

    def make_writable(self) -> None:
        raise InputError("err.server_read_only")

    def write(self) -> Any:
        raise InputError("err.server_read_only")

    def search(self, text: str, limit: int | None = None, officer: str | None = None) -> Any:
        """`search` on the server: records holding every word (case and accents as typed
        matter less: ILIKE), newest first. The journal's full-text index is SQLite's own."""
        words = text.split()
        if not words:
            raise InputError("err.empty_search")
        found = []
        for kind in KINDS.values():
            columns = [c for c in _SEARCHED[kind.name]]
            body = " || ' ' || ".join(f"coalesce({c}, '')" for c in columns)
            if kind is PATROL:
                body += (" || ' ' || coalesce((SELECT string_agg(v.name, ' ') FROM visits v "
                         "WHERE v.patrol_id = patrols.id), '')")
            where = " AND ".join(f"({body}) ILIKE ?" for _ in words)
            params: list[Any] = ["%" + w.replace("\\", "\\\\").replace("%", "\\%")
                                 .replace("_", "\\_") + "%" for w in words]
            if officer:
                where += " AND officer = ? COLLATE NOCASE"
                params.append(officer)
            sql = f"deleted_at IS NULL AND {where} ORDER BY {kind.time} DESC, id DESC"
            if limit is not None:
                sql += f" LIMIT {int(limit)}"
            found += records.select(self, kind, sql, tuple(params))
        found.sort(key=lambda r: r[_TIME[r["id"][0]]], reverse=True)
        return iter(found if limit is None else found[:limit])

    def close(self) -> None:
        self.pg.close()

    def __enter__(self) -> ServerStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


_SEARCHED = {"patrol": ("area", "summary", "tags"),
             "incident": ("location", "description", "action", "referred_to", "tags",
                          "parties", "resolution"),
             "contact": ("name", "organisation", "place", "topic", "concern", "follow_up",
                         "hope", "tags")}
_TIME = {"P": "started_at", "I": "occurred_at", "C": "met_at"}


def open_server(option: str | None, unit: str | None, *, every_unit: bool = False
                ) -> ServerStore:
    """The server (`--server`, else PATROLOG_SERVER, else the config) seen as one unit's
    journal: `unit`, else the one unit the login reads. `every_unit` (`report --grades`):
    without `unit`, every unit the login reads at once (a supervisor's units, or all of
    them for the owner) instead of asking to choose one."""
    url = connect.choose(option)
    pg = connect.connect(url)
    try:
        with guard(url):
            schema.require(pg, url)
            chosen = _unit(pg, unit, every_unit)
            # one unit: its views first on the path; several or all: the tables themselves,
            # which row-level security narrows to the units the login may read
            settings = {"search_path": UNIT_SEARCH_PATH if chosen else SEARCH_PATH,
                        "patrolog.unit": chosen or "", **READING_SETTINGS}
            pg.execute("SELECT " + ", ".join("set_config(%s, %s, false)" for _ in settings),
                       [x for pair in settings.items() for x in pair])
    except BaseException:
        pg.close()
        raise
    return ServerStore(pg, url, chosen)


def _unit(pg: Any, unit: str | None, every_unit: bool) -> str | None:
    """The one unit read, or None for every unit the login may read: `unit` if given, else
    the login's one unit (docs/server.md "Reading")."""
    chosen = unit.strip() if unit and unit.strip() else None
    if chosen is not None:
        return chosen
    me = rights.whoami(pg)
    units = sorted(set(me["units"]) | ({me["unit"]} if me["unit"] else set()))
    if len(units) > 1 and not every_unit:
        raise InputError("err.read_no_unit", units=", ".join(units))
    return units[0] if len(units) == 1 else None
