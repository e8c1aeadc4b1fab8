"""Catalogue: `followups` and `due` (with --officer: whose record it is).
key -> (English, Indonesian)."""

MESSAGES: dict[str, tuple[str, str]] = {
    # -- help ------------------------------------------------------------------------
    "help.followups_epilog": (
        "Order: overdue promises (most late first), promises by due date, promises without "
        "a due date, then open incidents (oldest first). --done keeps the earlier version "
        "in the record's history, as 'patrolog edit' does; with --officer it marks only "
        "that officer's record and refuses another's (exit 2, nothing marked).",
        "Urutan: janji yang terlambat (paling lama lebih dulu), janji menurut tenggat, "
        "janji tanpa tenggat, lalu insiden terbuka (paling lama lebih dulu). --done "
        "menyimpan versi sebelumnya di riwayat catatan, seperti 'patrolog edit'; dengan "
        "--officer hanya catatan petugas itu yang ditandai, milik petugas lain ditolak "
        "(kode 2, tidak ada yang ditandai)."),
    "help.due_epilog": (
        "Exit status: 0 nothing due (and nothing printed, unless on a terminal), 1 something "
        "is due, 2 bad usage, 3 the journal cannot be used (missing: a mistyped PATROLOG_DB "
        "is not 'nothing logged'; or damaged: SQLite's quick check runs here, daily). A "
        "journal with no patrol yet reports 'no patrol logged yesterday' and exits 1; a "
        "unit's journal reports it once per officer of the unit who logged none, naming "
        "them. For a daily cron line, see the README.",
        "Kode keluar: 0 tidak ada yang perlu perhatian (tanpa keluaran, kecuali di "
        "terminal), 1 ada yang perlu perhatian, 2 penggunaan salah, 3 jurnal tidak dapat "
        "dipakai (tidak ada: PATROLOG_DB yang salah ketik bukan 'tidak ada catatan'; atau "
        "rusak: pemeriksaan cepat SQLite berjalan di sini, setiap hari). Jurnal yang belum "
        "berisi patroli melaporkan 'tidak ada patroli tercatat kemarin' dan keluar dengan "
        "1; jurnal kesatuan melaporkannya sekali untuk tiap petugas kesatuan yang tidak "
        "mencatat, dengan namanya. Untuk baris cron harian, lihat README."),
    "opt.overdue": ("Only promises past their due date.",
                    "Hanya janji yang sudah lewat tenggat."),
    "opt.done": ("Mark a promise kept (contact C…) or an incident resolved (I…).",
                 "Tandai janji sudah dipenuhi (kontak C…) atau insiden selesai (I…)."),
    # -- errors (exit 2) ------------------------------------------------------------------
    "err.done_wrong_kind": ("{id} is not a contact or an incident; --done takes a promise "
                            "(C…) or an incident (I…)",
                            "{id} bukan kontak atau insiden; --done untuk janji tindak "
                            "lanjut (C…) atau insiden (I…)"),
    "err.done_no_follow_up": ("{id} has no promised follow-up to mark done",
                              "{id} tidak memiliki tindak lanjut yang dijanjikan"),
    "err.done_already": ("the follow-up of {id} was already marked done on {when}",
                         "tindak lanjut {id} sudah ditandai selesai pada {when}"),
    "err.done_already_resolved": ("incident {id} is already resolved",
                                  "insiden {id} sudah berstatus selesai"),
    "err.done_with_overdue": ("--done cannot be combined with --overdue",
                              "--done tidak dapat digabung dengan --overdue"),
    # -- followups -----------------------------------------------------------------------
    "fu.days_one": ("1 day", "1 hari"),
    "fu.days_many": ("{n} days", "{n} hari"),
    "fu.late": ("{days} late", "{days} terlambat"),
    "fu.due_today": ("due today", "tenggat hari ini"),
    "fu.due_in": ("due in {days}", "{days} lagi"),
    "fu.no_due": ("no due date", "tanpa tenggat"),
    "fu.open_for": ("open {days}", "terbuka {days}"),
    "fu.open_today": ("open since today", "terbuka sejak hari ini"),
    "fu.nothing_open": ("Nothing open: every promise is kept and no incident is open.",
                        "Tidak ada yang tertunda: semua janji sudah dipenuhi dan tidak ada "
                        "insiden terbuka."),
    "fu.nothing_overdue": ("No overdue follow-ups.", "Tidak ada tindak lanjut yang terlambat."),
    "fu.done_contact": ("{id}: follow-up marked done ({what})",
                        "{id}: tindak lanjut ditandai selesai ({what})"),
    "fu.done_incident": ("{id}: incident resolved ({what})",
                         "{id}: insiden ditandai selesai ({what})"),
    "col.due_or_time": ("Due / time", "Tenggat / waktu"),
    "col.who": ("Who / what", "Siapa / kejadian"),
    "col.promised": ("Promised / details", "Janji / uraian"),
    "col.status": ("Status", "Status"),
    # -- due -------------------------------------------------------------------------------
    "due.no_patrol_since": ("no patrol logged yesterday ({day}); the last one started {last}",
                            "tidak ada patroli tercatat kemarin ({day}); patroli terakhir "
                            "{last}"),
    "due.no_patrol_ever": ("no patrol logged yesterday ({day}); the journal has no patrol yet",
                           "tidak ada patroli tercatat kemarin ({day}); jurnal belum berisi "
                           "patroli"),
    "due.followup_overdue": ("follow-up {late} late: {what} ({who})",
                             "tindak lanjut terlambat {late}: {what} ({who})"),
    "due.incident_open": ("incident open for {days}: {what}",
                          "insiden masih terbuka {days}: {what}"),
    "due.nothing": ("Nothing due today.", "Tidak ada yang perlu ditindaklanjuti hari ini."),
    # -- --officer: followups --done ID refusing another's record, due per officer -------------
    # -- followups --done ID --officer NAME ---------------------------------------------------
    "err.done_not_theirs": ("{id} is {owner}'s, not {officer}'s; nothing marked done",
                            "{id} milik {owner}, bukan milik {officer}; tidak ada yang "
                            "ditandai selesai"),
    "err.done_no_owner": ("{id} names no officer, so it is not {officer}'s; nothing marked "
                          "done",
                          "{id} tidak mencantumkan petugas, jadi bukan milik {officer}; tidak "
                          "ada yang ditandai selesai"),
    # -- due: one officer's missing patrol ------------------------------------------------------
    "due.officer_no_patrol_ever": ("no patrol logged yesterday ({day}); no patrol of theirs "
                                   "in the journal yet",
                                   "tidak ada patroli tercatat kemarin ({day}); belum ada "
                                   "patroli petugas ini di jurnal"),
}
