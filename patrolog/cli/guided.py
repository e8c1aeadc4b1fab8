"""Guided entry of one shift: `patrolog add` with no subcommand, on a terminal.

Asks for the patrol, then any incidents and contacts met on it. Each answer
is checked as it is given, with the same checks and messages as the flags: a
wrong answer is explained in one line and asked again. Everything is shown
for a last look and written only after a yes, in one transaction
(`records.add_shift`), the incidents and contacts linked to the patrol.

Ctrl-C or Ctrl-D (end of input) at any prompt, the last one included, writes
nothing: both leave as `Interrupted`, which the CLI shows as one line
("interrupted; nothing was saved") with exit 130.

It forgives: "kembali"/"back"/"<" at any question returns to the one before; at the
summary a number changes that answer (the answers after it are kept), and only an
explicit "batal"/"discard" throws the shift away (exit 0, nothing written). The summary
is read at the end of a shift on a small screen: it lists only the questions answered,
numbered from 1, and counts those left empty or answered no on one line, numbered after
them ('kosong'/'empty' lists them), so one skipped can still be filled by its number.
Going back and changing work by replay: every answer is recorded with its question, and
going back or changing one asks the questions again from the start, answering them from
the record without showing them, up to the question to ask. A replayed answer meets its
own question; a question the change led to (a third place, a second incident) is asked
and the replay resumes after it, and a yes/no question held further on (no incident after
all) skips the answers in between.

Defaults, shown in brackets and taken by Enter: the patrol starts 3 hours
before now (a usual shift length) and ends now (or 3 hours after a start more
than 12 hours ago, as when yesterday's shift is logged); a length such as `3h` is
accepted for the end; kind dialogic; area the profile's `area`; incident and
contact times the patrol's start; nobody injured or dead; status open; a
promised follow-up due 7 days ahead.

Times follow the flags' rules (the same parser, refused when later than now, the
end after the start), with one more (docs/commands.md#times): a clock time without a date belongs
to the shift being logged. After a start of "kemarin 19.00", an end of "22.00" is
yesterday 22:00 and "00.30" the night after; incidents and contacts fall within
the patrol.
"""

from __future__ import annotations

import contextlib
import io
import sys
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from patrolog.core import fields, vocab
from patrolog.core.errors import InputError, Interrupted
from patrolog.core.fields import Field
from patrolog.core.i18n import get_lang, t
from patrolog.core.times import human_day, iso, now_in, zone_name
from patrolog.entry import validate
from patrolog.entry.timeparse import parse_duration, parse_time
from patrolog.journal import records
from patrolog.journal.store import Store

DEFAULT_SHIFT = timedelta(hours=3)
LONGEST_DEFAULT_SHIFT = timedelta(hours=12)
DEFAULT_DUE = timedelta(days=7)
INLINE_CHOICES = 4  # up to this many choices fit on the prompt line itself

Parser = Callable[[str], Any]
BACK_WORDS = ("<", "kembali", "back", "balik")
DISCARD_WORDS = ("batal", "discard", "buang")
YES_WORDS = ("y", "yes", "ya", "iya", "y/ya")
NO_WORDS = ("n", "no", "t", "tidak", "tdk", "g", "gak", "nggak")
EMPTY_WORDS = ("kosong", "empty", "lainnya", "more")  # at the summary: list those left empty


class _Back(Exception):
    """The officer asked for the question before."""


