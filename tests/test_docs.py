"""The documentation stands on its own: docs/vocabulary.md lists every code and word that
the vocabulary module accepts, so the page a script author reads never drifts from the code."""

from __future__ import annotations

from pathlib import Path

from patrolog.core.vocab import VOCABULARIES

REPO = Path(__file__).resolve().parents[1]


def test_vocabulary_page_lists_every_code_and_word() -> None:
    rows = {}
    for line in (REPO / "docs" / "vocabulary.md").read_text(encoding="utf-8").splitlines():
        if line.startswith("| `"):
            cells = [c.strip() for c in line.strip("|").split("|")]
            words = [cells[1], cells[2], *(w.strip() for w in cells[3].split(",") if w.strip())]
            rows.setdefault(cells[0].strip("`"), set()).update(w.casefold() for w in words)
    for name, vocabulary in VOCABULARIES.items():
        for code, words in vocabulary.items():
            assert code in rows, f"docs/vocabulary.md: {name} code {code} missing"
            missing = {w.casefold() for w in words} - rows[code] - {code.casefold()}
            assert not missing, f"docs/vocabulary.md: {name} {code} lacks {sorted(missing)}"
