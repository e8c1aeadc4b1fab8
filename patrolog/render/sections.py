"""The report as a reader sees it: built once from the digest, walked by every format.

`build(digest)` turns the digest dict (docs/report-json.md) into a `Report`: a
header, a list of `Section`s of plain blocks, the greeting and the signature,
and the `Card` (the report card of the PNG and SVG). Every word of a section is
chosen here, in the user's language, and follows the period (a report of last
week says "last week"). A renderer lays the blocks out and adds no wording of
its own, so a new format is one module that walks this model.

Blocks:
- `Para`     one sentence (`tone` "empty" for a section with nothing in it);
- `Figures`  the section's key numbers, `(value, label)`;
- `Counts`   a labelled breakdown, `label: name n, name n`;
- `Items`    a labelled list of things (places, concerns, incidents, promises);
- `Grid`     a table with a head row (the change table, the unit's officers);
- `Chart`    patrols per day (and per week or month for long periods).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from patrolog.core import vocab
from patrolog.core.i18n import get_lang, t
from patrolog.render import words as w

GRADES = ("KURANG", "CUKUP", "AKTIF")


@dataclass
class Para:
    text: str
    tone: str = ""            # "" | "empty" | "note"


@dataclass
class Figures:
    figures: list[tuple[str, str]]   # (value, label): ("5", "patroli"), for tiles
    sentence: str                    # the same in words, for the text formats


@dataclass
class Counts:
    label: str
    pairs: list[tuple[str, int | str]]
    suffix: str = ""          # "×" after a count of times (`RW 05 3×`)


@dataclass
class Item:
    head: str = ""            # the lead, set in bold: a name, a kind, a place
    text: str = ""            # what happened, what was said, what was promised
    meta: list[str] = field(default_factory=list)   # when, where, status: small print
    notes: list[str] = field(default_factory=list)  # whole sentences: `Tindakan: …`
    tone: str = ""            # "" | "good" | "bad" | "warn"


@dataclass
class Items:
    label: str
    items: list[Item]
    numbered: bool = False
    more: str | None = None   # "… and 3 more"
    tone: str = ""            # "warn" for things that need doing


@dataclass
class Grid:
    head: list[str]
    rows: list[list[str]]
    tones: list[list[str]] = field(default_factory=list)   # per cell: "", good, bad, grade code
    align: str = ""           # per column: "l" or "r"
    label: str = ""
    note: str = ""            # a line under the table
    phrases: list[str] = field(default_factory=list)   # each row in words, for the chat


@dataclass
class Bar:
    label: str                # `Sen`, `2–8 Nov`, `Januari 2027`
    sub: str                  # `23 Nov`, "" for a group
    count: int
    hours: float
    hours_text: str
    future: bool = False      # a day (or week, month) not yet come: drawn as nothing, not as 0


@dataclass
class Chart:
    days: list[Bar]           # every day of the period
    groups: list[Bar]         # per week (up to 62 days) or per month; empty for a week
    group_label: str          # `Per minggu` / `Per bulan`
    caption: str              # what the bars count

    @property
    def bars(self) -> list[Bar]:
        """The bars a picture draws: every day up to two months, else the groups."""
        return self.days if len(self.days) <= 62 else self.groups


Block = Para | Figures | Counts | Items | Grid | Chart


@dataclass
class Section:
    key: str                  # patrols, coverage, contacts, incidents, followups, officers, change
    title: str
    blocks: list[Block]


@dataclass
class Card:
    """The report card: the grade, days out, the key numbers and the chart, nothing else."""
    title: str
    who: str
    unit: str
    period: str
    grade: str | None
    grade_label: str
    basis: str
    provisional: str                     # `Kategori sementara, s.d. Sen 7 Des` while running
    grades: list[tuple[str, int]]        # a unit's: (grade, officers)
    officers: list[tuple[str, str, int]]  # a unit's: (name, grade, patrols), KURANG first
    officers_title: str
    more_officers: str

    @staticmethod
    def patrols_text(n: int) -> str:
        return w.counted("digest.n_patrols", n)
    figures: list[tuple[str, str, str]]  # (value, label, tone)
    chart: Chart
    chart_title: str
    footer: str


@dataclass
class Report:
    lang: str
    title: str
    doc_title: str                       # the file's title: report, who, period label
    facts: list[tuple[str, str]]         # header (label, value) rows
    grade: str | None
    grade_label: str
    basis: str
    grades: list[tuple[str, int]]
    notes: list[str]                     # made at…, redacted
    greeting: list[str]                  # lines before the report (text for the chat)
    closing: list[str]                   # `Demikian dilaporkan.` and the signature
    signature: list[str]                 # name, NRP
    sections: list[Section]
    card: Card
    period_kind: str


def build(digest: dict) -> Report:
    """The whole report of `digest` in the current language."""
    if is_grades(digest):
        return _build_grades(digest)
    facts = _facts(digest)
    sections = [s for s in (
        _officers(digest), _patrols(digest), _coverage(digest), _contacts(digest),
        _incidents(digest), _followups(digest), _change(digest)) if s is not None]
    grade = digest.get("grade")
    who = digest.get("officer") or digest.get("unit") or ""
    doc_title = " · ".join(x for x in (w.title(digest), who, w.period_text(digest)) if x)
    notes = []
    if digest.get("generated_at"):
        notes.append(t("digest.generated", when=w.time_text(digest["generated_at"])))
    if digest.get("redacted"):
        notes.append(t("digest.redacted"))
    greeting, closing, signature = _letter(digest)
    return Report(
        lang=get_lang(), title=w.title(digest), doc_title=doc_title, facts=facts,
        grade=grade, grade_label=w.grade_label(grade) if grade else "",
        basis=w.grade_basis(digest) if grade else t("unit.grade_rule"),
        grades=_grades(digest), notes=notes, greeting=greeting, closing=closing,
        signature=signature, sections=sections, card=_card(digest), period_kind=w.kind_of(digest))


# -- header and letter -------------------------------------------------------------

def is_unit(digest: dict) -> bool:
    """A unit's digest: no one officer, a grade per officer instead (docs/digest.md#a-units-digest)."""
    return not digest.get("officer") and bool(digest.get("by_officer"))


