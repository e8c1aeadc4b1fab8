"""The digest as a chat message an officer sends upward (WhatsApp): a laphar-style summary.

Short lines for a phone screen, `*bold*` headings (WhatsApp's bold), one emoji per
section heading, no table art, dates the Indonesian way.
"""

from __future__ import annotations

import textwrap
from datetime import date

from patrolog import vocab
from patrolog.i18n import t
from patrolog.render import report as r

WIDTH = 44
_ICON = {"patrols": "🚓", "coverage": "📍", "contacts": "💬", "incidents": "🚨",
         "followups": "📌", "change": "📊"}


def render_text(digest: dict) -> str:
    from patrolog.render import report_unit as unit

    by_officer = [unit.text_section(digest, wrap)] if unit.is_unit(digest) else []
    blocks = [_header(digest), *by_officer, _patrols(digest), _coverage(digest), _contacts(digest),
              _incidents(digest), _followups(digest), _change(digest), [t("digest.closing")]]
    return "\n\n".join("\n".join(b) for b in blocks) + "\n"


def wrap(text: str, first: str = "- ", rest: str = "  ") -> list[str]:
    """One item as short lines, the continuation indented under its text."""
    return textwrap.wrap(text, WIDTH, initial_indent=first, subsequent_indent=rest,
                         break_long_words=False, break_on_hyphens=False) or [first.rstrip()]


def flow(atoms: list[str], first: str = "- ", rest: str = "  ") -> list[str]:
    """Words and names as short lines, broken only between atoms, so `RW 05` stays whole."""
    lines: list[str] = []
    cur = ""
    for atom in atoms:
        prefix = rest if lines else first
        if cur and len(prefix) + len(cur) + 1 + len(atom) > WIDTH:
            lines.append(prefix + cur)
            cur = atom
        else:
            cur = f"{cur} {atom}" if cur else atom
    lines.append((rest if lines else first) + cur)
    # an atom longer than a line still has to fit a phone screen
    return [part for line in lines
            for part in (wrap(line[len(rest):], first=line[:len(rest)], rest=rest)
                         if len(line) > WIDTH else [line])]


def pack(label: str, items: list[str], first: str = "- ", rest: str = "  ") -> list[str]:
    """`Label: a, b, c` broken only between items."""
    return flow([f"{label}:"] + [f"{x}," for x in items[:-1]] + items[-1:], first, rest)


def _heading(section: str, key: str | None = None, extra: str = "") -> str:
    return f"{_ICON[section]} *{t(key or f'digest.sec.{section}').upper()}*{extra}"


def _counts(label: str, vocab_name: str, counts: dict[str, int] | None) -> list[str]:
    return pack(label, [f"{name} {n}" for name, n in r.labelled_counts(vocab_name, counts)])


def _header(digest: dict) -> list[str]:
    from patrolog.render import report_unit as unit

    label, names = r.officer_line(digest)
    grade = digest.get("grade")
    lines = [f"*{r.title(digest).upper()}*"]
    if unit.is_unit(digest):
        for key, value in unit.header_facts(digest):
            lines += wrap(f"{key}: {value}", first="", rest="  ")
        return lines + (wrap(t("digest.redacted"), first="", rest="")
                        if digest.get("redacted") else [])
    lines += pack(label, names.split(", "), first="", rest="  ")
    lines += wrap(f"{t('digest.unit')}: {digest.get('unit') or t('digest.nobody')}",
                  first="", rest="  ")
    # "Minggu 2026-W48" and "23–29 Nov 2026" each on a line of their own
    for i, part in enumerate(r.period_text(digest).split(" · ")):
        lines += wrap(f"{t('digest.period')}: {part}" if i == 0 else part, first="", rest="  ")
    lines += flow([f"{t('digest.grade')}:", f"*{grade or t('digest.nobody')}*",
                   f"({r.grade_basis(digest)})"], first="", rest="")
    if digest.get("redacted"):
        lines += wrap(t("digest.redacted"), first="", rest="")
    return lines


