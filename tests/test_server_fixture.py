"""The test suite's own PostgreSQL (tests/pg.py) is real and reachable only by socket."""

from __future__ import annotations


def test_cluster_listens_on_a_unix_socket_only(pg_db) -> None:
    assert pg_db.sql("SHOW listen_addresses") == ""
    assert pg_db.sql("SELECT current_user") == pg_db.owner
    assert pg_db.sql("SELECT split_part(version(), ' ', 2)").startswith("1")
