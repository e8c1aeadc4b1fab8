"""`erase` and `purge`: removing personal data for good (docs/privacy.md)."""


from pathlib import Path
from typing import Annotated, Optional

import typer

from patrolog.cli.common import open_store, opt
from patrolog.cli.prompting import confirm
from patrolog.core.errors import InputError
from patrolog.core.i18n import t
from patrolog.core.output import emit_json, is_interactive, printable, say
from patrolog.entry.timeparse import parse_date
from patrolog.journal.records import Context, count_before
from patrolog.privacy import erase, purge

Str = Optional[str]
SHOWN = 30  # records listed before asking; the rest are counted


def register(app: typer.Typer, command: str | None = None, sub: str | None = None) -> None:
    """Define this module's commands (small enough to define whole)."""
    @app.command("erase", help=t("help.erase"), epilog=t("help.erase_epilog"))
    def erase_cmd(
        ctx: typer.Context,
        name: Annotated[Str, opt("--name", key="erase_name", metavar="NAME")] = None,
        contact: Annotated[Str, opt("--contact", key="erase_contact", metavar="ID")] = None,
        yes: Annotated[bool, opt("--yes", "-y", key="yes")] = False,
        delete_backups: Annotated[bool, opt("--delete-backups", key="erase_delete_backups")
                                  ] = False,
        as_json: Annotated[bool, opt("--json", key="json")] = False,
    ) -> None:

        with open_store(ctx) as store:
            person, label = erase.person_of(store, name=name, contact=contact)
            old_copies = erase.backups(store.path) if store.exists else []
            if not yes:  # what it would change, before asking (or refusing)
                found = erase.plan(store.conn, person)
                if found.empty:
                    _nothing(label, as_json, old_copies)
                    return
                _show_plan(label, found)
                if not _confirm(yes, "err.erase_needs_yes",
                                t("prompt.confirm_erase", name=printable(label))):
                    return
            # found again under the write lock: what is erased is what the journal holds now
            done = erase.erase(store, person) if store.exists else erase.Plan()
            if done.empty:
                _nothing(label, as_json, old_copies)
                return
        removed = _delete_backups(old_copies) if delete_backups else []
        counts = done.counts()
        if as_json:
            emit_json({"erased": label, **counts, "changed": [r for r, _, _ in done.lines()],
                       "backups": [str(p) for p in old_copies if p not in removed],
                       "backups_deleted": [str(p) for p in removed]})
            return
        say(t("msg.erased", name=label, **counts))
        _say_backups([p for p in old_copies if p not in removed], removed)

    @app.command("purge", help=t("help.purge"), epilog=t("help.purge_epilog"))
    def purge_cmd(
        ctx: typer.Context,
        before: Annotated[str, opt("--before", key="purge_before", metavar="DATE")],
        yes: Annotated[bool, opt("--yes", "-y", key="yes")] = False,
        as_json: Annotated[bool, opt("--json", key="json")] = False,
    ) -> None:

        with open_store(ctx) as store:
            today = Context(store).now.date()
            day = parse_date(before, today)
            if day > today:
                raise InputError("err.purge_future", value=before)
            counts = count_before(store, day)
            if not any(counts.values()):
                if as_json:
                    emit_json({"before": day.isoformat(), **counts, "history": 0})
                else:
                    say(t("msg.purge_nothing", day=day.isoformat()))
                return
            if not yes:
                say(t("msg.purge_plan", day=day.isoformat(), **counts))
            if not _confirm(yes, "err.purge_needs_yes", t("prompt.confirm_purge")):
                return
            done = purge.purge(store, day)
        if as_json:
            emit_json({"before": day.isoformat(), **done})
        else:
            say(t("msg.purged", day=day.isoformat(), **done))


def _confirm(yes: bool, refusal: str, question: str) -> bool:
    """Ask on a terminal; elsewhere only `--yes` goes ahead (like `delete`)."""
    if yes:
        return True
    if not is_interactive():
        raise InputError(refusal)

    if confirm(question, default=False):
        return True
    say(t("err.privacy_cancelled"))
    return False


def _show_plan(label: str, found: "object") -> None:
    lines = found.lines()  # type: ignore[attr-defined]
    say(t("msg.erase_plan", name=label, **found.counts()))  # type: ignore[attr-defined]
    for ref, fields, versions in lines[:SHOWN]:
        parts = [fields] if fields else []
        if versions:
            parts.append(t("msg.erase_versions", n=versions))
        say(f"  {ref}  {'; '.join(parts)}")
    if len(lines) > SHOWN:
        say("  " + t("msg.erase_more", n=len(lines) - SHOWN))


def _nothing(label: str, as_json: bool, old_copies: list[Path]) -> None:
    if as_json:
        emit_json({"erased": label, "contacts_anonymous": 0, "patrols": 0, "incidents": 0,
                   "contacts": 0, "history": 0, "changed": [],
                   "backups": [str(p) for p in old_copies], "backups_deleted": []})
        return
    say(t("msg.erase_nothing", name=label))
    _say_backups(old_copies, [])


def _delete_backups(paths: list[Path]) -> list[Path]:
    removed = []
    for path in paths:
        try:
            path.unlink()
            removed.append(path)
        except OSError:
            pass
    return removed


def _say_backups(kept: list[Path], removed: list[Path]) -> None:
    if removed:
        say(t("msg.erase_backups_deleted", n=len(removed)))
    if kept:
        say(t("msg.erase_backups_kept", n=len(kept), paths=", ".join(str(p) for p in kept)))
