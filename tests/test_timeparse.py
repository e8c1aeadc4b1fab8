"""Times as officers type them (docs/commands.md#times): every accepted form and every refusal."""

from __future__ import annotations

import os
import random
import subprocess
import sys
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from conftest import REPO, cli_env
from patrolog.core import times
from patrolog.core.errors import InputError
from patrolog.core.times import format_duration, iso, journal_tz, now_in, zone_name
from patrolog.entry import timeparse
from patrolog.entry.timeparse import parse_date, parse_duration, parse_time

JKT = ZoneInfo("Asia/Jakarta")
NOW = datetime(2026, 11, 28, 13, 40, tzinfo=JKT)  # a Saturday
TODAY = NOW.date()


def at(day: int, hour: int = 0, minute: int = 0, second: int = 0, month: int = 11,
       year: int = 2026) -> datetime:
    return datetime(year, month, day, hour, minute, second, tzinfo=JKT)


def test_fixture_is_a_saturday() -> None:
    assert NOW.weekday() == 5


# ------------------------------------------------------------------ parse_time

ACCEPTED_TIMES = [
    # now
    ("now", at(28, 13, 40)),
    ("sekarang", at(28, 13, 40)),
    ("  NOW  ", at(28, 13, 40)),
    # day words, bare = midnight (today included, for consistency)
    ("today", at(28)),
    ("hari ini", at(28)),
    ("Hari  Ini", at(28)),
    ("yesterday", at(27)),
    ("kemarin", at(27)),
    ("tomorrow", at(29)),
    ("besok", at(29)),
    ("lusa", at(30)),
    ("kemarin lusa", at(26)),
    # day words with a time
    ("today 08:00", at(28, 8)),
    ("hari ini 08.00", at(28, 8)),
    ("yesterday 21:30", at(27, 21, 30)),
    ("kemarin 21:30", at(27, 21, 30)),
    ("kemarin 21.30", at(27, 21, 30)),
    ("tomorrow 7:05", at(29, 7, 5)),
    ("besok 07:05:09", at(29, 7, 5, 9)),
    ("lusa 08:00", at(30, 8)),
    ("kemarin pukul 21.30", at(27, 21, 30)),
    ("hari ini jam 8.00", at(28, 8)),
    ("kemarin, 21:30", at(27, 21, 30)),
    # weekdays: most recent such day, today (Saturday) included
    ("saturday", at(28)),
    ("sabtu", at(28)),
    ("sat 15:00", at(28, 15)),  # later today: still today
    ("friday", at(27)),
    ("jumat", at(27)),
    ("jum'at 10:00", at(27, 10)),
    ("Jum\u2019at", at(27)),  # curly apostrophe from a phone keyboard
    ("fri", at(27)),
    ("thursday", at(26)),
    ("kamis", at(26)),
    ("thu", at(26)),
    ("wednesday", at(25)),
    ("rabu 08:00", at(25, 8)),
    ("tuesday", at(24)),
    ("selasa", at(24)),
    ("tue", at(24)),
    ("monday", at(23)),
    ("senin", at(23)),
    ("mon 8:00", at(23, 8)),
    ("hari senin", at(23)),
    ("sunday", at(22)),
    ("minggu", at(22)),
    ("ahad 19.45", at(22, 19, 45)),
    ("sun", at(22)),
    # bare times: the most recent such time (now is 13:40; 15 minutes of slack)
    ("13:10", at(28, 13, 10)),
    ("13:55", at(28, 13, 55)),  # within the slack: still today
    ("13:56", at(27, 13, 56)),  # beyond it: yesterday's
    ("14:10", at(27, 14, 10)),
    ("14.10", at(27, 14, 10)),
    ("8:05", at(28, 8, 5)),
    ("8.05", at(28, 8, 5)),
    ("14:10:30", at(27, 14, 10, 30)),
    ("00:00", at(28)),
    ("23:59:59", at(27, 23, 59, 59)),
    ("23:15", at(27, 23, 15)),  # typed the morning after a night shift: last night
    ("pukul 12.00", at(28, 12)),
    ("pkl. 14.00", at(27, 14)),
    # next/last weekdays, weeks
    ("jumat depan", at(4, month=12)),
    ("next friday", at(4, month=12)),
    ("sabtu depan", at(5, month=12)),  # today excluded
    ("senin lalu", at(23)),
    ("last monday", at(23)),
    ("sabtu lalu 10:00", at(21, 10)),  # today excluded
    ("hari minggu lalu", at(22)),
    ("minggu lalu", at(21)),
    ("pekan lalu", at(21)),
    ("last week", at(21)),
    # day and month without a year: the most recent such day
    ("27/11", at(27)),
    ("27/11 14:10", at(27, 14, 10)),
    ("28/11 14:10", at(28, 14, 10, year=2025)),  # later today: last year's
    ("1/12 14:10", at(1, 14, 10, month=12, year=2025)),
    ("27 nov", at(27)),
    ("1 Des 19.00", at(1, 19, month=12, year=2025)),
    ("Nov 27", at(27)),
    # the long tail, read by dateutil behind the rules
    ("27 November 2026 2pm", at(27, 14)),
    ("Friday, Nov 27 2026 at 2:30 PM", at(27, 14, 30)),
    ("27 Nopember 2026 2.30 pm", at(27, 14, 30)),
    ("November 20 2pm", at(20, 14)),
    # relative offsets: h is hours, j/jam too; d/hari days
    ("-2h", at(28, 11, 40)),
    ("-1h", at(28, 12, 40)),
    ("-90m", at(28, 12, 10)),
    ("-1d", at(27, 13, 40)),
    ("-2h30m", at(28, 11, 10)),
    ("-2h 30m", at(28, 11, 10)),
    ("-2j", at(28, 11, 40)),
    ("-2j30m", at(28, 11, 10)),
    ("-3 hours", at(28, 10, 40)),
    ("-3 jam", at(28, 10, 40)),
    ("-20 menit", at(28, 13, 20)),
    ("-1 hari", at(27, 13, 40)),
    ("-1d2h", at(27, 11, 40)),
    ("-1w", at(21, 13, 40)),
    ("-1 minggu", at(21, 13, 40)),
    ("-1.5h", at(28, 12, 10)),
    ("-1,5 jam", at(28, 12, 10)),
    ("- 2h", at(28, 11, 40)),
    ("+30m", at(28, 14, 10)),
    ("-0m", at(28, 13, 40)),
    ("2 jam lalu", at(28, 11, 40)),
    ("2 jam yang lalu", at(28, 11, 40)),
    ("2 hours ago", at(28, 11, 40)),
    ("30 menit lagi", at(28, 14, 10)),
    # ISO 8601: never day-first
    ("2026-11-27", at(27)),
    ("2026-04-03", at(3, month=4)),
    ("2026-11-27 14:10", at(27, 14, 10)),
    ("2026-11-27T14:10", at(27, 14, 10)),
    ("2026-11-27T14:10:00", at(27, 14, 10)),
    ("2026-11-27T14:10:00+07:00", at(27, 14, 10)),
    ("2026-11-27T14:10:00.123456+07:00", at(27, 14, 10)),
    ("2026-11-27T07:10:00Z", at(27, 14, 10)),
    ("2026-11-27t07:10:00z", at(27, 14, 10)),
    ("2026-11-27T14:10:00+08:00", at(27, 13, 10)),
    ("2026-11-27T14:10+0900", at(27, 12, 10)),
    ("2026-11-27T14:10+09", at(27, 12, 10)),
    ("2026-11-27T02:10:00-05:00", at(27, 14, 10)),
    ("2026-11-27 14.10", at(27, 14, 10)),
    # day-first
    ("27/11/2026 14:10", at(27, 14, 10)),
    ("27/11/2026 14.10", at(27, 14, 10)),
    ("27-11-2026 14:10", at(27, 14, 10)),
    ("27/11/2026", at(27)),
    ("27/11/26", at(27)),
    ("27-11-26", at(27)),
    ("27.11.2026", at(27)),
    ("27.11.2026 14.10", at(27, 14, 10)),
    ("03/04/2026", at(3, month=4)),
    ("3/4/2026 8:00", at(3, 8, month=4)),
    ("27/11/2026, 14:10", at(27, 14, 10)),
    # Indonesian decorations and zones (converted into the journal's zone)
    ("27/11/2026 pukul 14.00 WIB", at(27, 14)),
    ("27/11/2026 pukul 14.00 WITA", at(27, 13)),
    ("27/11/2026 pukul 14.00 WIT", at(27, 12)),
    ("27/11/2026 jam 14.00 WIB", at(27, 14)),
    ("27/11/2026 jam. 14.00 WIB", at(27, 14)),
    ("27/11/2026 pkl 14.00 WIB", at(27, 14)),
    ("27/11/2026 14:00WIB", at(27, 14)),
    ("27/11/2026 14:00 UTC", at(27, 21)),
    ("14:10 WITA", at(28, 13, 10)),
    ("kemarin 21.30 WIT", at(27, 19, 30)),
    ("Jumat, 27 November 2026 pukul 14.00 WIB", at(27, 14)),
    ("hari Jumat tanggal 27 November 2026 sekitar pukul 14.00 WIB", at(27, 14)),
    ("tanggal 27/11/2026", at(27)),
    ("tgl. 27/11/2026 14.00", at(27, 14)),
    # month names, both languages
    ("27 November 2026 14:10", at(27, 14, 10)),
    ("27 Nov 2026", at(27)),
    ("27 nov. 2026", at(27)),
    ("27-Nov-2026", at(27)),
    ("27 Nopember 2026", at(27)),
    ("27 Nov 26", at(27)),
    ("Nov 27, 2026", at(27)),
    ("November 27 2026", at(27)),
    ("3 Agustus 2026", at(3, month=8)),
    ("3 Mei 2026 08.00", at(3, 8, month=5)),
    ("3 May 2026", at(3, month=5)),
    ("1 Januari 2026", at(1, month=1)),
    ("1 Februari 2026", at(1, month=2)),
    ("1 Maret 2026", at(1, month=3)),
    ("1 Juni 2026", at(1, month=6)),
    ("1 Juli 2026", at(1, month=7)),
    ("1 Oktober 2026", at(1, month=10)),
    ("1 Desember 2026", at(1, month=12)),
    ("1 Okt 2026", at(1, month=10)),
    ("1 Des 2026", at(1, month=12)),
    ("1 Agu 2026", at(1, month=8)),
    ("1 Agt 2026", at(1, month=8)),
    ("1 Ags 2026", at(1, month=8)),
    ("1 Aug 2026", at(1, month=8)),
    ("1 Oct 2026", at(1, month=10)),
    ("1 Dec 2026", at(1, month=12)),
    ("1 Sep 2026", at(1, month=9)),
    ("29 Februari 2028", at(29, month=2, year=2028)),  # leap year
]


