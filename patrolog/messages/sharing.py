"""Catalogue: export, import and merge; ids across journals, sharing by uid.
key -> (English, Indonesian)."""

MESSAGES: dict[str, tuple[str, str]] = {
    # -- ids ------------------------------------------------------------------------------
    "err.ambiguous_uid": ("'{id}' is the start of several records' uids: {matches}; give more "
                          "of the uid",
                          "'{id}' adalah awal uid beberapa catatan: {matches}; tulis uid lebih "
                          "panjang"),
    # -- export ---------------------------------------------------------------------------
    "opt.export_since": ("Only records changed since this day (the weekly file: "
                         "--since monday).",
                         "Hanya catatan yang berubah sejak hari ini (berkas mingguan: "
                         "--since senin)."),
    # -- import / merge -------------------------------------------------------------------
    "msg.applied": ("added {added}, updated {updated}, deleted {deleted}, unchanged "
                    "{unchanged}",
                    "ditambahkan {added}, diperbarui {updated}, dihapus {deleted}, tidak "
                    "berubah {unchanged}"),
    "err.import_bad_field": ("line {line} of the file: field '{column}' is not valid; nothing "
                             "was imported",
                             "baris {line} dalam berkas: isian '{column}' tidak sah; tidak ada "
                             "yang diimpor"),
    "err.merge_bad_field": ("record {line} of the other journal: field '{column}' is not "
                            "valid; nothing was merged",
                            "catatan ke-{line} jurnal lain: isian '{column}' tidak sah; tidak "
                            "ada yang digabung"),
    "err.import_not_json": ("line {line} of the file is not JSON; nothing was imported",
                            "baris {line} dalam berkas bukan JSON; tidak ada yang diimpor"),
    "err.import_too_deep": ("line {line} of the file is nested too deeply to be a record; "
                            "nothing was imported",
                            "baris {line} dalam berkas bersarang terlalu dalam untuk sebuah "
                            "catatan; tidak ada yang diimpor"),
    "err.import_type_clash": ("line {line}: field 'type' is {type}, but record {uid} is a "
                              "{local} in this journal; nothing was imported",
                              "baris {line}: isian 'type' adalah {type}, padahal catatan {uid} "
                              "di jurnal ini adalah {local}; tidak ada yang diimpor"),
    # -- export, import and merge --------------------------------------------------------------
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
    # -- import and merge keeping a purge ------------------------------------------------------
    # appended to `msg.applied` ("added 0, updated 0, deleted 0, unchanged 2") when N > 0
    # (a record purged here, the same record under another uid, another officer's record)
    "msg.applied_skipped": (", skipped {skipped}", ", dilewati {skipped}"),
}
