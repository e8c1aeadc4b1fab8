"""`add`, `list`, `show`, `edit`, `delete`, `search`."""


import sys
from collections.abc import Iterable
from typing import Annotated, Optional

import typer

from patrolog import records, validate
from patrolog.cli.common import open_store, opt
from patrolog.errors import InputError
from patrolog.i18n import t
from patrolog.kinds import BY_PLURAL, KINDS, Kind
from patrolog.output import emit_json, emit_json_array, is_interactive, say

Str = Optional[str]
Many = Optional[list[str]]

LIST_WORDS = {
    "patrols": "patrols", "patrol": "patrols", "patroli": "patrols",
    "incidents": "incidents", "incident": "incidents", "insiden": "incidents",
    "kejadian": "incidents", "contacts": "contacts", "contact": "contacts",
    "kontak": "contacts",
}


def _print_added(rec: dict, as_json: bool) -> None:
    if as_json:
        emit_json(rec)
    else:
        say(rec["id"])


def register(app: typer.Typer, command: str | None = None, sub: str | None = None) -> None:
    """Define the commands of this module; given `command`, only that one (and of `add`, only
    `sub` when it names one): each definition builds its annotations, which costs time on
    every run."""
    if command is None:
        for define in DEFINE.values():
            define(app, None)
    else:
        DEFINE[command](app, sub)


def _define_add(app: typer.Typer, sub: str | None) -> None:
    add_app = typer.Typer(help=t("help.add"), invoke_without_command=True,
                          rich_markup_mode=None)
    app.add_typer(add_app, name="add")

    @add_app.callback()
    def add_guided(ctx: typer.Context) -> None:
        if ctx.invoked_subcommand is not None:
            return
        if not is_interactive():
            raise InputError("err.not_a_terminal")
        from patrolog.guided import run_guided

        with open_store(ctx) as store:
            run_guided(store)

    subs = ADD_SUBCOMMANDS if sub not in ADD_SUBCOMMANDS else {sub: ADD_SUBCOMMANDS[sub]}
    for define in subs.values():
        define(add_app)


def _define_add_patrol(add_app: typer.Typer) -> None:
    @add_app.command("patrol", help=t("help.add_patrol"), epilog=t("help.add_patrol_epilog"))
    def add_patrol(
        ctx: typer.Context,
        start: Annotated[Str, opt("--start", key="start")] = None,
        end: Annotated[Str, opt("--end", key="end")] = None,
        duration: Annotated[Str, opt("--duration", key="duration")] = None,
        kind: Annotated[Str, opt("--kind", key="patrol_kind")] = None,
        area: Annotated[Str, opt("--area", key="area")] = None,
        place: Annotated[Many, opt("--place", key="place", metavar="TYPE:NAME")] = None,
        summary: Annotated[Str, opt("--summary", key="summary")] = None,
        tag: Annotated[Many, opt("--tag", key="tag")] = None,
        as_json: Annotated[bool, opt("--json", key="json")] = False,
    ) -> None:
        opts = dict(start=start, end=end, duration=duration, kind=kind, area=area,
                    place=place, summary=summary, tag=tag)
        _add(ctx, "patrol", opts, as_json)


def _define_add_incident(add_app: typer.Typer) -> None:
    @add_app.command("incident", help=t("help.add_incident"),
                     epilog=t("help.add_incident_epilog"))
    def add_incident(
        ctx: typer.Context,
        at: Annotated[Str, opt("--at", key="at")] = None,
        kind: Annotated[Str, opt("--kind", key="incident_kind")] = None,
        location: Annotated[Str, opt("--location", key="location")] = None,
        description: Annotated[Str, opt("--description", key="description")] = None,
        action: Annotated[Str, opt("--action", key="action")] = None,
        injured: Annotated[Str, opt("--injured", key="injured", metavar="N")] = None,
        dead: Annotated[Str, opt("--dead", key="dead", metavar="N")] = None,
        severity: Annotated[Str, opt("--severity", key="severity")] = None,
        status: Annotated[Str, opt("--status", key="status")] = None,
        referred_to: Annotated[Str, opt("--referred-to", key="referred_to")] = None,
        patrol: Annotated[Str, opt("--patrol", key="patrol", metavar="ID")] = None,
        tag: Annotated[Many, opt("--tag", key="tag")] = None,
        as_json: Annotated[bool, opt("--json", key="json")] = False,
    ) -> None:
        opts = dict(at=at, kind=kind, location=location, description=description,
                    action=action, injured=injured, dead=dead, severity=severity,
                    status=status, referred_to=referred_to, patrol=patrol, tag=tag)
        _add(ctx, "incident", opts, as_json)


