"""Reading and writing times as officers type them (docs/commands.md#times).

The parsers are pure: callers pass "now"/"today" in the journal's timezone,
so results are reproducible in tests and never depend on the machine's clock.
Zones, ISO text and the human forms are in `patrolog.core.times`.

The grammar is hand-written regexes on purpose. A general-purpose parser such
as dateutil happily turns garbage into a date ("10" becomes the 10th of this
month, "nov" becomes today's day in November), and docs/commands.md#times says an unreadable
time must be refused, never guessed. Every accepted form is listed in the
docstrings below and pinned by tests/test_timeparse.py. dateutil reads only the
long tail behind those rules: a text that names a month in words and that the
rules did not read ("27 November 2026 2pm", "Friday 27 Nov 2026 at 2:30 PM"),
imported then and only then, so `add` never pays for it.

A journal records what happened (docs/commands.md#times): a clock time without a date is the
most recent such time (`23:15` typed at 08:00 is last night), a day and month
without a year the most recent such day; `SLACK` is the clock slack allowed.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime, time, timedelta, timezone, tzinfo

from patrolog.core.errors import InputError, Words
from patrolog.core.times import SLACK

__all__ = ["parse_time", "parse_date", "parse_duration", "yearless_from", "month_number"]

# Years outside these are typos ("2062", "1026"), not history or plans.
FIRST_YEAR, LAST_YEAR = 1900, 2100

# Indonesian civil time zones as written after a time ("pukul 14.00 WIB").
# Fixed offsets, not Asia/Jakarta etc.: the suffix states an offset, and
# Indonesia has no DST, so the two agree anyway.
_ZONE_SUFFIX: dict[str, tzinfo] = {
    "wib": timezone(timedelta(hours=7), "WIB"),
    "wita": timezone(timedelta(hours=8), "WITA"),
    "wit": timezone(timedelta(hours=9), "WIT"),
    "utc": timezone.utc,
    "gmt": timezone.utc,
    "z": timezone.utc,
}


_MONTHS: dict[str, int] = {}
for _num, _names in enumerate((
    "january januari jan",
    "february februari pebruari feb peb",
    "march maret mar",
    "april apr",
    "may mei",
    "june juni jun",
    "july juli jul",
    "august agustus aug agu agt ags",
    "september sep sept",
    "october oktober oct okt",
    "november nopember nov nop",
    "december desember dec des",
), start=1):
    for _name in _names.split():
        _MONTHS[_name] = _num

_WEEKDAYS: dict[str, int] = {}
for _num, _names in enumerate((
    "monday mon senin",
    "tuesday tue tues selasa",
    "wednesday wed rabu",
    "thursday thu thur thurs kamis",
    "friday fri jumat jum'at",
    "saturday sat sabtu",
    "sunday sun minggu ahad",
)):
    for _name in _names.split():
        _WEEKDAYS[_name] = _num

# Day words relative to today. "kemarin lusa" is standard Indonesian for the
# day before yesterday (KBBI), the mirror of "lusa".
_DAY_WORDS = {
    "today": 0, "hari ini": 0,
    "yesterday": -1, "kemarin": -1,
    "tomorrow": 1, "besok": 1,
    "lusa": 2, "kemarin lusa": -2,
}

# "jumat depan" / "next friday": the next such day, today excluded; "senin lalu" /
# "last monday": the most recent before today. "minggu"/"pekan" alone with them is the
# week ("minggu lalu" = a week ago); "hari minggu lalu" is last Sunday.
_NEXT_WORDS = ("depan", "besok")
_LAST_WORDS = ("lalu", "kemarin")
_WEEK_WORDS = {"minggu lalu": -7, "pekan lalu": -7, "last week": -7,
               "minggu depan": 7, "pekan depan": 7, "next week": 7}
# Yearless dates: "1/12", "1 Des", "Dec 1" (the most recent such day; for due dates the next).
_DAY_MONTH_NUM_RE = r"(?a)(\d{1,2})/(\d{1,2})"
_DAY_MONTH_WORD_RE = r"(?a)(\d{1,2})(?:\s*-\s*|\s+)([a-z]+)\.?"
_MONTH_WORD_DAY_RE = r"(?a)([a-z]+)\.?\s+(\d{1,2})"

# Units of relative offsets and durations. "h" is always hours (English);
# Indonesian hours are "j"/"jam", days are "d"/"hari", never "h".
_UNITS: dict[str, str] = {}
for _unit, _names in (
    ("hours", "h hr hrs hour hours j jam"),
    ("minutes", "m min mins minute minutes mnt menit"),
    ("days", "d day days hari"),
    ("weeks", "w wk wks week weeks minggu pekan"),
):
    for _name in _names.split():
        _UNITS[_name] = _unit
del _num, _names, _name, _unit

# Patterns are kept as strings: the re module compiles and caches each on
# first use, so importing this module (every CLI start) compiles none of them.
# (?a): ASCII digits only, so "١٤:١٠" is not silently read as 14:10.

# A run of "<number><unit>" parts: "2h30m", "2 jam 30 menit", "1,5h".
_PARTS_RE = r"(?a)(?:\d+(?:[.,]\d+)?\s*[a-z]+\s*)+"
_PART_RE = r"(?a)(\d+(?:[.,]\d+)?)\s*([a-z]+)"
# Direction given by a word instead of a sign: "2 jam lalu", "3 hari lagi".
_AGO_RE = r"(?a)(.*?)\s+(ago|lalu|yang lalu|lagi|later)"
_FUTURE_WORDS = ("lagi", "later")

# The time at the end of the text, with its optional "pukul"/"jam" prefix and
# zone suffix. Seconds need ":" so "14.10.26" is never a time (nor a date:
# dotted dates need a four-digit year), it is refused as ambiguous.
_TIME_TAIL_RE = r"""(?ax)
    (?:^|(?P<lead>[\s,]+|(?<=\d)t))
    (?:(?:sekitar\s+)?(?:pukul|pkl\.?|jam\.?)\s*)?
    (?P<h>\d{1,2})(?::(?P<m>\d{2})(?::(?P<s>\d{2})(?:[.,]\d{1,6})?)?|\.(?P<dm>\d{2}))
    \s*(?P<zone>wita|wit|wib|utc|gmt|z|(?P<osign>[+-])(?P<oh>\d{2}):?(?P<om>\d{2})?)?
    $"""

# Year first is never read day-first: 2026-04-03 is 3 April.
_YEAR_FIRST_RE = r"(?a)(\d{4})([-/.])(\d{1,2})\2(\d{1,2})"
# Day first; two-digit years are 20xx. Dots need a four-digit year (above).
_DAY_FIRST_RE = (r"(?a)(\d{1,2})([-/])(\d{1,2})\2(\d{4}|\d{2})"
                 r"|(\d{1,2})\.(\d{1,2})\.(\d{4})")
_DAY_MONTH_RE = r"(?a)(\d{1,2})(?:\s*-\s*|\s+)([a-z]+)\.?(?:\s*-\s*|\s+)(\d{4}|\d{2})"
_MONTH_DAY_RE = r"(?a)([a-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})"
# Formal Indonesian dating: "(hari) Jumat, (tanggal) 27 November 2026".
_DATE_PREFIX_RE = (r"(?a)(?:(?:hari\s+)?(?!tanggal|tgl)(?P<wd>[a-z']+)\s*,?\s*)?"
                   r"(?:(?:tanggal|tgl\.?)\s*)?(?P<rest>\d.*)")


# ---------------------------------------------------------------- parsing


def _norm(text: str) -> str:
    # Curly apostrophes come from phone keyboards ("Jum’at").
    return " ".join(text.replace("\u2019", "'").replace("`", "'").split()).lower()


def _in_zone(day: date, clock: time, tz: tzinfo) -> datetime:
    dt = datetime.combine(day, clock, tzinfo=tz)
    # Round-trip through UTC so a wall time in a DST gap gets a real offset.
    return dt.astimezone(timezone.utc).astimezone(tz)


def _weekday(wd: int, today: date, ahead: bool) -> date:
    if ahead:  # next such day, today excluded (due dates)
        return today + timedelta(days=(wd - today.weekday()) % 7 or 7)
    return today - timedelta(days=(today.weekday() - wd) % 7)  # most recent, today included


def _absolute_day(text: str) -> date | None:
    """A written calendar date (no words relative to today); None if not one.

    Raises ValueError for a well-formed but impossible date (31/02/2026) or
    a weekday prefix that contradicts the date.
    """
    if d := re.fullmatch(_MONTH_DAY_RE, text):  # "November 27, 2026"
        return date(int(d[3]), _MONTHS[d[1]], int(d[2])) if d[1] in _MONTHS else None
    m = re.fullmatch(_DATE_PREFIX_RE, text)
    if not m:
        return None
    wd_word, rest = m["wd"], m["rest"]
    if wd_word is not None and wd_word not in _WEEKDAYS:
        return None
    if d := re.fullmatch(_YEAR_FIRST_RE, rest):
        day = date(int(d[1]), int(d[3]), int(d[4]))
    elif d := re.fullmatch(_DAY_FIRST_RE, rest):
        if d[1]:
            day = date(_year(d[4]), int(d[3]), int(d[1]))
        else:
            day = date(int(d[7]), int(d[6]), int(d[5]))
    elif (d := re.fullmatch(_DAY_MONTH_RE, rest)) and d[2] in _MONTHS:
        day = date(_year(d[3]), _MONTHS[d[2]], int(d[1]))
    else:
        return None
    if wd_word is not None and _WEEKDAYS[wd_word] != day.weekday():
        # "Jumat, 28 November 2026": the two disagree, so one is a typo.
        raise ValueError("weekday does not match date")
    return day


def _year(digits: str) -> int:
    # Two-digit years are this century: the journal holds no 20th-century patrols.
    return 2000 + int(digits) if len(digits) == 2 else int(digits)


def _named_day(text: str, today: date, ahead: bool) -> date | None:
    """today/kemarin/lusa…, weekday names (with depan/lalu, next/last), a week ago or ahead,
    a written date, or a day and month without a year; None if none."""
    if text in _DAY_WORDS:
        return today + timedelta(days=_DAY_WORDS[text])
    if text in _WEEK_WORDS:
        return today + timedelta(days=_WEEK_WORDS[text])
    word = text.removeprefix("hari ").strip()
    if word in _WEEKDAYS:
        return _weekday(_WEEKDAYS[word], today, ahead)
    first, _, last = word.partition(" ")
    if first in ("next", "last") and last in _WEEKDAYS:
        first, last = last, ("depan" if first == "next" else "lalu")
    if first in _WEEKDAYS and last in _NEXT_WORDS + _LAST_WORDS:
        if last in _NEXT_WORDS:
            return _weekday(_WEEKDAYS[first], today, ahead=True)
        return _weekday(_WEEKDAYS[first], today - timedelta(days=1), ahead=False)
    day = _absolute_day(text)
    if day is None and (dm := _day_month(text)) is not None:
        day = _nearest_yearly(dm, today, ahead)
    return day


def _day_month(text: str) -> tuple[int, int] | None:
    """(day, month) of "1/12", "1 Des", "Dec 1"; None if the text is not one."""
    if m := re.fullmatch(_DAY_MONTH_NUM_RE, text):
        return int(m[1]), int(m[2])
    if (m := re.fullmatch(_DAY_MONTH_WORD_RE, text)) and m[2] in _MONTHS:
        return int(m[1]), _MONTHS[m[2]]
    if (m := re.fullmatch(_MONTH_WORD_DAY_RE, text)) and m[1] in _MONTHS:
        return int(m[2]), _MONTHS[m[1]]
    return None


def _nearest_yearly(day_month: tuple[int, int], today: date, ahead: bool) -> date:
    """The most recent such day (today included), or with `ahead` the next one. Raises
    ValueError for a day no year has (31/4); 29/2 is looked for up to 8 years away."""
    day, month = day_month
    step = 1 if ahead else -1
    for years in range(9):
        try:
            found = date(today.year + step * years, month, day)
        except ValueError:
            if not (month == 2 and day == 29):
                raise
            continue
        if (found >= today) if ahead else (found <= today):
            return found
    raise ValueError("no such day")


def _offset_parts(text: str) -> tuple[int, dict[str, float]] | None:
    """'-2h30m' / '2 jam lalu' / '+3 hari' → (sign or 0 if unsigned, {unit: amount})."""
    sign = 0
    if text[:1] in "+-":
        sign = -1 if text[0] == "-" else 1
        text = text[1:].lstrip()
    if not text[:1].isdigit():
        # Every offset starts with its number; checking first spares "today 08:00" and
        # weekday names the compiling of two patterns (~0.5 ms on each run of the CLI).
        return None
    if m := re.fullmatch(_AGO_RE, text):
        if sign:  # "-2 jam lalu": two directions, refuse rather than guess
            return None
        sign = 1 if m[2] in _FUTURE_WORDS else -1
        text = m[1]
    if not re.fullmatch(_PARTS_RE, text):
        return None
    parts: dict[str, float] = {}
    for number, word in re.findall(_PART_RE, text):
        unit = _UNITS.get(word)
        if unit is None or unit in parts:
            return None
        if "." in number or "," in number:
            if unit != "hours":  # fractions only make sense for hours ("1,5 jam")
                return None
            parts[unit] = float(number.replace(",", "."))
        else:
            parts[unit] = int(number)
    return sign, parts


def parse_time(text: str, now: datetime, *,
               near: tuple[datetime, datetime | None] | None = None) -> datetime:
    """Read a point in time; the result is aware, in now's timezone, whole seconds.

    `now` is the current time in the journal's timezone. Accepted
    (case-insensitive, surrounding space ignored):

    - ``now``, ``sekarang``;
    - a day word — ``today``/``hari ini``, ``yesterday``/``kemarin``,
      ``tomorrow``/``besok``, ``lusa`` (+2 days), ``kemarin lusa`` (−2 days) —
      or a weekday name (English full/short, Indonesian; the most recent such
      day, today included), optionally followed by a time. Without a time the
      result is 00:00 of that day; bare ``today`` is therefore midnight too,
      not "now";
    - a bare time ``14:10``, ``14.10``, ``8:05``, ``14:10:30``: the most recent such
      time (``23:15`` at 08:00 is last night's; up to ``SLACK`` ahead is still today).
      Given ``near=(start, end)`` — the guided entry's shift — it is the time within
      that span instead: the first such time at or after ``start`` (``00.30`` after
      a start at 19.00 is the night after), or, when that falls after ``end``, the one
      closest to the span;
    - ``senin lalu``/``last monday`` (the most recent before today), ``jumat depan``/
      ``next friday`` (the next after today), ``minggu lalu``/``last week`` (7 days ago),
      ``minggu depan``/``next week``; a day and month without a year ``1/12 14:10``,
      ``1 Des``, ``Dec 1`` (the most recent such day and time);
    - a relative offset from now: ``-2h``, ``-90m``, ``-1d``, ``-2h30m``,
      ``-2j`` (jam), ``-3 hours``, ``-3 jam``, ``-20 menit``, ``-1 hari``,
      ``-1w``; ``+`` for ahead; or a direction word: ``2 jam lalu``,
      ``2 hours ago``, ``30 menit lagi``. ``h`` is always hours. An unsigned
      ``2h`` is refused (ago or ahead?). Hours and minutes count real elapsed
      time, days and weeks keep the wall-clock time;
    - a date: ISO ``2026-11-27`` (never day-first), day-first ``27/11/2026``,
      ``27-11-2026``, ``27/11/26``, ``27.11.2026``, month names in English or
      Indonesian ``27 November 2026``, ``3 Agt 2026``, ``Nov 27, 2026``,
      optionally prefixed by a matching weekday (``Jumat, 27 November 2026``,
      ``hari Jumat tanggal …``), optionally followed by a time (``T`` only
      after ISO dates), which may be written ``pukul 14.00``/``pkl 14.00``/
      ``jam 14.00``; without a time, 00:00;
    - after any time, a zone: ``WIB`` (+07), ``WITA`` (+08), ``WIT`` (+09),
      ``UTC``, ``Z``, ``+07:00``/``+0700``/``+07``. The text is then read in
      that zone (so "today" is that zone's today) and converted to now's zone.

    Behind these rules, a text naming a month in words that they did not read goes to
    dateutil (``27 November 2026 2pm``, ``Friday, Nov 27 2026 at 2:30 PM``).

    Anything else — empty text, a lone number, 31/02/2026, 25:00, a year before 1900 or
    after 2100 — raises InputError("err.bad_time"). Garbage is never taken as now.
    """
    if now.utcoffset() is None:
        raise ValueError("parse_time needs an aware `now`")
    raw = text.strip() if isinstance(text, str) else str(text)
    try:
        result = _parse_time(_norm(raw), now, near) if isinstance(text, str) else None
        if result is None and isinstance(text, str):
            result = _long_tail(_norm(raw), now)
    except (ValueError, OverflowError):  # impossible date/time, or absurdly far
        result = None
    if result is None or not FIRST_YEAR <= result.year <= LAST_YEAR:
        _refuse_impossible(raw)
        raise InputError("err.bad_time", value=raw)
    return result.replace(microsecond=0)


def _parse_time(s: str, now: datetime,
                near: tuple[datetime, datetime | None] | None = None) -> datetime | None:
    tz = now.tzinfo
    assert tz is not None
    if not s:
        return None
    if s in ("now", "sekarang"):
        return now

    offset = _offset_parts(s)
    if offset is not None:
        sign, parts = offset
        if not sign:
            return None
        days = parts.get("days", 0) + 7 * parts.get("weeks", 0)
        moved = _in_zone(now.date() + timedelta(days=sign * days), now.time(), tz)
        elapsed = timedelta(hours=parts.get("hours", 0), minutes=parts.get("minutes", 0))
        return (moved.astimezone(timezone.utc) + sign * elapsed).astimezone(tz)

    clock = time(0, 0)
    zone: tzinfo | None = None
    day_text = s
    if m := re.search(_TIME_TAIL_RE, s):
        clock = time(int(m["h"]), int(m["m"] or m["dm"]), int(m["s"] or 0))
        if m["osign"]:
            hours, minutes = int(m["oh"]), int(m["om"] or 0)
            if minutes >= 60:
                return None
            delta = timedelta(hours=hours, minutes=minutes)
            zone = timezone(-delta if m["osign"] == "-" else delta)
        elif m["zone"]:
            zone = _ZONE_SUFFIX[m["zone"]]
        day_text = s[: m.start()].rstrip(" ,")
        if m["lead"] == "t" and not re.fullmatch(_YEAR_FIRST_RE, day_text):
            return None  # "T" belongs to ISO 8601 only

    ref = now.astimezone(zone) if zone is not None else now
    if not day_text:
        if m is None:
            return None
        return _bare_clock(clock, zone or tz, ref, near).astimezone(tz)
    day = _named_day(day_text, ref.date(), ahead=False)
    if day is None:
        return None
    result = _in_zone(day, clock, zone or tz)
    if result > now + SLACK and _day_month(day_text) is not None:
        # "1/12 23:00" typed on 1 December at 08:00: last year's, as a bare time is yesterday's
        result = _in_zone(_nearest_yearly(_day_month(day_text), day - timedelta(days=1),
                                           False), clock, zone or tz)  # type: ignore[arg-type]
    return result.astimezone(tz)


def _bare_clock(clock: time, tz: tzinfo, ref: datetime,
                near: tuple[datetime, datetime | None] | None) -> datetime:
    """Which day a clock time without a date is on (see parse_time)."""
    if near is None:
        today = _in_zone(ref.date(), clock, tz)
        return today if today <= ref + SLACK else _in_zone(ref.date() - timedelta(days=1),
                                                            clock, tz)
    start, end = (w.astimezone(tz) for w in (near[0], near[1] or near[0]))
    first = start.date() - timedelta(days=1)
    candidates = [_in_zone(first + timedelta(days=n), clock, tz) for n in range(3)]
    after = [c for c in candidates if c >= start]
    if near[1] is None or (after and after[0] <= end):
        return after[0]

    def distance(c: datetime) -> timedelta:
        return start - c if c < start else c - end

    return min(candidates, key=distance)


# Words dateutil knows in English only, and what it must not see.
_DATEUTIL_WORDS = {
    **{name: "jan feb mar apr may jun jul aug sep oct nov dec".split()[num - 1]
       for name, num in _MONTHS.items()},
    "pukul": "", "pkl": "", "pkl.": "", "jam": "", "sekitar": "", "tanggal": "", "tgl": "",
    "tgl.": "", "hari": "",
    **{name: "" for name in _WEEKDAYS},
}


def _long_tail(s: str, now: datetime) -> datetime | None:
    """dateutil's reading of a written date the strict rules did not read, or None.

    Only a text naming a month in words gets here (numbers alone stay the strict rules'
    business: "10" is refused, never "the 10th"); it must give a day, and without a year
    it is the most recent such day."""
    words = s.replace(",", " ").split()
    if not any(w.rstrip(".") in _MONTHS for w in words):
        return None
    import warnings

    from dateutil import parser  # the long tail only: never on `add`'s start-up path

    text = " ".join(_DATEUTIL_WORDS.get(w, w) for w in words).strip()
    text = re.sub(r"(?a)\b(\d{1,2})\.(\d{2})\b", r"\1:\2", text)  # 14.30 is a clock here
    tz = now.tzinfo
    probes = []
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")  # an unknown zone name is refused, not dropped
            for default in (datetime(2001, 1, 1, 0, 0), datetime(2002, 2, 2, 0, 0)):
                probes.append(parser.parse(text, default=default, dayfirst=True))
    except Exception:  # dateutil raises several kinds on odd text; all mean "not a date"
        return None
    one, two = probes
    if one.day != two.day or one.month != two.month:
        return None  # no day or no month given: "November 2026" is not a time
    found = one
    if found.tzinfo is not None:
        found = found.astimezone(tz)
    else:
        found = _in_zone(found.date(), found.time(), tz)  # type: ignore[arg-type]
    if one.year != two.year:  # no year: the most recent such day
        day = _nearest_yearly((found.day, found.month), now.date(), False)
        found = _in_zone(day, found.time(), tz)  # type: ignore[arg-type]
        if found > now + SLACK:
            day = _nearest_yearly((day.day, day.month), day - timedelta(days=1), False)
            found = _in_zone(day, found.time(), tz)  # type: ignore[arg-type]
    return found.replace(tzinfo=found.tzinfo)





def parse_date(text: str, today: date, *, ahead: bool = False) -> date:
    """Read a calendar day (report periods, due dates).

    Accepted: ISO ``2026-12-01``; day-first ``01/12/2026``, ``1-12-2026``,
    ``1/12/26``, ``1.12.2026``; month names ``1 Desember 2026``, ``1 Dec 2026``,
    ``Dec 1, 2026`` (optionally with a matching weekday prefix); ``today``/
    ``hari ini``, ``yesterday``/``kemarin``, ``tomorrow``/``besok``, ``lusa``
    (day after tomorrow), ``kemarin lusa`` (day before yesterday); weekday
    names — with ahead=False the most recent such day, today included; with
    ahead=True the next such day, today excluded; relative ``+3d``, ``-7d``,
    ``+2w``, ``3d`` (unsigned means ahead), ``+3 hari``, ``+2 minggu``,
    ``3 hari lagi``, ``3 days ago``, ``1 minggu lalu``; ``jumat depan``/``next friday``,
    ``senin lalu``/``last monday``, ``minggu lalu``/``last week`` (7 days ago), ``minggu
    depan``; a day and month without a year ``1/12``, ``1 Des``, ``Dec 1`` — the most
    recent such day, or with ahead=True the next one (today included).

    A bare ``minggu`` is Sunday; with a number it is weeks. Anything else,
    including a date with a time or a year outside 1900–2100, raises
    InputError("err.bad_date"); an offset in hours (``+3h``: ``h`` is hours, a due
    date counts days) raises InputError("err.date_in_hours").
    """
    raw = text.strip() if isinstance(text, str) else str(text)
    try:
        result = _parse_date(_norm(raw), today, ahead) if isinstance(text, str) else None
    except (ValueError, OverflowError):
        result = None
    if result is None or not FIRST_YEAR <= result.year <= LAST_YEAR:
        offset = _offset_parts(_norm(raw)) if isinstance(text, str) and raw else None
        if offset is not None and offset[1].keys() & {"hours", "minutes"}:
            raise InputError("err.date_in_hours", value=raw)
        if isinstance(text, str):
            _refuse_impossible(raw)
        raise InputError("err.bad_date", value=raw)
    return result


def _parse_date(s: str, today: date, ahead: bool) -> date | None:
    if not s:
        return None
    offset = _offset_parts(s)
    if offset is not None:
        sign, parts = offset
        if not parts.keys() <= {"days", "weeks"}:
            return None  # "+3h" is not a day ("h" is hours, even here)
        days = int(parts.get("days", 0) + 7 * parts.get("weeks", 0))
        return today + timedelta(days=(sign or 1) * days)
    return _named_day(s, today, ahead)


# A day and month at the start of a text (a time may follow): "31/11", "31-11-2026",
# "31 November 2026", "2026-11-31"; for telling why a date that reads as one is refused.
_DMY_LEAD_RE = r"(?a)(?:[a-z']+,?\s+)?(\d{1,2})[-/.](\d{1,2})(?:[-/.](\d{4}|\d{2}))?\b"
_DMY_WORD_LEAD_RE = r"(?a)(?:[a-z']+,?\s+)?(\d{1,2})\s+([a-z]+)\.?(?:\s+(\d{4}))?\b"
_YMD_LEAD_RE = r"(?a)(\d{4})-(\d{1,2})-(\d{1,2})\b"


def _refuse_impossible(raw: str) -> None:
    """Raise InputError("err.no_such_day") naming why, when `raw` is a day of a month that
    has fewer days (`31/11`: November has 30 days; `29/2/2027`); return otherwise."""
    s = _norm(raw)
    day = month = year = None
    if m := re.match(_YMD_LEAD_RE, s):
        year, month, day = int(m[1]), int(m[2]), int(m[3])
    elif m := re.match(_DMY_LEAD_RE, s):
        day, month, year = int(m[1]), int(m[2]), _year(m[3]) if m[3] else None
    elif (m := re.match(_DMY_WORD_LEAD_RE, s)) and m[2] in _MONTHS:
        day, month, year = int(m[1]), _MONTHS[m[2]], int(m[3]) if m[3] else None
    if day is None or month is None or not 1 <= month <= 12 or day < 1:
        return
    days = calendar.monthrange(year if year else 2024, month)[1]  # no year: 29/2 exists
    if day > days:
        raise InputError("err.no_such_day", value=raw.strip(),
                         month=Words(f"digest.month.{month}"), days=days)


def yearless_from(text: str, start: date) -> date | None:
    """For a day and month without a year (`1/12`, `1 Des`, `Dec 1`): the first such day
    on or after `start` (a promise's due day, from its contact's day on). None when the
    text is not such a day; InputError("err.no_such_day") for one no month has."""
    dm = _day_month(_norm(text)) if isinstance(text, str) else None
    if dm is None:
        return None
    try:
        return _nearest_yearly(dm, start, ahead=True)
    except ValueError:
        _refuse_impossible(text)
        raise InputError("err.bad_date", value=text.strip()) from None


def month_number(word: str) -> int | None:
    """1–12 for a month's name in English or Indonesian (`desember`, `Dec`), else None."""
    return _MONTHS.get(_norm(word).rstrip("."))


# ---------------------------------------------------------------- durations

_MAX_DURATION = timedelta(hours=24)


def parse_duration(text: str) -> timedelta:
    """Read a length of time: ``3h``, ``90m``, ``2h30m``, ``2h 30m``,
    ``1.5h``, ``1,5h``, ``2j30m``, ``2 jam 30 menit``, ``2 hours 30 minutes``.

    A unit is required (``150`` is refused), fractions are allowed for hours
    only, and the result is rounded to whole minutes. Zero, negative or more
    than 24 hours raises InputError("err.bad_duration").
    """
    raw = text.strip() if isinstance(text, str) else str(text)
    s = _norm(raw) if isinstance(text, str) else ""
    parts = _offset_parts(s) if s and s[0] not in "+-" else None
    result: timedelta | None = None
    if parts is not None and parts[0] == 0 and parts[1].keys() <= {"hours", "minutes"}:
        amounts = parts[1]
        total = amounts.get("hours", 0) * 60 + amounts.get("minutes", 0)
        minutes = int(total + 0.5)
        if 0 < minutes <= _MAX_DURATION.total_seconds() // 60:
            result = timedelta(minutes=minutes)
    if result is None:
        raise InputError("err.bad_duration", value=raw)
    return result
