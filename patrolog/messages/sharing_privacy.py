"""Catalogue: what import and merge say when they keep a purge (records past the retention
period skipped). key -> (English, Indonesian)."""

MESSAGES: dict[str, tuple[str, str]] = {
    # appended to `msg.applied` ("added 0, updated 0, deleted 0, unchanged 2") when N > 0
    # (a record purged here, the same record under another uid, another officer's record)
    "msg.applied_skipped": (", skipped {skipped}", ", dilewati {skipped}"),
}