def _define_add_contact(add_app: typer.Typer) -> None:
    @add_app.command("contact", help=t("help.add_contact"), epilog=t("help.add_contact_epilog"))
    def add_contact(
        ctx: typer.Context,
        at: Annotated[Str, opt("--at", key="at")] = None,
        name: Annotated[Str, opt("--name", key="name")] = None,
        role: Annotated[Str, opt("--role", key="role")] = None,
        organisation: Annotated[Str, opt("--organisation", "--organization",
                                         key="organisation")] = None,
        place: Annotated[Str, opt("--place", key="contact_place")] = None,
        phone: Annotated[Str, opt("--phone", key="phone")] = None,
        topic: Annotated[Str, opt("--topic", key="topic")] = None,
        concern: Annotated[Str, opt("--concern", key="concern")] = None,
        follow_up: Annotated[Str, opt("--follow-up", key="follow_up")] = None,
        due: Annotated[Str, opt("--due", key="due")] = None,
        patrol: Annotated[Str, opt("--patrol", key="patrol", metavar="ID")] = None,
        tag: Annotated[Many, opt("--tag", key="tag")] = None,
        as_json: Annotated[bool, opt("--json", key="json")] = False,
    ) -> None:
        opts = dict(at=at, name=name, role=role, organisation=organisation, place=place,
                    phone=phone, topic=topic, concern=concern, follow_up=follow_up, due=due,
                    patrol=patrol, tag=tag)
        _add(ctx, "contact", opts, as_json)


def _define_list(app: typer.Typer, sub: str | None) -> None:
    @app.command("list", help=t("help.list"), epilog=t("help.list_epilog"))
    def list_cmd(
        ctx: typer.Context,
        what: Annotated[Str, typer.Argument(metavar="[patrols|incidents|contacts]",
                                            help=t("opt.list_what"))] = None,
        since: Annotated[Str, opt("--since", key="since")] = None,
        until: Annotated[Str, opt("--until", key="until")] = None,
        kind: Annotated[Str, opt("--kind", key="list_kind")] = None,
        status: Annotated[Str, opt("--status", key="status")] = None,
        area: Annotated[Str, opt("--area", key="list_area")] = None,
        tag: Annotated[Str, opt("--tag", key="list_tag")] = None,
        limit: Annotated[Optional[int], opt("--limit", key="limit", min=0)] = None,
        as_json: Annotated[bool, opt("--json", key="json")] = False,
        as_csv: Annotated[bool, opt("--csv", key="csv")] = False,
    ) -> None:
        if what is None:
            kinds = list(KINDS.values())
        else:
            plural = LIST_WORDS.get(what.strip().lower())
            if plural is None:
                raise InputError("err.bad_list_kind", value=what)
            kinds = [BY_PLURAL[plural]]
        with open_store(ctx) as store:
            ctx_time = records.Context(store)
            flt = records.Filters(
                since=_date(since, ctx_time), until=_date(until, ctx_time),
                kind=kind, status=validate.choice("status", status) if status else None,
                area=area, tag=tag, limit=limit,
            )
            if flt.since and flt.until and flt.since > flt.until:
                raise InputError("err.since_after_until")
            _emit_records(records.iter_records(store, kinds, flt), kinds, as_json, as_csv)


def _define_show(app: typer.Typer, sub: str | None) -> None:
    @app.command("show", help=t("help.show"))
    def show_cmd(
        ctx: typer.Context,
        ref: Annotated[str, typer.Argument(metavar="ID", help=t("opt.id"))],
        as_json: Annotated[bool, opt("--json", key="json")] = False,
    ) -> None:
        with open_store(ctx) as store:
            rec = records.show(store, ref)
        if as_json:
            emit_json(rec)
        else:
            from patrolog.render.records import print_record

            print_record(rec)


