"""Catalogue: guided entry that forgives — going back, changing an answer at the summary.

key -> (English, Indonesian).
"""

MESSAGES: dict[str, tuple[str, str]] = {
    "guided.first_question": ("This is the first question; there is none before it.",
                              "Ini pertanyaan pertama; tidak ada yang sebelumnya."),
    "guided.answers": ("Your answers:", "Jawaban Anda:"),
    "guided.final_keys": ("Enter = save · 1–{n} = change that answer · < = back · "
                          "discard = throw the shift away",
                          "Enter = simpan · 1–{n} = ubah jawaban itu · < = kembali · "
                          "batal = buang giat ini"),
    "guided.left_empty": ("{numbers}: {n} more left empty or answered no · 'empty' lists them",
                          "{numbers}: {n} lainnya kosong atau dijawab tidak · ketik 'kosong' "
                          "untuk melihatnya"),
    "guided.final_no": ("Not saved yet: type a number 1–{n} to change an answer, or 'discard' "
                        "(batal) to throw the whole shift away.",
                        "Belum disimpan: ketik nomor 1–{n} untuk mengubah jawaban, atau 'batal' "
                        "untuk membuang seluruh giat ini."),
    "guided.final_bad": ("Type Enter or y to save, a number 1–{n} to change an answer, or "
                         "'discard'.",
                         "Ketik Enter atau y untuk menyimpan, nomor 1–{n} untuk mengubah "
                         "jawaban, atau 'batal'."),
    "label.created": ("created", "dibuat"),
    "label.no_change": ("saved again, no field changed", "disimpan ulang, tanpa perubahan"),
}
