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
}
