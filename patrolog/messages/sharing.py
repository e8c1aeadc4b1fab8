"""Catalogue: ids across journals and sharing by uid (SPEC §3, §6). key -> (English, Indonesian)."""

MESSAGES: dict[str, tuple[str, str]] = {
    "err.ambiguous_uid": ("'{id}' is the start of several records' uids: {matches}; give more "
                          "of the uid",
                          "'{id}' adalah awal uid beberapa catatan: {matches}; tulis uid lebih "
                          "panjang"),
}