def _define_edit(app: typer.Typer, sub: str | None) -> None:
    @app.command("edit", help=t("help.edit"), epilog=t("help.edit_epilog"))
    def edit_cmd(
        ctx: typer.Context,
        ref: Annotated[str, typer.Argument(metavar="ID", help=t("opt.id"))],
        start: Annotated[Str, opt("--start", key="start")] = None,
        end: Annotated[Str, opt("--end", key="end")] = None,
        duration: Annotated[Str, opt("--duration", key="duration")] = None,
        at: Annotated[Str, opt("--at", key="at")] = None,
        kind: Annotated[Str, opt("--kind", key="edit_kind")] = None,
        area: Annotated[Str, opt("--area", key="area")] = None,
        place: Annotated[Many, opt("--place", key="place", metavar="TYPE:NAME")] = None,
        summary: Annotated[Str, opt("--summary", key="summary")] = None,
        location: Annotated[Str, opt("--location", key="location")] = None,
        description: Annotated[Str, opt("--description", key="description")] = None,
        action: Annotated[Str, opt("--action", key="action")] = None,
        injured: Annotated[Str, opt("--injured", key="injured", metavar="N")] = None,
        dead: Annotated[Str, opt("--dead", key="dead", metavar="N")] = None,
        severity: Annotated[Str, opt("--severity", key="severity")] = None,
        status: Annotated[Str, opt("--status", key="status")] = None,
        referred_to: Annotated[Str, opt("--referred-to", key="referred_to")] = None,
        name: Annotated[Str, opt("--name", key="name")] = None,
        role: Annotated[Str, opt("--role", key="role")] = None,
        organisation: Annotated[Str, opt("--organisation", "--organization",
                                         key="organisation")] = None,
        phone: Annotated[Str, opt("--phone", key="phone")] = None,
        topic: Annotated[Str, opt("--topic", key="topic")] = None,
        concern: Annotated[Str, opt("--concern", key="concern")] = None,
        follow_up: Annotated[Str, opt("--follow-up", key="follow_up")] = None,
        due: Annotated[Str, opt("--due", key="due")] = None,
        patrol: Annotated[Str, opt("--patrol", key="patrol", metavar="ID")] = None,
        tag: Annotated[Many, opt("--tag", key="edit_tag")] = None,
        as_json: Annotated[bool, opt("--json", key="json")] = False,
    ) -> None:
        given = {k: v for k, v in dict(
            start=start, end=end, duration=duration, at=at, kind=kind, area=area, place=place,
            summary=summary, location=location, description=description, action=action,
            injured=injured, dead=dead, severity=severity, status=status,
            referred_to=referred_to, name=name, role=role, organisation=organisation,
            phone=phone, topic=topic, concern=concern, follow_up=follow_up, due=due,
            patrol=patrol, tag=tag,
        ).items() if v is not None}
        with open_store(ctx) as store:
            existing = records.get(store, ref, include_deleted=False)
            kind_of, _ = records.parse_ref(existing["id"])
            allowed = EDIT_OPTIONS[kind_of.name]
            for key in given:
                if key not in allowed:
                    raise InputError("err.option_not_for", option="--" + key.replace("_", "-"),
                                     kind=t(f"kind.{kind_of.name}"))
            if "place" in given and kind_of.name == "contact":
                given["place"] = given["place"][-1]
            ref = existing["id"]
            changes = validate.VALUES[kind_of.name](records.Context(store), given, existing)
            store.make_writable()
            rec = records.edit(store, ref, changes)
        if as_json:
            emit_json(rec)
        else:
            say(rec["id"])


def _define_delete(app: typer.Typer, sub: str | None) -> None:
    @app.command("delete", help=t("help.delete"))
    def delete_cmd(
        ctx: typer.Context,
        ref: Annotated[str, typer.Argument(metavar="ID", help=t("opt.id"))],
        yes: Annotated[bool, opt("--yes", "-y", key="yes")] = False,
    ) -> None:
        with open_store(ctx) as store:
            rec = records.get(store, ref, include_deleted=False)
            if not yes:
                if not is_interactive():
                    raise InputError("err.delete_needs_yes", id=rec["id"])
                from patrolog.prompting import confirm

                if not confirm(t("prompt.confirm_delete", id=rec["id"]), default=False):
                    say(t("msg.nothing_deleted"))
                    return
            records.delete(store, rec["id"])
        say(t("msg.deleted", id=rec["id"]))


def _define_search(app: typer.Typer, sub: str | None) -> None:
    @app.command("search", help=t("help.search"), epilog=t("help.search_epilog"))
    def search_cmd(
        ctx: typer.Context,
        text: Annotated[list[str], typer.Argument(metavar="TEXT", help=t("opt.search_text"))],
        limit: Annotated[Optional[int], opt("--limit", key="limit", min=0)] = None,
        as_json: Annotated[bool, opt("--json", key="json")] = False,
    ) -> None:
        with open_store(ctx) as store:
            found = records.iter_search(store, " ".join(text), limit)
            _emit_records(found, list(KINDS.values()), as_json, False)


ADD_SUBCOMMANDS = {"patrol": _define_add_patrol, "incident": _define_add_incident,
                   "contact": _define_add_contact}
DEFINE = {"add": _define_add, "list": _define_list, "show": _define_show,
          "edit": _define_edit, "delete": _define_delete, "search": _define_search}

EDIT_OPTIONS = {
    "patrol": {"start", "end", "duration", "kind", "area", "place", "summary", "tag"},
    "incident": {"at", "kind", "location", "description", "action", "injured", "dead",
                 "severity", "status", "referred_to", "patrol", "tag"},
    "contact": {"at", "name", "role", "organisation", "place", "phone", "topic", "concern",
                "follow_up", "due", "patrol", "tag"},
}


def _date(value: str | None, ctx: records.Context):  # noqa: ANN202 - date | None
    if value is None:
        return None
    from datetime import date

    return date.fromisoformat(validate.day(value, ctx))


def _add(ctx: typer.Context, kind: str, opts: dict, as_json: bool) -> None:
    with open_store(ctx) as store:
        values = validate.VALUES[kind](records.Context(store), opts)
        store.make_writable()  # only now: bad input must not create a journal
        rec = records.add(store, kind, values, fetch=as_json)
    _print_added(rec, as_json)


def _emit_records(recs: Iterable[dict], kinds: list[Kind], as_json: bool, as_csv: bool
                  ) -> None:
    """Records as JSON, CSV or a table, written as they are read (the store must be open)."""
    if as_json and as_csv:
        raise InputError("err.json_and_csv")
    if as_json:
        emit_json_array(recs)
    elif as_csv:
        from patrolog.render.records import write_csv

        write_csv(recs, kinds, sys.stdout)
    else:
        from patrolog.render.records import print_table

        print_table(recs)