@pytest.mark.parametrize(("text", "expected"), ACCEPTED_TIMES)
def test_parse_time_accepts(text: str, expected: datetime) -> None:
    result = parse_time(text, NOW)
    assert result == expected
    assert result.tzinfo is JKT  # always in the journal's zone, not the input's
    assert result.microsecond == 0
    assert iso(result) == iso(expected)


REFUSED_TIMES = [
    "", "   ", "10", "2026", "1410", "garbage", "nov", "November 2026", "32/11", "31/4",
    "1/1/1899", "1/1/2101", "2101-01-01", "1 Jan 1850", "31 November 2026 2pm",
    "27 November 2026 2pm XYZ",
    "31/02/2026", "29/02/2026", "2026-02-30", "2026-13-01", "00/11/2026",
    "25:00", "24:00", "14:60", "14:10:60", "14:7", "today 25:00",
    "2h", "90m", "-2", "-2x", "-2 jam lalu", "-1.5d", "-1h1h", "2 jam",
    "14.10.26", "27.11.26",  # dotted: time with seconds or date? refused
    "today wib", "27/11/2026 WIB", "2026-11-27T14:10+25:00", "2026-11-27T14:10+07:60",
    "27/11/2026T14:10", "sat14:10", "Sabtu, 27 November 2026",  # weekday contradicts date
    "senin lalu lalu", "next next monday", "27/11-2026", "2026-11-27 14:10 14:10",
    "2pm", "14:10 pm", "last month", "-99999999999d", "27 Foo 2026",
    "yesterday today", "now 14:10",
    "\u0661\u0664:\u0661\u0660",  # Arabic-Indic digits: ASCII only
]


