"""A journal's retention period (`config set retention 18 bulan`), read and applied.

Below the journal: `config set` checks a value with `parse_retention`, `purge`, `due` and
the sharing checks turn it into the first day still kept (docs/privacy.md).
"""

from __future__ import annotations

import re
from datetime import date, datetime

from patrolog.core.errors import InputError
from patrolog.core.times import start_of

_UNITS = {
    "years": ("y", "yr", "yrs", "year", "years", "tahun", "thn", "th"),
    "months": ("mo", "mon", "month", "months", "bulan", "bln", "bl"),
    "weeks": ("w", "wk", "week", "weeks", "minggu", "mgg", "pekan"),
    "days": ("d", "day", "days", "hari", "hr"),
}
_UNIT_OF = {word: unit for unit, words in _UNITS.items() for word in words}
_PERIOD = re.compile(r"^\s*(\d{1,4})\s*([a-z]+)\s*$", re.IGNORECASE)
# A retention longer than this is a typo (and would reach before the year 1900).
_LONGEST = {"years": 100, "months": 1200, "weeks": 5200, "days": 36500}


def parse_retention(text: str) -> str:
    """`18 bulan` -> `18 months`; refuse what is not a period (exit 2)."""
    match = _PERIOD.match(text or "")
    unit = _UNIT_OF.get(match[2].lower()) if match else None
    if match is None or unit is None or not 1 <= int(match[1]) <= _LONGEST[unit]:
        raise InputError("err.bad_retention", value=text)
    return f"{int(match[1])} {unit}"


def cutoff(retention: str, today: date) -> date:
    """The first day still kept: records before it are past retention."""
    from dateutil.relativedelta import relativedelta  # calendar months and years

    amount, unit = parse_retention(retention).split()
    return today - relativedelta(**{unit: int(amount)})


def retention_bound(retention: str | None, now: datetime) -> str | None:
    """The start of the first day still kept under `retention` (as config stores it), in
    `now`'s timezone and form of stored times; None without a retention, or with one set
    by hand to what `config set` would refuse. Records before it are past retention:
    what `due` reminds of and `import`/`merge` skip (`privacy.incoming`)."""
    if not retention:
        return None
    try:
        first_kept = cutoff(retention, now.date())
    except InputError:
        return None
    return start_of(first_kept, now.tzinfo)
