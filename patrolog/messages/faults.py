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
}