def _grades(digest: dict) -> list[tuple[str, int]]:
    grades = digest.get("grades") or {}
    return [(g, int(grades.get(g, 0))) for g in reversed(GRADES)] if grades else []


def _facts(digest: dict) -> list[tuple[str, str]]:
    if is_unit(digest):
        n = len(digest.get("by_officer") or [])
        return [(t("digest.officers"), t("unit.officers", n=n)),
                (t("digest.unit"), digest.get("unit") or t("digest.nobody")),
                (t("digest.period"), w.period_text(digest)),
                (t("unit.grades"), w.grades_text(digest.get("grades")))]
    label, names = w.officer_line(digest)
    return [(label, names),
            (t("digest.unit"), digest.get("unit") or t("digest.nobody")),
            (t("digest.period"), w.period_text(digest))]


def _letter(digest: dict) -> tuple[list[str], list[str], list[str]]:
    """The chat's greeting upward and the closing with the sender's name and NRP."""
    sender = digest.get("sender") or {}
    addressee = sender.get("addressee")
    period = w.period_text(digest)
    greeting = ([t("doc.greeting.to", addressee=addressee)] if addressee else [])
    greeting.append(t("doc.greeting", period=period))
    signature = []
    name = sender.get("name") or digest.get("officer")
    if name:
        signature.append(name)
    if sender.get("nrp"):
        signature.append(t("doc.nrp", nrp=sender["nrp"]))
    return greeting, [t("doc.closing")], signature


# -- sections ----------------------------------------------------------------------

def _empty(key: str, digest: dict) -> Para:
    return Para(t(key, scope=w.scope(digest)), "empty")


def _counts(key: str, vocab_name: str, counts: dict | None) -> Counts | None:
    if vocab_name in vocab.VOCABULARIES:
        pairs = w.labelled_counts(vocab_name, counts)
    else:  # a vocabulary not (yet) in this build: the codes as they are
        pairs = sorted(((k, n) for k, n in (counts or {}).items() if n), key=lambda p: -p[1])
    return Counts(t(key), pairs) if pairs else None


def _section(key: str, title: str, *blocks: Block | None) -> Section:
    return Section(key, title, [b for b in blocks if b is not None])


