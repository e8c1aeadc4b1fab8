"""Catalogue: output files that cannot be written (exit 2).

key -> (English, Indonesian).
"""

MESSAGES: dict[str, tuple[str, str]] = {
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
}
