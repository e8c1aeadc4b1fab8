"""Catalogue: the report as a document (html, pdf, png, svg, the WhatsApp text).

key -> (English, Indonesian). The digest's section headings and labels are in
`report.py`; these are the words the documents add: the letter around the
report (greeting, closing, signature), the report card's labels, the unit's
table and the output-file errors.
"""

MESSAGES: dict[str, tuple[str, str]] = {
    # -- the letter around the report ------------------------------------------------
    "doc.greeting.to": ("To {addressee},", "Kepada Yth. {addressee},"),
    "doc.greeting": ("Reporting the Bhabinkamtibmas activities for {period}.",
                     "Izin melaporkan kegiatan Bhabinkamtibmas periode {period}."),
    "doc.closing": ("Respectfully reported.", "Demikian dilaporkan."),
    "doc.nrp": ("NRP {nrp}", "NRP {nrp}"),
    "doc.signature": ("Reported by", "Yang melaporkan"),
    # -- figures and lists -----------------------------------------------------------
    "doc.n_officers": ("{n} officers", "{n} personel"),
    "doc.n_officers.one": ("1 officer", "1 personel"),
    "doc.hours_word": ("hours", "jam"),
    "doc.days_out_word": ("days out", "hari berpatroli"),
    "doc.visits_word": ("place visits", "kunjungan"),
    "doc.contacts_word": ("contacts", "kontak warga"),
    "doc.incidents_word": ("incidents", "insiden"),
    "doc.promises_word": ("follow-ups", "tindak lanjut"),
    "doc.overdue_word": ("overdue", "terlambat"),
    "doc.times": ("{n}×", "{n}×"),
    "doc.parties": ("Parties", "Pihak"),
    "doc.resolution": ("Resolution", "Penyelesaian"),
    "doc.incident_list": ("What happened", "Rincian kejadian"),
    "doc.fu_line": ("{opened} opened, {done} done, {overdue} overdue now.",
                    "{opened} dibuka, {done} selesai, {overdue} terlambat saat ini."),
    "doc.promised": ("Promised {scope}", "Dijanjikan {scope}"),
    "doc.chart_caption": ("Patrols per day", "Patroli per hari"),
    "doc.chart_title": ("Patrols per day {scope}", "Patroli per hari {scope}"),
    # -- config keys the letter uses ---------------------------------------------------
    "field.nrp": ("NRP", "NRP"),
    "field.addressee": ("addressee", "tujuan laporan"),
    # -- output files ------------------------------------------------------------------
    "err.report_binary_terminal": (
        "--format {fmt} is a file, not for the screen: add --output FILE (or pipe it)",
        "--format {fmt} berupa berkas, bukan untuk layar: tambahkan --output BERKAS "
        "(atau alirkan ke pipa)"),
    "err.report_unknown_extension": (
        "cannot tell the format from '{path}'; add --format ({choices})",
        "format tidak dapat ditentukan dari '{path}'; tambahkan --format ({choices})"),
}
