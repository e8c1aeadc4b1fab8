"""A record's history, readably: what changed, from what to what, and when (`show`).

The journal keeps each earlier version whole (`show --json` gives them, oldest first);
a person wants the differences, so consecutive versions are compared here.
"""

from __future__ import annotations

from patrolog.core.i18n import t
from patrolog.core.kinds import BY_PREFIX
from patrolog.core.times import human

_SKIP = ("updated_at", "created_at")


def history_lines(rec: dict, show_value) -> list[str]:  # noqa: ANN001 - (kind, name, value) -> str
    """One line per change: `Sel 1 Des 19.00  status: terbuka → selesai`; the record's
    creation first. `show_value` renders a field's value as `show` does."""
    versions = [*rec.get("history", []), rec]
    if len(versions) < 2:
        return []
    kind = BY_PREFIX[rec["id"][0]]
    lines = [f"  {t('label.history')}:",
             f"    {_when(versions[0].get('created_at'))}  {t('label.created')}"]
    for before, after in zip(versions, versions[1:]):
        when = _when(after.get("updated_at") or after.get("deleted_at"))
        changed = []
        for name in kind.fields:
            if name in _SKIP or before.get(name) == after.get(name):
                continue
            old = _shown(show_value, kind.name, name, before.get(name))
            new = _shown(show_value, kind.name, name, after.get(name))
            changed.append(f"{t('field.' + name)}: {old} → {new}")
        if after.get("deleted_at") and not before.get("deleted_at"):
            changed.append(t("label.deleted"))
        lines.append(f"    {when}  " + ("; ".join(changed) or t("label.no_change")))
    return lines


def _shown(show_value, kind: str, name: str, value: object) -> str:  # noqa: ANN001
    if value in (None, "", []):
        return "—"
    if name.endswith("_at") and isinstance(value, str):
        return human(value)
    return show_value(kind, name, value)


def _when(stamp: object) -> str:
    return human(stamp) if isinstance(stamp, str) else "?"
