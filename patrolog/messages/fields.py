"""The giat fields (SPEC §2): a dispute's parties and resolution, a contact's hope and
field; duplicates refused. Option help is in `core` (the start-up path of `add`)."""

MESSAGES: dict[str, tuple[str, str]] = {
    "guided.hope": ("Hope expressed", "Harapan warga"),
    "guided.field": ("Field of the concern or hope", "Bidang keluhan/harapan"),
    "guided.parties": ("Parties involved, separated by ;", "Para pihak, pisahkan dengan ;"),
    "guided.resolution": ("What was agreed / how it ended", "Hasil kesepakatan/penyelesaian"),
    "err.duplicate_patrol": (
        "this patrol is already in the journal as {id} (same officer, kind, start, end and "
        "places); nothing added",
        "patroli ini sudah tercatat sebagai {id} (petugas, jenis, mulai, selesai dan tempat "
        "sama); tidak ada yang ditambahkan"),
    "err.duplicate_incident": (
        "this incident is already in the journal as {id} (same officer, kind and time); "
        "nothing added",
        "insiden ini sudah tercatat sebagai {id} (petugas, jenis dan waktu sama); tidak ada "
        "yang ditambahkan"),
    "err.duplicate_contact": (
        "this contact is already in the journal as {id} (same officer, role, name and time); "
        "nothing added",
        "kontak ini sudah tercatat sebagai {id} (petugas, peran, nama dan waktu sama); tidak "
        "ada yang ditambahkan"),
    "digest.problem_solving": ("Problem solving", "Problem solving"),
    "digest.parties": ("parties", "para pihak"),
    "digest.outcome": ("outcome", "hasil"),
}
