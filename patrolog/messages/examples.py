"""Each command's examples, English and Indonesian, shown one per line at the end of its help.

Key: the command's path after `patrolog` ("" for the program, "add patrol", "config set").
Every line starts with `patrolog` and runs as shown against the demo journal (see
tests/test_help_examples.py, which runs them all in both languages); a `# comment` may follow.
Kept apart from the catalogue's areas: `--help` reads this one small module, not them all.
"""

EXAMPLES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "": (
        ("patrolog add",
         "patrolog list --since monday",
         "patrolog report --format text",
         "patrolog due --json"),
        ("patrolog add",
         "patrolog list --since senin",
         "patrolog report --format text",
         "patrolog due --json"),
    ),
    "add": (
        ("patrolog add                 # on a terminal: the shift, question by question",
         "patrolog add patrol --start 'yesterday 19:00' --end 22:00 --kind ronda",
         "patrolog add incident --kind laka --at -1h",
         "patrolog add contact --role 'pak rw' --concern 'street lights out'"),
        ("patrolog add                 # di terminal: satu giat, pertanyaan demi pertanyaan",
         "patrolog add patrol --start 'kemarin 19.00' --end 22.00 --kind ronda",
         "patrolog add incident --kind laka --at -1j",
         "patrolog add contact --role 'pak rw' --concern 'lampu jalan mati'"),
    ),
    "add patrol": (
        ("patrolog add patrol --start 'today 08:00' --duration 3h --kind dialogis --area 'RW 05' "
         "--place 'pasar:Pasar Boplo'",
         "patrolog add patrol --start 'yesterday 19:00' --end 23:30 --kind 'night patrol' "
         "--place 'warung:Warung Bu Siti' --place 'pos ronda:Pos RW 05'",
         "patrolog add patrol --start 22:00 --duration '2 hours 30 minutes' --kind ronda"),
        ("patrolog add patrol --start 'hari ini 08.00' --duration 3j --kind dialogis "
         "--area 'RW 05' --place 'pasar:Pasar Boplo'",
         "patrolog add patrol --start 'kemarin 19.00' --end 23.30 --kind 'patroli malam' "
         "--place 'warung:Warung Bu Siti' --place 'pos ronda:Pos RW 05'",
         "patrolog add patrol --start 22.00 --duration '2 jam 30 menit' --kind ronda"),
    ),
    "add incident": (
        ("patrolog add incident --kind laka --at -1h --location 'Jl. Cikini Raya' --injured 1 "
         "--action 'first aid with residents'",
         "patrolog add incident --kind cekcok --at 'yesterday 21:30' --severity low "
         "--party 'Pak A' --party 'Pak B' --resolution 'made peace, signed agreement'"),
        ("patrolog add incident --kind laka --at -1j --location 'Jl. Cikini Raya' --injured 1 "
         "--action 'pertolongan pertama bersama warga'",
         "patrolog add incident --kind cekcok --at 'kemarin 21.30' --severity ringan "
         "--party 'Pak A' --party 'Pak B' --resolution 'berdamai, surat pernyataan'"),
    ),
    "add contact": (
        ("patrolog add contact --role 'ketua rw' --name 'Pak Rahmat' --concern 'street lights "
         "out' --field environment --follow-up 'report to kelurahan' --due 'next friday'",
         "patrolog add contact --role ustadz --at '1/11 19:30' --hope 'night patrols "
         "before the holiday' --field security"),
        ("patrolog add contact --role 'ketua rw' --name 'Pak Rahmat' --concern 'lampu jalan "
         "mati' --field lingkungan --follow-up 'lapor ke kelurahan' --due 'jumat depan'",
         "patrolog add contact --role ustadz --at '1/11 19.30' --hope 'patroli malam "
         "menjelang hari raya' --field keamanan"),
    ),
    "list": (
        ("patrolog list incidents --status open",
         "patrolog list --since 2026-11-01 --kind sambang --csv",
         "patrolog list patrols --area pasar --limit 5",
         "patrolog list contacts --kind 'pak rw' --json"),
        ("patrolog list insiden --status terbuka",
         "patrolog list --since 01/11/2026 --kind laka --json",
         "patrolog list patroli --area pasar --limit 5",
         "patrolog list kontak --since 'minggu lalu'"),
    ),
    "show": (("patrolog show I3", "patrolog show P1 --json"),
             ("patrolog show I3", "patrolog show P1 --json")),
    "edit": (
        ("patrolog edit I3 --status resolved",
         "patrolog edit P12 --duration 2h30m",
         "patrolog edit P12 --add-place 'warung:Warung Bu Siti'   # adds one place",
         "patrolog edit P12 --place 'pasar:Pasar Boplo'   # replaces all the places"),
        ("patrolog edit I3 --status selesai",
         "patrolog edit P12 --duration 2j30m",
         "patrolog edit P12 --add-place 'warung:Warung Bu Siti'   # menambah satu tempat",
         "patrolog edit P12 --place 'pasar:Pasar Boplo'   # mengganti semua tempat"),
    ),
    "delete": (("patrolog delete C5 --yes",), ("patrolog delete C5 --yes",)),
    "search": (("patrolog search pasar boplo", "patrolog search lampu --limit 3 --json"),
               ("patrolog search lampu jalan", "patrolog search pasar --limit 3 --json")),
    "followups": (
        ("patrolog followups",
         "patrolog followups --overdue --json",
         "patrolog followups --done C14   # promise kept",
         "patrolog followups --done I7    # incident resolved"),
        ("patrolog followups",
         "patrolog followups --overdue --json",
         "patrolog followups --done C14   # janji ditepati",
         "patrolog followups --done I7    # insiden selesai"),
    ),
    "due": (("patrolog due", "patrolog due --json"), ("patrolog due", "patrolog due --json")),
    "report": (
        ("patrolog report",
         "patrolog report --week last --format text",
         "patrolog report --month 2026-11 --output november.html",
         "patrolog report --from 01/11/2026 --to 15/11/2026 --format json --redact"),
        ("patrolog report",
         "patrolog report --week lalu --format teks",
         "patrolog report --month 2026-11 --output november.html",
         "patrolog report --from 01/11/2026 --to 15/11/2026 --format json --redact"),
    ),
    "export": (
        ("patrolog export --output backup.jsonl",
         "patrolog export --since monday --output week.jsonl   # what changed this week",
         "patrolog export contacts --format csv --output contacts.csv",
         "patrolog export --redact --output shared.jsonl   # residents as initials"),
        ("patrolog export --output cadangan.jsonl",
         "patrolog export --since senin --output minggu.jsonl   # yang berubah minggu ini",
         "patrolog export kontak --format csv --output kontak.csv",
         "patrolog export --redact --output dibagikan.jsonl   # warga ditulis inisial"),
    ),
    "erase": (("patrolog erase --name 'Pak Joko Susilo'   # lists what changes, then asks",
               "patrolog erase --contact C12 --yes",
               "patrolog erase --name 'Bu Siti Aminah' --yes --delete-backups"),
              ("patrolog erase --name 'Pak Joko Susilo'   # tampilkan perubahan, lalu bertanya",
               "patrolog erase --contact C12 --yes",
               "patrolog erase --name 'Bu Siti Aminah' --yes --delete-backups")),
    "purge": (("patrolog purge --before 2024-01-01",
               "patrolog purge --before 01/07/2024 --yes"),
              ("patrolog purge --before 2024-01-01",
               "patrolog purge --before 01/07/2024 --yes")),
    "import": (("patrolog import backup.jsonl   # written by 'patrolog export'",),
               ("patrolog import cadangan.jsonl   # ditulis oleh 'patrolog export'",)),
    "merge": (("patrolog merge other.db   # another officer's journal",),
              ("patrolog merge lain.db   # jurnal petugas lain",)),
    "keys": (("patrolog keys   # your fingerprint, and each officer's",),
             ("patrolog keys   # sidik kunci Anda, dan milik tiap petugas",)),
    "keys list": (("patrolog keys list --json",), ("patrolog keys list --json",)),
    "keys trust": (("patrolog keys trust 'Bripka Ani' 1a2b-3c4d-5e6f-7a8b-9c0d-1e2f-3a4b-5c6d",),
                   ("patrolog keys trust 'Bripka Ani' 1a2b-3c4d-5e6f-7a8b-9c0d-1e2f-3a4b-5c6d",)),
    "keys forget": (("patrolog keys forget 'Bripka Ani'   # her next signed file pins anew",),
                    ("patrolog keys forget 'Bripka Ani'   # berkas bertanda tangan berikutnya "
                     "menyematkan ulang",)),
    "backup": (("patrolog backup journal-2026-12-07.db   # then onto an encrypted disk",),
               ("patrolog backup jurnal-2026-12-07.db   # lalu ke disk terenkripsi",)),
    "restore": (("patrolog restore journal-2026-12-07.db",),
                ("patrolog restore jurnal-2026-12-07.db",)),
    "push": (("patrolog push --server postgresql://ani@polres.example/patrolog",
              "patrolog push --server postgresql://ani@polres.example/patrolog --json"),
             ("patrolog push --server postgresql://ani@polres.example/patrolog",
              "patrolog push --server postgresql://ani@polres.example/patrolog --json")),
    "server": (("patrolog server init --server postgresql://polres.example/patrolog",
                "patrolog server logins --server postgresql://polres.example/patrolog"),
               ("patrolog server init --server postgresql://polres.example/patrolog",
                "patrolog server logins --server postgresql://polres.example/patrolog")),
    "server init": (("patrolog server init --server postgresql://polres.example/patrolog   # as the database's owner",),
                    ("patrolog server init --server postgresql://polres.example/patrolog   # sebagai pemilik basis data",)),
    "server grant": (("patrolog server grant ani --officer 'Bripka Ani' --unit 'Polsek Menteng' "
                      "--server postgresql://polres.example/patrolog",
                      "patrolog server grant kanit --supervisor 'Polsek Menteng' "
                      "--supervisor 'Polsek Tanah Abang' --server postgresql://polres.example/patrolog"),
                     ("patrolog server grant ani --officer 'Bripka Ani' --unit 'Polsek Menteng' "
                      "--server postgresql://polres.example/patrolog",
                      "patrolog server grant kanit --supervisor 'Polsek Menteng' "
                      "--supervisor 'Polsek Tanah Abang' --server postgresql://polres.example/patrolog")),
    "server revoke": (("patrolog server revoke ani --server postgresql://polres.example/patrolog",),
                      ("patrolog server revoke ani --server postgresql://polres.example/patrolog",)),
    "server logins": (("patrolog server logins --server postgresql://polres.example/patrolog --json",),
                      ("patrolog server logins --server postgresql://polres.example/patrolog --json",)),
    "demo": (("patrolog --db demo.db demo",
              "patrolog --db demo.db report"),
             ("patrolog --db demo.db demo",
              "patrolog --db demo.db report")),
    "config": (("patrolog config list", "patrolog config set lang id"),
               ("patrolog config list", "patrolog config set lang en")),
    "config get": (("patrolog config get officer",), ("patrolog config get officer",)),
    "config set": (("patrolog config set officer 'Aiptu Tafsipul'",
                    "patrolog config set timezone Asia/Jakarta",
                    "patrolog config set lang id   # yours, for every journal",
                    "patrolog config set addressee 'Kapolsek Metro Menteng'",
                    "patrolog config set nrp 85010123",
                    "patrolog config set retention 2y   # due reminds of older records"),
                   ("patrolog config set officer 'Aiptu Tafsipul'",
                    "patrolog config set timezone Asia/Jakarta",
                    "patrolog config set lang id   # milik Anda, untuk semua jurnal",
                    "patrolog config set addressee 'Kapolsek Metro Menteng'",
                    "patrolog config set nrp 85010123",
                    "patrolog config set retention '18 bulan'   # due mengingatkan catatan lama")),
    "config list": (("patrolog config list", "patrolog config list --json"),
                    ("patrolog config list", "patrolog config list --json")),
    "info": (("patrolog info", "patrolog info --json"), ("patrolog info", "patrolog info --json")),
    "check": (("patrolog check", "patrolog --db other.db check   # a journal received from a colleague"),
              ("patrolog check", "patrolog --db lain.db check   # jurnal kiriman rekan")),
}

HEADING = ("Examples:", "Contoh:")
