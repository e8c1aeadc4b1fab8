"""`merge --server URL --unit UNIT`: a unit's records on the server as `merge` takes
another journal's (docs/server.md "Reading from the server")."""

from __future__ import annotations

from typing import Any

from patrolog.server.store import ServerStore
from patrolog.sharing.sources import JournalSource


class ServerSource:
    """A unit's records on the server as `merge` takes another journal's: every record
    (tombstones too) by kind and id, checked as an import's lines (`merge --server`)."""

    where = "err.merge_bad_field"

    def __init__(self, store: ServerStore) -> None:
        self.store = store

    def __iter__(self) -> Any:
        for number, rec in enumerate(JournalSource.stored_records(self.store.conn), 1):
            rec.pop("id", None)  # the server's numbers; the journal numbers its own
            yield number, rec