@pytest.mark.parametrize("text", REFUSED_TIMES)
def test_parse_time_refuses(text: str) -> None:
    with pytest.raises(InputError) as info:
        parse_time(text, NOW)
    # a day its month does not have says why (`31/11`: November has 30 days)
    assert info.value.key in ("err.bad_time", "err.no_such_day")
    assert info.value.params["value"] == text.strip()


def test_day_first_versus_iso() -> None:
    assert parse_time("03/04/2026", NOW).date() == date(2026, 4, 3)
    assert parse_time("2026-04-03", NOW).date() == date(2026, 4, 3)
    assert parse_time("2026-03-04", NOW).date() == date(2026, 3, 4)
    assert parse_time("04/03/2026", NOW).date() == date(2026, 3, 4)


def test_zone_suffix_reads_today_in_that_zone() -> None:
    # 23:30 WIB is already 01:30 the next day in WIT: "01:00 WIT" is half an hour ago.
    late = datetime(2026, 11, 28, 23, 30, tzinfo=JKT)
    assert parse_time("01:00 WIT", late) == datetime(2026, 11, 28, 23, 0, tzinfo=JKT)
    assert parse_time("01:00", late) == datetime(2026, 11, 28, 1, 0, tzinfo=JKT)


def test_result_follows_the_journal_zone() -> None:
    mks = ZoneInfo("Asia/Makassar")
    now = NOW.astimezone(mks)  # 14:40 WITA
    result = parse_time("27/11/2026 pukul 14.00 WIB", now)
    assert result.tzinfo is mks
    assert iso(result) == "2026-11-27T15:00:00+08:00"
    assert iso(parse_time("14:10", now)) == "2026-11-28T14:10:00+08:00"
    assert iso(parse_time("-2h", now)) == "2026-11-28T12:40:00+08:00"


