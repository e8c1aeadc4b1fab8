"""Every field of every record kind, described once.

A field's line here is all that `add`/`edit` options, their validation, the guided
questions, the record's JSON and CSV columns, the full-text index and `show` need:
adding a field is one line below (plus its words in the catalogue and a migration
adding its column). `kinds.py` takes each kind's JSON order and search columns from here.

Plain classes and tuples: every run imports this module, and a dataclass costs about a
millisecond to build.
"""

from __future__ import annotations


class Field:
    """One field of one record kind.

    column     its name in the record's JSON (and, but for `places` and `patrol`, the
               table's column); None for an option that only shapes another field
               (`--duration` sets `ended_at`)
    flags      the options of `add`/`edit` that set it; none: not set from the command line
    parse      how typed text becomes the stored value: a name in `validate.PARSERS`;
               None: the kind's own rule (a patrol's start, end and duration)
    vocab      the vocabulary of a coded field (`vocab.VOCABULARIES`)
    help       key of the option's help (`opt.<help>`); `edit_help` where `edit` differs
    prompt     key of the guided question (`guided.<prompt>`); None: not asked
    default    the guided answer offered (a code for a coded field)
    ask_if     asked only when one of these holds: {column: values} of the record being
               entered (`patrol.kind` looks at the shift's patrol); an empty tuple of
               values means "when that field has any answer"
    many       the option repeats and the value is a list
    required   `add` from flags needs it
    editable   `edit` takes it
    adding     `add` takes it (False: an option of `edit` only, such as `--add-place`)
    text       free text: searched by `search`
    csv        a column of `list --csv` and `export --format csv`
    """

    __slots__ = ("column", "flags", "param", "parse", "vocab", "help", "edit_help", "prompt",
                 "default", "ask_if", "many", "required", "editable", "text", "csv",
                 "metavar", "adding")

    def __init__(self, column: str | None, *flags: str, parse: str | None = "text",
                 vocab: str | None = None, help: str | None = None,
                 edit_help: str | None = None, prompt: str | None = None,
                 default: str | None = None, ask_if: dict[str, tuple[str, ...]] | None = None,
                 many: bool = False, required: bool = False, editable: bool = True,
                 text: bool = False, csv: bool = True, metavar: str | None = None,
                 adding: bool = True) -> None:
        self.column = column
        self.flags = flags
        # the Python name typer gives the option: `--follow-up` -> follow_up
        self.param = flags[0].lstrip("-").replace("-", "_") if flags else None
        self.parse = parse
        self.vocab = vocab
        self.help = help or self.param
        self.edit_help = edit_help or self.help
        self.prompt = prompt
        self.default = default
        self.ask_if = ask_if
        self.many = many
        self.required = required
        self.editable = editable
        self.text = text
        self.csv = csv
        self.metavar = metavar
        self.adding = adding

    def __repr__(self) -> str:
        return f"Field({self.column or self.param!r})"


# Incident kinds that have sides to name and an outcome to record (besides any incident
# logged on a problem-solving patrol).
_WITH_PARTIES = ("dispute", "brawl", "assault", "domestic_violence", "disturbance", "other")