def _patrols(digest: dict) -> Section:
    p = digest.get("patrols") or {}
    title = t("digest.sec.patrols")
    count = p.get("count", 0)
    if not count:
        return _section("patrols", title, _empty("digest.empty.patrols", digest))
    days = w.days_so_far(digest)
    return _section(
        "patrols", title,
        Figures([(str(count), _unit_word("digest.n_patrols", count)),
                 (w.number(p.get("hours", 0)), t("doc.hours_word")),
                 (f"{p.get('days_active', 0)}/{days}", t("doc.days_out_word"))],
                w.cap(f"{w.counted('digest.n_patrols', count)}, {w.hours(p.get('hours', 0))}, "
                      f"{t('digest.days_active', n=p.get('days_active', 0), days=days)}.")),
        chart(digest),
        _counts("digest.by_kind", "patrol_kind", p.get("by_kind")))


def _unit_word(key: str, n: int) -> str:
    """`patroli` from `5 patroli`: the label under a big number."""
    return w.counted(key, n).split(" ", 1)[-1]


def chart(digest: dict) -> Chart:
    p = digest.get("patrols") or {}
    per_day = {w.day(k): v for k, v in (p.get("per_day") or {}).items()}
    hours = {w.day(k): v for k, v in (p.get("hours_per_day") or {}).items()}
    days = sorted(per_day)
    last = w.through(digest)

    def future(d: date) -> bool:
        return last is not None and d > last

    bars = [Bar(w.dow(d), f"{d.day} {w.mon(d)}", per_day[d], hours.get(d, 0.0),
                w.hours(hours.get(d, 0.0)) if per_day[d] else "", future(d)) for d in days]
    groups: list[Bar] = []
    by_week = len(days) <= 62
    if len(days) > 7:
        grouped: dict[tuple[int, int], list[date]] = {}
        for d in days:
            grouped.setdefault(d.isocalendar()[:2] if by_week else (d.year, d.month), []).append(d)
        for group in grouped.values():
            n = sum(per_day[d] for d in group)
            h = sum(hours.get(d, 0.0) for d in group)
            label = (w.span_text(group[0], group[-1], year=False) if by_week
                     else f"{t(f'digest.month.{group[0].month}')} {group[0].year}")
            groups.append(Bar(label, "", n, h, w.hours(h) if n else "", future(group[0])))
    return Chart(bars, groups, t("digest.per_week" if by_week else "digest.per_month"),
                 t("doc.chart_caption"))


def _coverage(digest: dict) -> Section:
    c = digest.get("coverage") or {}
    visits = c.get("visits", 0)
    blocks: list[Block | None] = []
    if visits:
        blocks += [Para(w.cap(w.counted("digest.n_visits", visits)) + "."),
                   _counts("digest.by_place_type", "place_type", c.get("by_place_type"))]
    else:
        blocks.append(_empty("digest.empty.visits", digest))
    # Most visited: only places visited more than once (docs/digest.md#sections); one visit is no pattern.
    places = [p for p in c.get("places") or [] if p.get("visits", 0) > 1][:5]
    if places:
        blocks.append(Items(t("digest.top_places"), [
            Item(p["name"], "", [vocab.label("place_type", p["type"]) if p.get("type") else "",
                                 t("doc.times", n=p["visits"])]) for p in places]))
    areas = c.get("areas") or []
    if areas:
        blocks.append(Counts(t("digest.areas"), [(a["name"], a["patrols"]) for a in areas], "×"))
    stale = w.stale_items(c)
    if stale:
        blocks.append(Items(t("digest.stale"), [
            Item(item["name"], "", [x for x in (
                t("digest.area") if item.get("what") == "area"
                else vocab.label("place_type", item["type"]) if item.get("type") else "",
                t("digest.last_visit", date=w.date_text(item["last"])) if item.get("last")
                else "") if x], tone="warn") for item in stale], tone="warn"))
    else:
        blocks.append(Para(t("digest.stale.none"), "note"))
    return _section("coverage", t("digest.sec.coverage"), *blocks)


