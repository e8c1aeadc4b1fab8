"""Follow-ups and `due` in words: the lines a person reads, from the data
`patrolog.digest.followups` returns (it words nothing itself)."""

from __future__ import annotations

from typing import Any

from patrolog.core import vocab
from patrolog.core.i18n import t


def days_text(n: int) -> str:
    return t("fu.days_one" if n == 1 else "fu.days_many", n=n)


def who(rec: dict) -> str:
    """The person a promise was made to: their name, else their role."""
    return rec.get("name") or vocab.label("role", rec["role"])


def incident_title(rec: dict) -> str:
    """'traffic accident, Jl. Cikini Raya': what a person recognises an incident by."""
    parts = [vocab.label("incident_kind", rec["kind"]), rec.get("location")]
    return ", ".join(p for p in parts if p)


def retention_text(stored: str) -> str:
    """`18 months` in the user's language."""
    amount, unit = stored.split()
    return t(f"retention.{unit}", n=int(amount))


def due_text(item: dict[str, Any]) -> str:
    """What one `due` item says, without its id or officer."""
    facts, reason = item["facts"], item["reason"]
    if reason == "no_patrol_yesterday":
        if facts["last"]:
            return t("due.no_patrol_since", day=facts["day"], last=facts["last"])
        key = "due.officer_no_patrol_ever" if item["officer"] else "due.no_patrol_ever"
        return t(key, day=facts["day"])
    if reason == "followup_overdue":
        return t("due.followup_overdue", late=days_text(item["days"]), what=facts["what"],
                 who=who(facts))
    if reason == "incident_open":
        return t("due.incident_open", days=days_text(item["days"]), what=incident_title(facts))
    return t("due.retention", count=facts["count"],
             retention=retention_text(facts["retention"]), day=item["due"],
             **item["counts"])


def due_line(item: dict[str, Any], named: bool) -> str:
    """The item's line: its id first, and in a unit's journal (`named`) whose it is."""
    text = due_text(item)
    if named and item["officer"]:
        text = t("unit.due_line", officer=item["officer"], text=text)
    return f"{item['id']}  {text}" if item["id"] else text


def due_json(item: dict[str, Any], named: bool) -> dict[str, Any]:
    """The item as `due --json` writes it (docs/report-json.md): its line as `message`."""
    out = {"id": item["id"], "reason": item["reason"], "message": due_line(item, named),
           "due": item["due"], "days": item["days"], "officer": item["officer"]}
    if "counts" in item:
        out["counts"] = item["counts"]
    return out
