"""Who may do what on the server (docs/server.md "Rights"): PostgreSQL's own grants and
the row-level security of `schema.py`, kept in step with the `patrolog.grants` table.

- `grant LOGIN --officer NAME --unit UNIT`: the login reads and writes the records of
  that officer of that unit (one officer per login).
- `grant LOGIN --supervisor UNIT` (again for more units): the login reads those units.
- `revoke LOGIN`: nothing any more. Logins are made by the database's administrator
  (`CREATE ROLE ... LOGIN`); patrolog only gives them rights.
"""

from __future__ import annotations

from typing import Any

from patrolog.core.errors import InputError
from patrolog.server.schema import DATA_TABLES, SCHEMA, UNIT_SCHEMA


def _ident(name: str) -> Any:
    from psycopg import sql

    return sql.Identifier(name)


def _exists(pg: Any, login: str) -> bool:
    return pg.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (login,)).fetchone() \
        is not None


def _apply(pg: Any, login: str) -> None:
    """The login's PostgreSQL privileges as its rows in `patrolog.grants` say."""
    from psycopg import sql

    roles = {r[0] for r in pg.execute("SELECT role FROM patrolog.grants WHERE login = %s",
                                      (login,))}
    who = _ident(login)
    # what a login reads: the tables, the unit views over them (row-level security applies
    # through both), the server's version and `config`
    tables = sql.SQL(", ").join(
        [sql.Identifier(SCHEMA, t) for t in (*DATA_TABLES, "meta", "config")]
        + [sql.Identifier(UNIT_SCHEMA, t) for t in DATA_TABLES])
    schemas = sql.SQL(", ").join([_ident(SCHEMA), _ident(UNIT_SCHEMA)])
    pg.execute(sql.SQL("REVOKE ALL ON {} FROM {}").format(tables, who))
    pg.execute(sql.SQL("REVOKE ALL ON ALL SEQUENCES IN SCHEMA {} FROM {}").format(
        _ident(SCHEMA), who))
    pg.execute(sql.SQL("REVOKE ALL ON SCHEMA {} FROM {}").format(schemas, who))
    if not roles:
        return
    database = sql.Identifier(pg.execute("SELECT current_database()").fetchone()[0])
    pg.execute(sql.SQL("GRANT USAGE ON SCHEMA {} TO {}").format(schemas, who))
    # TEMPORARY: a push stages its rows in temporary tables (push.py)
    pg.execute(sql.SQL("GRANT CONNECT, TEMPORARY ON DATABASE {} TO {}").format(database, who))
    pg.execute(sql.SQL("GRANT SELECT ON {} TO {}").format(tables, who))
    if "officer" in roles:
        data = sql.SQL(", ").join(sql.Identifier(SCHEMA, t) for t in DATA_TABLES)
        pg.execute(sql.SQL("GRANT INSERT, UPDATE, DELETE ON {} TO {}").format(data, who))
        pg.execute(sql.SQL("GRANT USAGE ON ALL SEQUENCES IN SCHEMA {} TO {}").format(
            _ident(SCHEMA), who))


def regrant_all(pg: Any) -> None:
    for (login,) in pg.execute("SELECT DISTINCT login FROM patrolog.grants").fetchall():
        if _exists(pg, login):
            _apply(pg, login)


def grant(pg: Any, login: str, *, officer: str | None = None, unit: str | None = None,
          supervisor: list[str] | None = None) -> dict[str, Any]:
    """Give `login` an officer's rights or a supervisor's; the login's grants after."""
    login = login.strip()
    if not login:
        raise InputError("err.server_no_login", login=login)
    if not _exists(pg, login):
        raise InputError("err.server_no_login", login=login)
    with pg.transaction():
        if officer is not None:
            name, unit_name = officer.strip(), (unit or "").strip()
            if not name or not unit_name:
                raise InputError("err.server_grant_needs_unit")
            pg.execute("DELETE FROM patrolog.grants WHERE login = %s AND role = 'officer'",
                       (login,))
            pg.execute("INSERT INTO patrolog.grants(login, role, officer, unit) "
                       "VALUES (%s, 'officer', %s, %s)", (login, name, unit_name))
        for unit_name in supervisor or []:
            unit_name = unit_name.strip()
            if not unit_name:
                raise InputError("err.server_grant_needs_unit")
            pg.execute("INSERT INTO patrolog.grants(login, role, officer, unit) "
                       "VALUES (%s, 'supervisor', NULL, %s) ON CONFLICT DO NOTHING",
                       (login, unit_name))
        _apply(pg, login)
    return {"login": login, "grants": [g for g in logins(pg) if g["login"] == login]}


def revoke(pg: Any, login: str) -> int:
    """Take every right of `login`; how many grants it had."""
    with pg.transaction():
        gone = pg.execute("DELETE FROM patrolog.grants WHERE login = %s", (login.strip(),)
                          ).rowcount
        if _exists(pg, login.strip()):
            _apply(pg, login.strip())
    return gone


def logins(pg: Any) -> list[dict[str, Any]]:
    return [{"login": r[0], "role": r[1], "officer": r[2], "unit": r[3]}
            for r in pg.execute("SELECT login, role, officer, unit FROM patrolog.grants "
                                "ORDER BY login, role, unit")]


def whoami(pg: Any) -> dict[str, Any]:
    row = pg.execute("SELECT login, officer, unit, units, owner FROM patrolog.whoami()"
                     ).fetchone()
    return {"login": row[0], "officer": row[1], "unit": row[2], "units": list(row[3] or []),
            "owner": bool(row[4])}