class _Answers:
    """Every answer of this entry with its question, and the ones still to replay."""

    def __init__(self) -> None:
        self.given: list[tuple[str, str]] = []       # (question, answer as taken)
        self.replay: list[tuple[str, str, bool]] = []  # (question, answer, ask it instead)
        self.yes_no: set[str] = set()  # the questions answered y/n (a "no" adds nothing)
        self._hush: contextlib.redirect_stdout | None = None
        self._pending = io.StringIO()

    def restart(self, replay: list[tuple[str, str, bool]]) -> None:
        self.given, self.replay = [], replay
        if replay:
            self._quiet()

    def _quiet(self) -> None:
        """Replayed questions are not shown; what is printed meanwhile waits in a buffer."""
        if self._hush is None:
            self._pending = io.StringIO()
            self._hush = contextlib.redirect_stdout(self._pending)
            self._hush.__enter__()

    def loud(self, *, pending: bool = False) -> None:
        """Show the terminal again; `pending`: with what was printed since the last replayed
        answer (a section's heading, the list of choices of the question now asked)."""
        if self._hush is not None:
            self._hush.__exit__(None, None, None)
            self._hush = None
            if pending:
                sys.stdout.write(self._pending.getvalue())

    def read(self, question: str, prompt: str, default: str | None) -> str:
        """The answer to `question`: replayed, or typed (Enter takes `default`).

        A changed answer may change which questions follow. A question the replay does not
        hold next (a third place, whom the incident was handed over to, a second incident)
        is asked, and the replay resumes at the next question that meets its own. A question
        the replay holds further on skips the answers in between, which belonged to what is
        no longer asked (not handed over after all: the parties typed after it are kept) —
        within its section for most questions, as a field's label comes again in the next
        incident; anywhere for a yes/no question (no incident after all: "any contact?")."""
        if self.replay:
            if self.replay[0][0] != question:
                later = self._held_later(question)
                if later:
                    del self.replay[:later]
            wanted, answer, ask = self.replay[0]
            if wanted == question and not ask:
                self.replay.pop(0)
                self.given.append((question, answer))
                self._pending.seek(0)
                self._pending.truncate()  # what was shown for it is not shown now
                if not self.replay:
                    self.loud()
                return answer
            if wanted == question:  # the one to change: asked, its old answer offered
                self.replay.pop(0)
                prompt = (_yes_no_prompt(question, answer.lower() in YES_WORDS)
                          if question in self.yes_no else _with_default(prompt, answer))
                default = answer
            self.loud(pending=True)
        while True:
            typed = input(prompt).strip()
            if typed.lower() in BACK_WORDS:
                if not self.given:
                    _explain(t("guided.first_question"))
                    continue
                raise _Back
            answer = typed or (default or "")
            self.given.append((question, answer))
            if self.replay:  # the rest replays unseen
                self._quiet()
            return answer

    def _held_later(self, question: str) -> int | None:
        """Where the replay holds `question` further on, never past the answer to change,
        nor (but for a yes/no question) past a yes/no question: the end of a section."""
        section = question not in self.yes_no
        for k, (wanted, _, ask) in enumerate(self.replay):
            if wanted == question:
                return k
            if ask or (section and wanted in self.yes_no):
                return None
        return None

    def refused(self) -> None:
        """The last answer was asked again: it is not an answer to keep."""
        self.given.pop()


_answers = _Answers()


def _with_default(prompt: str, old: str) -> str:
    """`Place 1: ` -> `Place 1 [pasar:Pasar Boplo]: ` (a bracketed default replaced)."""
    head = prompt.rstrip().rstrip(":").rstrip()
    if head.endswith("]") and " [" in head:
        head = head[:head.rindex(" [")]
    return f"{head} [{old}]: " if old else f"{head}: "


def run_guided(store: Store) -> None:
    try:
        import readline  # noqa: F401 - gives input() line editing and history
    except ImportError:
        pass
    global _answers
    _answers = _Answers()
    ctx = records.Context(store)
    profile = store.config()
    try:
        while True:
            try:
                patrol, incidents, contacts = _ask_shift(ctx, profile)
                _answers.loud()
                _show_shift(ctx, patrol, incidents, contacts)
                choice = _final_choice()
            except _Back:
                _answers.loud()
                given = _answers.given
                _answers.restart([(q, a, i == len(given) - 1) for i, (q, a) in enumerate(given)])
                continue
            if choice == "save":
                break
            if choice == "discard":
                print(t("guided.not_saved"))
                return
            given = _answers.given
            _answers.restart([(q, a, i == choice) for i, (q, a) in enumerate(given)])
    except (KeyboardInterrupt, EOFError):
        _answers.loud()
        print()  # end the prompt's line before the CLI's one-line message
        raise Interrupted("err.interrupted") from None
    store.make_writable()  # only now: a cancelled entry must not create a journal
    saved = records.add_shift(store, patrol, incidents, contacts)
    print(t("guided.saved", ids=", ".join(r["id"] for r in saved),
            what=_what(patrol, incidents, contacts)))


