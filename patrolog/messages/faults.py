"""Catalogue: faults — output files that cannot be written, damaged journals, `check`.

key -> (English, Indonesian).
"""

MESSAGES: dict[str, tuple[str, str]] = {
    # -- output files (exit 2) --------------------------------------------------------
    "err.output_is_journal": ("{path} is the journal (or one of its side files or backups); "
                              "choose another file, nothing was written",
                              "{path} adalah jurnal (atau berkas pendamping atau cadangannya); "
                              "pilih berkas lain, tidak ada yang ditulis"),
    "err.output_is_folder": ("{path} is a folder; give a file name",
                             "{path} adalah folder; berikan nama berkas"),
    "err.output_no_folder": ("cannot write {path}: the folder {folder} does not exist",
                             "tidak dapat menulis {path}: folder {folder} tidak ada"),
    "err.output_disk_full": ("cannot write {path}: the disk is full; nothing was written",
                             "tidak dapat menulis {path}: disk penuh; tidak ada yang ditulis"),
    "err.output_too_large": ("cannot write {path}: the file grew past the size this system "
                             "allows (ulimit -f); nothing was written",
                             "tidak dapat menulis {path}: berkas melebihi ukuran yang diizinkan "
                             "sistem (ulimit -f); tidak ada yang ditulis"),
    "err.output_denied": ("cannot write {path}: permission denied",
                          "tidak dapat menulis {path}: izin ditolak"),
    "err.output_read_only": ("cannot write {path}: the disk is read-only",
                             "tidak dapat menulis {path}: disk hanya-baca"),
    "err.output_cannot_write": ("cannot write {path} ({code}); nothing was written",
                                "tidak dapat menulis {path} ({code}); tidak ada yang ditulis"),
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
    # -- numbers out of range (exit 2) ------------------------------------------------
    "err.count_too_large": ("{field} {value} is too large (at most {max})",
                            "{field} {value} terlalu besar (paling banyak {max})"),
    "err.limit_too_large": ("--limit {value} is too large (at most {max}); leave it out to list "
                            "everything",
                            "--limit {value} terlalu besar (paling banyak {max}); hilangkan "
                            "untuk menampilkan semua"),
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
}
