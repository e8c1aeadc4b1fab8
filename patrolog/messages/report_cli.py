"""Catalogue: help and errors of the `report` command (its options, periods).

key -> (English, Indonesian). The digest's own headings and labels are in `report.py`.
"""

MESSAGES: dict[str, tuple[str, str]] = {
    # -- help ------------------------------------------------------------------------
    "opt.report_week": ("An ISO week: this, last or 2026-W47 (also ini, lalu).",
                        "Minggu ISO: ini, lalu atau 2026-W47 (juga this, last)."),
    "opt.report_month": ("A calendar month: 2026-11, december, 'december 2026' (also this, "
                         "last).",
                         "Bulan kalender: 2026-11, desember, 'desember 2026' (juga ini, "
                         "lalu)."),
    "opt.report_from": ("First day of the period, e.g. 2026-11-01 or 01/11/2026 (with --to).",
                        "Hari pertama periode, mis. 01/11/2026 atau 2026-11-01 (dengan --to)."),
    "opt.report_to": ("Last day of the period, included (with --from).",
                      "Hari terakhir periode, ikut dihitung (dengan --from)."),
    "opt.report_format": ("table (default), markdown, text (for WhatsApp), json, html, pdf, png "
                          "(a report card for the chat) or svg; with --output, taken from the "
                          "file's extension when not given.",
                          "table (bawaan), markdown, teks (untuk WhatsApp), json, html, pdf, png "
                          "(kartu laporan untuk grup chat) atau svg; dengan --output, diambil "
                          "dari ekstensi berkas bila tidak diberikan."),
    "opt.report_json": ("Same as --format json.", "Sama dengan --format json."),
    "opt.report_output": ("Write to this file (readable by you only) instead of the screen.",
                          "Tulis ke berkas ini (hanya dapat dibaca Anda), bukan ke layar."),
    "opt.report_redact": ("Residents by initials (Pak Rahmat -> R.), no phone numbers.",
                          "Warga ditulis inisial (Pak Rahmat -> R.), tanpa nomor telepon."),
    "opt.report_officer": ("Only this officer's records (a unit's journal holds several).",
                           "Hanya catatan petugas ini (jurnal satuan berisi beberapa petugas)."),
    # -- errors (exit 2) ----------------------------------------------------------------
    "err.report_bad_week": ("'{value}' is not a week; use 'this', 'last' or a week such as "
                            "2026-W47 (weeks 1 to 52, or 53 in some years)",
                            "'{value}' bukan minggu; gunakan 'ini', 'lalu' atau minggu seperti "
                            "2026-W47 (minggu 1 sampai 52, atau 53 pada tahun tertentu)"),
    "err.report_bad_month": ("'{value}' is not a month; use e.g. 2026-11, 'december', "
                             "'this' or 'last'",
                             "'{value}' bukan bulan; gunakan mis. 2026-11, 'desember', 'ini' "
                             "atau 'lalu'"),
    "err.report_two_periods": ("give one period only, not {options} together",
                               "pilih satu periode saja, jangan {options} sekaligus"),
    "err.report_from_without_to": ("--from needs --to: give the last day of the period too",
                                   "--from perlu --to: berikan juga hari terakhir periode"),
    "err.report_to_without_from": ("--to needs --from: give the first day of the period too",
                                   "--to perlu --from: berikan juga hari pertama periode"),
    "err.report_from_after_to": ("the period starts ({start}) after it ends ({end})",
                                 "periode dimulai ({start}) setelah berakhir ({end})"),
    "err.report_too_long": ("a period of {days} days is too long; at most {limit} days",
                            "periode {days} hari terlalu panjang; paling lama {limit} hari"),
    "err.report_out_of_range": ("that period is outside the calendar patrolog can count",
                                "periode itu di luar kalender yang dapat dihitung patrolog"),
    "err.report_bad_format": ("unknown format '{value}'; choose one of: {choices}",
                              "format '{value}' tidak dikenal; pilih salah satu: {choices}"),
    "err.report_json_and_format": ("--json and --format {value} disagree; give one of them",
                                   "--json dan --format {value} bertentangan; berikan salah "
                                   "satu"),
    # -- messages --------------------------------------------------------------------
    "msg.report_written": ("digest written to {path}", "rekap ditulis ke {path}"),
}