def test_fixed_offset_journal_zone() -> None:
    now = NOW.astimezone(timezone(timedelta(hours=7)))
    assert iso(parse_time("kemarin 21.30", now)) == "2026-11-27T21:30:00+07:00"


def test_offsets_across_dst() -> None:
    # Hours are elapsed time, days keep the wall clock (Indonesia has no DST,
    # but the journal zone may be anywhere).
    ny = ZoneInfo("America/New_York")
    now = datetime(2026, 3, 8, 12, 0, tzinfo=ny)  # DST began at 02:00 that morning
    assert iso(parse_time("-12h", now)) == "2026-03-07T23:00:00-05:00"
    assert iso(parse_time("-1d", now)) == "2026-03-07T12:00:00-05:00"
    # A wall time inside the gap gets a real offset rather than a fictitious one.
    assert iso(parse_time("today 02:30", now)) == "2026-03-08T03:30:00-04:00"


def test_now_microseconds_dropped() -> None:
    assert parse_time("now", NOW.replace(microsecond=999)) == NOW


def test_naive_now_is_a_programming_error() -> None:
    with pytest.raises(ValueError):
        parse_time("now", NOW.replace(tzinfo=None))


# ------------------------------------------------------------------ parse_date

ACCEPTED_DATES = [
    ("2026-12-01", date(2026, 12, 1)),
    ("2026-04-03", date(2026, 4, 3)),
    ("01/12/2026", date(2026, 12, 1)),
    ("1/12/2026", date(2026, 12, 1)),
    ("1-12-2026", date(2026, 12, 1)),
    ("1/12/26", date(2026, 12, 1)),
    ("1.12.2026", date(2026, 12, 1)),
    ("03/04/2026", date(2026, 4, 3)),
    ("1 Desember 2026", date(2026, 12, 1)),
    ("1 Dec 2026", date(2026, 12, 1)),
    ("Dec 1, 2026", date(2026, 12, 1)),
    ("3 Agustus 2026", date(2026, 8, 3)),
    ("3 mei 2026", date(2026, 5, 3)),
    ("Selasa, 1 Desember 2026", date(2026, 12, 1)),
    ("today", TODAY),
    ("hari ini", TODAY),
    ("yesterday", date(2026, 11, 27)),
    ("kemarin", date(2026, 11, 27)),
    ("tomorrow", date(2026, 11, 29)),
    ("besok", date(2026, 11, 29)),
    ("lusa", date(2026, 11, 30)),
    ("kemarin lusa", date(2026, 11, 26)),
    ("+3d", date(2026, 12, 1)),
    ("3d", date(2026, 12, 1)),
    ("+2w", date(2026, 12, 12)),
    ("-7d", date(2026, 11, 21)),
    ("+0d", TODAY),
    ("+3 hari", date(2026, 12, 1)),
    ("3 hari", date(2026, 12, 1)),
    ("+2 minggu", date(2026, 12, 12)),
    ("+1 pekan", date(2026, 12, 5)),
    ("+3 days", date(2026, 12, 1)),
    ("+1w2d", date(2026, 12, 7)),
    ("3 hari lagi", date(2026, 12, 1)),
    ("3 days ago", date(2026, 11, 25)),
    ("1 minggu lalu", date(2026, 11, 21)),
    ("  +3D ", date(2026, 12, 1)),
]


