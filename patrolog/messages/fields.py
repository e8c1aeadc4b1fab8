"""The giat fields (SPEC §2): a dispute's parties and resolution, a contact's hope and
field; duplicates refused. Option help is in `core` (the start-up path of `add`)."""

MESSAGES: dict[str, tuple[str, str]] = {
    "guided.hope": ("Hope expressed", "Harapan warga"),
    "guided.field": ("Field of the concern or hope", "Bidang keluhan/harapan"),
    "guided.parties": ("Parties involved, separated by ;", "Para pihak, pisahkan dengan ;"),
    "guided.resolution": ("What was agreed / how it ended", "Hasil kesepakatan/penyelesaian"),
    "digest.problem_solving": ("Problem solving", "Problem solving"),
    "digest.parties": ("parties", "para pihak"),
    "digest.outcome": ("outcome", "hasil"),
}