# -- the questions -------------------------------------------------------------
def _ask_shift(ctx: records.Context,
               profile: dict[str, str]) -> tuple[dict, list[dict], list[dict]]:
    print(t("guided.intro", zone=zone_name(ctx.tz)))
    print(t("guided.keys"))
    patrol = _ask_patrol(ctx, profile)
    # The same patrol logged twice is refused now, not after its incidents and contacts.
    records.refuse_duplicate(ctx.store.conn, records.PATROL,
                             {**patrol, "officer": profile.get("officer")})
    print()
    incidents: list[dict] = []
    question = "guided.any_incident"
    while _confirm(t(question), default=False):
        incidents.append(_ask_incident(ctx, patrol, len(incidents) + 1))
        question = "guided.another_incident"
    print()
    contacts: list[dict] = []
    question = "guided.any_contact"
    while _confirm(t(question), default=False):
        contacts.append(_ask_contact(ctx, patrol, len(contacts) + 1))
        question = "guided.another_contact"
    return patrol, incidents, contacts


def _ask_patrol(ctx: records.Context, profile: dict[str, str]) -> dict:
    _heading(t("guided.section_patrol"))
    now = _tick(ctx)
    started = _ask(t("guided.start"), lambda s: _past_time(s, ctx),
                   default=_clock(now - DEFAULT_SHIFT, now))
    now = _tick(ctx)
    # The end defaults to now, as a shift is logged when it ends; but a shift begun long ago
    # (yesterday's, logged today) would then last all night, so that one gets a usual length.
    begun = datetime.fromisoformat(started)
    end = now if now - begun <= LONGEST_DEFAULT_SHIFT else begun + DEFAULT_SHIFT
    ended = _ask(t("guided.end"), lambda s: _end_time(s, started, ctx),
                 default=_clock(end, now, begun))
    values = {"started_at": started, "ended_at": ended}
    return _ask_fields("patrol", ctx, values, values, profile)


def _ask_places() -> list[dict[str, str]]:
    print(t("guided.places_intro"))
    codes = vocab.codes("place_type")
    _print_choices([vocab.label("place_type", c) for c in codes])
    places: list[dict[str, str]] = []
    while True:
        answer = _ask(t("guided.place", n=len(places) + 1), _place_answer)
        if answer is None:
            return places
        if isinstance(answer, str):  # a type alone: its name comes next
            name = _ask(t("guided.place_name", type=vocab.label("place_type", answer)),
                        required=True)
            answer = {"type": answer, "name": name}
        places.append(answer)
        print(f"  + {vocab.label('place_type', answer['type'])}: {answer['name']}")


def _place_answer(raw: str) -> dict[str, str] | str:
    """`pasar:Pasar Boplo` or `1:Pasar Boplo` -> a place; `pasar` or `1` -> a type code;
    `Masjid Al-Ikhlas` -> a place whose type is read from its first word, as `--place` does."""
    if ":" in raw:
        kind, _, name = raw.partition(":")
        return validate.place(f"{_pick('place_type', kind.strip())}:{name}")
    try:
        return _pick("place_type", raw)
    except InputError:
        if raw.isdigit():
            raise
        return validate.place(raw)


def _ask_incident(ctx: records.Context, patrol: dict, n: int) -> dict:
    _heading(t("guided.section_incident", n=n))
    return _ask_fields("incident", ctx, {}, patrol)


def _ask_contact(ctx: records.Context, patrol: dict, n: int) -> dict:
    _heading(t("guided.section_contact", n=n))
    return _ask_fields("contact", ctx, {}, patrol)


def _ask_fields(kind: str, ctx: records.Context, values: dict, patrol: dict,
                profile: dict[str, str] | None = None) -> dict:
    """The questions of `fields.QUESTIONS[kind]`, each built from its field's description;
    a field whose `ask_if` does not hold is left empty, not asked."""
    for name in fields.QUESTIONS[kind]:
        f = fields.column(kind, name)
        if _applies(f, values, patrol):
            values[name] = _ASKERS[f.parse](f, ctx, values, patrol, profile or {})  # type: ignore[index]
        else:
            values[name] = [] if f.many else None
    return values


def _applies(f: Field, values: dict, patrol: dict) -> bool:
    if not f.ask_if:
        return True
    for name, wanted in f.ask_if.items():
        value = patrol.get(name[7:]) if name.startswith("patrol.") else values.get(name)
        if (value in wanted) if wanted else value:
            return True
    return False


def _ask_choice(f: Field, ctx: records.Context, values: dict, patrol: dict,
                profile: dict) -> str | None:
    return _choose(f.vocab, t(f"guided.{f.prompt}"), default=f.default,  # type: ignore[arg-type]
                   required=f.required or f.default is not None)


