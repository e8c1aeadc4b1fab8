"""The one clock of patrolog.

Every "now" in the code comes from here, so tests (and a script replaying a day) can set it:
``PATROLOG_NOW=2026-11-27T08:00:00+07:00`` fixes the instant; a value without an offset is read
in the zone asked for. Unset, it is the system clock.
"""

from __future__ import annotations

import os
from datetime import datetime, tzinfo


def now(tz: tzinfo | None = None) -> datetime:
    """The current instant, whole seconds, in `tz` (the system's zone when None)."""
    fixed = os.environ.get("PATROLOG_NOW")
    if fixed:
        try:
            moment = datetime.fromisoformat(fixed.strip())
        except ValueError:
            moment = None
        if moment is not None:
            if moment.tzinfo is None:
                moment = moment.replace(tzinfo=tz) if tz else moment.astimezone()
            return (moment.astimezone(tz) if tz else moment.astimezone()).replace(microsecond=0)
    current = datetime.now(tz) if tz else datetime.now().astimezone()
    return current.replace(microsecond=0)
