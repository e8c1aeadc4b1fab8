"""Catalogue: `--officer` where it narrows more than a list — `followups --done` refusing
another officer's record, `due`'s missing patrol per officer of a unit.
key -> (English, Indonesian)."""

MESSAGES: dict[str, tuple[str, str]] = {
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
