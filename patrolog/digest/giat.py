"""The digest's problem-solving cases (docs/commands.md#giat-fields, docs/digest.md#sections): disputes settled or being settled,
with their parties and what was agreed. Kept apart from `digest.py` so the giat fields
are found under their name.
"""

from __future__ import annotations

from typing import Any

LIST_LIMIT = 20  # cases listed; the count stays exact

# An incident is a problem-solving case when its parties or an outcome were recorded, or
# when it is a dispute (what problem solving settles, agreed or not yet).
_CASE = "(i.parties <> '[]' OR coalesce(i.resolution, '') <> '' OR i.kind = 'dispute')"


def problem_solving(q: Any, lo: str, hi: str) -> dict[str, Any]:
    """`{"count": N, "items": [{id, occurred_at, kind, location, parties, resolution,
    status, officer}, ...]}` in time order (at most LIST_LIMIT items)."""
    import json

    where = (f"i.occurred_at >= :lo AND i.occurred_at < :hi AND i.deleted_at IS NULL "
             f"AND {_CASE}{q.who('i.')}")
    count = q.rows(f"SELECT count(*) FROM incidents i WHERE {where}", lo=lo, hi=hi)[0][0]
    rows = q.rows(
        "SELECT i.id, i.occurred_at, i.kind, i.location, i.parties, i.resolution, i.status, "
        f"i.officer FROM incidents i WHERE {where} ORDER BY i.occurred_at, i.id LIMIT :limit",
        lo=lo, hi=hi, limit=LIST_LIMIT)
    items = [{"id": f"I{r['id']}", "occurred_at": r["occurred_at"], "kind": r["kind"],
              "location": r["location"], "parties": json.loads(r["parties"] or "[]"),
              "resolution": r["resolution"], "status": r["status"], "officer": r["officer"]}
             for r in rows]
    return {"count": count, "items": items}


def add_to(result: dict, q: Any, lo: str, hi: str) -> None:
    """Put `incidents.problem_solving` into a digest (concerns and hopes by field are
    `digest._by_field`'s)."""
    result["incidents"]["problem_solving"] = problem_solving(q, lo, hi)
