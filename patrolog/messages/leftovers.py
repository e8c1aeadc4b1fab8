"""Catalogue: what patrolog must not leave behind (a `.damaged` mark beside a file that is
not a database).

key -> (English, Indonesian).
"""

MESSAGES: dict[str, tuple[str, str]] = {
    "err.not_a_database": ("{path} is not a patrolog journal: the file cannot be read as a "
                           "database (nothing was changed)",
                           "{path} bukan jurnal patrolog: berkas tidak dapat dibaca sebagai "
                           "basis data (tidak ada yang diubah)"),
}
