"""Catalogue: errors, help, field names and labels of the journal commands.

key -> (English, Indonesian). Placeholders are `str.format` fields.
"""

MESSAGES: dict[str, tuple[str, str]] = {
    # -- errors: input (exit 2) --------------------------------------------------
    "err.bad_choice": ("unknown {field} '{value}'; choose one of: {choices}",
                       "{field} '{value}' tidak dikenal; pilih salah satu: {choices}"),
    "err.bad_time": ("cannot read the time '{value}'; try '2026-11-27 14:10', "
                     "'27/11/2026 14.10', 'today 08:00', 'yesterday 21:30' or '-2h'",
                     "waktu '{value}' tidak dapat dibaca; coba '27/11/2026 14.10', "
                     "'hari ini 08:00', 'kemarin 21:30', 'senin 09:00' atau '-2j'"),
    "err.bad_date": ("cannot read the date '{value}'; try '2026-11-27', '27/11/2026', "
                     "'today', 'tomorrow', 'monday' or '+3d'",
                     "tanggal '{value}' tidak dapat dibaca; coba '27/11/2026', '2026-11-27', "
                     "'hari ini', 'besok', 'senin' atau '+3d'"),
    "err.bad_duration": ("cannot read the duration '{value}'; use e.g. '3h', '90m' or '2h30m' "
                         "(at most 24h)",
                         "durasi '{value}' tidak dapat dibaca; gunakan mis. '3j', '90 menit' atau "
                         "'2j30m' (paling lama 24 jam)"),
    "err.bad_timezone": ("unknown timezone '{value}'; use e.g. Asia/Jakarta, Asia/Makassar, "
                         "Asia/Jayapura",
                         "zona waktu '{value}' tidak dikenal; gunakan mis. Asia/Jakarta, "
                         "Asia/Makassar, Asia/Jayapura"),
    "err.end_before_start": ("the patrol ends ({end}) before it starts ({start})",
                             "patroli berakhir ({end}) sebelum dimulai ({start})"),
    "err.end_and_duration": ("give either --end or --duration, not both",
                             "berikan --end atau --duration, jangan keduanya"),
    "err.missing_option": ("missing option {option}", "opsi {option} wajib diisi"),
    "err.bad_count": ("{field} must be a whole number of 0 or more, not '{value}'",
                      "{field} harus bilangan bulat 0 atau lebih, bukan '{value}'"),
    "err.bad_place": ("cannot read the place '{value}'; use TYPE:NAME, e.g. 'market:Pasar Boplo'",
                      "tempat '{value}' tidak dapat dibaca; gunakan JENIS:NAMA, mis. "
                      "'pasar:Pasar Boplo'"),
    "err.bad_phone": ("'{value}' is not a phone number", "'{value}' bukan nomor telepon"),
    "err.nik_refused": ("'{value}' looks like an identity number (NIK), which is never stored",
                        "'{value}' tampaknya nomor identitas (NIK), yang tidak pernah disimpan"),
    "err.bad_id": ("'{id}' is not a record id; ids look like P12, I3, C40, or a record's "
                   "uid (at least its first 8 characters)",
                   "'{id}' bukan id catatan; id berbentuk P12, I3, C40, atau uid catatan "
                   "(minimal 8 karakter pertamanya)"),
    "err.no_such_id": ("there is no record {id} in this journal",
                       "tidak ada catatan {id} di jurnal ini"),
    "err.nothing_to_change": ("nothing to change in {id}: give at least one option",
                              "tidak ada yang diubah pada {id}: berikan minimal satu opsi"),
    "err.option_not_for": ("{option} does not apply to a {kind}",
                           "{option} tidak berlaku untuk {kind}"),
    "err.bad_config_key": ("unknown setting '{key}'; settings are: {choices}",
                           "pengaturan '{key}' tidak dikenal; pengaturan yang ada: {choices}"),
    "err.bad_lang": ("unknown language '{value}'; use 'id' or 'en'",
                     "bahasa '{value}' tidak dikenal; gunakan 'id' atau 'en'"),
    "err.bad_list_kind": ("unknown record kind '{value}'; use patrols, incidents or contacts",
                          "jenis catatan '{value}' tidak dikenal; gunakan patroli, insiden "
                          "atau kontak"),
    "err.since_after_until": ("--since is after --until", "--since lebih akhir dari --until"),
    "err.json_and_csv": ("choose --json or --csv, not both",
                         "pilih --json atau --csv, jangan keduanya"),
    "err.empty_search": ("give some words to search for", "berikan kata yang dicari"),
    "err.delete_needs_yes": ("not deleting {id} without --yes (no terminal to ask on)",
                             "{id} tidak dihapus tanpa --yes (tidak ada terminal untuk "
                             "bertanya)"),
    "err.not_a_terminal": ("guided entry needs a terminal; from a script use "
                           "'patrolog add patrol --start ... --end ...' (or 'add incident "
                           "--kind ...', 'add contact --role ...')",
                           "pengisian terpandu perlu terminal; dari skrip gunakan "
                           "'patrolog add patrol --start ... --end ...' (atau 'add incident "
                           "--kind ...', 'add contact --role ...')"),
    "err.no_such_option": ("no such option {option}; see --help",
                           "opsi {option} tidak ada; lihat --help"),
    "err.no_such_command": ("no such command '{detail}'; see 'patrolog --help'",
                            "perintah '{detail}' tidak ada; lihat 'patrolog --help'"),
    "err.extra_argument": ("unexpected extra argument {detail}; see --help",
                           "argumen berlebih {detail}; lihat --help"),
    "err.bad_value": ("invalid value for {option}: {detail}",
                      "nilai tidak sah untuk {option}: {detail}"),
    "err.usage": ("{detail}; see --help", "{detail}; lihat --help"),
    "err.interrupted": ("interrupted; nothing was saved", "dibatalkan; tidak ada yang disimpan"),
    "err.internal": ("unexpected error, please report it: {detail}",
                     "kesalahan tak terduga, mohon laporkan: {detail}"),
    # -- errors: the journal (exit 3) ---------------------------------------------
    "err.cannot_create": ("cannot create the journal at {path}",
                          "jurnal tidak dapat dibuat di {path}"),
    "err.newer_schema": ("{path} was written by a newer patrolog (schema {version}, this one "
                         "reads up to {supported}); update patrolog, the file is left as it is",
                         "{path} ditulis oleh patrolog yang lebih baru (skema {version}, versi "
                         "ini sampai {supported}); perbarui patrolog, berkas tidak diubah"),
    "err.not_journal": ("{path} is not a patrolog journal", "{path} bukan jurnal patrolog"),
    "err.corrupt": ("{path} is damaged or not a database; restore it from a backup",
                    "{path} rusak atau bukan basis data; pulihkan dari cadangan"),
    "err.locked": ("the journal {path} is busy (another patrolog is writing); try again",
                   "jurnal {path} sedang dipakai (patrolog lain sedang menulis); coba lagi"),
    "err.unusable": ("the journal {path} cannot be used ({reason})",
                     "jurnal {path} tidak dapat dipakai ({reason})"),
    # -- messages --------------------------------------------------------------------
    "msg.no_records": ("no records", "tidak ada catatan"),
    "msg.deleted": ("{id} deleted (its history is kept)",
                    "{id} dihapus (riwayatnya tetap disimpan)"),
    "msg.nothing_deleted": ("nothing deleted", "tidak ada yang dihapus"),
    "prompt.confirm_delete": ("Delete {id}?", "Hapus {id}?"),
    "prompt.yes_no_default_yes": ("[Y/n]", "[Y/t]"),
    "prompt.yes_no_default_no": ("[y/N]", "[y/T]"),
    "prompt.answer_yes_no": ("Please answer y (yes) or n (no).",
                             "Jawab y (ya) atau t (tidak)."),
    # -- record kinds, fields, columns ----------------------------------------------------
    "kind.patrol": ("patrol", "patroli"),
    "kind.incident": ("incident", "insiden"),
    "kind.contact": ("contact", "kontak"),
    "field.kind": ("kind", "jenis"),
    "field.patrol_kind": ("patrol kind", "jenis patroli"),
    "field.incident_kind": ("incident kind", "jenis insiden"),
    "field.place_type": ("place type", "jenis tempat"),
    "field.role": ("role", "peran"),
    "field.severity": ("severity", "tingkat keparahan"),
    "field.status": ("status", "status"),
    "field.started_at": ("started", "mulai"),
    "field.ended_at": ("ended", "selesai"),
    "field.area": ("area", "wilayah"),
    "field.places": ("places", "tempat"),
    "field.summary": ("summary", "ringkasan"),
    "field.tags": ("tags", "label"),
    "field.officer": ("officer", "petugas"),
    "field.unit": ("unit", "satuan"),
    "field.timezone": ("timezone", "zona waktu"),
    "field.lang": ("language", "bahasa"),
    "field.occurred_at": ("time", "waktu"),
    "field.location": ("location", "lokasi"),
    "field.description": ("description", "uraian"),
    "field.action": ("action taken", "tindakan"),
    "field.injured": ("injured", "luka"),
    "field.dead": ("dead", "meninggal"),
    "field.referred_to": ("handed over to", "dilimpahkan ke"),
    "field.patrol": ("patrol", "patroli"),
    "field.met_at": ("met", "waktu bertemu"),
    "field.name": ("name", "nama"),
    "field.organisation": ("organisation", "organisasi"),
    "field.place": ("place", "tempat"),
    "field.phone": ("phone", "telepon"),
    "field.topic": ("topic", "topik"),
    "field.concern": ("concern raised", "keluhan"),
    "field.hope": ("hope", "harapan"),
    "field.field": ("field", "bidang"),
    "field.contact_field": ("field", "bidang"),
    "field.parties": ("parties", "para pihak"),
    "field.resolution": ("resolution", "penyelesaian"),
    "field.follow_up": ("promised follow-up", "tindak lanjut dijanjikan"),
    "field.due": ("due", "tenggat"),
    "field.done_at": ("done", "selesai pada"),
    "col.id": ("ID", "ID"),
    "col.time": ("Time", "Waktu"),
    "col.kind": ("Kind", "Jenis"),
    "col.where": ("Where", "Tempat"),
    "col.what": ("What", "Keterangan"),
    "label.anonymous": ("(anonymous)", "(anonim)"),
    # `add KIND` on a terminal: one line of what was saved, times as people write them
    "added.saved": ("Saved {id}: {what}", "Tersimpan {id}: {what}"),
    "added.due": ("due {day}", "tenggat {day}"),
    "label.deleted": ("deleted", "dihapus"),
    "label.linked": ("linked", "terkait"),
    "label.history": ("history", "riwayat"),
    "label.created": ("created", "dibuat"),
    "label.no_change": ("saved again, no field changed", "disimpan ulang, tanpa perubahan"),
    "info.journal": ("journal", "jurnal"),
    "info.not_created": ("not created yet", "belum dibuat"),
    "info.schema": ("schema version", "versi skema"),
    "info.timezone": ("timezone", "zona waktu"),
    "info.patrols": ("patrols", "patroli"),
    "info.incidents": ("incidents", "insiden"),
    "info.contacts": ("contacts", "kontak"),
    # -- typer's own help words (see cli/help_i18n.py) ----------------------------------
    "help.usage": ("Usage:", "Penggunaan:"),
    "help.section_arguments": ("Arguments", "Argumen"),
    "help.section_options": ("Options", "Opsi"),
    "help.section_commands": ("Commands", "Perintah"),
    "help.required": ("required", "wajib"),
    "help.default": ("default: {default}", "bawaan: {default}"),
    "help.help_option": ("Show this help and exit.", "Tampilkan bantuan ini lalu keluar."),
    "help.install_completion": ("Install TAB completion for the current shell.",
                                "Pasang pelengkapan TAB untuk shell ini."),
    "help.show_completion": ("Show the TAB completion script for the current shell.",
                             "Tampilkan skrip pelengkapan TAB untuk shell ini."),
    # -- help ----------------------------------------------------------------------------
    "help.app": ("Field journal for community police officers (Bhabinkamtibmas): log "
                 "patrols, incidents and the people you meet, and send the weekly digest.",
                 "Jurnal lapangan Bhabinkamtibmas: catat patroli, insiden dan warga yang "
                 "ditemui, lalu kirim laporan mingguan."),
    "help.add": ("Log a shift step by step (on a terminal), or one record from options.",
                 "Catat satu giat langkah demi langkah (di terminal), atau satu catatan "
                 "dari opsi."),
    "help.add_patrol": ("Add a patrol; prints its id (e.g. P12).",
                        "Tambah patroli; mencetak id-nya (mis. P12)."),
    "help.add_incident": ("Add an incident; prints its id (e.g. I3).",
                          "Tambah insiden; mencetak id-nya (mis. I3)."),
    "help.add_contact": ("Add a contact (a person met); prints its id (e.g. C40).",
                         "Tambah kontak (warga yang ditemui); mencetak id-nya (mis. C40)."),
    "help.list": ("List records, newest first.", "Daftar catatan, terbaru lebih dulu."),
    "help.show": ("Show one record with what links to it.",
                  "Tampilkan satu catatan beserta catatan terkait."),
    "help.edit": ("Change fields of a record; the earlier version is kept in its history.",
                  "Ubah isian sebuah catatan; versi sebelumnya disimpan di riwayat."),
    "help.edit_epilog": ("On a patrol, --place replaces all its places; --add-place adds one and keeps the others.",
        "Pada patroli, --place mengganti semua tempatnya; --add-place menambah satu dan mempertahankan yang lain."),
    "help.delete": ("Delete a record (asks first; --yes from scripts). Its history stays.",
                    "Hapus catatan (bertanya dulu; --yes dari skrip). Riwayatnya tetap ada."),
    "help.erase": ("Remove a person for good: their name and phone from every record, its "
                   "history and the file's free space (asks first; --yes from scripts).",
                   "Hapus seseorang untuk selamanya: nama dan teleponnya dari semua catatan, "
                   "riwayat dan ruang kosong berkas (bertanya dulu; --yes dari skrip)."),
    "help.purge": ("Remove records older than a day for good, with their history (asks "
                   "first; --yes from scripts).",
                   "Hapus catatan yang lebih lama dari satu hari untuk selamanya, beserta "
                   "riwayatnya (bertanya dulu; --yes dari skrip)."),
    "help.search": ("Full-text search over all free text, best match first.",
                    "Cari teks di semua isian bebas, paling cocok lebih dulu."),
    "help.config": ("Officer profile kept inside the journal (officer, unit, area, timezone), "
                    "and your language (lang), kept in your own config folder "
                    "($XDG_CONFIG_HOME/patrolog) so every journal answers in it.",
                    "Profil petugas yang disimpan di jurnal (officer, unit, area, timezone), "
                    "dan bahasa Anda (lang), disimpan di folder konfigurasi Anda sendiri "
                    "($XDG_CONFIG_HOME/patrolog) sehingga setiap jurnal memakainya."),
    "help.config_get": ("Print one setting.", "Cetak satu pengaturan."),
    "help.config_set": ("Change one setting.", "Ubah satu pengaturan."),
    "help.config_list": ("Print every setting.", "Cetak semua pengaturan."),
    "help.info": ("Where the journal is, its schema version and record counts.",
                  "Lokasi jurnal, versi skema dan jumlah catatan."),
    "help.check": ("Verify the journal: SQLite's integrity check, the full-text index, the "
                   "schema; exit 0 sound, 3 damaged. The file is not changed.",
                   "Periksa jurnal: pemeriksaan integritas SQLite, indeks teks penuh, skema; "
                   "kode 0 utuh, 3 rusak. Berkasnya tidak diubah."),
    # -- option help -------------------------------------------------------------------------
    "opt.db": ("Journal file (else $PATROLOG_DB, else the user data folder).",
               "Berkas jurnal (jika tidak, $PATROLOG_DB, lalu folder data pengguna)."),
    "opt.lang": ("Language of messages: id or en.", "Bahasa pesan: id atau en."),
    "opt.version": ("Show the version and exit.", "Tampilkan versi lalu keluar."),
    "opt.json": ("Print JSON for scripts.", "Cetak JSON untuk skrip."),
    "opt.csv": ("Print CSV.", "Cetak CSV."),
    "opt.start": ("When the patrol started, e.g. 'today 08:00', '27/11/2026 14.10'.",
                  "Waktu mulai patroli, mis. 'hari ini 08:00', '27/11/2026 14.10'."),
    "opt.end": ("When it ended (or use --duration).",
                "Waktu selesai (atau gunakan --duration)."),
    "opt.duration": ("How long it took: 3h, 90m, 2h30m.", "Lamanya: 3j, 3 jam, 90 menit, 2j30m."),
    "opt.patrol_kind": ("Patrol kind (default dialogic): dialogis, sambang, DDS, binluh, ...",
                        "Jenis patroli (bawaan dialogis): dialogis, sambang, DDS, binluh, ..."),
    "opt.area": ("Kelurahan, RW or route.", "Kelurahan, RW atau rute."),
    "opt.place": ("A place visited, TYPE:NAME, e.g. pasar:Pasar Boplo (repeatable).",
                  "Tempat yang dikunjungi, JENIS:NAMA, mis. pasar:Pasar Boplo (boleh "
                  "berulang)."),
    "opt.edit_place": ("Replace ALL the patrol's places with these, TYPE:NAME (repeatable); "
                       "for a contact, where you met. To add one, use --add-place.",
                       "Ganti SEMUA tempat patroli dengan ini, JENIS:NAMA (boleh berulang); "
                       "untuk kontak, tempat bertemu. Untuk menambah satu, pakai --add-place."),
    "opt.add_place": ("Add a place to the patrol's places, keeping the others, TYPE:NAME "
                      "(repeatable).",
                      "Tambah satu tempat ke tempat-tempat patroli, yang lain tetap, JENIS:NAMA "
                      "(boleh berulang)."),
    "opt.summary": ("What happened on the patrol.", "Ringkasan kegiatan."),
    "opt.tag": ("A tag (repeatable).", "Label (boleh berulang)."),
    "opt.at": ("When (default now), e.g. '-2h', 'kemarin 21:30'.",
               "Kapan (bawaan sekarang), mis. '-2j', '-90 menit', 'kemarin 21.30'."),
    "opt.incident_kind": ("Incident kind: laka, pencurian, cekcok, kebakaran, ...",
                          "Jenis insiden: laka, pencurian, cekcok, kebakaran, ..."),
    "opt.location": ("Where it happened.", "Lokasi kejadian."),
    "opt.description": ("What happened.", "Uraian kejadian."),
    "opt.action": ("What you did.", "Tindakan yang diambil."),
    "opt.injured": ("Number injured.", "Jumlah korban luka."),
    "opt.dead": ("Number dead.", "Jumlah korban meninggal."),
    "opt.severity": ("low, medium, high (ringan, sedang, berat).",
                     "ringan, sedang, berat (low, medium, high)."),
    "opt.status": ("open, referred, resolved (terbuka, dilimpahkan, selesai).",
                   "terbuka, dilimpahkan, selesai (open, referred, resolved)."),
    "opt.referred_to": ("Who it was handed over to.", "Dilimpahkan kepada siapa."),
    "opt.patrol": ("The patrol it belongs to (default: the patrol covering its time; "
                   "'none' for no patrol).",
                   "Patroli terkait (bawaan: patroli pada waktu itu; 'none' untuk tanpa "
                   "patroli)."),
    "opt.name": ("Name (optional: residents may stay anonymous).",
                 "Nama (boleh kosong: warga boleh anonim)."),
    "opt.role": ("Role: ketua rw, tokoh agama, pedagang, warga, ...",
                 "Peran: ketua rw, tokoh agama, pedagang, warga, ..."),
    "opt.organisation": ("Organisation.", "Organisasi."),
    "opt.contact_place": ("Where you met.", "Tempat bertemu."),
    "opt.phone": ("Phone number (optional).", "Nomor telepon (opsional)."),
    "opt.topic": ("What you talked about.", "Topik pembicaraan."),
    "opt.concern": ("What the person complained of (keluhan).", "Keluhan warga."),
    "opt.hope": ("What the person hopes for (harapan).", "Harapan warga."),
    "opt.field": ("Field (bidang) of the concern or hope: keamanan, ekonomi, sosbud, "
                  "politik, ideologi, hukum, lingkungan, lainnya.",
                  "Bidang keluhan atau harapan: keamanan, ekonomi, sosbud, politik, "
                  "ideologi, hukum, lingkungan, lainnya."),
    "opt.party": ("A party to the dispute or problem solved, e.g. 'Pak Budi (pemilik "
                  "warung)' (repeatable).",
                  "Pihak yang berselisih atau dimediasi, mis. 'Pak Budi (pemilik warung)' "
                  "(boleh berulang)."),
    "opt.edit_party": ("Replace the parties (repeatable).", "Ganti para pihak (boleh berulang)."),
    "opt.resolution": ("What was agreed, or how it ended.",
                       "Hasil kesepakatan atau penyelesaiannya."),
    "opt.follow_up": ("What you promised to do.", "Tindak lanjut yang dijanjikan."),
    "opt.due": ("When the follow-up is due, e.g. friday, +3d, 2026-12-01.",
                "Tenggat tindak lanjut, mis. jumat depan, '3 hari', 01/12/2026."),
    "opt.edit_kind": ("Patrol or incident kind, or a contact's role.",
                      "Jenis patroli atau insiden."),
    "opt.edit_tag": ("Replace the tags (repeatable).", "Ganti label (boleh berulang)."),
    "opt.list_what": ("Which records: patrols, incidents, contacts (default: all).",
                      "Catatan mana: patroli, insiden, kontak (bawaan: semua)."),
    "opt.since": ("From this day on (e.g. monday, 2026-11-01).",
                  "Sejak tanggal ini (mis. senin, 01/11/2026)."),
    "opt.until": ("Up to and including this day.", "Sampai dan termasuk tanggal ini."),
    "opt.list_kind": ("Only this kind (patrol kind, incident kind or contact role).",
                      "Hanya jenis ini (jenis patroli, jenis insiden atau peran kontak)."),
    "opt.list_area": ("Area, location or place containing this text.",
                      "Wilayah, lokasi atau tempat yang memuat teks ini."),
    "opt.list_tag": ("Only records with this tag.", "Hanya catatan dengan label ini."),
    "opt.limit": ("At most this many records.", "Paling banyak sekian catatan."),
    "opt.id": ("A record id: P12, I3, C40, or its uid (8 characters or more).",
               "Id catatan: P12, I3, C40, atau uid-nya (8 karakter atau lebih)."),
    "opt.yes": ("Do not ask.", "Jangan bertanya."),
    "opt.search_text": ("Words to look for.", "Kata yang dicari."),
    "opt.config_key": ("officer, unit, area, timezone, lang, retention, nrp, addressee "
                       "(whom reports go to) or server (the unit's server).",
                       "officer, unit, area, timezone, lang, retention, nrp, addressee "
                       "(tujuan laporan) atau server (server kesatuan)."),
    "opt.config_value": ("The new value (empty to clear).", "Nilai baru (kosong untuk menghapus)."),
    "msg.not_set": ("(not set)", "(belum diatur)"),
    "err.missing_argument": ("missing: {name}; see --help",
                             "{name} belum diberikan; lihat --help"),
    # what a missing argument is, in the message above (never its English metavar)
    "arg.text": ("the words to look for", "Kata yang dicari"),
    "arg.ref": ("the record's id (e.g. P12)", "Id catatan (mis. P12)"),
    "arg.key": ("the setting's name (e.g. officer)", "Nama pengaturan (mis. officer)"),
    "arg.value": ("the setting's value", "Nilai pengaturan"),
    "arg.file": ("the file to import", "Berkas yang diimpor"),
    "arg.other": ("the other journal (a .db file)", "Jurnal lain (berkas .db)"),
    "err.bad_whole_number": ("{option} must be a whole number, not '{value}'",
                             "{option} harus bilangan bulat, bukan '{value}'"),
    "err.bad_whole_number_min": ("{option} must be a whole number, {min} or more, not '{value}'",
                                 "{option} harus bilangan bulat {min} atau lebih, "
                                 "bukan '{value}'"),
    "err.option_needs_value": ("{option} needs a value; see --help",
                               "{option} perlu diisi nilainya; lihat --help"),
    "err.option_takes_no_value": ("{option} takes no value; see --help",
                                  "{option} tidak menerima nilai; lihat --help"),
    # -- one line per command, for the top-level help: it lists every command, and
    # -- `patrolog --help` then needs this module alone ----------------------------
    "help.followups": ("Open promises to residents and open incidents, overdue first.",
                       "Janji tindak lanjut kepada warga yang belum selesai dan insiden yang "
                       "masih terbuka, yang terlambat lebih dulu."),
    "help.due": ("For cron: what needs attention today (no patrol logged yesterday, overdue "
                 "follow-ups, incidents open more than 7 days), one line per item.",
                 "Untuk cron: yang perlu perhatian hari ini (tidak ada patroli tercatat "
                 "kemarin, tindak lanjut terlambat, insiden terbuka lebih dari 7 hari), satu "
                 "baris per hal."),
    "help.report": ("The digest of a period: patrols, coverage, people met, incidents, "
                    "follow-ups and the change from the period before. Default: this week "
                    "(Monday to Sunday).",
                    "Rekap satu periode: patroli, wilayah yang dikunjungi, warga yang ditemui, "
                    "insiden, tindak lanjut, dan perubahan dari periode sebelumnya. Bawaan: "
                    "minggu ini (Senin sampai Minggu)."),
    "help.export": ("Write records out as JSON Lines (default) or CSV.",
                    "Keluarkan catatan sebagai JSON Lines (bawaan) atau CSV."),
    "help.import": ("Apply a JSON Lines or CSV export by uid: new records are added, newer "
                    "versions replace older ones, deletions travel; safe to repeat.",
                    "Terapkan ekspor JSON Lines atau CSV menurut uid: catatan baru ditambahkan, "
                    "versi yang lebih baru menggantikan yang lama, penghapusan ikut; aman "
                    "diulang."),
    "help.server": ("The unit's server (PostgreSQL): set it up and give logins their rights.",
                    "Server kesatuan (PostgreSQL): siapkan dan beri hak kepada login."),
    "help.push": ("Send this journal's records changed since the last push to the unit's "
                  "server; safe to repeat.",
                  "Kirim catatan jurnal ini yang berubah sejak kiriman terakhir ke server "
                  "kesatuan; aman diulang."),
    "help.merge": ("Apply another journal's records by uid, as import does; safe to repeat.",
                   "Terapkan catatan jurnal lain menurut uid, seperti import; aman diulang."),
    "help.keys": ("The signing keys: yours, and the one each officer's files must be signed "
                  "with.",
                  "Kunci tanda tangan: milik Anda, dan kunci yang harus menandatangani berkas "
                  "tiap petugas."),
    "help.backup": ("Copy the journal into one file, consistent even while it is in use "
                    "(0600: it holds residents' names).",
                    "Salin jurnal ke satu berkas, utuh walau sedang dipakai (0600: berisi "
                    "nama warga)."),
    "help.restore": ("Put a backup back as the journal (checked first; the journal's -wal and "
                     "-shm are removed).",
                     "Kembalikan cadangan sebagai jurnal (diperiksa dulu; berkas -wal dan "
                     "-shm jurnal dihapus)."),
    "help.demo": ("Fill a journal with a realistic sample (in Indonesian): weeks of shifts, "
                  "incidents and contacts, opening with the story of Aiptu Tafsipul. Refuses a "
                  "journal that already has records unless --append is given.",
                  "Isi jurnal dengan contoh yang realistis: beberapa minggu giat, kejadian dan "
                  "kontak warga, diawali kisah Aiptu Tafsipul. Jurnal yang sudah berisi catatan "
                  "ditolak, kecuali dengan --append."),
    "err.patrol_too_long": ("a patrol of {hours} hours ({start} to {end}) is too long, at most "
                            "24: check the start and end",
                            "patroli {hours} jam ({start} sampai {end}) terlalu lama, paling "
                            "lama 24 jam: periksa waktu mulai dan selesai"),
}
