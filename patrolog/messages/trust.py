"""Catalogue: files that can be trusted — signed exports, pinned keys, clocks, reading input,
backup and restore (docs/trust.md). key -> (English, Indonesian)."""

MESSAGES: dict[str, tuple[str, str]] = {
    # -- signing keys ------------------------------------------------------------------
    "err.key_unreadable": ("cannot read your signing key {path}; restore it from a backup or "
                           "move it away to make a new one (then others must trust the new "
                           "one: patrolog keys)",
                           "kunci tanda tangan Anda {path} tidak dapat dibaca; pulihkan dari "
                           "cadangan atau pindahkan agar dibuat yang baru (lalu pihak lain "
                           "harus mempercayai yang baru: patrolog keys)"),
    "err.key_cannot_write": ("cannot write your signing key {path}: the folder cannot be "
                             "written",
                             "kunci tanda tangan Anda {path} tidak dapat ditulis: foldernya "
                             "tidak dapat ditulisi"),
    "err.signature_bad": ("{path}: the signature of {officer}'s file does not match its "
                          "content (changed after it was signed, or cut short); nothing was "
                          "imported",
                          "{path}: tanda tangan berkas {officer} tidak cocok dengan isinya "
                          "(diubah setelah ditandatangani, atau terpotong); tidak ada yang "
                          "diimpor"),
    "err.key_not_pinned": ("the file speaks for {officer} with key {fingerprint}, but this "
                           "journal knows {officer}'s key as {pinned}; nothing was imported "
                           "(a new laptop? patrolog keys trust \"{officer}\" {fingerprint})",
                           "berkas ini berbicara atas nama {officer} dengan kunci "
                           "{fingerprint}, padahal jurnal ini mengenal kunci {officer} sebagai "
                           "{pinned}; tidak ada yang diimpor (laptop baru? patrolog keys "
                           "trust \"{officer}\" {fingerprint})"),
    "err.unsigned_for_pinned": ("the file is not signed but holds records of {officer}, whose "
                                "records this journal takes only from their signed files; "
                                "nothing was imported (import --officer takes one officer's "
                                "records)",
                                "berkas ini tidak ditandatangani tetapi memuat catatan "
                                "{officer}, yang catatannya hanya diterima jurnal ini dari "
                                "berkas bertanda tangan; tidak ada yang diimpor (import "
                                "--officer mengambil catatan satu petugas)"),
    "err.bad_fingerprint": ("'{value}' is not a key fingerprint (32 hex digits, as 'patrolog "
                            "keys' shows them: 1a2b-3c4d-…)",
                            "'{value}' bukan sidik kunci (32 digit heksadesimal, seperti "
                            "ditampilkan 'patrolog keys': 1a2b-3c4d-…)"),
    "err.no_pin": ("no officer named: keys trust OFFICER FINGERPRINT",
                   "tidak ada petugas yang disebut: keys trust PETUGAS SIDIK"),
    "msg.no_pin": ("no key was pinned for {officer}; nothing to forget",
                   "tidak ada kunci yang disematkan untuk {officer}; tidak ada yang "
                   "dilupakan"),
    "help.keys_list": ("List your key's fingerprint and the key pinned for each officer.",
                       "Tampilkan sidik kunci Anda dan kunci yang disematkan untuk tiap "
                       "petugas."),
    "help.keys_trust": ("Take OFFICER's files signed with the key FINGERPRINT from now on "
                        "(an officer's new laptop).",
                        "Mulai sekarang terima berkas OFFICER yang ditandatangani kunci "
                        "FINGERPRINT (laptop baru seorang petugas)."),
    "help.keys_forget": ("Forget the key pinned for OFFICER: the next signed file of theirs "
                         "pins its key.",
                         "Lupakan kunci yang disematkan untuk OFFICER: berkas bertanda tangan "
                         "berikutnya menyematkan kuncinya."),
    "opt.keys_officer": ("The officer, as their records name them.",
                         "Petugas, sebagaimana tertulis di catatannya."),
    "opt.keys_fingerprint": ("The key's fingerprint, as 'patrolog keys' shows it on their "
                             "laptop.",
                             "Sidik kunci, seperti ditampilkan 'patrolog keys' di laptop "
                             "mereka."),
    "keys.own": ("your key: {fingerprint} ({path})", "kunci Anda: {fingerprint} ({path})"),
    "keys.none": ("no officer's key is pinned yet", "belum ada kunci petugas yang disematkan"),
    "keys.pin": ("{officer}: {fingerprint} (since {day})",
                 "{officer}: {fingerprint} (sejak {day})"),
    "msg.key_trusted": ("{officer}'s files are now taken when signed with {fingerprint}",
                        "berkas {officer} kini diterima bila ditandatangani {fingerprint}"),
    "msg.key_forgotten": ("forgot the key pinned for {officer}",
                          "kunci yang disematkan untuk {officer} dilupakan"),
    "opt.import_officer": ("Take only this officer's records from the file.",
                           "Ambil hanya catatan petugas ini dari berkas."),
    # -- clocks ------------------------------------------------------------------------
    "err.import_ahead": ("line {line}: record {uid} was changed at {time}, more than a day "
                         "ahead of this computer's clock (the sender's clock is wrong); "
                         "nothing was imported",
                         "baris {line}: catatan {uid} diubah pada {time}, lebih dari sehari "
                         "di depan jam komputer ini (jam pengirim salah); tidak ada yang "
                         "diimpor"),
    "err.merge_ahead": ("record {line} of the other journal: record {uid} was changed at "
                        "{time}, more than a day ahead of this computer's clock (that "
                        "journal's clock was wrong); nothing was merged",
                        "catatan ke-{line} jurnal lain: catatan {uid} diubah pada {time}, "
                        "lebih dari sehari di depan jam komputer ini (jam jurnal itu salah); "
                        "tidak ada yang digabung"),
    # -- clean refusals ---------------------------------------------------------------
    "err.damaged_value": ("record {id}: field '{column}' holds '{value}', which patrolog did "
                          "not write; the journal is damaged there (patrolog check)",
                          "catatan {id}: isian '{column}' berisi '{value}', yang tidak ditulis "
                          "patrolog; jurnal rusak di situ (patrolog check)"),
    "err.damaged_time": ("the journal holds '{value}' where a time belongs, which patrolog did "
                         "not write; it is damaged there (patrolog check names the record)",
                         "jurnal berisi '{value}' di tempat waktu, yang tidak ditulis "
                         "patrolog; jurnal rusak di situ (patrolog check menyebut catatannya)"),
    "check.bad_number": ("{ids}: '{column}' holds text where a number belongs",
                         "{ids}: '{column}' berisi teks di tempat angka"),
    "check.bad_time": ("{ids}: '{column}' holds something that is not a time",
                       "{ids}: '{column}' berisi sesuatu yang bukan waktu"),
    "check.bad_list": ("{ids}: '{column}' is not a list (JSON) as patrolog writes it",
                       "{ids}: '{column}' bukan daftar (JSON) seperti yang ditulis patrolog"),
    "check.dangling_patrol": ("{ids}: linked to a patrol that is not in the journal",
                              "{ids}: tertaut ke patroli yang tidak ada di jurnal"),
    "err.config_unwritable": ("cannot write your settings {path}: the folder cannot be written",
                              "pengaturan Anda {path} tidak dapat ditulis: foldernya tidak "
                              "dapat ditulisi"),
    "err.interrupted_saved": ("interrupted after the changes were saved: they are in the "
                              "journal",
                              "dihentikan setelah perubahan tersimpan: perubahan ada di jurnal"),
    "err.damaged_columns": ("{path} is damaged: table {table} lacks column {column} (restore it "
                            "from a backup: patrolog restore)",
                            "{path} rusak: tabel {table} tidak punya kolom {column} (pulihkan "
                            "dari cadangan: patrolog restore)"),
    # -- reading input -----------------------------------------------------------------
    "err.import_line_too_long": ("line {line} of the file is longer than {size} MiB: not a "
                                 "record; nothing was imported",
                                 "baris {line} dalam berkas lebih panjang dari {size} MiB: "
                                 "bukan catatan; tidak ada yang diimpor"),
    "err.import_not_utf8": ("line {line} of the file is not UTF-8 text; nothing was imported",
                            "baris {line} dalam berkas bukan teks UTF-8; tidak ada yang "
                            "diimpor"),
    # -- backup and restore -------------------------------------------------------------
    "opt.backup_file": ("The file to write the copy to.", "Berkas tujuan salinan."),
    "opt.restore_file": ("A copy made by 'patrolog backup'.",
                         "Salinan yang dibuat 'patrolog backup'."),
    "msg.backed_up": ("journal copied to {path} ({size})", "jurnal disalin ke {path} ({size})"),
    "msg.restored": ("{path} restored from {source}: {patrols} patrols, {incidents} incidents, "
                     "{contacts} contacts",
                     "{path} dipulihkan dari {source}: {patrols} patroli, {incidents} "
                     "kejadian, {contacts} kontak"),
    "err.restore_not_journal": ("{path} is not a patrolog journal; nothing was restored",
                                "{path} bukan jurnal patrolog; tidak ada yang dipulihkan"),
    "err.restore_damaged": ("{path} is damaged; nothing was restored (try an older backup)",
                            "{path} rusak; tidak ada yang dipulihkan (coba cadangan yang "
                            "lebih lama)"),
    "err.restore_newer": ("{path} was written by a newer patrolog (schema {version}, this one "
                          "reads up to {supported}); nothing was restored",
                          "{path} ditulis oleh patrolog yang lebih baru (skema {version}, "
                          "versi ini membaca sampai {supported}); tidak ada yang dipulihkan"),
    "err.restore_self": ("{path} is the journal itself; nothing to restore",
                         "{path} adalah jurnal itu sendiri; tidak ada yang dipulihkan"),
}
