"""`config get|set|list` and `info`."""


from typing import Annotated

import typer

from patrolog.cli.common import open_store, opt
from patrolog.cli.help_i18n import App
from patrolog.core import userconfig
from patrolog.core.errors import InputError
from patrolog.core.i18n import normalise_lang, t
from patrolog.core.output import emit_json, say
from patrolog.journal import profile
from patrolog.server.connect import check_for_config


def register(app: typer.Typer, command: str | None = None, sub: str | None = None) -> None:
    """Define this module's commands (small enough to define whole; `command` and `sub` name
    the one a run invokes, for modules that can define fewer)."""
    config_app = App(help=t("help.config"), rich_markup_mode=None,
                     invoke_without_command=True)
    app.add_typer(config_app, name="config")

    @config_app.callback()
    def config_help(ctx: typer.Context) -> None:
        # A bare `patrolog config` shows its help on stdout, exit 0, as a bare `patrolog`.
        if ctx.invoked_subcommand is None:
            say(ctx.get_help(), raw=True)

    @config_app.command("get", help=t("help.config_get"))
    def config_get(ctx: typer.Context,
                   key: Annotated[str, typer.Argument(metavar="KEY", help=t("opt.config_key"))]
                   ) -> None:
        if key not in profile.CONFIG_KEYS:
            raise InputError("err.bad_config_key", key=key, choices=", ".join(profile.CONFIG_KEYS))
        if key in userconfig.KEYS:  # the person's, not the journal's: no journal needed
            value = userconfig.get(key)
        else:
            with open_store(ctx) as store:
                value = store.config().get(key)
        if value is not None:
            say(value)

    @config_app.command("set", help=t("help.config_set"))
    def config_set(ctx: typer.Context,
                   key: Annotated[str, typer.Argument(metavar="KEY", help=t("opt.config_key"))],
                   value: Annotated[str, typer.Argument(metavar="VALUE",
                                                        help=t("opt.config_value"))]) -> None:
        if key in userconfig.KEYS:
            stored = _set_user(key, value)
            say(f"{key} = {stored}")
            return
        with open_store(ctx) as store:
            if key not in profile.CONFIG_KEYS:
                raise InputError("err.bad_config_key", key=key,
                                 choices=", ".join(profile.CONFIG_KEYS))
            store.make_writable()
            stored = profile.set_config(store, key, value)
        say(f"{key} = {stored}")

    @config_app.command("list", help=t("help.config_list"))
    def config_list(ctx: typer.Context,
                    as_json: Annotated[bool, opt("--json", key="json")] = False) -> None:
        with open_store(ctx) as store:
            values = store.config()
        values.update({key: userconfig.get(key) for key in userconfig.KEYS})
        if as_json:
            emit_json({k: values.get(k) for k in profile.CONFIG_KEYS})
        else:
            for key in profile.CONFIG_KEYS:
                say(f"{key} = {values.get(key) or t('msg.not_set')}")

    @app.command("info", help=t("help.info"))
    def info_cmd(ctx: typer.Context,
                 as_json: Annotated[bool, opt("--json", key="json")] = False) -> None:
        with open_store(ctx) as store:
            data = profile.info(store)
        if as_json:
            emit_json(data)
            return
        say(f"{t('info.journal')}: {data['journal']}"
            + ("" if data["exists"] else f" ({t('info.not_created')})"))
        say(f"{t('info.schema')}: {data['schema_version']}")
        say(f"{t('info.timezone')}: {data['timezone']}")
        for key in profile.CONFIG_KEYS:
            if key != "timezone" and data["config"].get(key):  # the zone in use is shown above
                say(f"{t('field.' + key)}: {data['config'][key]}")
        for plural, n in data["counts"].items():
            say(f"{t('info.' + plural)}: {n}")


def _set_user(key: str, value: str) -> str:
    """`config set lang id`: kept in the user's config file, so every journal answers in it;
    `config set server URL` too (a string with a password is refused: docs/server.md)."""

    value = value.strip()
    if key == "server":
        value = check_for_config(value)
    elif value:
        code = normalise_lang(value)
        if code is None:
            raise InputError("err.bad_lang", value=value)
        value = code
    userconfig.set_value(key, value or None)
    return value
