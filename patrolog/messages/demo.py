"""Catalogue entries: key -> (English, Indonesian)."""

MESSAGES: dict[str, tuple[str, str]] = {}
