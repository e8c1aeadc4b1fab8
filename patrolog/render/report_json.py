"""The digest as JSON: the dict itself, documented field by field in docs/report-json.md."""

from __future__ import annotations

import json


def render_json(digest: dict) -> str:
    return json.dumps(digest, indent=2, ensure_ascii=False) + "\n"
