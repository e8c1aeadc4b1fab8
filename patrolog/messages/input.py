"""Catalogue entries for input that cannot be read at all: key -> (English, Indonesian)."""

MESSAGES: dict[str, tuple[str, str]] = {
    "err.not_utf8": ("'{text}' is not UTF-8 text (bytes shown as \\x..); set the terminal to "
                     "UTF-8 (LANG=C.UTF-8) or type it again",
                     "'{text}' bukan teks UTF-8 (byte ditampilkan sebagai \\x..); atur "
                     "terminal ke UTF-8 (LANG=C.UTF-8) atau ketik ulang"),
}
