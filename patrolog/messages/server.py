"""Catalogue: the unit's server (PostgreSQL): `server`, `push`, `--server` on the reading
commands (docs/server.md). key -> (English, Indonesian)."""

MESSAGES: dict[str, tuple[str, str]] = {
    # -- help -------------------------------------------------------------------------------
    "help.server_init": ("Create or upgrade the server's tables (run by the database's owner; "
                         "safe to run twice).",
                         "Buat atau perbarui tabel server (dijalankan pemilik basis data; "
                         "aman diulang)."),
    "help.server_grant": ("Give a PostgreSQL login an officer's rights (--officer NAME --unit "
                          "UNIT: writes and reads that officer's records) or a supervisor's "
                          "(--supervisor UNIT, repeatable: reads those units).",
                          "Beri login PostgreSQL hak petugas (--officer NAMA --unit KESATUAN: "
                          "menulis dan membaca catatan petugas itu) atau hak atasan "
                          "(--supervisor KESATUAN, boleh diulang: membaca kesatuan itu)."),
    "help.server_revoke": ("Take every right of a login.", "Cabut semua hak sebuah login."),
    "help.server_logins": ("List the logins and their rights.",
                           "Daftar login beserta haknya."),
    "opt.server": ("The unit's server: a PostgreSQL connection string or URL (else "
                   "PATROLOG_SERVER, else `config set server`); passwords from ~/.pgpass or "
                   "PGPASSWORD.",
                   "Server kesatuan: string koneksi atau URL PostgreSQL (jika tidak, "
                   "PATROLOG_SERVER, lalu `config set server`); kata sandi dari ~/.pgpass "
                   "atau PGPASSWORD."),
    "opt.server_login": ("The PostgreSQL login (made by the database's administrator).",
                         "Login PostgreSQL (dibuat administrator basis data)."),
    "opt.server_officer": ("The officer whose records the login writes, as the journals "
                           "write the name.",
                           "Petugas yang catatannya ditulis login ini, seperti namanya di "
                           "jurnal."),
    "opt.server_unit": ("The officer's unit.", "Kesatuan petugas."),
    "opt.server_supervisor": ("A unit the login reads (repeat for more).",
                              "Kesatuan yang dibaca login ini (ulangi untuk lebih)."),
    "opt.push_unit": ("For the database's owner pushing a unit's journal: the unit of records "
                      "that name none.",
                      "Untuk pemilik basis data yang mengirim jurnal kesatuan: kesatuan bagi "
                      "catatan yang tidak menyebutnya."),
    "opt.push_all": ("Send every record again, not only those changed since the last push.",
                     "Kirim ulang semua catatan, bukan hanya yang berubah sejak kiriman "
                     "terakhir."),
    "opt.read_unit": ("Read this unit's records from the unit's server.",
                      "Baca catatan kesatuan ini dari server kesatuan."),
    "opt.merge_server": ("Copy a unit's records (--unit) from the unit's server, instead of "
                         "another journal's: a supervisor working offline.",
                         "Salin catatan sebuah kesatuan (--unit) dari server kesatuan, bukan "
                         "dari jurnal lain: atasan yang bekerja tanpa jaringan."),
    # -- refusals ---------------------------------------------------------------------------
    "err.server_not_set": ("no server given; use --server URL, PATROLOG_SERVER or "
                           "`patrolog config set server URL`",
                           "server belum ditentukan; gunakan --server URL, PATROLOG_SERVER "
                           "atau `patrolog config set server URL`"),
    "err.server_bad_url": ("cannot read the server '{value}'; use e.g. "
                           "postgresql://ani@polres.example/patrolog or "
                           "'host=/run/postgresql dbname=patrolog'",
                           "server '{value}' tidak dapat dibaca; gunakan mis. "
                           "postgresql://ani@polres.example/patrolog atau "
                           "'host=/run/postgresql dbname=patrolog'"),
    "err.server_password_in_config": ("a server string with a password is not kept in the "
                                      "config; put the password in ~/.pgpass (or PGPASSWORD)",
                                      "string server yang berisi kata sandi tidak disimpan di "
                                      "konfigurasi; simpan kata sandi di ~/.pgpass (atau "
                                      "PGPASSWORD)"),
    "err.server_unreachable": ("cannot reach the server {server}: {detail}",
                               "server {server} tidak dapat dihubungi: {detail}"),
    "err.server_login_refused": ("the server {server} refused the login: {detail}",
                                 "server {server} menolak login: {detail}"),
    "err.server_no_grant": ("this login has no rights on the server {server} (its owner gives "
                            "them: patrolog server grant): {detail}",
                            "login ini tidak punya hak di server {server} (pemiliknya "
                            "memberikannya: patrolog server grant): {detail}"),
    "err.server_failed": ("the server {server} failed: {detail}; nothing was changed",
                          "server {server} gagal: {detail}; tidak ada yang diubah"),
    "err.server_newer": ("the server's schema (version {version}) is newer than this patrolog "
                         "knows ({supported}); update patrolog",
                         "skema server (versi {version}) lebih baru dari yang dikenal patrolog "
                         "ini ({supported}); perbarui patrolog"),
    "err.server_older": ("the server {server} has schema version {version}, this patrolog "
                         "writes {supported}; its owner runs `patrolog server init`",
                         "server {server} memakai skema versi {version}, patrolog ini menulis "
                         "{supported}; pemiliknya menjalankan `patrolog server init`"),
    "err.server_revision_older": ("the server {server} was set up by an older patrolog; its "
                                  "owner runs `patrolog server init`",
                                  "server {server} disiapkan oleh patrolog yang lebih lama; "
                                  "pemiliknya menjalankan `patrolog server init`"),
    "err.server_not_set_up": ("the server {server} is not set up for patrolog; its owner runs "
                              "`patrolog server init`",
                              "server {server} belum disiapkan untuk patrolog; pemiliknya "
                              "menjalankan `patrolog server init`"),
    "err.server_no_login": ("there is no PostgreSQL login '{login}'; the database's "
                            "administrator makes it first (CREATE ROLE ... LOGIN)",
                            "tidak ada login PostgreSQL '{login}'; administrator basis data "
                            "membuatnya dulu (CREATE ROLE ... LOGIN)"),
    "err.server_grant_needs_unit": ("--officer needs --unit (the officer's unit), and both "
                                    "need a name",
                                    "--officer memerlukan --unit (kesatuan petugas), dan "
                                    "keduanya perlu nama"),
    "err.server_grant_what": ("say what to grant: --officer NAME --unit UNIT, or "
                              "--supervisor UNIT",
                              "sebutkan hak yang diberikan: --officer NAMA --unit KESATUAN, "
                              "atau --supervisor KESATUAN"),
    "err.push_cannot": ("the login {login} may not push to {server}: it has no officer's "
                        "grant (patrolog server grant {login} --officer NAME --unit UNIT)",
                        "login {login} tidak boleh mengirim ke {server}: tidak punya hak "
                        "petugas (patrolog server grant {login} --officer NAMA --unit "
                        "KESATUAN)"),
    "err.push_not_yours": ("the server refuses the push: record {id} ({uid}) is {owner}'s, "
                           "and this login writes only {officer}'s records; nothing was sent",
                           "server menolak kiriman: catatan {id} ({uid}) milik {owner}, "
                           "sedangkan login ini hanya menulis catatan {officer}; tidak ada "
                           "yang dikirim"),
    "err.push_bad_field": ("record {id}: field '{column}' holds what patrolog does not store "
                           "there (run patrolog check); nothing was sent",
                           "catatan {id}: isian '{column}' berisi yang tidak disimpan "
                           "patrolog di sana (jalankan patrolog check); tidak ada yang "
                           "dikirim"),
    "err.push_no_unit": ("record {id} ({uid}) names no unit; give the unit with --unit",
                         "catatan {id} ({uid}) tidak menyebut kesatuan; berikan dengan --unit"),
    "err.read_no_unit": ("this login reads several units ({units}); choose one with --unit",
                         "login ini membaca beberapa kesatuan ({units}); pilih satu dengan "
                         "--unit"),
    "err.merge_server_unit": ("merge --server needs --unit UNIT (the unit to copy)",
                              "merge --server memerlukan --unit KESATUAN (kesatuan yang "
                              "disalin)"),
    "err.server_read_only": ("the unit's server is read here, not written: change the record "
                             "in its officer's journal, who then pushes",
                             "server kesatuan hanya dibaca di sini, tidak ditulis: ubah "
                             "catatan di jurnal petugasnya, lalu petugas itu mengirim"),
    "err.server_search": ("search on the server reads words in full: '{value}' is too short",
                          "pencarian di server membaca kata utuh: '{value}' terlalu pendek"),
    # -- results ----------------------------------------------------------------------------
    "msg.server_created": ("server {server} set up (schema version {version})",
                           "server {server} disiapkan (skema versi {version})"),
    "msg.server_upgraded": ("server {server} upgraded from schema version {before} to "
                            "{version}",
                            "server {server} diperbarui dari skema versi {before} ke "
                            "{version}"),
    "msg.server_refreshed": ("server {server} brought up to this patrolog (schema version "
                             "{version})",
                             "server {server} diperbarui untuk patrolog ini (skema versi "
                             "{version})"),
    "msg.server_up_to_date": ("server {server} is up to date (schema version {version})",
                              "server {server} sudah terbaru (skema versi {version})"),
    "msg.server_grant_officer": ("{login}: officer {officer} of {unit} (writes and reads "
                                 "that officer's records)",
                                 "{login}: petugas {officer} dari {unit} (menulis dan membaca "
                                 "catatan petugas itu)"),
    "msg.server_grant_supervisor": ("{login}: supervisor of {unit} (reads the unit's "
                                    "records)",
                                    "{login}: atasan {unit} (membaca catatan kesatuan)"),
    "msg.server_revoked": ("{login}: every right taken ({n} grants)",
                           "{login}: semua hak dicabut ({n} hak)"),
    "msg.pushed": ("pushed to {server}: added {added}, updated {updated}, deleted {deleted}, "
                   "unchanged {unchanged}",
                   "dikirim ke {server}: ditambahkan {added}, diperbarui {updated}, dihapus "
                   "{deleted}, tidak berubah {unchanged}"),
}
