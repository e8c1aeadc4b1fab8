"""Catalogue: redaction, erase, purge, retention (SPEC §7). key -> (English, Indonesian)."""

MESSAGES: dict[str, tuple[str, str]] = {
    "opt.export_redact": ("Residents as initials (Pak Rahmat Hidayat -> R.H.), no phone "
                          "numbers or NIK, in every field.",
                          "Warga ditulis inisial (Pak Rahmat Hidayat -> R.H.), tanpa nomor "
                          "telepon atau NIK, di semua isian."),
}