@pytest.mark.parametrize(("text", "expected"), ACCEPTED_DATES)
@pytest.mark.parametrize("ahead", [False, True])
def test_parse_date_accepts(text: str, expected: date, ahead: bool) -> None:
    assert parse_date(text, TODAY, ahead=ahead) == expected


WEEKDAY_DATES = [
    # name, most recent (today included), next (today excluded)
    ("saturday", date(2026, 11, 28), date(2026, 12, 5)),
    ("sabtu", date(2026, 11, 28), date(2026, 12, 5)),
    ("sunday", date(2026, 11, 22), date(2026, 11, 29)),
    ("minggu", date(2026, 11, 22), date(2026, 11, 29)),
    ("ahad", date(2026, 11, 22), date(2026, 11, 29)),
    ("monday", date(2026, 11, 23), date(2026, 11, 30)),
    ("senin", date(2026, 11, 23), date(2026, 11, 30)),
    ("tue", date(2026, 11, 24), date(2026, 12, 1)),
    ("rabu", date(2026, 11, 25), date(2026, 12, 2)),
    ("kamis", date(2026, 11, 26), date(2026, 12, 3)),
    ("friday", date(2026, 11, 27), date(2026, 12, 4)),
    ("jumat", date(2026, 11, 27), date(2026, 12, 4)),
    ("jum'at", date(2026, 11, 27), date(2026, 12, 4)),
]


@pytest.mark.parametrize(("text", "recent", "upcoming"), WEEKDAY_DATES)
def test_parse_date_weekdays(text: str, recent: date, upcoming: date) -> None:
    assert parse_date(text, TODAY) == recent
    assert parse_date(text, TODAY, ahead=True) == upcoming


REFUSED_DATES = [
    "", "  ", "10", "2026", "garbage", "now", "31/02/2026", "2026-02-30", "32/01/2026",
    "2026-12-01 14:00", "14:10", "27/11 14:10", "+1.5d", "+3", "-3 hari lalu",
    "next next monday", "27.11.26", "Sabtu, 1 Desember 2026", "+1 bulan", "1/1/2101",
    "1899-12-31",
]


