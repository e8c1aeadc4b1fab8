"""`server init|grant|revoke|logins` and `push`: the unit's server (docs/server.md)."""


from typing import Annotated, Optional

import typer

from patrolog.cli.common import open_store, opt
from patrolog.cli.help_i18n import App
from patrolog.core.errors import InputError
from patrolog.core.i18n import t
from patrolog.core.output import emit_json, say
from patrolog.server import adapter, connect, push, rights, schema

Str = Optional[str]


def server_option() -> object:
    return opt("--server", key="server", metavar="URL")


def register(app: typer.Typer, command: str | None = None, sub: str | None = None) -> None:
    """Define this module's commands (small enough to define whole)."""
    server_app = App(help=t("help.server"), rich_markup_mode=None, no_args_is_help=True)
    app.add_typer(server_app, name="server")

    @server_app.command("init", help=t("help.server_init"))
    def init_cmd(server: Annotated[Str, server_option()] = None,
                 as_json: Annotated[bool, opt("--json", key="json")] = False) -> None:

        url = connect.choose(server)
        with connect.connect(url) as pg:
            done = schema.init(pg, url, then=rights.regrant_all)
        if as_json:
            emit_json(done)
        elif not done["changed"]:
            say(t("msg.server_up_to_date", server=connect.shown(url), version=done["version"]))
        elif done["before"] is None:
            say(t("msg.server_created", server=connect.shown(url), version=done["version"]))
        elif done["before"] == done["version"]:  # the server's own views and functions
            say(t("msg.server_refreshed", server=connect.shown(url), version=done["version"]))
        else:
            say(t("msg.server_upgraded", server=connect.shown(url), before=done["before"],
                  version=done["version"]))

    @server_app.command("grant", help=t("help.server_grant"))
    def grant_cmd(
        login: Annotated[str, typer.Argument(metavar="LOGIN", help=t("opt.server_login"))],
        officer: Annotated[Str, opt("--officer", key="server_officer", metavar="NAME")] = None,
        unit: Annotated[Str, opt("--unit", key="server_unit", metavar="UNIT")] = None,
        supervisor: Annotated[Optional[list[str]], opt("--supervisor", key="server_supervisor",
                                                       metavar="UNIT")] = None,
        server: Annotated[Str, server_option()] = None,
    ) -> None:
        if officer is None and not supervisor:
            raise InputError("err.server_grant_what")
        if officer is not None and unit is None:
            raise InputError("err.server_grant_needs_unit")
        url = connect.choose(server)
        with connect.connect(url) as pg, adapter.guard(url):
            schema.require(pg, url)
            done = rights.grant(pg, login, officer=officer, unit=unit, supervisor=supervisor)
        for g in done["grants"]:
            say(_grant_line(g))

    @server_app.command("revoke", help=t("help.server_revoke"))
    def revoke_cmd(
        login: Annotated[str, typer.Argument(metavar="LOGIN", help=t("opt.server_login"))],
        server: Annotated[Str, server_option()] = None,
    ) -> None:

        url = connect.choose(server)
        with connect.connect(url) as pg, adapter.guard(url):
            schema.require(pg, url)
            gone = rights.revoke(pg, login)
        say(t("msg.server_revoked", login=login, n=gone))

    @server_app.command("logins", help=t("help.server_logins"))
    def logins_cmd(server: Annotated[Str, server_option()] = None,
                   as_json: Annotated[bool, opt("--json", key="json")] = False) -> None:

        url = connect.choose(server)
        with connect.connect(url) as pg, adapter.guard(url):
            schema.require(pg, url)
            found = rights.logins(pg)
        if as_json:
            emit_json(found)
            return
        for g in found:
            say(_grant_line(g))

    @app.command("push", help=t("help.push"))
    def push_cmd(
        ctx: typer.Context,
        server: Annotated[Str, server_option()] = None,
        unit: Annotated[Str, opt("--unit", key="push_unit", metavar="UNIT")] = None,
        everything: Annotated[bool, opt("--all", key="push_all")] = False,
        as_json: Annotated[bool, opt("--json", key="json")] = False,
    ) -> None:

        url = connect.choose(server)
        with open_store(ctx, must_exist=True) as store:
            counts = push.push(store, url, unit=unit, everything=everything)
        if as_json:
            emit_json(counts)
        else:
            say(t("msg.pushed", server=connect.shown(url), **counts))


def _grant_line(g: dict) -> str:
    if g["role"] == "officer":
        return t("msg.server_grant_officer", login=g["login"], officer=g["officer"],
                 unit=g["unit"])
    return t("msg.server_grant_supervisor", login=g["login"], unit=g["unit"])
