"""Catalogue: a unit's journal — the digest by officer, `--officer`, whose record it is.
key -> (English, Indonesian)."""

MESSAGES: dict[str, tuple[str, str]] = {
    # -- options and refusals ------------------------------------------------------------
    "opt.officer": ("Only this officer's records (a unit's journal holds several); "
                    "case does not matter.",
                    "Hanya catatan petugas ini (jurnal kesatuan berisi beberapa petugas); "
                    "huruf besar/kecil tidak berpengaruh."),
    "err.unknown_officer": ("no officer named '{officer}' in this journal; officers: {choices}",
                            "tidak ada petugas bernama '{officer}' di jurnal ini; petugas: "
                            "{choices}"),
    # -- lists ------------------------------------------------------------------------------
    "col.officer": ("Officer", "Petugas"),
    "unit.due_line": ("{officer}: {text}", "{officer}: {text}"),
    # -- the unit's digest ------------------------------------------------------------------
    "unit.title.week": ("Bhabinkamtibmas Weekly Report of the Unit",
                        "Laporan Mingguan Bhabinkamtibmas Kesatuan"),
    "unit.title.month": ("Bhabinkamtibmas Monthly Recap of the Unit",
                         "Rekap Bulanan Bhabinkamtibmas Kesatuan"),
    "unit.title.range": ("Bhabinkamtibmas Activity Report of the Unit",
                         "Laporan Kegiatan Bhabinkamtibmas Kesatuan"),
    "unit.officers": ("{n}", "{n} orang"),
    "unit.grades": ("Grades", "Kategori"),
    "unit.grades_line": ("AKTIF {AKTIF} · CUKUP {CUKUP} · KURANG {KURANG}",
                         "AKTIF {AKTIF} · CUKUP {CUKUP} · KURANG {KURANG}"),
    "unit.grade_rule": ("each officer's own: 0 patrols a week KURANG, 1–3 CUKUP, 4 or more AKTIF",
                        "per petugas: 0 patroli seminggu KURANG, 1–3 CUKUP, 4 atau lebih AKTIF"),
    "unit.sec.by_officer": ("By officer", "Per petugas"),
    "unit.col.officer": ("Officer", "Petugas"),
    "unit.col.grade": ("Grade", "Kategori"),
    "unit.col.patrols": ("Patrols", "Patroli"),
    "unit.col.hours": ("Hours", "Jam"),
    "unit.col.days": ("Days out", "Hari berpatroli"),
    "unit.col.visits": ("Visits", "Kunjungan"),
    "unit.col.contacts": ("Contacts", "Kontak"),
    "unit.col.incidents": ("Incidents", "Insiden"),
    "unit.col.followups": ("Follow-ups new/done/overdue", "Tindak lanjut baru/selesai/terlambat"),
    "unit.row.patrols": ("{patrols} patrols, {hours}, {days} days out",
                         "{patrols} patroli, {hours}, {days} hari berpatroli"),
    "unit.row.met": ("{visits} place visits, {contacts} contacts, {incidents} incidents",
                     "{visits} kunjungan, {contacts} kontak, {incidents} insiden"),
    "unit.row.followups": ("follow-ups {opened} new, {done} done, {overdue} overdue",
                           "tindak lanjut {opened} baru, {done} selesai, {overdue} terlambat"),
    "unit.kinds": ("Activities", "Kegiatan"),
    "unit.by_field": ("Concerns and hopes by field", "Keluhan dan harapan per bidang"),
    "unit.field_counts": ("{concerns}, {hopes}", "{concerns}, {hopes}"),
    "unit.concerns": ("{n} concerns", "{n} keluhan"),
    "unit.concerns.one": ("1 concern", "1 keluhan"),
    "unit.hopes": ("{n} hopes", "{n} harapan"),
    "unit.hopes.one": ("1 hope", "1 harapan"),
    # -- the grades alone: `report --grades` (docs/report-json.md "The grades alone") -------
    "opt.report_grades": ("Only each officer's grade and numbers (no coverage, people or "
                          "lists): fast over many units; on the server, every unit the login "
                          "reads unless --unit names one.",
                          "Hanya kategori dan angka tiap petugas (tanpa cakupan, warga atau "
                          "daftar): cepat untuk banyak kesatuan; di server, semua kesatuan yang "
                          "dapat dibaca login kecuali --unit menyebut satu."),
    "err.report_grades_officer": ("--grades lists every officer; leave out --officer (or use "
                                  "report --officer without --grades)",
                                  "--grades mendaftar semua petugas; hapus --officer (atau "
                                  "pakai report --officer tanpa --grades)"),
    "err.report_grades_format": ("--grades has no {fmt} card; use one of {choices}",
                                 "--grades tidak punya kartu {fmt}; pakai salah satu dari "
                                 "{choices}"),
    "grades.title.week": ("Bhabinkamtibmas Grades of the Week",
                          "Rekap Kategori Mingguan Bhabinkamtibmas"),
    "grades.title.month": ("Bhabinkamtibmas Grades of the Month",
                           "Rekap Kategori Bulanan Bhabinkamtibmas"),
    "grades.title.range": ("Bhabinkamtibmas Grades", "Rekap Kategori Bhabinkamtibmas"),
    "grades.units": ("Units", "Kesatuan"),
    "grades.n_units": ("{n}", "{n} kesatuan"),
    "grades.sec.by_unit": ("Grades by unit", "Kategori per kesatuan"),
    "grades.col.unit": ("Unit", "Kesatuan"),
    "grades.col.officers": ("Officers", "Personel"),
    "grades.empty": ("No officer has records in this period or the 4 weeks before it.",
                     "Tidak ada petugas dengan catatan pada periode ini atau 4 minggu "
                     "sebelumnya."),
}