def _contacts(digest: dict) -> Section:
    c = digest.get("contacts") or {}
    title = t("digest.sec.contacts")
    count = c.get("count", 0)
    if not count:
        return _section("contacts", title, _empty("digest.empty.contacts", digest))
    first = c.get("first_time", 0)
    blocks: list[Block | None] = [
        Para(w.cap(f"{w.counted('digest.n_contacts', count)}, "
                   f"{w.counted('digest.n_first_time', first)}.")),
        _counts("digest.by_role", "role", c.get("by_role")),
        _by_field(c)]
    if c.get("first_time_names"):
        blocks.append(Para(f"{t('digest.first_time')}: {', '.join(c['first_time_names'])}."))
    concerns = _voiced(digest, c.get("concerns") or [], "concern")
    hopes = _voiced(digest, c.get("hopes") or [], "hope")
    if concerns:
        blocks.append(Items(t("digest.concerns"), concerns, numbered=True,
                            more=w.more_text(c.get("concerns_count", 0), len(concerns))))
    if hopes:
        blocks.append(Items(t("digest.hopes"), hopes, numbered=True,
                            more=w.more_text(c.get("hopes_count", 0), len(hopes))))
    if not concerns and not hopes:
        blocks.append(Para(t("digest.empty.voiced"), "empty"))
    return _section("contacts", title, *blocks)


def _voiced(digest: dict, listed: list[dict], key: str) -> list[Item]:
    """Concerns or hopes as items: who said it, what, when, where, its field, and in a
    unit's digest the officer who heard it."""
    items = []
    for item in listed:
        head = w.who(item.get("name"), item.get("role"))
        meta = [w.day_label(item["met_at"])] if item.get("met_at") else []
        if item.get("name") and item.get("role"):
            meta.append(vocab.label("role", item["role"]))
        if item.get("place"):
            meta.append(item["place"])
        if item.get("field"):
            meta.append(vocab.label("contact_field", item["field"]))
        meta += _whose(digest, item)
        items.append(Item(head, item.get(key) or "", meta))
    return items


def _whose(digest: dict, item: dict) -> list[str]:
    """In a unit's digest, the officer a listed concern, hope or promise belongs to."""
    if is_unit(digest) and item.get("officer"):
        return [t("digest.item_officer", officer=item["officer"])]
    return []


def _by_field(contacts: dict) -> Counts | None:
    """Concerns and hopes by *bidang* (field), as the monthly upward report counts them."""
    both = contacts.get("by_field") or {}
    if not both:
        return None
    concerns = contacts.get("concerns_by_field") or {}
    hopes = contacts.get("hopes_by_field") or {}
    name = vocab.VOCABULARIES.get("contact_field")
    pairs: list[tuple[str, int | str]] = []
    for code, n in both.items():
        split = t("unit.field_counts", concerns=w.counted("unit.concerns", concerns.get(code, 0)),
                  hopes=w.counted("unit.hopes", hopes.get(code, 0)))
        pairs.append((vocab.label("contact_field", code) if name else code, f"{n} ({split})"))
    return Counts(t("unit.by_field"), pairs)


def _sentence(text: str) -> str:
    """Ends with a full stop, once."""
    text = text.rstrip()
    return text if text.endswith((".", "!", "?", "…")) else text + "."


def incident_state(item: dict) -> tuple[str, str]:
    """(words, tone) of where an incident stands: a resolved one reads resolved (docs/digest.md#sections)."""
    status = item.get("status")
    if status == "resolved":
        return vocab.label("status", "resolved"), "good"
    if item.get("referred_to"):
        return t("digest.referred", to=item["referred_to"]), ""
    return (vocab.label("status", status), "warn") if status else ("", "")


