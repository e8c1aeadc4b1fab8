"""The digest as Markdown: headings, short lists, a per-day table and the comparison table."""

from __future__ import annotations

import re
from datetime import date, timedelta

from patrolog import vocab
from patrolog.i18n import t
from patrolog.render import report as r

_SPECIAL = re.compile(r"([\\`*_\[\]<>|#])")


def esc(text: str | None) -> str:
    """Journal text as literal Markdown: a name with `*` or `|` must not format or split."""
    return _SPECIAL.sub(r"\\\1", text or "")


def render_markdown(digest: dict) -> str:
    from patrolog.render import report_unit as unit

    by_officer = [unit.markdown_section(digest, esc)] if unit.is_unit(digest) else []
    blocks = [_header(digest), *by_officer, _patrols(digest), _coverage(digest), _contacts(digest),
              _incidents(digest), _followups(digest), _change(digest)]
    return "\n\n".join(b.strip("\n") for b in blocks) + "\n"


def _labelled(label: str, value: str) -> str:
    return f"**{label}:** {value}"


def _counts(key: str, vocab_name: str, counts: dict[str, int] | None) -> str:
    return _labelled(t(key), r.counts_text(vocab_name, counts))


def _header(digest: dict) -> str:
    from patrolog.render import report_unit as unit

    label, names = r.officer_line(digest)
    grade = digest.get("grade")
    lines = [f"# {r.title(digest)}", ""]
    if unit.is_unit(digest):
        lines += [f"- {_labelled(k, esc(v))}" for k, v in unit.header_facts(digest)]
    else:
        lines += [
            f"- {_labelled(label, esc(names))}",
            f"- {_labelled(t('digest.unit'), esc(digest.get('unit')) or t('digest.nobody'))}",
            f"- {_labelled(t('digest.period'), r.period_text(digest))}",
            f"- {_labelled(t('digest.grade'), f'**{r.grade_label(grade)}**')} "
            f"({r.grade_basis(digest)})"]
    foot = []
    if digest.get("generated_at"):
        foot.append(t("digest.generated", when=r.time_text(digest["generated_at"])))
    if digest.get("redacted"):
        foot.append(t("digest.redacted"))
    if foot:
        lines += ["", f"_{' · '.join(foot)}_"]
    return "\n".join(lines)


def _empty(key: str, digest: dict) -> str:
    return f"_{t(key, scope=r.scope(digest))}_"


def _patrols(digest: dict) -> str:
    p = digest.get("patrols") or {}
    out = [f"## {t('digest.sec.patrols')}", ""]
    count = p.get("count", 0)
    if not count:
        return "\n".join(out + [_empty("digest.empty.patrols", digest)])
    days = digest.get("period", {}).get("days") or len(p.get("per_day") or {})
    out += [f"**{r.counted('digest.n_patrols', count)}** · **{r.hours(p.get('hours', 0))}** · "
            f"{t('digest.days_active', n=p.get('days_active', 0), days=days)}", ""]
    out += _per_day(p)
    out += ["", _counts("digest.by_kind", "patrol_kind", p.get("by_kind"))]
    return "\n".join(out)


