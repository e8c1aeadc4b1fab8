"""Catalogue entries for `patrolog demo`: key -> (English, Indonesian)."""

MESSAGES: dict[str, tuple[str, str]] = {
    "help.demo_epilog": ("For benchmarks, --weeks 520 --officers 100 make about a million records.",
        "Untuk uji kecepatan, --weeks 520 --officers 100 membuat sekitar sejuta catatan."),
    "opt.demo_weeks": ("Weeks of records, ending this week (1–1040).",
                       "Jumlah minggu catatan, berakhir minggu ini (1–1040)."),
    "opt.demo_officers": ("Officers, each in their own kelurahan (1–1000).",
                          "Jumlah petugas, masing-masing di kelurahannya sendiri (1–1000)."),
    "opt.demo_seed": ("Random seed: the same seed gives the same sample.",
                      "Benih acak: benih yang sama menghasilkan contoh yang sama."),
    "opt.demo_append": ("Add the sample to a journal that already has records.",
                        "Tambahkan contoh ke jurnal yang sudah berisi catatan."),
    "err.demo_weeks": ("--weeks must be a whole number from 1 to {max}, not {value}",
                       "--weeks harus bilangan bulat dari 1 sampai {max}, bukan {value}"),
    "err.demo_officers": ("--officers must be a whole number from 1 to {max}, not {value}",
                          "--officers harus bilangan bulat dari 1 sampai {max}, bukan {value}"),
    "err.demo_not_empty": ("{path} already has records ({count}); demo fills an empty journal "
                           "(give another --db, or --append to add to this one)",
                           "{path} sudah berisi catatan ({count}); demo hanya mengisi jurnal "
                           "kosong (pakai --db lain, atau --append untuk menambah ke jurnal ini)"),
    "demo.done": ("Sample written to {path}: {patrols} patrols, {incidents} incidents, "
                  "{contacts} contacts; {officers}, {start} to {end}.",
                  "Contoh ditulis ke {path}: {patrols} patroli, {incidents} insiden, "
                  "{contacts} kontak warga; {officers}, {start} s.d. {end}."),
    "demo.one_officer": ("1 officer", "1 petugas"),
    "demo.officers": ("{count} officers", "{count} petugas"),
    # one command a line, so each can be copied as it is
    "demo.next": ("Try next:\n  {cmd} report\n  {cmd} report --week last\n"
                  "  {cmd} list --limit 10\n  {cmd} followups",
                  "Coba berikutnya:\n  {cmd} report\n  {cmd} report --week last\n"
                  "  {cmd} list --limit 10\n  {cmd} followups"),
    "demo.phase_records": ("Writing sample records", "Menulis catatan contoh"),
    "demo.phase_index": ("Building the search index", "Menyusun indeks pencarian"),
}
