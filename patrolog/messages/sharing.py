"""Catalogue: ids across journals and sharing by uid (SPEC §3, §6). key -> (English, Indonesian)."""

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
}
