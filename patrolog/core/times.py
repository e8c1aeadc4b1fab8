"""Times as the journal keeps and shows them: zones, ISO text, and the human forms.

The journal stores ISO 8601 text with its zone's offset (docs/decisions.md, "Times");
`human()`/`human_day()` write times and days as people do, for messages and `show`.
Parsing what people type lives above, in `patrolog.entry.timeparse`.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone, tzinfo

from patrolog.core.clock import now as clock_now
from patrolog.core.errors import InputError
from patrolog.core.i18n import get_lang

# Clocks disagree by a few minutes: a record this far past now is still "now".
SLACK = timedelta(minutes=15)

# Accepted as journal timezone *names* too, so `config set timezone WITA` works.
_ZONE_ALIAS = {"wib": "Asia/Jakarta", "wita": "Asia/Makassar", "wit": "Asia/Jayapura"}

# ---------------------------------------------------------------- timezones


class SteadyZone(tzinfo):
    """An IANA zone whose UTC offset has not changed since `since`, answered without zoneinfo.

    Importing zoneinfo costs several milliseconds (it loads sysconfig to find the tz
    database), on every run of every command, and the journal's zone is nearly always one
    of Indonesia's three, whose offsets have been fixed for decades. Times before `since`
    are handed to the real zone, loaded then. tests/test_timeparse.py compares each zone
    here with the system's tz database, so a future change to Indonesia's zones (a single
    national zone has been proposed) fails the tests instead of going unnoticed.
    """

    def __init__(self, key: str, hours: int, abbreviation: str, since: int) -> None:
        self.key = key
        self._offset = timedelta(hours=hours)
        self._abbreviation = abbreviation
        # The real zone answers before this year. Whole years, so a cheap year comparison
        # decides (each `since` is at least a year past the zone's last change).
        self._since = since
        self._real: tzinfo | None = None

    def _zone(self) -> tzinfo:
        if self._real is None:
            from zoneinfo import ZoneInfo

            self._real = ZoneInfo(self.key)
        return self._real

    def _early(self, dt: datetime | None) -> bool:
        return dt is not None and dt.year < self._since

    def utcoffset(self, dt: datetime | None) -> timedelta | None:
        if self._early(dt):
            return dt.replace(tzinfo=self._zone()).utcoffset()  # type: ignore[union-attr]
        return self._offset

    def dst(self, dt: datetime | None) -> timedelta | None:
        if self._early(dt):
            return dt.replace(tzinfo=self._zone()).dst()  # type: ignore[union-attr]
        return timedelta(0)

    def tzname(self, dt: datetime | None) -> str | None:
        if self._early(dt):
            return dt.replace(tzinfo=self._zone()).tzname()  # type: ignore[union-attr]
        return self._abbreviation

    def fromutc(self, dt: datetime) -> datetime:
        if dt.year < self._since:
            real = self._zone()
            return real.fromutc(dt.replace(tzinfo=real)).replace(tzinfo=self)
        return dt + self._offset

    def __str__(self) -> str:
        return self.key

    def __repr__(self) -> str:
        return f"SteadyZone({self.key!r})"


# key: (hours east of UTC, abbreviation, first year of the current offset + 1)
_STEADY = {
    "Asia/Jakarta": (7, "WIB", 1965),
    "Asia/Pontianak": (7, "WIB", 1989),
    "Asia/Makassar": (8, "WITA", 1946),
    "Asia/Jayapura": (9, "WIT", 1965),
    "UTC": (0, "UTC", 1),
    "Etc/UTC": (0, "UTC", 1),
}
_steady_zones: dict[str, SteadyZone] = {}


def journal_tz(name: str | None) -> tzinfo:
    """The journal's timezone from its config value.

    None or "" means the system's zone, found in this order: the TZ variable
    if it names an IANA zone, /etc/timezone, the /etc/localtime symlink
    (…/zoneinfo/Area/City), else the current local UTC offset (a fixed
    offset, which is all Python can tell us then). A given name must be an
    IANA zone ("Asia/Makassar"; case-insensitive) or WIB/WITA/WIT; anything
    else raises InputError("err.bad_timezone").
    """
    text = (name or "").strip()
    if not text:
        return _system_tz()
    alias = _ZONE_ALIAS.get(text.lower())
    zone = _zone_or_none(alias or text)
    if zone is None:
        # Linux zone files are case-sensitive; officers type "asia/jakarta".
        # Listing all zones is slow, so only on this failure path.
        from zoneinfo import available_timezones

        wanted = text.lower()
        for key in available_timezones():
            if key.lower() == wanted:
                zone = _zone_or_none(key)
                break
    if zone is None:
        raise InputError("err.bad_timezone", value=name)
    return zone


def _zone_or_none(key: str) -> tzinfo | None:
    if key in _STEADY:
        if key not in _steady_zones:
            _steady_zones[key] = SteadyZone(key, *_STEADY[key])
        return _steady_zones[key]
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        return ZoneInfo(key)
    # Not found, a directory ("Asia"), a path escape or a non-TZif file.
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return None


def _system_tz() -> tzinfo:
    import os  # already loaded by the interpreter; kept local to honour the import budget

    env = os.environ.get("TZ", "").strip().lstrip(":")
    # TZ may also hold a POSIX rule ("WIB-7") or a file path: skip those.
    if env and not env.startswith("/"):
        zone = _zone_or_none(env)
        if zone is not None:
            return zone
    try:
        with open("/etc/timezone", encoding="utf-8") as fh:
            zone = _zone_or_none(fh.read().strip())
        if zone is not None:
            return zone
    except (OSError, UnicodeDecodeError):
        pass
    try:
        targets = [os.readlink("/etc/localtime")]
        # Some systems chain links (e.g. via /etc/alternatives); try the final file too.
        targets.append(os.path.realpath("/etc/localtime"))
    except OSError:
        targets = []
    for target in targets:
        _, found, key = target.replace("\\", "/").rpartition("zoneinfo/")
        if not found:
            continue
        for variant in ("posix/", "right/"):
            key = key.removeprefix(variant)
        zone = _zone_or_none(key)
        if zone is not None:
            return zone
    return datetime.now().astimezone().tzinfo or timezone.utc


def zone_name(tz: tzinfo) -> str:
    """'Asia/Jakarta' for a ZoneInfo or SteadyZone, else str(tz) (e.g. 'UTC', 'WIB')."""
    key = getattr(tz, "key", None)
    return key if isinstance(key, str) and key else str(tz)


def now_in(tz: tzinfo) -> datetime:
    """The current time in `tz`, whole seconds (the journal stores no more)."""

    return clock_now(tz)


def start_of(day: date, tz: tzinfo) -> str:
    """The start of `day` in `tz`, as stored times are written."""
    return iso(datetime.combine(day, time(0, 0), tzinfo=tz))


def iso(dt: datetime) -> str:
    """'2026-11-27T08:00:00+07:00': the journal's storage and JSON format."""
    if dt.utcoffset() is None:
        raise ValueError("iso() needs an aware datetime")
    return dt.isoformat(timespec="seconds")