def _ask_text(f: Field, ctx: records.Context, values: dict, patrol: dict,
              profile: dict) -> str | None:
    # A patrol's area defaults to the officer's (`config set area`).
    return _ask(t(f"guided.{f.prompt}"), default=f.default or profile.get(f.column or ""))


def _ask_due(f: Field, ctx: records.Context, values: dict, patrol: dict,
             profile: dict) -> str | None:
    default = (_tick(ctx).date() + DEFAULT_DUE).strftime("%d/%m/%Y")
    return _ask(t(f"guided.{f.prompt}"), lambda s: validate.due(s, ctx, values.get("met_at")),
                default=default)


def _parsed_by(parse: Callable[[str, Field], Any]) -> Callable[..., Any]:
    """A question whose answer `parse(text, field)` turns into the value; Enter skips it
    (or takes the field's default)."""
    def ask(f: Field, ctx: records.Context, values: dict, patrol: dict, profile: dict) -> Any:
        answer = _ask(t(f"guided.{f.prompt}"), lambda s: parse(s, f), default=f.default)
        return ([] if answer is None else answer) if f.many else answer

    return ask


_ASKERS: dict[str, Callable[..., Any]] = {
    "text": _ask_text,
    "choice": _ask_choice,
    "when": lambda f, ctx, values, patrol, profile: _ask_time(ctx, f"guided.{f.prompt}",
                                                              patrol),
    "count": _parsed_by(lambda s, f: validate.count(s, f.column)),
    "places": lambda f, ctx, values, patrol, profile: _ask_places(),
    "tags": _parsed_by(lambda s, f: validate.tags([s])),
    "parties": _parsed_by(lambda s, f: validate.parties(s)),
    "phone": _parsed_by(lambda s, f: validate.phone(s)),
    "due": _ask_due,
}
"""`Field.parse` -> how the guided entry asks for such a field."""


# -- answers -------------------------------------------------------------------
def _ask(label: str, parse: Parser = validate.text, *, default: str | None = None,
         required: bool = False) -> Any:
    """Ask until `parse` accepts the answer; Enter takes `default` as if typed,
    or skips the question (None) unless it is required."""
    hint = f" [{default}]" if default else ""
    while True:
        raw = _answers.read(label, f"{label}{hint}: ", default)
        if not raw:
            if not required:
                return None
            _answers.refused()
            _explain(t("guided.required"))
            continue
        try:
            return parse(raw)
        except InputError as exc:
            _answers.refused()
            _explain(exc.message())


def _yes_no_prompt(question: str, default: bool) -> str:
    """`Any incident? [y/N] `: the capital letter is what Enter takes."""
    hint = t("prompt.yes_no_default_yes") if default else t("prompt.yes_no_default_no")
    return f"{question} {hint} "


def _confirm(question: str, default: bool) -> bool:
    _answers.yes_no.add(question)
    while True:
        answer = _answers.read(question, _yes_no_prompt(question, default),
                               "y" if default else "n")
        if answer.lower() in YES_WORDS:
            return True
        if answer.lower() in NO_WORDS:
            return False
        _answers.refused()
        print(t("prompt.answer_yes_no"))


def _final_choice() -> str | int:
    """At the summary: save, change answer N, or discard.

    The list shows what was answered, numbered from 1; the questions left empty (or
    answered "no": no incident, nobody met, no more places) are counted on one line and
    numbered after them, listed when asked for ('kosong'/'empty'), so a field skipped at
    23:00 can still be filled. Returns the index in `_answers.given` of the one to change."""
    given = _answers.given
    shown = [i for i, (q, a) in enumerate(given) if not _left_empty(q, a)]
    hidden = [i for i in range(len(given)) if i not in set(shown)]
    order = shown + hidden  # number N is the answer given[order[N - 1]]
    print()
    print(t("guided.answers"))
    for n, i in enumerate(shown, 1):
        _answer_line(n, i)
    if hidden:
        first, last = len(shown) + 1, len(given)
        print("  " + t("guided.left_empty", n=len(hidden),
                       numbers=f"{first}–{last}" if last > first else str(first)))
    print(t("guided.final_keys", n=len(given)))
    while True:
        typed = input(f"{t('guided.save')} {t('prompt.yes_no_default_yes')} ").strip().lower()
        if typed in ("", *YES_WORDS, "simpan", "save"):
            return "save"
        if typed in DISCARD_WORDS:
            return "discard"
        if typed in BACK_WORDS:
            raise _Back
        if typed.isdigit() and 1 <= int(typed) <= len(given):
            return order[int(typed) - 1]
        if typed in EMPTY_WORDS and hidden:
            for n, i in enumerate(hidden, len(shown) + 1):
                _answer_line(n, i)
            continue
        _explain(t("guided.final_no" if typed in NO_WORDS else "guided.final_bad",
                   n=len(given)))


