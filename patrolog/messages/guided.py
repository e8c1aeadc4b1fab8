"""Catalogue: the guided `patrolog add` (prompts, going back, the summary, result).

key -> (English, Indonesian). Placeholders are `str.format` fields.
"""

MESSAGES: dict[str, tuple[str, str]] = {
    "guided.intro": ("New shift entry (times in {zone}).", "Catat giat baru (waktu {zone})."),
    "guided.keys": ("Enter = the answer in [brackets], or skip · < = back to the question "
                    "before · Ctrl-C = cancel, nothing saved",
                    "Enter = isian dalam [kurung] atau lewati · < = kembali ke pertanyaan "
                    "sebelumnya · Ctrl-C = batal tanpa menyimpan"),
    "guided.required": ("This answer is needed.", "Bagian ini wajib diisi."),
    "guided.choices": ("a number 1–{n} or a word from the list",
                       "nomor 1–{n} atau kata dari daftar"),
    "guided.yesterday": ("yesterday", "kemarin"),
    "guided.not_yet": ("{value} is still ahead; for yesterday type e.g. 'yesterday {clock}'",
                       "{value} belum lewat; untuk kemarin ketik mis. 'kemarin {clock}'"),
    # -- patrol ------------------------------------------------------------------------
    "guided.section_patrol": ("Patrol", "Patroli"),
    "guided.start": ("Patrol started", "Mulai patroli"),
    "guided.end": ("Patrol ended (or its length, e.g. 3h)",
                   "Selesai patroli (atau lamanya, mis. 3j)"),
    "guided.kind": ("Kind of patrol", "Jenis patroli"),
    "guided.area": ("Area (kelurahan, RW or route)", "Wilayah (kelurahan, RW atau rute)"),
    "guided.places_intro": ("Places visited: a type, then its name, or type:name at once. "
                            "Empty line when done.",
                            "Tempat dikunjungi: pilih jenis lalu nama, atau jenis:nama "
                            "sekaligus. Baris kosong = selesai."),
    "guided.place": ("Place {n}", "Tempat {n}"),
    "guided.place_name": ("Name ({type})", "Nama {type}"),
    "guided.summary": ("What was done (summary)", "Ringkasan kegiatan"),
    "guided.tags": ("Tags, separated by commas", "Label, pisahkan dengan koma"),
    # -- incidents ---------------------------------------------------------------------
    "guided.any_incident": ("Any incident on this shift?", "Ada insiden selama patroli ini?"),
    "guided.another_incident": ("Another incident?", "Ada insiden lain?"),
    "guided.section_incident": ("Incident {n}", "Insiden {n}"),
    "guided.incident_kind": ("Kind of incident", "Jenis insiden"),
    "guided.occurred_at": ("Time", "Waktu kejadian"),
    "guided.location": ("Location", "Lokasi"),
    "guided.description": ("What happened", "Uraian kejadian"),
    "guided.action": ("Action taken", "Tindakan yang diambil"),
    "guided.injured": ("Injured (people)", "Korban luka (orang)"),
    "guided.dead": ("Dead (people)", "Korban meninggal (orang)"),
    "guided.severity": ("Severity", "Tingkat keparahan"),
    "guided.status": ("Status", "Status"),
    "guided.referred_to": ("Handed over to", "Dilimpahkan ke"),
    # -- contacts ----------------------------------------------------------------------
    "guided.any_contact": ("Did you meet anyone to note (a contact)?",
                           "Ada warga atau tokoh yang ditemui (kontak)?"),
    "guided.another_contact": ("Anyone else?", "Ada kontak lain?"),
    "guided.section_contact": ("Contact {n}", "Kontak {n}"),
    "guided.role": ("Who (role)", "Peran"),
    "guided.met_at": ("Time met", "Waktu bertemu"),
    "guided.name": ("Name (empty = anonymous)", "Nama (kosong = anonim)"),
    "guided.organisation": ("Organisation", "Organisasi/lembaga"),
    "guided.contact_place": ("Where you met", "Tempat bertemu"),
    "guided.phone": ("Phone", "Nomor HP"),
    "guided.topic": ("Topic discussed", "Topik pembicaraan"),
    "guided.concern": ("Concern raised", "Keluhan warga"),
    "guided.follow_up": ("Follow-up you promised", "Tindak lanjut yang dijanjikan"),
    "guided.due": ("Follow-up due", "Tenggat tindak lanjut"),
    # -- check and save ----------------------------------------------------------------
    "guided.check": ("Check before saving", "Periksa sebelum disimpan"),
    "guided.save": ("Save?", "Simpan?"),
    "guided.not_saved": ("Nothing saved.", "Tidak ada yang disimpan."),
    "guided.saved": ("Saved {ids}: {what}.", "Tersimpan {ids}: {what}."),
    "guided.what_patrol": ("{kind} of {length}", "{kind} {length}"),
    "guided.n_places": ("{n} place(s)", "{n} tempat"),
    "guided.n_incidents": ("{n} incident(s)", "{n} insiden"),
    "guided.n_contacts": ("{n} contact(s)", "{n} kontak"),
    "guided.length_hm": ("{h}h{m:02d}m", "{h} jam {m} menit"),
    "guided.length_h": ("{h}h", "{h} jam"),
    "guided.length_m": ("{m} min", "{m} menit"),
    # -- going back, changing an answer at the summary -----------------------------------------
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
    # -- a dispute's parties and resolution, a contact's hope and field ------------------------
    "guided.hope": ("Hope expressed", "Harapan warga"),
    "guided.field": ("Field of the concern or hope", "Bidang keluhan/harapan"),
    "guided.parties": ("Parties involved, separated by ;", "Para pihak, pisahkan dengan ;"),
    "guided.resolution": ("What was agreed / how it ended", "Hasil kesepakatan/penyelesaian"),
}