# ---------------------------------------------------------------- durations


def format_duration(td: timedelta, lang: str = "en") -> str:
    """'2h30m', '3h', '45m' (nearest minute, no days: 26h stays '26h'); '0m' for zero.
    In Indonesian hours are 'j' (jam): '2j30m' — an Indonesian reads 'h' as hari.

    The output is accepted back by parse_duration when within its range.
    """
    seconds = td.total_seconds()
    sign = "-" if seconds < 0 else ""
    hours, minutes = divmod(int(abs(seconds) / 60 + 0.5), 60)
    h = "j" if lang == "id" else "h"
    if hours and minutes:
        return f"{sign}{hours}{h}{minutes}m"
    if hours:
        return f"{sign}{hours}{h}"
    return f"{sign}{minutes}m"


# ---------------------------------------------------------------- showing

_SHORT_DAYS = {"en": "Mon Tue Wed Thu Fri Sat Sun".split(),
               "id": "Sen Sel Rab Kam Jum Sab Min".split()}
_SHORT_MONTHS = {"en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(),
                 "id": "Jan Feb Mar Apr Mei Jun Jul Agu Sep Okt Nov Des".split()}


def human(value: datetime | str, lang: str | None = None, *,
          now: datetime | None = None) -> str:
    """A time as people write it: 'Tue 1 Dec 19:00' / 'Sel 1 Des 19.00'; the year is
    added when it is not the current one ('Sel 1 Des 2025 19.00'). Never ISO text.
    Accepts the journal's ISO strings too; text that is not a time comes back as it was."""
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value)
        except ValueError:
            return value
    lang = _shown_lang(lang)
    if now is None:
        now = clock_now(value.tzinfo)
    clock = value.strftime("%H.%M" if lang == "id" else "%H:%M")
    return f"{human_day(value.date(), lang, now=now)} {clock}"


def human_day(value: date | str, lang: str | None = None, *, now: datetime | None = None) -> str:
    """A day as people write it: 'Wed 9 Dec' / 'Rab 9 Des' (a due date has no clock); the
    year is added when it is not the current one. Text that is not a day comes back as it was."""
    if isinstance(value, str):
        try:
            value = date.fromisoformat(value[:10])
        except ValueError:
            return value
    lang = _shown_lang(lang)
    if now is None:
        now = clock_now()
    year = f" {value.year}" if value.year != now.year else ""
    return (f"{_SHORT_DAYS[lang][value.weekday()]} {value.day} "
            f"{_SHORT_MONTHS[lang][value.month - 1]}{year}")


def _shown_lang(lang: str | None) -> str:
    if lang is None:
        lang = get_lang()
    return "id" if lang == "id" else "en"
