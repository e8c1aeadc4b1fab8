"""Catalogue: the journal file — damaged, missing, unwritable, not a database —
`check`, and records refused as already in it.

key -> (English, Indonesian). Output files other than the journal are in `files`.
"""

MESSAGES: dict[str, tuple[str, str]] = {
    # -- the journal (exit 3) -----------------------------------------------------------
    "err.journal_zero_bytes": ("the journal {path} is an empty file (0 bytes): its records are "
                               "not in it; restore it from a backup, or delete it to start a "
                               "new journal",
                               "jurnal {path} adalah berkas kosong (0 bita): catatannya tidak "
                               "ada di dalamnya; pulihkan dari cadangan, atau hapus berkas itu "
                               "untuk memulai jurnal baru"),
    "err.journal_empty_db": ("{path} is an empty SQLite database, not a patrolog journal; "
                             "delete it to start a new journal there",
                             "{path} adalah basis data SQLite kosong, bukan jurnal patrolog; "
                             "hapus berkas itu untuk memulai jurnal baru di sana"),
    "err.journal_is_folder": ("{path} is a folder, not a journal file",
                              "{path} adalah folder, bukan berkas jurnal"),
    "err.journal_missing": ("there is no journal at {path}; check --db or PATROLOG_DB",
                            "tidak ada jurnal di {path}; periksa --db atau PATROLOG_DB"),
    "err.damaged": ("the journal {path} is damaged ({what}); restore it from a backup",
                    "jurnal {path} rusak ({what}); pulihkan dari cadangan"),
    "err.damaged_table": ("the journal {path} is damaged: its table '{table}' is missing; "
                          "restore it from a backup",
                          "jurnal {path} rusak: tabel '{table}' hilang; pulihkan dari cadangan"),
    "err.disk_full": ("the disk holding the journal {path} is full; free some space and try "
                      "again (nothing was written)",
                      "disk tempat jurnal {path} penuh; kosongkan sebagian ruang lalu coba lagi "
                      "(tidak ada yang ditulis)"),
    "err.journal_read_only": ("the journal {path} cannot be written: the file or its folder is "
                              "read-only for you",
                              "jurnal {path} tidak dapat ditulisi: berkas atau foldernya "
                              "hanya-baca bagi Anda"),
    "err.journal_io": ("the journal {path} could not be read or written (a disk input/output "
                       "error); check the disk",
                       "jurnal {path} tidak dapat dibaca atau ditulis (kesalahan masukan/"
                       "keluaran disk); periksa disknya"),
    "err.journal_cannot_open": ("the journal {path} cannot be opened (check the permissions of "
                                "the file and its folder)",
                                "jurnal {path} tidak dapat dibuka (periksa izin berkas dan "
                                "foldernya)"),
    # -- damage and `check` ------------------------------------------------------------
    "err.marked_damaged": ("the journal {path} was found damaged on {when} ({what}); nothing "
                           "is written to it: restore it from a backup, then run 'patrolog "
                           "check'",
                           "jurnal {path} ditemukan rusak pada {when} ({what}); tidak ada yang "
                           "ditulis ke dalamnya: pulihkan dari cadangan, lalu jalankan "
                           "'patrolog check'"),
    "err.damaged_found": ("the journal {path} is damaged ({what}); restore it from a backup, "
                          "then run 'patrolog check'",
                          "jurnal {path} rusak ({what}); pulihkan dari cadangan, lalu jalankan "
                          "'patrolog check'"),
    "err.check_damaged": ("the journal {path} is damaged: {what}",
                          "jurnal {path} rusak: {what}"),
    "check.and_more": ("{what}, and {count} more", "{what}, dan {count} lagi"),
    "check.not_database": ("the file cannot be read as a database",
                           "berkas tidak dapat dibaca sebagai basis data"),
    "check.integrity": ("SQLite's integrity check found {count} problem(s) in the file's pages",
                        "pemeriksaan integritas SQLite menemukan {count} masalah di halaman "
                        "berkas"),
    "check.integrity_stopped": ("SQLite's integrity check stopped at a page it cannot read",
                                "pemeriksaan integritas SQLite berhenti di halaman yang tidak "
                                "dapat dibaca"),
    "check.version": ("its schema version {version} is not one patrolog makes (1 to "
                      "{supported})",
                      "versi skemanya {version} bukan buatan patrolog (1 sampai {supported})"),
    "check.missing": ("the {kind} '{name}' is missing", "{kind} '{name}' hilang"),
    "check.changed": ("the {kind} '{name}' is not as patrolog made it",
                      "{kind} '{name}' tidak seperti yang dibuat patrolog"),
    "check.fts": ("the full-text index is damaged (FTS5 integrity check)",
                  "indeks teks penuh rusak (pemeriksaan integritas FTS5)"),
    "check.index_out_of_step": ("the full-text index is out of step with the {kind} records "
                                "({missing} missing or stale, {extra} extra)",
                                "indeks teks penuh tidak sesuai dengan catatan {kind} ({missing} "
                                "hilang atau usang, {extra} berlebih)"),
    "msg.check_sound": ("{path}: sound (SQLite integrity check, full-text index, schema)",
                        "{path}: utuh (pemeriksaan integritas SQLite, indeks teks penuh, "
                        "skema)"),
    "help.check_epilog": ("Examples:  patrolog check  ·  patrolog --db kiriman.db check",
                          "Contoh:  patrolog check  ·  patrolog --db kiriman.db check"),
    # -- a file that is not a database (nothing left behind beside it) -------------------------
    "err.not_a_database": ("{path} is not a patrolog journal: the file cannot be read as a "
                           "database (nothing was changed)",
                           "{path} bukan jurnal patrolog: berkas tidak dapat dibaca sebagai "
                           "basis data (tidak ada yang diubah)"),
    # -- a record already in the journal (duplicates refused) ----------------------------------
    "err.duplicate_patrol": (
        "this patrol is already in the journal as {id} (same officer, kind, start, end and "
        "places); nothing added",
        "patroli ini sudah tercatat sebagai {id} (petugas, jenis, mulai, selesai dan tempat "
        "sama); tidak ada yang ditambahkan"),
    "err.duplicate_incident": (
        "this incident is already in the journal as {id} (same officer, kind and time); "
        "nothing added",
        "insiden ini sudah tercatat sebagai {id} (petugas, jenis dan waktu sama); tidak ada "
        "yang ditambahkan"),
    "err.duplicate_contact": (
        "this contact is already in the journal as {id} (same officer, role, name and time); "
        "nothing added",
        "kontak ini sudah tercatat sebagai {id} (petugas, peran, nama dan waktu sama); tidak "
        "ada yang ditambahkan"),
}