def _empty(key: str, digest: dict) -> list[str]:
    return wrap(t(key, scope=r.scope(digest)), first="", rest="")


def _patrols(digest: dict) -> list[str]:
    p = digest.get("patrols") or {}
    out = [_heading("patrols")]
    count = p.get("count", 0)
    if not count:
        return out + _empty("digest.empty.patrols", digest)
    days = digest.get("period", {}).get("days") or len(p.get("per_day") or {})
    out += wrap(f"{r.counted('digest.n_patrols', count)}, {r.hours(p.get('hours', 0))}")
    out += wrap(r.cap(t("digest.days_active", n=p.get("days_active", 0), days=days)))
    out += _per_day(p)
    out += _counts(t("digest.by_kind"), "patrol_kind", p.get("by_kind"))
    return out


def _per_day(p: dict) -> list[str]:
    """A week as `Sen 1 · Sel 2 · Rab –`; a month by weeks; longer by months."""
    per_day = {r.day(k): v for k, v in (p.get("per_day") or {}).items()}
    days = sorted(per_day)
    if len(days) <= 7:
        cells = [f"{r.dow(d)} {per_day[d] or '–'}" for d in days]
        return ["- " + " · ".join(cells[:4])] + (["  " + " · ".join(cells[4:])]
                                                 if cells[4:] else [])
    by_week = len(days) <= 62
    groups: dict[tuple[int, int], list[date]] = {}
    for d in days:
        key = d.isocalendar()[:2] if by_week else (d.year, d.month)
        groups.setdefault(key, []).append(d)
    out = [f"- {t('digest.per_week' if by_week else 'digest.per_month')}:"]
    for group in groups.values():
        name = (r.span_text(group[0], group[-1], year=False) if by_week
                else f"{t(f'digest.month.{group[0].month}')} {group[0].year}")
        out.append(f"  • {name}: {sum(per_day[d] for d in group)}")
    return out


def _coverage(digest: dict) -> list[str]:
    c = digest.get("coverage") or {}
    out = [_heading("coverage")]
    visits = c.get("visits", 0)
    if visits:
        out += wrap(r.counted("digest.n_visits", visits))
        out += _counts(t("digest.by_place_type"), "place_type", c.get("by_place_type"))
    else:
        out += _empty("digest.empty.visits", digest)
    places = c.get("places") or []
    if places:
        out.append(f"- {t('digest.top_places')}:")
        for p in places[:3]:
            out += wrap(f"{p['name']} ({p['visits']}x)", first="  • ", rest="    ")
    areas = c.get("areas") or []
    if areas:
        out += pack(t("digest.areas"), [f"{a['name']} ({a['patrols']}x)" for a in areas])
    detail = r.stale_items(c)
    if detail:
        out.append(f"- {t('digest.stale')}:")
        for item in detail:
            last = [f"({t('digest.last_visit', date=r.date_text(item['last']))})"] \
                if item.get("last") else []
            out += flow(item["name"].split() + last, first="  • ", rest="    ")
    return out


def _contacts(digest: dict) -> list[str]:
    c = digest.get("contacts") or {}
    out = [_heading("contacts")]
    count = c.get("count", 0)
    if not count:
        return out + _empty("digest.empty.contacts", digest)
    out += wrap(f"{r.counted('digest.n_contacts', count)}, "
                f"{r.counted('digest.n_first_time', c.get('first_time', 0))}")
    out += _counts(t("digest.by_role"), "role", c.get("by_role"))
    if c.get("first_time_names"):
        out += pack(t("digest.first_time"), list(c["first_time_names"]))
    concerns = c.get("concerns") or []
    if concerns:
        out.append(f"- {t('digest.concerns')}:")
    for i, item in enumerate(concerns, 1):
        who = r.who(item.get("name"), item.get("role"))
        if item.get("name") and item.get("role"):
            who += f" ({vocab.label('role', item['role'])})"
        place = item.get("place")
        atoms = [f"{who}," if place else f"{who}:"] + ([f"{place}:"] if place else [])
        first = f"  {i}. "  # continuation lines start under the text, past "10. " too
        out += flow(atoms + (item.get("concern") or "").split(), first=first,
                    rest=" " * len(first))
    return out


