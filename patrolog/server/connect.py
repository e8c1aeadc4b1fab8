"""Which server, and a connection to it (docs/server.md "Connecting").

The server is a libpq connection string or URL: `--server`, else `PATROLOG_SERVER`, else
`config set server`. Passwords come from libpq's own places (`~/.pgpass`, `PGPASSWORD`,
a prompt on a terminal), never from patrolog's config. psycopg is imported here, by the
commands that talk to a server only.
"""

from __future__ import annotations

import os
import sys
from typing import Any

from patrolog.core import userconfig
from patrolog.core.errors import InputError, ServerError

# What libpq says when the login itself is refused (the server's words are English).
_LOGIN_REFUSED = ("password authentication failed", "no password supplied",
                  "does not exist", "permission denied for database", "not permitted to log in",
                  "authentication failed", "no pg_hba.conf entry", "peer authentication")


def choose(option: str | None) -> str:
    """The server named by `--server`, `PATROLOG_SERVER` or `config set server`."""
    for value in (option, os.environ.get("PATROLOG_SERVER"), userconfig.get("server")):
        if value is not None and value.strip():
            return value.strip()
    raise InputError("err.server_not_set")


def parse(url: str) -> dict[str, str]:
    """The connection string's parts; nonsense is refused (exit 2) naming it."""
    from psycopg import conninfo

    try:
        return conninfo.conninfo_to_dict(url)
    except Exception:  # psycopg.ProgrammingError: libpq's "invalid connection option" etc.
        raise InputError("err.server_bad_url", value=url) from None


def check_for_config(url: str) -> str:
    """`config set server`: a valid string without a password (passwords belong in
    ~/.pgpass or PGPASSWORD, where libpq finds them)."""
    url = url.strip()
    if not url:
        return url
    if "password" in parse(url):
        raise InputError("err.server_password_in_config")
    return url


def shown(url: str) -> str:
    """The server as a line names it: who at which database where, never a password."""
    try:
        parts = parse(url)
    except InputError:
        return url
    host = parts.get("host") or parts.get("hostaddr") or os.environ.get("PGHOST") or "localhost"
    db = parts.get("dbname") or os.environ.get("PGDATABASE") or ""
    user = parts.get("user") or os.environ.get("PGUSER") or ""
    return f"{user + '@' if user else ''}{host}{'/' + db if db else ''}"


def connect(url: str, *, autocommit: bool = True) -> Any:
    """An open psycopg connection, or one line and exit 4 (not reached, login refused)."""
    parse(url)
    import psycopg

    # prepare_threshold=None: no server-side prepared statements. Their generic plan for
    # push's `uid = ANY($1)` look-ups scans whole tables once they grow: a first push of
    # 50,684 records took 27 s with them, 8 s without (docs/server.md "Measured").
    extra: dict[str, Any] = {"prepare_threshold": None}
    if "PGCONNECT_TIMEOUT" not in os.environ and "connect_timeout" not in url:
        extra["connect_timeout"] = 10
    try:
        try:
            return psycopg.connect(url, autocommit=autocommit, **extra)
        except psycopg.OperationalError as exc:
            if "no password supplied" in str(exc) and sys.stdin.isatty():
                import getpass

                password = getpass.getpass(f"{shown(url)} password: ")
                return psycopg.connect(url, autocommit=autocommit, password=password,
                                       **extra)
            raise
    except psycopg.OperationalError as exc:
        raise refused(exc, url) from None


def refused(exc: Exception, url: str) -> ServerError:
    detail = first_line(exc)
    if any(words in detail for words in _LOGIN_REFUSED):
        return ServerError("err.server_login_refused", server=shown(url), detail=detail)
    return ServerError("err.server_unreachable", server=shown(url), detail=detail)


def first_line(exc: Exception) -> str:
    text = str(exc).strip()
    for line in text.splitlines():
        line = line.strip()
        if line:
            return line.removeprefix("connection failed: ").removeprefix("FATAL:  ")
    return type(exc).__name__
