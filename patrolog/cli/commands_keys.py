"""`keys` (list), `keys trust OFFICER FINGERPRINT`, `keys forget OFFICER` (docs/trust.md)."""


from typing import Annotated

import typer

from patrolog.cli.common import open_store, opt
from patrolog.cli.help_i18n import App
from patrolog.core.clock import now
from patrolog.core.errors import InputError
from patrolog.core.i18n import t
from patrolog.core.output import emit_json, say
from patrolog.core.times import iso
from patrolog.sharing import signing


def register(app: typer.Typer, command: str | None = None, sub: str | None = None) -> None:
    """Define this module's commands."""
    keys_app = App(help=t("help.keys"), rich_markup_mode=None,
                   invoke_without_command=True)
    app.add_typer(keys_app, name="keys")

    @keys_app.callback()
    def keys_root(ctx: typer.Context) -> None:
        if ctx.invoked_subcommand is None:
            _list(ctx, False)

    @keys_app.command("list", help=t("help.keys_list"))
    def keys_list(ctx: typer.Context,
                  as_json: Annotated[bool, opt("--json", key="json")] = False) -> None:
        _list(ctx, as_json)

    @keys_app.command("trust", help=t("help.keys_trust"))
    def keys_trust(
        ctx: typer.Context,
        officer: Annotated[str, typer.Argument(metavar="OFFICER", help=t("opt.keys_officer"))],
        fingerprint: Annotated[str, typer.Argument(metavar="FINGERPRINT",
                                                   help=t("opt.keys_fingerprint"))],
    ) -> None:
        print_ = signing.normal_fingerprint(fingerprint)
        if print_ is None:
            raise InputError("err.bad_fingerprint", value=fingerprint)
        if not officer.strip():
            raise InputError("err.no_pin", officer=officer)
        with open_store(ctx, create=True) as store, store.write() as conn:
            signing.pin(conn, officer, print_, iso(now()))
        say(t("msg.key_trusted", officer=officer.strip(), fingerprint=print_))

    @keys_app.command("forget", help=t("help.keys_forget"))
    def keys_forget(
        ctx: typer.Context,
        officer: Annotated[str, typer.Argument(metavar="OFFICER", help=t("opt.keys_officer"))],
    ) -> None:
        with open_store(ctx, must_exist=True) as store:
            store.make_writable()
            with store.write() as conn:
                forgotten = signing.forget(conn, officer)
        # nothing pinned is no error: what was asked holds (scripts may repeat it)
        say(t("msg.key_forgotten" if forgotten else "msg.no_pin", officer=officer.strip()))


def _list(ctx: typer.Context, as_json: bool) -> None:
    key = signing.own_key()
    with open_store(ctx) as store:
        pins = signing.pins(store.conn)
    if as_json:
        emit_json({"own": {"fingerprint": key.fingerprint, "path": str(signing.key_path())},
                   "pinned": [{"officer": o, "fingerprint": f, "since": s}
                              for o, f, s in pins]})
        return
    say(t("keys.own", fingerprint=key.fingerprint, path=str(signing.key_path())))
    if not pins:
        say(t("keys.none"))
    for officer, print_, since in pins:
        say(t("keys.pin", officer=officer, fingerprint=print_, day=since[:10]))