def _incidents(digest: dict) -> Section:
    inc = digest.get("incidents") or {}
    title = t("digest.sec.incidents")
    count = inc.get("count", 0)
    if not count:
        return _section("incidents", title, _empty("digest.empty.incidents", digest))
    injured, dead = inc.get("injured", 0), inc.get("dead", 0)
    casualties = (t("digest.casualties", injured=injured, dead=dead) if injured or dead
                  else t("digest.no_casualties"))
    items = []
    for item in inc.get("items") or []:
        state, tone = incident_state(item)
        meta = [w.time_text(item.get("occurred_at"))]
        if item.get("severity"):
            meta.append(vocab.label("severity", item["severity"]))
        meta.append(state)
        if item.get("injured") or item.get("dead"):
            meta.append(t("digest.injured_dead", injured=item.get("injured", 0),
                          dead=item.get("dead", 0)))
        head = w.cap(vocab.label("incident_kind", item["kind"]))
        if item.get("location"):
            head += f", {item['location']}"
        notes = []
        if item.get("parties"):
            parties = item["parties"]
            names = ", ".join(parties) if isinstance(parties, list) else str(parties)
            notes.append(f"{t('doc.parties')}: {names}")
        if item.get("action"):
            notes.append(f"{t('digest.action')}: {item['action']}")
        if item.get("resolution"):
            notes.append(f"{t('doc.resolution')}: {item['resolution']}")
        items.append(Item(head, "", [m for m in meta if m],
                          [_sentence(n) for n in notes], tone=tone))
    return _section(
        "incidents", title,
        Para(_sentence(f"{w.cap(w.counted('digest.n_incidents', count))}. {casualties}")),
        _counts("digest.by_incident_kind", "incident_kind", inc.get("by_kind")),
        _counts("digest.by_severity", "severity", inc.get("by_severity")),
        _counts("digest.by_status", "status", inc.get("by_status")),
        Items(t("doc.incident_list"), items, numbered=True,
              more=w.more_text(count, len(items))) if items else None,
        _problem_solving(inc))


def _problem_solving(inc: dict) -> Items | None:
    """The problem-solving cases (`digest_giat`): who the sides were and what was agreed."""
    cases = inc.get("problem_solving") or {}
    items = []
    for item in cases.get("items") or []:
        head = w.cap(vocab.label("incident_kind", item["kind"]))
        if item.get("location"):
            head += f", {item['location']}"
        notes = []
        if item.get("parties"):
            notes.append(f"{t('digest.parties')}: {'; '.join(item['parties'])}")
        notes.append(f"{t('digest.outcome')}: "
                     + (item.get("resolution") or vocab.label("status", item.get("status")
                                                               or "open")))
        items.append(Item(head, "", [item["id"], w.time_text(item.get("occurred_at"))],
                          [_sentence(w.cap(n)) for n in notes]))
    if not items:
        return None
    return Items(t("digest.problem_solving"), items, numbered=True,
                 more=w.more_text(cases.get("count", 0), len(items)))


def _followups(digest: dict) -> Section:
    f = digest.get("followups") or {}
    opened, done, overdue = f.get("opened", 0), f.get("done", 0), f.get("overdue", 0)
    blocks: list[Block | None] = [Figures([
        (str(opened), t("digest.fu.opened")), (str(done), t("digest.fu.done")),
        (str(overdue), t("digest.fu.overdue"))],
        t("doc.fu_line", opened=opened, done=done, overdue=overdue))]
    promised = f.get("opened_items") or []
    if promised:
        blocks.append(Items(t("doc.promised", scope=w.scope(digest)), [
            Item(w.who(p.get("name"), p.get("role")), w.cap(p.get("follow_up") or ""),
                 [x for x in (t("digest.due", date=w.date_text(p["due"], year=False))
                              if p.get("due") else "",
                              t("digest.fu.done") if p.get("done_at") else "") if x]
                 + _whose(digest, p),
                 tone="good" if p.get("done_at") else "")
            for p in promised], more=w.more_text(opened, len(promised))))
    items = f.get("overdue_items") or []
    if items:
        blocks.append(Items(t("digest.fu.overdue_list"), [
            Item(w.who(item.get("name"), item.get("role")), w.cap(item.get("follow_up") or ""),
                 [t("digest.due", date=w.date_text(item["due"], year=False)),
                  w.counted("digest.days_late", item.get("days_late", 0)),
                  *_whose(digest, item)], tone="bad")
            for item in items], more=w.more_text(overdue, len(items)), tone="bad"))
    else:
        blocks.append(Para(t("digest.fu.none_overdue"), "note"))
    return _section("followups", t("digest.sec.followups"), *blocks)


def _officers(digest: dict) -> Section | None:
    """The unit's view: each officer's grade and numbers, KURANG first (as the digest orders)."""
    if not is_unit(digest):
        return None
    rows = digest.get("by_officer") or []
    kinds = []
    for r in rows:
        by_kind = w.counts_text("patrol_kind", (r.get("patrols") or {}).get("by_kind"), sep=", ")
        if by_kind:
            kinds.append(Item(r.get("officer") or "", by_kind))
    return _section("officers", t("unit.sec.by_officer"), _officer_grid(rows),
                    Items(t("unit.kinds"), kinds) if kinds else None)


