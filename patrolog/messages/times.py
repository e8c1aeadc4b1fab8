"""Catalogue: times as people write them (SPEC §2) — refusals of times that have not happened.

key -> (English, Indonesian). Times in these messages come from `timeparse.human`
('Tue 1 Dec 19:00' / 'Sel 1 Des 19.00'), never ISO text.
"""

MESSAGES: dict[str, tuple[str, str]] = {
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
}