def _left_empty(question: str, answer: str) -> bool:
    return not answer or (question in _answers.yes_no and answer.lower() in NO_WORDS)


def _answer_line(n: int, i: int) -> None:
    question, answer = _answers.given[i]
    print(f"  {n:>2}. {question.rstrip(':?')}: {answer or '—'}")


def _choose(vocabulary: str, label: str, *, default: str | None = None,
            required: bool = True) -> str | None:
    """A category by its number in the list shown, or any word `vocab.lookup` knows."""
    labels = [vocab.label(vocabulary, c) for c in vocab.codes(vocabulary)]
    if len(labels) <= INLINE_CHOICES:
        label += " (" + " · ".join(f"{i} {name}" for i, name in enumerate(labels, 1)) + ")"
    else:
        _print_choices(labels)
    return _ask(label, lambda s: _pick(vocabulary, s),
                default=vocab.label(vocabulary, default) if default else None,
                required=required)


def _pick(vocabulary: str, raw: str) -> str:
    """The flags' message for an unknown choice, but naming the numbers and the list on
    screen rather than the stored codes, which the officer has not seen."""
    codes = vocab.codes(vocabulary)
    if raw.isdigit() and 1 <= int(raw) <= len(codes):
        return codes[int(raw) - 1]
    try:
        return vocab.lookup(vocabulary, raw)
    except InputError:
        raise InputError("err.bad_choice", value=raw, field=vocabulary,
                         choices=t("guided.choices", n=len(codes))) from None


def _ask_time(ctx: records.Context, key: str, patrol: dict) -> str:
    """An incident's or contact's time: a clock time alone falls within the patrol."""
    now = _tick(ctx)
    start = datetime.fromisoformat(patrol["started_at"])
    end = datetime.fromisoformat(patrol["ended_at"])
    return _ask(t(key), lambda s: _past_time(s, ctx, (start, end)),
                default=_clock(start, now, start))


def _own_time(raw: str, ctx: records.Context,
              near: tuple[datetime, datetime | None] | None = None) -> str:
    """A record's own time, refused here (not at saving) when ahead, as records does;
    `near` is the shift a clock time without a date belongs to."""
    value = iso(parse_time(raw, ctx.now, near=near))
    records.check_not_ahead(value, ctx.now)
    return value


def _past_time(raw: str, ctx: records.Context,
               near: tuple[datetime, datetime | None] | None = None) -> str:
    """A time something already happened at: a shift is entered after it."""
    value = _own_time(raw, ctx, near)
    when = datetime.fromisoformat(value)
    if when > ctx.now:
        raise InputError("guided.not_yet", value=f"{when:%d/%m/%Y} {_hm(when)}",
                         clock=_hm(when))
    return value


def _end_time(raw: str, started: str, ctx: records.Context) -> str:
    """The patrol's end: a time, or a length counted from its start."""
    try:
        value = _own_time(raw, ctx, (datetime.fromisoformat(started), None))
    except InputError as bad_time:
        if bad_time.key != "err.bad_time":
            raise
        try:
            length = parse_duration(raw)
        except InputError:
            raise bad_time from None
        value = _own_time(iso(datetime.fromisoformat(started) + length), ctx)
    records.check_patrol_span(started, value)
    return value


def _tick(ctx: records.Context) -> datetime:
    """Move the clock on: "now" is when a question is asked, not when the entry began."""
    ctx.now = now_in(ctx.tz)
    return ctx.now


# -- showing -------------------------------------------------------------------
def _heading(text: str) -> None:
    print(f"\n— {text} —")


def _explain(message: str) -> None:
    print(f"  ! {message}")


