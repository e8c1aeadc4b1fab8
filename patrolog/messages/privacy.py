"""Catalogue: redaction, erase, purge, retention (docs/privacy.md). key -> (English, Indonesian)."""

MESSAGES: dict[str, tuple[str, str]] = {
    # -- export --redact
    "opt.export_redact": ("Residents as initials (Pak Rahmat Hidayat -> RH), no phone "
                          "numbers or NIK, in every field.",
                          "Warga ditulis inisial (Pak Rahmat Hidayat -> RH), tanpa nomor "
                          "telepon atau NIK, di semua isian."),
    # -- erase
    "help.erase_epilog": (
        "The contacts stay, anonymous, so counts do not change. Backups made before an "
        "upgrade still hold the name: --delete-backups removes them.",
        "Kontak tetap ada sebagai anonim, jadi jumlah tidak berubah. Cadangan dari sebelum "
        "pembaruan masih memuat nama itu: --delete-backups menghapusnya."),
    "opt.erase_name": ("The person's name (honorifics such as Pak or Bu do not matter).",
                       "Nama orangnya (sapaan seperti Pak atau Bu tidak berpengaruh)."),
    "opt.erase_contact": ("The contact record naming the person (C12, or its uid).",
                          "Catatan kontak yang menyebut orang itu (C12, atau uid-nya)."),
    "opt.erase_delete_backups": (
        "Also delete the journal's backups from before a migration (they still hold the "
        "name).",
        "Hapus juga cadangan jurnal dari sebelum pembaruan skema (masih memuat nama itu)."),
    "err.erase_name_or_contact": ("give --name NAME or --contact ID (one of them)",
                                  "berikan --name NAMA atau --contact ID (salah satu)"),
    "err.erase_not_contact": ("{id} is not a contact; --contact takes a contact's id (C12)",
                              "{id} bukan kontak; --contact memerlukan id kontak (C12)"),
    "err.erase_contact_anonymous": ("{id} has no name and no phone: nothing to erase",
                                    "{id} tidak punya nama dan telepon: tidak ada yang "
                                    "dihapus"),
    "err.erase_bad_name": ("'{value}' is not a name to erase (an honorific alone is not "
                           "enough)",
                           "'{value}' bukan nama yang bisa dihapus (sapaan saja tidak cukup)"),
    "err.erase_officer": ("'{name}' is an officer of this journal; erase removes residents",
                          "'{name}' adalah petugas di jurnal ini; erase menghapus data warga"),
    "err.erase_needs_yes": ("not erasing without --yes (no terminal to ask on)",
                            "tidak menghapus tanpa --yes (tidak ada terminal untuk bertanya)"),
    "err.erase_wipe_failed": ("the records were erased, but {path} could not be compacted "
                              "({reason}); run the same command again",
                              "catatan sudah dihapus, tetapi {path} tidak dapat dipadatkan "
                              "({reason}); jalankan perintah yang sama sekali lagi"),
    "err.erase_wal_busy": ("the records were erased, but another program is reading {path}, "
                           "so its -wal file still holds old pages; close it and run the same "
                           "command again",
                           "catatan sudah dihapus, tetapi program lain sedang membaca {path} "
                           "sehingga berkas -wal masih memuat halaman lama; tutup program itu "
                           "lalu jalankan perintah yang sama sekali lagi"),
    "prompt.confirm_erase": ("Erase {name} for good? This cannot be undone.",
                             "Hapus {name} untuk selamanya? Tidak dapat dibatalkan."),
    "err.privacy_cancelled": ("cancelled; nothing changed", "dibatalkan; tidak ada yang diubah"),
    "msg.erase_plan": ("erase {name}: {contacts_anonymous} contacts become anonymous; text "
                       "changes in {patrols} patrols, {incidents} incidents, {contacts} "
                       "contacts; {history} earlier versions rewritten:",
                       "hapus {name}: {contacts_anonymous} kontak menjadi anonim; teks berubah "
                       "di {patrols} patroli, {incidents} insiden, {contacts} kontak; "
                       "{history} versi lama ditulis ulang:"),
    "msg.erase_versions": ("{n} earlier versions", "{n} versi lama"),
    "msg.erase_more": ("… and {n} more records", "… dan {n} catatan lain"),
    "msg.erase_nothing": ("nothing in the journal names {name}; nothing changed",
                          "tidak ada catatan yang menyebut {name}; tidak ada yang diubah"),
    "msg.erased": ("erased {name}: {contacts_anonymous} contacts made anonymous, text changed "
                   "in {patrols} patrols, {incidents} incidents, {contacts} contacts, "
                   "{history} earlier versions rewritten; free space wiped",
                   "{name} dihapus: {contacts_anonymous} kontak dijadikan anonim, teks diubah "
                   "di {patrols} patroli, {incidents} insiden, {contacts} kontak, {history} "
                   "versi lama ditulis ulang; ruang kosong berkas dibersihkan"),
    "msg.erase_backups_deleted": ("deleted {n} backups from before a migration",
                                  "{n} cadangan dari sebelum pembaruan skema dihapus"),
    "msg.erase_backups_kept": ("note: {n} backups from before a migration still hold the old "
                               "records: {paths} (erase again with --delete-backups, or delete "
                               "them yourself)",
                               "catatan: {n} cadangan dari sebelum pembaruan skema masih memuat "
                               "catatan lama: {paths} (ulangi dengan --delete-backups, atau "
                               "hapus sendiri)"),
    # -- purge
    "help.purge_epilog": (
        "Deleted records are removed too; the day given is kept. Set a retention period "
        "(config set retention 2y) and 'due' reminds you.",
        "Catatan yang sudah dihapus ikut dibuang; hari yang diberikan tetap disimpan. Atur "
        "masa simpan (config set retention '2 tahun') dan 'due' akan mengingatkan."),
    "opt.purge_before": ("Remove records older than this day (the day itself is kept).",
                         "Hapus catatan sebelum hari ini (hari itu sendiri tetap disimpan)."),
    "err.purge_needs_yes": ("not purging without --yes (no terminal to ask on)",
                            "tidak menghapus tanpa --yes (tidak ada terminal untuk bertanya)"),
    "err.purge_future": ("--before {value} is after today: that would remove current records",
                         "--before {value} sesudah hari ini: catatan terbaru ikut terhapus"),
    "prompt.confirm_purge": ("Remove them for good? This cannot be undone.",
                             "Hapus untuk selamanya? Tidak dapat dibatalkan."),
    "msg.purge_nothing": ("no records before {day}; nothing changed",
                          "tidak ada catatan sebelum {day}; tidak ada yang diubah"),
    "msg.purge_plan": ("before {day}: {patrols} patrols, {incidents} incidents, {contacts} "
                       "contacts (deleted ones included), with their history",
                       "sebelum {day}: {patrols} patroli, {incidents} insiden, {contacts} "
                       "kontak (termasuk yang sudah dihapus), beserta riwayatnya"),
    "msg.purged": ("removed {patrols} patrols, {incidents} incidents, {contacts} contacts "
                   "before {day} and {history} earlier versions; free space wiped",
                   "{patrols} patroli, {incidents} insiden, {contacts} kontak sebelum {day} "
                   "dan {history} versi lama dihapus; ruang kosong berkas dibersihkan"),
    # -- retention
    "field.retention": ("retention", "masa simpan"),
    "err.bad_retention": ("'{value}' is not a retention period; write e.g. 2y, 18 months, "
                          "18 bulan, 90 hari",
                          "'{value}' bukan masa simpan; tulis misalnya 2y, 18 bulan, 2 tahun, "
                          "90 hari"),
    "retention.years": ("{n} years", "{n} tahun"),
    "retention.months": ("{n} months", "{n} bulan"),
    "retention.weeks": ("{n} weeks", "{n} minggu"),
    "retention.days": ("{n} days", "{n} hari"),
    "due.retention": ("{count} records are past the retention of {retention} (before {day}: "
                      "{patrols} patrols, {incidents} incidents, {contacts} contacts): "
                      "patrolog purge --before {day}",
                      "{count} catatan melewati masa simpan {retention} (sebelum {day}: "
                      "{patrols} patroli, {incidents} insiden, {contacts} kontak): "
                      "patrolog purge --before {day}"),
}