def _officer_grid(rows: list[dict], *, units: bool = False) -> Grid:
    """Each officer's grade and numbers; with `units`, the officer's unit after the grade
    (a roll-up of several units, where two units' officers may share a name)."""
    head = [t("unit.col.officer"), t("unit.col.grade"), t("unit.col.patrols"),
            t("unit.col.hours"), t("unit.col.days"), t("unit.col.visits"),
            t("unit.col.contacts"), t("unit.col.incidents"), t("unit.col.followups")]
    if units:
        head.insert(2, t("grades.col.unit"))
    out, tones, phrases = [], [], []
    for r in rows:
        p = r.get("patrols") or {}
        f = r.get("followups") or {}
        cells = [r.get("officer") or t("digest.nobody"), r.get("grade") or "",
                 str(p.get("count", 0)), w.number(p.get("hours", 0)),
                 str(p.get("days_active", 0)), str(r.get("place_visits", 0)),
                 str(r.get("contacts", 0)), str(r.get("incidents", 0)),
                 f"{f.get('opened', 0)}/{f.get('done', 0)}/{f.get('overdue', 0)}"]
        tone = ["", r.get("grade") or ""] + [""] * 6 + ["bad" if f.get("overdue") else ""]
        words = [
            t("unit.row.patrols", patrols=p.get("count", 0), hours=w.hours(p.get("hours", 0)),
              days=p.get("days_active", 0)),
            t("unit.row.met", visits=r.get("place_visits", 0), contacts=r.get("contacts", 0),
              incidents=r.get("incidents", 0)),
            t("unit.row.followups", opened=f.get("opened", 0), done=f.get("done", 0),
              overdue=f.get("overdue", 0))]
        if units:
            unit = r.get("unit") or t("digest.nobody")
            cells.insert(2, unit)
            tone.insert(2, "")
            words.insert(0, unit)
        out.append(cells)
        tones.append(tone)
        phrases.append("; ".join(words))
    return Grid(head, out, tones, "lll" + "r" * 7 if units else "ll" + "r" * 7,
                phrases=phrases)


# -- the grades alone (`report --grades`) ------------------------------------------------

def is_grades(digest: dict) -> bool:
    """The grades alone (`compute_grades`): officers' grades, no digest around them."""
    return digest.get("report") == "grades"


def _build_grades(digest: dict) -> Report:
    """Every officer's grade (and the counts per unit when several units were read), in the
    one model every format walks: the header, a section by unit, a section by officer."""
    rows = digest.get("by_officer") or []
    units = digest.get("by_unit") or []
    many = len(units) > 1
    title = t(f"grades.title.{w.kind_of(digest)}")
    facts = [(t("grades.units"), t("grades.n_units", n=len(units))) if many
             else (t("digest.unit"), digest.get("unit") or t("digest.nobody")),
             (t("digest.officers"), t("unit.officers", n=len(rows))),
             (t("digest.period"), w.period_text(digest)),
             (t("unit.grades"), w.grades_text(digest.get("grades")))]
    sections = []
    if many:
        sections.append(_section("units", t("grades.sec.by_unit"), Grid(
            [t("grades.col.unit"), t("unit.grades"), t("grades.col.officers")],
            [[u.get("unit") or t("digest.nobody"), w.grades_text(u.get("grades")),
              str(u.get("officers", 0))] for u in units],
            align="llr",
            phrases=[w.counted("doc.n_officers", u.get("officers", 0)) for u in units])))
    sections.append(_section("officers", t("unit.sec.by_officer"),
                             _officer_grid(rows, units=many) if rows
                             else Para(t("grades.empty"), "empty")))
    who = t("grades.n_units", n=len(units)) if many else digest.get("unit") or ""
    notes = [t("digest.generated", when=w.time_text(digest["generated_at"]))] \
        if digest.get("generated_at") else []
    basis = t("unit.grade_rule")
    card = Card(title=title, who=w.counted("doc.n_officers", len(rows)), unit=who,
                period=w.period_text(digest), grade=None, grade_label="", basis=basis,
                provisional=w.provisional_text(digest), grades=_grades(digest),
                officers=[(r.get("officer") or "", r.get("grade") or "",
                           (r.get("patrols") or {}).get("count", 0)) for r in rows],
                officers_title=t("unit.sec.by_officer"),
                more_officers=w.more_text(len(rows), 10) or "", figures=[],
                chart=chart(digest), chart_title="", footer=" · ".join(notes))
    return Report(
        lang=get_lang(), title=title,
        doc_title=" · ".join(x for x in (title, who, w.period_text(digest)) if x),
        facts=facts, grade=None, grade_label="", basis=basis, grades=_grades(digest),
        notes=notes, greeting=[], closing=[], signature=[], sections=sections, card=card,
        period_kind=w.kind_of(digest))


