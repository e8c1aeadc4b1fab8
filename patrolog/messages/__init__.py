"""The one catalogue of user-facing text, English and Indonesian side by side.

Each module holds ``key: (english, indonesian)`` for one area of the product;
vocabulary labels (kinds, roles, place types) live in `patrolog.vocab`.
"""

from patrolog.messages.core import MESSAGES as _CORE
from patrolog.messages.guided import MESSAGES as _GUIDED
from patrolog.messages.followups import MESSAGES as _FOLLOWUPS
from patrolog.messages.report import MESSAGES as _REPORT
from patrolog.messages.report_cli import MESSAGES as _REPORT_CLI
from patrolog.messages.demo import MESSAGES as _DEMO
from patrolog.messages.exchange import MESSAGES as _EXCHANGE

MESSAGES: dict[str, tuple[str, str]] = {
    **_CORE, **_GUIDED, **_REPORT, **_REPORT_CLI, **_FOLLOWUPS, **_DEMO, **_EXCHANGE,
}