def _print_choices(labels: list[str]) -> None:
    """Numbered, in as many columns as the terminal holds (at most 3), read downwards."""
    import shutil

    cells = [f"{i:>2} {name}" for i, name in enumerate(labels, 1)]
    width = max(map(len, cells)) + 3
    columns = max(1, min(3, (shutil.get_terminal_size().columns - 2) // width))
    rows = -(-len(cells) // columns)
    for r in range(rows):
        line = "".join(cells[i].ljust(width) for i in range(r, len(cells), rows))
        print("  " + line.rstrip())


def _clock(when: datetime, now: datetime, shift: datetime | None = None) -> str:
    """A time as an officer writes it and as the prompts read it back:
    `20.05` (Indonesian) / `20:05` today, `kemarin 22.30`, else `27/11/2026 14.10`.
    Given the `shift`'s start, a time on its day or the next is the clock alone, as it is
    read back within the shift."""
    hm = _hm(when)
    if shift is not None and timedelta(0) <= when - shift < timedelta(hours=24):
        return hm
    if when.date() == now.date():
        return hm
    if when.date() == now.date() - timedelta(days=1):
        return f"{t('guided.yesterday')} {hm}"
    return f"{when:%d/%m/%Y} {hm}"


def _hm(when: datetime) -> str:
    return when.strftime("%H.%M" if get_lang() == "id" else "%H:%M")


def _length(start: str, end: str) -> str:
    minutes = int((datetime.fromisoformat(end) - datetime.fromisoformat(start))
                  .total_seconds() // 60)
    h, m = divmod(minutes, 60)
    if h and m:
        return t("guided.length_hm", h=h, m=m)
    return t("guided.length_h", h=h) if h else t("guided.length_m", m=m)


def _show_shift(ctx: records.Context, patrol: dict, incidents: list[dict],
                contacts: list[dict]) -> None:
    now = _tick(ctx)
    _heading(t("guided.check"))
    start = datetime.fromisoformat(patrol["started_at"])
    end = datetime.fromisoformat(patrol["ended_at"])
    end_text = _clock(end, now) if end.date() != start.date() else _clock(end, end)
    print(f"{t('kind.patrol').capitalize()}: {_clock(start, now)} – {end_text} "
          f"({_length(patrol['started_at'], patrol['ended_at'])}) · "
          f"{vocab.label('patrol_kind', patrol['kind'])}")
    places = "; ".join(f"{vocab.label('place_type', p['type'])}: {p['name']}"
                       for p in patrol["places"])
    _fields([("area", patrol["area"]), ("places", places), ("summary", patrol["summary"]),
             ("tags", ", ".join(patrol["tags"]))])
    for n, inc in enumerate(incidents, 1):
        print(f"{t('guided.section_incident', n=n)}: "
              f"{_clock(datetime.fromisoformat(inc['occurred_at']), now)} · "
              f"{vocab.label('incident_kind', inc['kind'])}")
        _fields([("location", inc["location"]), ("description", inc["description"]),
                 ("action", inc["action"]), ("parties", "; ".join(inc["parties"])),
                 ("resolution", inc["resolution"])])
        toll = [("injured", inc["injured"]), ("dead", inc["dead"]),
                ("severity", inc["severity"] and vocab.label("severity", inc["severity"]))]
        print("  " + " · ".join(f"{t('field.' + k)}: {v}" for k, v in toll if v is not None))
        status = (f"{t('field.referred_to')} {inc['referred_to']}" if inc["referred_to"]
                  else vocab.label("status", inc["status"]))
        _fields([("status", status)])
    for n, con in enumerate(contacts, 1):
        print(f"{t('guided.section_contact', n=n)}: "
              f"{_clock(datetime.fromisoformat(con['met_at']), now)} · "
              f"{vocab.label('role', con['role'])} · {con['name'] or t('label.anonymous')}")
        # as `show` writes it: the weekday confirms how 09/12 was read
        due = con["due"] and human_day(con["due"], now=now)
        field = con["field"] and vocab.label("contact_field", con["field"])
        _fields([(name, con[name]) for name in
                 ("organisation", "place", "phone", "topic", "concern", "hope")]
                + [("field", field), ("follow_up", con["follow_up"]), ("due", due)])


def _fields(pairs: list[tuple[str, Any]]) -> None:
    for name, value in pairs:
        if value is not None and value != "":
            print(f"  {t('field.' + name)}: {value}")


def _what(patrol: dict, incidents: list[dict], contacts: list[dict]) -> str:
    parts = [t("guided.what_patrol", kind=vocab.label("patrol_kind", patrol["kind"]),
               length=_length(patrol["started_at"], patrol["ended_at"]))]
    if patrol["places"]:
        parts.append(t("guided.n_places", n=len(patrol["places"])))
    parts.append(t("guided.n_incidents", n=len(incidents)))
    parts.append(t("guided.n_contacts", n=len(contacts)))
    return ", ".join(parts)