def _change(digest: dict) -> Section:
    prev = digest.get("previous")
    title = w.change_title(digest)
    label = (prev or {}).get("period", {}).get("label")
    if not prev:
        return _section("change", title, Para(t("digest.no_previous"), "empty"))
    rows, tones = [], []
    for key, now, before, delta in w.change_rows(digest):
        rows.append([t(f"digest.ch.{key}"), w.value_text(key, now), w.value_text(key, before),
                     w.delta_text(key, delta)])
        tones.append(["", "", "", w.delta_tone(key, delta)])
    if label and w.kind_of(digest) != "range":
        title += f" ({w.period_text(prev)})"
    grid = Grid(["", w.this_column(digest), w.prev_column(digest), t("digest.col.change")],
                rows, tones,
                "lrrr", note=_prev_grade(prev))
    return _section("change", title, grid)


def _prev_grade(prev: dict) -> str:
    if prev.get("grade"):
        return f"{t('digest.prev_grade')}: {w.grade_label(prev['grade'])}"
    if prev.get("grades"):
        return f"{t('digest.prev_grade')}: {w.grades_text(prev['grades'])}"
    return ""


# -- the report card -----------------------------------------------------------------

def _card(digest: dict) -> Card:
    p = digest.get("patrols") or {}
    c = digest.get("contacts") or {}
    inc = digest.get("incidents") or {}
    f = digest.get("followups") or {}
    days = w.days_so_far(digest)
    ch = digest.get("change") or {}

    def trend(key: str) -> str:
        delta = ch.get(key)
        return f" {w.delta_text(key, delta)}" if delta else ""

    figures = [
        (str(p.get("count", 0)), _unit_word("digest.n_patrols", p.get("count", 0)) + trend(
            "patrols"), w.delta_tone("patrols", ch.get("patrols") or 0)),
        (w.number(p.get("hours", 0)), t("doc.hours_word"), ""),
        (f"{p.get('days_active', 0)}/{days}", t("doc.days_out_word"), ""),
        (str((digest.get("coverage") or {}).get("visits", 0)), t("doc.visits_word"), ""),
        (str(c.get("count", 0)), t("doc.contacts_word"), ""),
        (str(inc.get("count", 0)), t("doc.incidents_word"), ""),
        (str(f.get("opened", 0)), t("doc.promises_word"), ""),
        (str(f.get("overdue", 0)), t("doc.overdue_word"), "bad" if f.get("overdue") else ""),
    ]
    label, names = w.officer_line(digest)
    if is_unit(digest):
        names = w.counted("doc.n_officers", len(digest.get("by_officer") or []))
    grade = digest.get("grade")
    return Card(
        title=w.title(digest), who=names, unit=digest.get("unit") or "",
        period=w.period_text(digest), grade=grade,
        grade_label=grade or "",
        basis=w.grade_basis(digest, mark=False) if grade else t("unit.grade_rule"),
        provisional=w.provisional_text(digest),
        grades=_grades(digest), figures=figures, chart=chart(digest),
        officers=[(r.get("officer") or "", r.get("grade") or "",
                   (r.get("patrols") or {}).get("count", 0))
                  for r in digest.get("by_officer") or []] if is_unit(digest) else [],
        officers_title=t("unit.sec.by_officer"),
        more_officers=w.more_text(len(digest.get("by_officer") or []), 10) or "",
        chart_title=t("doc.chart_title", scope=w.scope(digest)),
        footer=" · ".join(x for x in (
            t("digest.generated", when=w.time_text(digest["generated_at"]))
            if digest.get("generated_at") else "",
            t("digest.redacted") if digest.get("redacted") else "") if x))
