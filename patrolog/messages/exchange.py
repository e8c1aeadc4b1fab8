"""Catalogue: export, import and merge. key -> (English, Indonesian)."""

MESSAGES: dict[str, tuple[str, str]] = {
    "opt.export_format": ("jsonl or csv.", "jsonl atau csv."),
    "opt.output": ("Write to this file instead of the screen.",
                   "Tulis ke berkas ini, bukan ke layar."),
    "opt.import_file": ("A file made by 'patrolog export'.",
                        "Berkas hasil 'patrolog export'."),
    "opt.merge_file": ("The other journal file.", "Berkas jurnal lain."),
    "msg.imported": ("added {patrols} patrols, {incidents} incidents, {contacts} contacts; "
                     "{skipped} already here",
                     "ditambahkan {patrols} patroli, {incidents} insiden, {contacts} kontak; "
                     "{skipped} sudah ada"),
    "msg.exported": ("wrote {count} records to {path}", "{count} catatan ditulis ke {path}"),
    "err.bad_export_format": ("unknown format '{value}'; use jsonl or csv",
                              "format '{value}' tidak dikenal; gunakan jsonl atau csv"),
    "err.import_unreadable": ("cannot read {path}", "{path} tidak dapat dibaca"),
    "err.import_bad_line": ("record {line} of the file is not valid ({reason}); nothing "
                            "was imported",
                            "catatan ke-{line} dalam berkas tidak sah ({reason}); tidak ada "
                            "yang diimpor"),
    "err.merge_self": ("cannot merge a journal into itself",
                       "jurnal tidak dapat digabung dengan dirinya sendiri"),
    "err.merge_version": ("{path} has schema {version}, this patrolog reads {supported}: open "
                          "it once with the same patrolog version first",
                          "{path} memakai skema {version}, patrolog ini skema {supported}: "
                          "buka dulu dengan versi patrolog yang sama"),
    "exchange.phase_check": ("Checking records", "Memeriksa catatan"),
    "exchange.phase_write": ("Writing records", "Menyimpan catatan"),
}