@pytest.mark.parametrize(("text", "recent", "upcoming"), [
    ("27/11", date(2026, 11, 27), date(2027, 11, 27)),
    ("28/11", TODAY, TODAY),  # today is both
    ("1/12", date(2025, 12, 1), date(2026, 12, 1)),
    ("1 Des", date(2025, 12, 1), date(2026, 12, 1)),
    ("jumat depan", date(2026, 12, 4), date(2026, 12, 4)),
    ("senin lalu", date(2026, 11, 23), date(2026, 11, 23)),
    ("minggu lalu", date(2026, 11, 21), date(2026, 11, 21)),
    ("minggu depan", date(2026, 12, 5), date(2026, 12, 5)),
])
def test_parse_date_relative_words_and_yearless(text: str, recent: date, upcoming: date) -> None:
    assert parse_date(text, TODAY) == recent
    assert parse_date(text, TODAY, ahead=True) == upcoming


@pytest.mark.parametrize("text", ["+3h", "-2j", "+3 jam", "90 menit"])
def test_a_date_in_hours_is_refused_saying_so(text: str) -> None:
    with pytest.raises(InputError) as info:
        parse_date(text, TODAY, ahead=True)
    assert info.value.key == "err.date_in_hours"


@pytest.mark.parametrize("text", REFUSED_DATES)
def test_parse_date_refuses(text: str) -> None:
    with pytest.raises(InputError) as info:
        parse_date(text, TODAY)
    assert info.value.key in ("err.bad_date", "err.no_such_day")
    assert info.value.params["value"] == text.strip()


# -------------------------------------------------------------- durations

ACCEPTED_DURATIONS = [
    ("3h", timedelta(hours=3)),
    ("90m", timedelta(minutes=90)),
    ("2h30m", timedelta(hours=2, minutes=30)),
    ("2h 30m", timedelta(hours=2, minutes=30)),
    ("1.5h", timedelta(minutes=90)),
    ("1,5h", timedelta(minutes=90)),
    ("1,5 jam", timedelta(minutes=90)),
    ("2j30m", timedelta(hours=2, minutes=30)),
    ("2 jam 30 menit", timedelta(hours=2, minutes=30)),
    ("2 hours 30 minutes", timedelta(hours=2, minutes=30)),
    ("45 min", timedelta(minutes=45)),
    ("45mnt", timedelta(minutes=45)),
    ("1 hour", timedelta(hours=1)),
    ("0h30m", timedelta(minutes=30)),
    ("24h", timedelta(hours=24)),
    ("1440m", timedelta(hours=24)),
    ("0.01h", timedelta(minutes=1)),  # 36 s, rounded to the nearest minute
    ("  3H ", timedelta(hours=3)),
]


@pytest.mark.parametrize(("text", "expected"), ACCEPTED_DURATIONS)
def test_parse_duration_accepts(text: str, expected: timedelta) -> None:
    assert parse_duration(text) == expected


REFUSED_DURATIONS = [
    "", "150", "0h", "0m", "-2h", "+2h", "25h", "24h1m", "1441m", "1d", "2 jam lalu",
    "garbage", "2h30", "1.5m", "3h3h", "h", "1:30", "0.001h",
]


@pytest.mark.parametrize("text", REFUSED_DURATIONS)
def test_parse_duration_refuses(text: str) -> None:
    with pytest.raises(InputError) as info:
        parse_duration(text)
    assert info.value.key == "err.bad_duration"


@pytest.mark.parametrize(("td", "text"), [
    (timedelta(hours=2, minutes=30), "2h30m"),
    (timedelta(hours=3), "3h"),
    (timedelta(minutes=45), "45m"),
    (timedelta(minutes=90), "1h30m"),
    (timedelta(hours=26), "26h"),
    (timedelta(0), "0m"),
    (timedelta(minutes=44, seconds=30), "45m"),
    (timedelta(minutes=44, seconds=29), "44m"),
    (-timedelta(minutes=90), "-1h30m"),
])
def test_format_duration(td: timedelta, text: str) -> None:
    assert format_duration(td) == text


@pytest.mark.parametrize("minutes", [1, 45, 60, 90, 150, 1439, 1440])
def test_duration_round_trip(minutes: int) -> None:
    td = timedelta(minutes=minutes)
    assert parse_duration(format_duration(td)) == td


# ------------------------------------------------------- zones and formatting


