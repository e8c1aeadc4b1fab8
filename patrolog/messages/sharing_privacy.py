"""Catalogue: what import and merge say when they keep a purge (records past the retention
period skipped). key -> (English, Indonesian)."""

MESSAGES: dict[str, tuple[str, str]] = {
    # appended to `msg.applied` ("added 0, updated 0, deleted 0, unchanged 2") when N > 0
    "msg.applied_skipped": (", skipped (past retention) {skipped}",
                            ", dilewati (lewat masa simpan) {skipped}"),
}