def _row(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def _per_day(p: dict) -> list[str]:
    per_day = {r.day(k): v for k, v in (p.get("per_day") or {}).items()}
    hours = {r.day(k): v for k, v in (p.get("hours_per_day") or {}).items()}
    days = sorted(per_day)
    if len(days) <= 7:
        return [_row([r.day_label(d) for d in days]),
                _row([":-:"] * len(days)),
                _row([str(per_day[d]) if per_day[d] else "–" for d in days]),
                _row([r.hours(hours.get(d, 0)) if per_day[d] else "" for d in days])]
    if len(days) <= 62:
        return _calendar(days, per_day)
    return _months(days, per_day)


def _calendar(days: list[date], per_day: dict[date, int]) -> list[str]:
    """Weeks as rows, Monday first; each cell `23: 2` (the date and its patrols)."""
    rows = [_row([t(f"digest.dow.{wd}") for wd in range(7)]), _row([":-:"] * 7)]
    d = days[0] - timedelta(days=days[0].weekday())
    week: list[str] = []
    while d <= days[-1] or len(week) % 7:
        if d in per_day:
            week.append(f"{d.day}: **{per_day[d]}**" if per_day[d] else f"{d.day}: –")
        else:
            week.append("")
        if len(week) == 7:
            rows.append(_row(week))
            week = []
        d += timedelta(days=1)
    return rows


def _months(days: list[date], per_day: dict[date, int]) -> list[str]:
    totals: dict[tuple[int, int], int] = {}
    for d in days:
        totals[(d.year, d.month)] = totals.get((d.year, d.month), 0) + per_day[d]
    return [f"**{t('digest.per_month')}**", ""] + [
        f"- {t(f'digest.mon.{m}')} {y}: {n}" for (y, m), n in totals.items()]


def _coverage(digest: dict) -> str:
    c = digest.get("coverage") or {}
    out = [f"## {t('digest.sec.coverage')}", ""]
    visits = c.get("visits", 0)
    if visits:
        out += [f"**{r.counted('digest.n_visits', visits)}** · "
                + _counts("digest.by_place_type", "place_type", c.get("by_place_type"))]
    else:
        out.append(_empty("digest.empty.visits", digest))
    places = c.get("places") or []
    if places:
        out += ["", f"**{t('digest.top_places')}**", ""]
        out += [f"- {esc(p['name'])} ({vocab.label('place_type', p['type'])}) — {p['visits']}×"
                for p in places[:5]]
    areas = c.get("areas") or []
    if areas:
        out += ["", _labelled(t("digest.areas"),
                              " · ".join(f"{esc(a['name'])} {a['patrols']}×" for a in areas))]
    out += ["", f"**{t('digest.stale')}**", ""]
    detail = r.stale_items(c)
    if not detail:
        out.append(f"- {t('digest.stale.none')}")
    for item in detail:
        what = (t("digest.area") if item.get("what") == "area"
                else vocab.label("place_type", item["type"]) if item.get("type") else "")
        line = f"- {esc(item['name'])}" + (f" ({what})" if what else "")
        if item.get("last"):
            line += f" — {t('digest.last_visit', date=r.date_text(item['last']))}"
        out.append(line)
    return "\n".join(out)


def _contacts(digest: dict) -> str:
    c = digest.get("contacts") or {}
    out = [f"## {t('digest.sec.contacts')}", ""]
    count = c.get("count", 0)
    if not count:
        return "\n".join(out + [_empty("digest.empty.contacts", digest)])
    out += [f"**{r.counted('digest.n_contacts', count)}** · "
            f"**{r.counted('digest.n_first_time', c.get('first_time', 0))}**", "",
            "- " + _counts("digest.by_role", "role", c.get("by_role"))]
    if c.get("first_time_names"):
        names = ", ".join(esc(n) for n in c["first_time_names"])
        out.append(f"- {_labelled(t('digest.first_time'), names)}")
    out += ["", f"**{t('digest.concerns')}**", ""]
    concerns = c.get("concerns") or []
    if not concerns:
        out.append(f"_{t('digest.empty.concerns')}_")
    for i, item in enumerate(concerns, 1):
        who = f"**{esc(r.who(item.get('name'), item.get('role')))}**"
        if item.get("name") and item.get("role"):
            who += f" ({vocab.label('role', item['role'])})"
        if item.get("place"):
            who += f", {esc(item['place'])}"
        when = f"{r.day_label(item['met_at'])} · " if item.get("met_at") else ""
        out.append(f"{i}. {when}{who}: {esc(item.get('concern'))}")
    return "\n".join(out)


def _incidents(digest: dict) -> str:
    inc = digest.get("incidents") or {}
    out = [f"## {t('digest.sec.incidents')}", ""]
    count = inc.get("count", 0)
    if not count:
        return "\n".join(out + [_empty("digest.empty.incidents", digest)])
    injured, dead = inc.get("injured", 0), inc.get("dead", 0)
    casualties = (t("digest.casualties", injured=injured, dead=dead) if injured or dead
                  else t("digest.no_casualties"))
    out += [f"**{r.counted('digest.n_incidents', count)}** · {casualties}", "",
            "- " + _counts("digest.by_incident_kind", "incident_kind", inc.get("by_kind")),
            "- " + _counts("digest.by_severity", "severity", inc.get("by_severity")),
            "- " + _counts("digest.by_status", "status", inc.get("by_status")),
            ""]
    items = inc.get("items") or []
    for i, item in enumerate(items, 1):
        out.append(f"{i}. {_incident(item)}")
    more = r.more_text(count, len(items))
    if more and items:
        out.append(f"\n_{more}_")
    return "\n".join(out)


def _incident(item: dict) -> str:
    head = f"**{item['id']}** · {r.time_text(item.get('occurred_at'))} · " \
           f"**{vocab.label('incident_kind', item['kind'])}**"
    if item.get("location"):
        head += f", {esc(item['location'])}"
    facts = [vocab.label(k, item[f]) for k, f in (("severity", "severity"), ("status", "status"))
             if item.get(f) and not (f == "status" and item.get("referred_to"))]
    if item.get("referred_to"):
        facts.append(t("digest.referred", to=esc(item["referred_to"])))
    if item.get("injured") or item.get("dead"):
        facts.append(t("digest.injured_dead", injured=item.get("injured", 0),
                       dead=item.get("dead", 0)))
    lines = [head, " · ".join(facts)]
    if item.get("action"):
        lines.append(_labelled(t("digest.action"), esc(item["action"])))
    return "  \n   ".join(line for line in lines if line)


def _followups(digest: dict) -> str:
    f = digest.get("followups") or {}
    out = [f"## {t('digest.sec.followups')}", "",
           f"{t('digest.fu.opened')} **{f.get('opened', 0)}** · "
           f"{t('digest.fu.done')} **{f.get('done', 0)}** · "
           f"{t('digest.fu.overdue')} **{f.get('overdue', 0)}**", ""]
    items = f.get("overdue_items") or []
    if not items:
        return "\n".join(out + [f"_{t('digest.fu.none_overdue')}_"])
    out += [f"**{t('digest.fu.overdue_list')}**", ""]
    for item in items:
        late = r.counted("digest.days_late", item.get("days_late", 0))
        name = f"{esc(item['name'])}: " if item.get("name") else ""
        out.append(f"- **{item['id']}** {name}{esc(item.get('follow_up'))} — "
                   f"{t('digest.due', date=r.date_text(item['due'], year=False))}, **{late}**")
    more = r.more_text(f.get("overdue", 0), len(items))
    if more:
        out.append(f"- _{more}_")
    return "\n".join(out)


def _change(digest: dict) -> str:
    kind = r.kind_of(digest)
    prev = digest.get("previous")
    label = (prev or {}).get("period", {}).get("label")
    out = [f"## {t(f'digest.sec.change.{kind}')}" + (f" ({label})" if label else ""), ""]
    if not prev:
        return "\n".join(out + [f"_{t('digest.no_previous')}_"])
    out += [_row(["", t(f"digest.col.this.{kind}"), t(f"digest.col.prev.{kind}"),
                  t("digest.col.change")]),
            _row(["---", "--:", "--:", "--:"])]
    for key, now, before, delta in r.change_rows(digest):
        out.append(_row([t(f"digest.ch.{key}"), r.value_text(key, now),
                         r.value_text(key, before), r.delta_text(key, delta)]))
    out += ["", f"{t('digest.prev_grade')}: **{r.prev_grade_text(prev)}**"]
    return "\n".join(out)