@pytest.mark.parametrize(("name", "key"), [
    ("Asia/Jakarta", "Asia/Jakarta"),
    ("Asia/Makassar", "Asia/Makassar"),
    ("Asia/Jayapura", "Asia/Jayapura"),
    (" Asia/Jakarta ", "Asia/Jakarta"),
    ("asia/jakarta", "Asia/Jakarta"),
    ("WIB", "Asia/Jakarta"),
    ("wita", "Asia/Makassar"),
    ("WIT", "Asia/Jayapura"),
    ("UTC", "UTC"),
    ("utc", "UTC"),
])
def test_journal_tz_names(name: str, key: str) -> None:
    tz = journal_tz(name)
    assert zone_name(tz) == key
    assert datetime(2026, 11, 27, 8, tzinfo=tz).utcoffset() == ZoneInfo(key).utcoffset(
        datetime(2026, 11, 27, 8))


@pytest.mark.parametrize("key", sorted(times._STEADY))
def test_steady_zones_agree_with_the_tz_database(key: str) -> None:
    """Each zone answered without zoneinfo must match the system's tz database, at every
    instant from 1900 to 2040 (before its `since` year it defers to the database)."""
    steady, real = journal_tz(key), ZoneInfo(key)
    assert isinstance(steady, times.SteadyZone)
    moment = datetime(1900, 1, 1, tzinfo=timezone.utc)
    while moment.year < 2040:
        mine, theirs = moment.astimezone(steady), moment.astimezone(real)
        assert mine.replace(tzinfo=None) == theirs.replace(tzinfo=None), moment
        assert (mine.utcoffset(), mine.tzname(), mine.dst()) == \
            (theirs.utcoffset(), theirs.tzname(), theirs.dst()), moment
        wall = theirs.replace(tzinfo=None)
        assert wall.replace(tzinfo=steady).utcoffset() == wall.replace(tzinfo=real).utcoffset()
        moment += timedelta(days=29, hours=7, minutes=30)


@pytest.mark.parametrize("name", ["Asia/Nowhere", "Asia", "/etc/passwd", "../etc/passwd",
                                  "Jakarta", "+07:00", "zone.tab"])
def test_journal_tz_refuses(name: str) -> None:
    with pytest.raises(InputError) as info:
        journal_tz(name)
    assert info.value.key == "err.bad_timezone"
    assert info.value.params["value"] == name


