"""The journal's SQL, run on the server unchanged (docs/server.md "One digest").

The digest, `followups`, `due` and `list` read a journal through `store.query(sql,
params)` and `store.conn.execute(...)` with SQLite's placeholders (`?`, `:name`). `Conn`
offers the same calls over a psycopg connection: placeholders become psycopg's (`%s`,
`%(name)s`), rows answer by position and by name as `sqlite3.Row` does. The few SQLite
functions those queries use (julianday, json_each, sum of a comparison, NOCASE) exist on
the server under the same names (`schema.SHIMS`), so the same text runs on both stores.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from patrolog.core.errors import ServerError
from patrolog.server.connect import first_line, refused, shown

_translated: dict[tuple[str, bool], str] = {}


def translate(sql: str, named: bool) -> str:
    """SQLite's placeholders as psycopg's; `%` doubled; LIKE as ILIKE (SQLite's LIKE
    ignores case); quoted text left alone."""
    key = (sql, named)
    found = _translated.get(key)
    if found is not None:
        return found
    out: list[str] = []
    i, n = 0, len(sql)
    while i < n:
        ch = sql[i]
        if ch in "'\"":
            end = i + 1
            while end < n:
                if sql[end] == ch:
                    if end + 1 < n and sql[end + 1] == ch:
                        end += 2
                        continue
                    break
                end += 1
            chunk = sql[i:end + 1]
            out.append(chunk.replace("%", "%%"))
            i = end + 1
            continue
        if ch.isalpha() or ch == "_":
            end = i + 1
            while end < n and (sql[end].isalnum() or sql[end] == "_"):
                end += 1
            word = sql[i:end]
            # SQLite's LIKE ignores the case of ASCII letters; PostgreSQL's ILIKE does that
            out.append("ILIKE" if word.upper() == "LIKE" else word)
            i = end
            continue
        if ch == "?":
            out.append("%s")
        elif ch == "%":
            out.append("%%")
        elif ch == ":" and named and i + 1 < n and (sql[i + 1].isalpha() or sql[i + 1] == "_") \
                and (i == 0 or sql[i - 1] != ":"):
            end = i + 1
            while end < n and (sql[end].isalnum() or sql[end] == "_"):
                end += 1
            out.append(f"%({sql[i + 1:end]})s")
            i = end
            continue
        else:
            out.append(ch)
        i += 1
    result = "".join(out)
    if len(_translated) < 4096:
        _translated[key] = result
    return result


class Row(tuple):
    """A result row by position (`r[0]`) and by column name (`r["id"]`), as sqlite3.Row."""

    __slots__ = ()
    _index: dict[str, int] = {}

    def __getitem__(self, key: Any) -> Any:  # type: ignore[override]
        if type(key) is str:
            return tuple.__getitem__(self, self._index[key])
        return tuple.__getitem__(self, key)

    def keys(self) -> list[str]:
        return list(self._index)


def row_factory(cursor: Any) -> Any:
    names = [c.name for c in cursor.description or ()]
    return type("Row", (Row,), {"__slots__": (), "_index": {n: i for i, n in enumerate(names)}})


class Conn:
    """`sqlite3.Connection`'s reading calls over a psycopg connection."""

    def __init__(self, pg: Any, url: str = "") -> None:
        self.pg = pg
        self.url = url

    def execute(self, sql: str, params: Any = ()) -> Any:
        import psycopg

        named = isinstance(params, dict)
        cur = self.pg.cursor(row_factory=row_factory)
        try:
            cur.execute(translate(sql, named), params if params else None)
        except psycopg.Error as exc:
            raise server_error(exc, self.url) from None
        return cur

    def executemany(self, sql: str, seq: Any) -> Any:
        import psycopg

        items = list(seq)
        cur = self.pg.cursor()
        if not items:
            return cur
        try:
            cur.executemany(translate(sql, isinstance(items[0], dict)), items)
        except psycopg.Error as exc:
            raise server_error(exc, self.url) from None
        return cur


@contextmanager
def guard(url: str) -> Iterator[None]:
    """psycopg's errors inside as one line (exit 4)."""
    import psycopg

    try:
        yield
    except psycopg.Error as exc:
        raise server_error(exc, url) from None


def server_error(exc: Exception, url: str) -> ServerError:
    """A server's refusal or failure as one line (exit 4)."""
    import psycopg

    if isinstance(exc, psycopg.errors.InsufficientPrivilege):
        return ServerError("err.server_no_grant", server=shown(url), detail=first_line(exc))
    if isinstance(exc, psycopg.OperationalError):
        return refused(exc, url)
    return ServerError("err.server_failed", server=shown(url), detail=first_line(exc))