def _incidents(digest: dict) -> list[str]:
    inc = digest.get("incidents") or {}
    out = [_heading("incidents")]
    count = inc.get("count", 0)
    if not count:
        return out + _empty("digest.empty.incidents", digest)
    injured, dead = inc.get("injured", 0), inc.get("dead", 0)
    out += wrap(r.counted("digest.n_incidents", count))
    out += wrap(t("digest.casualties", injured=injured, dead=dead) if injured or dead
                else t("digest.no_casualties"))
    items = inc.get("items") or []
    for i, item in enumerate(items, 1):
        out += _incident(i, item)
    more = r.more_text(count, len(items))
    if more and items:
        out += wrap(more, first="  ", rest="  ")
    return out


def _incident(i: int, item: dict) -> list[str]:
    head = [r.cap(vocab.label("incident_kind", item["kind"]))]
    if item.get("location"):
        head = [head[0] + ",", item["location"]]
    first = f"{i}. "
    pad = " " * len(first)
    lines = flow(head, first=first, rest=pad)
    lines += wrap(r.time_text(item.get("occurred_at")), first=pad, rest=pad)
    facts = [vocab.label("severity", item["severity"])] if item.get("severity") else []
    if item.get("referred_to"):  # says the status too: "dilimpahkan ke ..."
        facts.append(t("digest.referred", to=item["referred_to"]))
    elif item.get("status"):
        facts.append(vocab.label("status", item["status"]))
    if facts:
        lines += wrap(r.cap(", ".join(facts)), first=pad, rest=pad)
    if item.get("injured") or item.get("dead"):
        lines += wrap(t("digest.casualties", injured=item.get("injured", 0),
                        dead=item.get("dead", 0)), first=pad, rest=pad)
    if item.get("action"):
        lines += wrap(f"{t('digest.action')}: {item['action']}", first=pad, rest=pad)
    return lines


def _followups(digest: dict) -> list[str]:
    f = digest.get("followups") or {}
    out = [_heading("followups")]
    out += wrap(f"{t('digest.fu.opened')} {f.get('opened', 0)}, {t('digest.fu.done').lower()} "
                f"{f.get('done', 0)}, {t('digest.fu.overdue').lower()} {f.get('overdue', 0)}")
    items = f.get("overdue_items") or []
    if not items:
        return out + wrap(t("digest.fu.none_overdue"))
    out.append(f"- {t('digest.fu.overdue_list')}:")
    for item in items:
        name = f"{item['name']}: " if item.get("name") else ""
        out += wrap(r.cap(f"{name}{item.get('follow_up') or ''}"), first="  • ", rest="    ")
        late = r.counted("digest.days_late", item.get("days_late", 0))
        out += wrap(f"{t('digest.due', date=r.date_text(item['due'], year=False))}, {late}",
                    first="    ", rest="    ")
    more = r.more_text(f.get("overdue", 0), len(items))
    if more:
        out += wrap(more, first="  ", rest="  ")
    return out


def _change(digest: dict) -> list[str]:
    kind = r.kind_of(digest)
    prev = digest.get("previous")
    out = [_heading("change", f"digest.sec.change.{kind}")]
    if not prev:
        return out + wrap(t("digest.no_previous"), first="", rest="")
    for key, now, _before, delta in r.change_rows(digest):
        out += wrap(f"{t(f'digest.ch.{key}')}: {r.value_text(key, now)} "
                    f"({r.delta_text(key, delta)})")
    out += wrap(f"{t('digest.prev_grade')}: {r.prev_grade_text(prev)}")
    return out
