"""Catalogue: export, import and merge. key -> (English, Indonesian)."""

MESSAGES: dict[str, tuple[str, str]] = {
    "opt.export_format": ("jsonl or csv.", "jsonl atau csv."),
    "opt.output": ("Write to this file instead of the screen.",
                   "Tulis ke berkas ini, bukan ke layar."),
    "opt.import_file": ("A file made by 'patrolog export'.",
                        "Berkas hasil 'patrolog export'."),
    "opt.merge_file": ("The other journal file.", "Berkas jurnal lain."),
    "msg.exported": ("wrote {count} records to {path}", "{count} catatan ditulis ke {path}"),
    "err.bad_export_format": ("unknown format '{value}'; use jsonl or csv",
                              "format '{value}' tidak dikenal; gunakan jsonl atau csv"),
    "err.import_unreadable": ("cannot read {path}", "{path} tidak dapat dibaca"),
    "err.merge_self": ("cannot merge a journal into itself",
                       "jurnal tidak dapat digabung dengan dirinya sendiri"),
    "err.merge_version": ("{path} has schema {version}, this patrolog reads {supported}: open "
                          "it once with the same patrolog version first",
                          "{path} memakai skema {version}, patrolog ini skema {supported}: "
                          "buka dulu dengan versi patrolog yang sama"),
    "exchange.phase_write": ("Writing records", "Menyimpan catatan"),
}
