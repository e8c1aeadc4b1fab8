"""Catalogue: the words an officer types and the language they read (issue 10 point 3).

key -> (English, Indonesian).
"""

MESSAGES: dict[str, tuple[str, str]] = {
    "warn.unknown_lang_env": ("PATROLOG_LANG='{value}' is not a language patrolog speaks "
                              "(id, en); it is ignored",
                              "PATROLOG_LANG='{value}' bukan bahasa yang dikenal patrolog "
                              "(id, en); diabaikan"),
    "err.kind_is_records": ("'{value}' names records, not a kind of them; to list them: "
                            "patrolog list {value}",
                            "'{value}' adalah jenis catatan, bukan kategorinya; untuk "
                            "menampilkannya: patrolog list {value}"),
    "err.bad_category": ("unknown kind '{value}': not a patrol kind, incident kind or contact "
                         "role (e.g. {examples}); 'patrolog list patrols --kind ?' lists the "
                         "patrol kinds",
                         "jenis '{value}' tidak dikenal: bukan jenis patroli, jenis insiden "
                         "atau peran kontak (mis. {examples}); 'patrolog list patroli --kind ?' "
                         "menampilkan jenis patroli"),
}
