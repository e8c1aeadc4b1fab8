"""Report periods: an ISO week, a calendar month, or a range of days (docs/digest.md#periods).

A period is a span of whole days in the journal's timezone, both ends
included. A record belongs to it by the day of its own time, which is the
first ten characters of the stored ISO text, so the SQL bounds are plain text
comparisons over the indexed time columns (`bounds()`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from patrolog.core.errors import InputError
from patrolog.entry.timeparse import month_number, parse_date

# Longer periods are almost certainly a typo (`--from 0026-01-01`) and would
# build a per-day table of thousands of rows; ten years covers every real use.
MAX_DAYS = 3660

_THIS = {"this", "ini", "current", "sekarang", "minggu ini", "pekan ini", "bulan ini"}
_LAST = {"last", "lalu", "previous", "minggu lalu", "pekan lalu", "bulan lalu"}
_WEEK_RE = r"(?a)(\d{4})-?w(\d{1,2})"
_MONTH_RE = r"(?a)(\d{4})-(\d{1,2})|(\d{1,2})/(\d{4})"


@dataclass(frozen=True)
class Period:
    start: date
    end: date          # included
    kind: str          # "week" | "month" | "range"

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    @property
    def label(self) -> str:
        if self.kind == "week":
            year, week, _ = self.start.isocalendar()
            return f"{year}-W{week:02d}"
        if self.kind == "month":
            return f"{self.start:%Y-%m}"
        return f"{self.start.isoformat()}..{self.end.isoformat()}"

    def each_day(self) -> list[date]:
        return [self.start + timedelta(days=i) for i in range(self.days)]

    def bounds(self) -> tuple[str, str]:
        """Text bounds for `time >= lo AND time < hi` on stored ISO times."""
        return self.start.isoformat(), (self.end + timedelta(days=1)).isoformat()

    def previous(self) -> Period:
        """The period of the same length just before: last week, last calendar month, N days."""
        if self.kind == "month":
            end = self.start - timedelta(days=1)
            return Period(end.replace(day=1), end, "month")
        length = timedelta(days=self.days)
        return Period(self.start - length, self.end - length, self.kind)

    def through(self, today: date) -> date:
        """The last day the period holds so far: `today` while it runs, else its last day.

        A period not begun yet holds nothing: its day before the first."""
        if today >= self.end:
            return self.end
        return max(today, self.start - timedelta(days=1))

    def days_so_far(self, today: date) -> int:
        """Days of the period that have come by `today` (at least one, for rates)."""
        return max(1, (self.through(today) - self.start).days + 1)

    def as_dict(self, today: date | None = None) -> dict:
        """The period for the digest; with `today`, whether it is complete and the last day
        it holds so far (docs/report-json.md)."""
        out = {"from": self.start.isoformat(), "to": self.end.isoformat(),
               "days": self.days, "label": self.label}
        if today is not None:
            out.update(complete=today > self.end, through=self.through(today).isoformat())
        return out


def week_of(day: date) -> Period:
    monday = day - timedelta(days=day.weekday())
    return Period(monday, monday + timedelta(days=6), "week")


def month_of(day: date) -> Period:
    first = day.replace(day=1)
    following = (first + timedelta(days=32)).replace(day=1)
    return Period(first, following - timedelta(days=1), "month")


def _norm(text: str) -> str:
    return " ".join(text.split()).lower()


def parse_week(text: str, today: date) -> Period:
    """`this`/`ini`, `last`/`lalu`, or `2026-W47` (also `2026-w47`, `2026W47`)."""
    value = _norm(text)
    if value in _THIS:
        return week_of(today)
    if value in _LAST:
        return week_of(today - timedelta(days=7))
    m = re.fullmatch(_WEEK_RE, value)
    try:
        if m is None:
            raise ValueError(value)
        return week_of(date.fromisocalendar(int(m[1]), int(m[2]), 1))
    except (ValueError, OverflowError):  # no such week: 2026-W60, W53 of a 52-week year
        raise InputError("err.report_bad_week", value=text.strip()) from None


def parse_month(text: str, today: date) -> Period:
    """`this`/`ini`, `last`/`lalu`, `2026-11`, `11/2026`, or the month's name in English or
    Indonesian (`desember`, `December 2026`)."""
    value = _norm(text)
    if value in _THIS:
        return month_of(today)
    if value in _LAST:
        return month_of(today.replace(day=1) - timedelta(days=1))
    m = re.fullmatch(_MONTH_RE, value)
    try:
        if m is None:
            named = _named_month(value, today)
            if named is None:
                raise ValueError(value)
            return month_of(named)
        year, month = (int(m[1]), int(m[2])) if m[1] else (int(m[4]), int(m[3]))
        return month_of(date(year, month, 1))
    except (ValueError, OverflowError):  # month 13, month 0, year 0
        raise InputError("err.report_bad_month", value=text.strip()) from None


def _named_month(value: str, today: date) -> date | None:
    """`desember`, `December 2026`, `des 2026`, `2026 desember` (English or Indonesian):
    the month's first day; without a year the most recent such month, this one included."""
    words = value.split()
    years = [w for w in words if w.isdigit() and len(w) == 4]
    names = [w for w in words if not w.isdigit()]
    if len(names) != 1 or len(years) > 1 or len(words) != len(names) + len(years):
        return None
    month = month_number(names[0])
    if month is None:
        return None
    if years:
        return date(int(years[0]), month, 1)
    year = today.year if month <= today.month else today.year - 1
    return date(year, month, 1)


def parse_range(start_text: str, end_text: str, today: date) -> Period:
    """`--from DATE --to DATE`, both days included; dates as `timeparse.parse_date` reads them."""

    start, end = parse_date(start_text, today), parse_date(end_text, today)
    if start > end:
        raise InputError("err.report_from_after_to", start=start.isoformat(), end=end.isoformat())
    return Period(start, end, "range")


def choose(today: date, *, week: str | None = None, month: str | None = None,
           start: str | None = None, end: str | None = None) -> Period:
    """The period the report options name; the current ISO week when none does."""
    given = [name for name, value in (("--week", week), ("--month", month)) if value is not None]
    if start is not None or end is not None:
        given.append("--from/--to")
    if len(given) > 1:
        raise InputError("err.report_two_periods", options=", ".join(given))
    if start is not None and end is None:
        raise InputError("err.report_from_without_to")
    if end is not None and start is None:
        raise InputError("err.report_to_without_from")
    if week is not None:
        period = parse_week(week, today)
    elif month is not None:
        period = parse_month(month, today)
    elif start is not None and end is not None:
        period = parse_range(start, end, today)
    else:
        period = week_of(today)
    if period.days > MAX_DAYS:
        raise InputError("err.report_too_long", days=period.days, limit=MAX_DAYS)
    try:  # the first and last days a calendar can hold have no day before or after
        period.previous()
        period.bounds()
    except OverflowError:
        raise InputError("err.report_out_of_range") from None
    return period


def grade(patrols: int, days: int) -> str:
    """KURANG (0) / CUKUP (1-3) / AKTIF (4+) by patrols per 7 days.

    Over a period longer than a week the count is scaled to 7 days and rounded
    to the nearest whole number, halves upwards (3.5 per week is AKTIF, 0.5 is
    CUKUP). A period of a week or less is graded on its count as it is.
    """
    per_week = patrols if days <= 7 else (patrols * 14 + days) // (2 * days)
    if per_week == 0:
        return "KURANG"
    return "CUKUP" if per_week <= 3 else "AKTIF"