FIELDS: dict[str, tuple[Field, ...]] = {
    "patrol": (
        Field("started_at", "--start", parse=None, metavar="TIME", required=True),
        Field("ended_at", "--end", parse=None, metavar="TIME"),
        Field(None, "--duration", parse=None, metavar="DURATION"),
        Field("kind", "--kind", parse="choice", vocab="patrol_kind", help="patrol_kind",
              edit_help="edit_kind", prompt="kind", default="dialogic"),
        Field("area", "--area", prompt="area", text=True),
        Field("places", "--place", parse="places", many=True, metavar="TYPE:NAME",
              prompt="place", text=True, edit_help="edit_place"),
        # `edit P12 --add-place …` adds to the places; `--place` replaces them all
        Field(None, "--add-place", parse=None, many=True, metavar="TYPE:NAME",
              adding=False),
        Field("summary", "--summary", prompt="summary", text=True),
        Field("tags", "--tag", parse="tags", many=True, edit_help="edit_tag", prompt="tags",
              text=True),
    ),
    "incident": (
        Field("occurred_at", "--at", parse="when", metavar="TIME", prompt="occurred_at"),
        Field("kind", "--kind", parse="choice", vocab="incident_kind", help="incident_kind",
              edit_help="edit_kind", prompt="incident_kind", required=True),
        Field("location", "--location", prompt="location", text=True),
        Field("description", "--description", prompt="description", text=True),
        Field("action", "--action", prompt="action", text=True),
        Field("injured", "--injured", parse="count", metavar="N", prompt="injured",
              default="0"),
        Field("dead", "--dead", parse="count", metavar="N", prompt="dead", default="0"),
        Field("severity", "--severity", parse="choice", vocab="severity", prompt="severity"),
        Field("status", "--status", parse="choice", vocab="status", prompt="status",
              default="open"),
        Field("referred_to", "--referred-to", prompt="referred_to",
              ask_if={"status": ("referred",)}, text=True),
        Field("parties", "--party", parse="parties", many=True, edit_help="edit_party",
              prompt="parties", metavar="WHO", text=True,
              ask_if={"kind": _WITH_PARTIES, "patrol.kind": ("problem_solving",)}),
        Field("resolution", "--resolution", prompt="resolution", text=True,
              ask_if={"kind": _WITH_PARTIES, "patrol.kind": ("problem_solving",)}),
        Field("patrol", "--patrol", parse="patrol", metavar="ID"),
        Field("tags", "--tag", parse="tags", many=True, edit_help="edit_tag", text=True),
    ),
    "contact": (
        Field("met_at", "--at", parse="when", metavar="TIME", prompt="met_at"),
        Field("name", "--name", prompt="name", text=True),
        Field("role", "--role", parse="choice", vocab="role", prompt="role", required=True),
        Field("organisation", "--organisation", "--organization", prompt="organisation",
              text=True),
        Field("place", "--place", help="contact_place", prompt="contact_place", text=True),
        Field("phone", "--phone", parse="phone", prompt="phone"),
        Field("topic", "--topic", prompt="topic", text=True),
        Field("concern", "--concern", prompt="concern", text=True),
        Field("hope", "--hope", prompt="hope", text=True),
        Field("field", "--field", parse="choice", vocab="contact_field", prompt="field",
              ask_if={"concern": (), "hope": ()}),
        Field("follow_up", "--follow-up", prompt="follow_up", text=True),
        Field("due", "--due", parse="due", metavar="DATE", prompt="due",
              ask_if={"follow_up": ()}),
        Field("done_at", editable=False),
        Field("patrol", "--patrol", parse="patrol", metavar="ID"),
        Field("tags", "--tag", parse="tags", many=True, edit_help="edit_tag", text=True),
    ),
}

# The order the guided `add` asks in, where it differs from the JSON's: a contact is
# who (role, name, organisation) before when and where; an incident what before when.
QUESTIONS: dict[str, tuple[str, ...]] = {
    "patrol": ("kind", "area", "places", "summary", "tags"),
    "incident": ("kind", "occurred_at", "location", "description", "action", "injured",
                 "dead", "severity", "status", "referred_to", "parties", "resolution"),
    "contact": ("role", "name", "organisation", "met_at", "place", "phone", "topic",
                "concern", "hope", "field", "follow_up", "due"),
}


def of(kind: str) -> tuple[Field, ...]:
    return FIELDS[kind]


def column(kind: str, name: str) -> Field:
    for f in FIELDS[kind]:
        if f.column == name:
            return f
    raise KeyError(f"{kind}.{name}")


def record_fields(kind: str) -> tuple[str, ...]:
    """The record's JSON fields after id/uid, in order."""
    return tuple(f.column for f in FIELDS[kind] if f.column)


def text_columns(kind: str) -> tuple[str, ...]:
    """Table columns of plain free text (lists and visits are indexed their own way)."""
    return tuple(f.column for f in FIELDS[kind]
                 if f.text and f.column and not f.many)


def list_columns(kind: str) -> tuple[str, ...]:
    """Columns holding a JSON list of text (tags, parties): one TEXT column each."""
    return tuple(f.column for f in FIELDS[kind]
                 if f.many and f.column and f.column != "places")


def coded(kind: str) -> dict[str, str]:
    """column -> vocabulary of each coded field."""
    return {f.column: f.vocab for f in FIELDS[kind] if f.vocab and f.column}


def options(kind: str) -> tuple[Field, ...]:
    """Fields set from the command line, in the order `add --help` lists them."""
    return tuple(f for f in FIELDS[kind] if f.flags and f.adding)


def editable(kind: str) -> set[str]:
    """Parameter names `edit` takes for a record of this kind."""
    return {f.param for f in FIELDS[kind] if f.flags and f.editable}  # type: ignore[misc]


def edit_options() -> list[Field]:
    """The options of `edit`: every kind's editable options, each name once (the first
    kind's description of it gives the help; a repeatable one stays repeatable)."""
    seen: dict[str, Field] = {}
    for kind in FIELDS:
        for f in FIELDS[kind]:
            if f.flags and f.editable and f.param not in seen:
                seen[f.param] = f  # type: ignore[index]
    # the options every kind shares close the list, as on `add`
    return sorted(seen.values(), key=lambda f: f.param in ("patrol", "tag"))
