"""Catalogue: what an officer types — words (kinds, language), times, text, numbers —
when it cannot be taken as it is.

key -> (English, Indonesian). Times in these messages come from `timeparse.human`
('Tue 1 Dec 19:00' / 'Sel 1 Des 19.00'), never ISO text.
"""

MESSAGES: dict[str, tuple[str, str]] = {
    "warn.unknown_lang_env": ("PATROLOG_LANG='{value}' is not a language patrolog speaks "
                              "(id, en); it is ignored",
                              "PATROLOG_LANG='{value}' bukan bahasa yang dikenal patrolog "
                              "(id, en); diabaikan"),
    "err.kind_is_records": ("'{value}' names records, not a kind of them; to list them: "
                            "patrolog list {value}",
                            "'{value}' adalah jenis catatan, bukan kategorinya; untuk "
                            "menampilkannya: patrolog list {value}"),
    "err.bad_category": ("unknown kind '{value}': not a patrol kind, incident kind or contact "
                         "role (e.g. {examples}); 'patrolog list patrols --kind ?' lists the "
                         "patrol kinds",
                         "jenis '{value}' tidak dikenal: bukan jenis patroli, jenis insiden "
                         "atau peran kontak (mis. {examples}); 'patrolog list patroli --kind ?' "
                         "menampilkan jenis patroli"),
    # -- times that have not happened ----------------------------------------------------------
    "err.in_future": ("{value} is later than now ({now}); a journal records what has "
                      "happened: check the day (a time without a date is the most recent one)",
                      "{value} lebih lambat dari sekarang ({now}); jurnal mencatat yang sudah "
                      "terjadi: periksa harinya (jam tanpa tanggal berarti yang terakhir lewat)"),
    "err.date_in_hours": ("'{value}' counts hours ('h' is hours); a date counts days: "
                          "write e.g. '+3d' or '3 days'",
                          "'{value}' dihitung dalam jam ('h' berarti jam); tanggal dihitung "
                          "dalam hari: tulis mis. '+3 hari' atau '3 hari'"),
    "err.no_such_day": ("there is no '{value}': {month} has {days} days",
                        "tanggal '{value}' tidak ada: bulan {month} hanya {days} hari"),
    "err.due_before_contact": (
        "the due day {due} is before the contact ({met}); a promise is due after it is made",
        "tenggat {due} lebih awal dari kontaknya ({met}); janji jatuh tempo setelah dibuat"),
    "err.due_far": (
        "'{value}' reads as {due}, more than six months after the contact ({met}); "
        "write the year if that is meant (e.g. {example})",
        "'{value}' terbaca {due}, lebih dari enam bulan setelah kontak ({met}); "
        "tulis tahunnya bila memang itu maksudnya (mis. {example})"),
    # -- input that cannot be read at all ------------------------------------------------------
    "err.not_utf8": ("'{text}' is not UTF-8 text (bytes shown as \\x..); set the terminal to "
                     "UTF-8 (LANG=C.UTF-8) or type it again",
                     "'{text}' bukan teks UTF-8 (byte ditampilkan sebagai \\x..); atur "
                     "terminal ke UTF-8 (LANG=C.UTF-8) atau ketik ulang"),
    # -- numbers out of range (exit 2) ---------------------------------------------------------
    "err.count_too_large": ("{field} {value} is too large (at most {max})",
                            "{field} {value} terlalu besar (paling banyak {max})"),
    "err.limit_too_large": ("--limit {value} is too large (at most {max}); leave it out to list "
                            "everything",
                            "--limit {value} terlalu besar (paling banyak {max}); hilangkan "
                            "untuk menampilkan semua"),
}