def _no_system_files(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(*_args: object, **_kwargs: object) -> None:
        raise OSError("not here")

    monkeypatch.setattr(times, "open", fail, raising=False)
    monkeypatch.setattr(os, "readlink", fail)


@pytest.mark.parametrize("value", [None, "", "  "])
def test_journal_tz_system_from_env(monkeypatch: pytest.MonkeyPatch, value: str | None) -> None:
    _no_system_files(monkeypatch)
    monkeypatch.setenv("TZ", "Asia/Makassar")
    assert zone_name(journal_tz(value)) == "Asia/Makassar"
    monkeypatch.setenv("TZ", ":Asia/Jayapura")
    assert zone_name(journal_tz(value)) == "Asia/Jayapura"


def test_journal_tz_system_from_etc_timezone(monkeypatch: pytest.MonkeyPatch,
                                             tmp_path: Path) -> None:
    _no_system_files(monkeypatch)
    monkeypatch.setenv("TZ", "WIB-7")  # a POSIX rule, not a zone name: skipped
    conf = tmp_path / "timezone"
    conf.write_text("Asia/Jayapura\n", encoding="utf-8")
    monkeypatch.setattr(times, "open", lambda _p, **kw: open(conf, **kw), raising=False)
    assert zone_name(journal_tz(None)) == "Asia/Jayapura"


def test_journal_tz_system_from_localtime_link(monkeypatch: pytest.MonkeyPatch) -> None:
    _no_system_files(monkeypatch)
    monkeypatch.delenv("TZ", raising=False)
    monkeypatch.setattr(os, "readlink", lambda _p: "../usr/share/zoneinfo/posix/Asia/Makassar")
    assert zone_name(journal_tz(None)) == "Asia/Makassar"


def test_journal_tz_system_last_resort(monkeypatch: pytest.MonkeyPatch) -> None:
    _no_system_files(monkeypatch)
    monkeypatch.setenv("TZ", "Nowhere/Atall")
    monkeypatch.setattr(os.path, "realpath", lambda p: p)
    tz = journal_tz(None)
    assert datetime.now(tz).utcoffset() is not None


def test_zone_name_and_now_in(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PATROLOG_NOW")  # the real clock, when none is set
    assert zone_name(JKT) == "Asia/Jakarta"
    assert zone_name(timezone.utc) == "UTC"
    assert zone_name(timezone(timedelta(hours=8), "WITA")) == "WITA"
    current = now_in(JKT)
    assert current.tzinfo is JKT and current.microsecond == 0
    assert abs(datetime.now(timezone.utc) - current) < timedelta(seconds=5)


def test_iso() -> None:
    assert iso(datetime(2026, 11, 27, 8, 0, 0, 123, tzinfo=JKT)) == "2026-11-27T08:00:00+07:00"
    assert iso(datetime(2026, 11, 27, 8, tzinfo=timezone.utc)) == "2026-11-27T08:00:00+00:00"
    with pytest.raises(ValueError):
        iso(datetime(2026, 11, 27, 8))


def test_iso_round_trips_through_parse_time() -> None:
    for text, _ in ACCEPTED_TIMES:
        value = parse_time(text, NOW)
        assert parse_time(iso(value), NOW) == value


# ----------------------------------------------------------------- import cost


def test_import_does_not_load_dateutil() -> None:
    code = ("import sys, patrolog.entry.timeparse; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] == 'dateutil'))")
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True,
                         text=True, check=True, env=cli_env())
    assert out.stdout.strip() == "[]"


def _garbage(rng: random.Random) -> str:
    """Text shaped like what a tired thumb types: pieces of real times, glued wrongly."""
    pieces = ["2026", "27", "11", "14", "10", "08", "00", "99", "0", "31", "02", "/", "-", ".",
              ":", " ", ",", "+", "T", "Z", "WIB", "wita", "pukul", "jam", "jumat", "senin",
              "kemarin", "hari ini", "lalu", "lagi", "ago", "h", "m", "j", "d", "w", "menit",
              "Nov", "Agt", "tanggal", "١٤", "\u2019", "  ", "1,5", "3.5", "-2h", "now", "x"]
    return "".join(rng.choice(pieces) for _ in range(rng.randint(0, 7)))


def test_garbage_times_are_refused_cleanly_never_crash() -> None:
    """Thousands of near-miss inputs: each is read or refused with InputError, nothing else
    (a ValueError or OverflowError here would be a traceback in front of an officer)."""
    rng = random.Random(20261129)
    read = refused = 0
    for _ in range(4000):
        text = _garbage(rng)
        for parse in (lambda s: parse_time(s, NOW),
                      lambda s: timeparse.parse_date(s, NOW.date()),
                      lambda s: timeparse.parse_date(s, NOW.date(), ahead=True),
                      timeparse.parse_duration):
            try:
                value = parse(text)
            except InputError:
                refused += 1
            else:
                read += 1
                if isinstance(value, datetime):
                    assert value.tzinfo is not None and value.microsecond == 0, text
                    assert iso(value)
    assert read > 100 and refused > 1000  # the generator reaches both sides


def test_the_clock_can_be_set(journal, monkeypatch) -> None:  # noqa: ANN001
    """PATROLOG_NOW fixes "now" for every command: a record at "now" takes that instant."""
    monkeypatch.setenv("PATROLOG_NOW", "2026-06-15T10:30:00+07:00")
    journal.ok("config", "set", "timezone", "Asia/Jakarta")
    rid = journal.add("incident", "--kind", "laka")
    assert journal.ok("show", rid, "--json").json()["occurred_at"] == "2026-06-15T10:30:00+07:00"
    monkeypatch.setenv("PATROLOG_NOW", "2026-06-15T03:30:00")  # no offset: the journal's zone
    rid = journal.add("incident", "--kind", "laka")
    assert journal.ok("show", rid, "--json").json()["occurred_at"] == "2026-06-15T03:30:00+07:00"
