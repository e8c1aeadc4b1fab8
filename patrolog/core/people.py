"""One definition of a person and of a phone number (docs/privacy.md), for the digest
(who was met for the first time), `--redact` (who is hidden) and `erase` (who is removed).

- `HONORIFICS`: the words that lead a name, compared without case and dot. A word added
  here reaches all three: `person_key` drops it, `honorific_re()` finds it before a name in
  free text (a test adds one and follows it).
- `person_sql` is the expression of the `contacts_person` index (migration m002): SQLite
  holds an expression of about twenty nested replacements at most, so it drops the words
  of `INDEX_WORDS` only, frozen with the index. A name led by another honorific ("Om
  Budi") is found through `index_keys`: the person key, and the key with one of the other
  honorifics before it.
- `PHONE`: a phone number as people write it in free text: `0812-3456-7890`,
  `+62 812 3456 7890`, `62812…`, `812 3456 7893`, `(021) 345 6789`, spaces, dots or
  dashes between the digits. `national()` gives the digits without country or trunk
  prefix, the same for every written form of a number.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Words that lead a name, compared without their dot and case.
HONORIFICS = frozenset({
    "pak", "bapak", "bu", "ibu", "mas", "mbak", "bang", "kak", "h", "hj", "haji", "hajjah",
    "ustaz", "ustadz", "ustad", "ustazah", "ustadzah", "sdr", "sdri",
    "pakde", "pakdhe", "bude", "budhe", "om", "tante", "cak", "kyai", "kiai", "romo",
    "pendeta",
})
# Honorifics written as an abbreviation: with a dot in names (`H. Rahmat`, `Hj.Siti`).
ABBREVIATIONS = frozenset({"h", "hj", "sdr", "sdri"})


# The words `contacts_person` drops, in its order: the index expression of migration m002.
INDEX_WORDS = ("pak", "bapak", "bu", "ibu", "mas", "mbak", "bang", "kak", "h.", "hj.",
               "ustaz", "ustad", "ustadz", "haji", "hajjah", "sdr.", "sdri.")


def person_words() -> tuple[str, ...]:
    """The honorifics as `person_key` drops them (abbreviations with their dot)."""
    return _words_of(HONORIFICS)


@lru_cache(maxsize=4)  # a digest keys thousands of names (keyed on the set: tests add one)
def _words_of(honorifics: frozenset[str]) -> tuple[str, ...]:
    return tuple(sorted(f"{w}." if w in ABBREVIATIONS else w for w in honorifics))


# -- the person a name stands for ------------------------------------------------------
def person_sql(column: str, words: tuple[str, ...] = INDEX_WORDS) -> str:
    """SQL for a name without the honorifics `words` (a store's index words, `INDEX_WORDS`
    in a journal): lower case, spaces single.

    Built from built-in deterministic functions only, so SQLite can index it and
    any SQLite tool can still write the table. A dot is followed by a space
    first, so `H.Rahmat` and `H. Rahmat` are one person.
    """
    expr = f"' ' || replace(lower({column}), '.', '. ') || ' '"
    for _ in range(3):  # runs of up to 8 spaces become one
        expr = f"replace({expr}, '  ', ' ')"
    for word in words:
        expr = f"replace({expr}, ' {word} ', ' ')"
    return f"trim({expr})"


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def _drop(name: str, words: tuple[str, ...]) -> str:
    text = " " + name.translate(_ASCII_LOWER).replace(".", ". ") + " "
    if "  " in text:
        for _ in range(3):
            text = text.replace("  ", " ")
    present = set(text.split(" "))
    for word in words:
        if word in present:
            text = text.replace(f" {word} ", " ")
    return text.strip(" ")


def person_key(name: str) -> str:
    """The person a name stands for: lower case (ASCII letters, as SQLite's lower()),
    every honorific dropped, spaces single. Replacing an honorific never creates another
    one, so the replacements of honorifics the name does not hold can be skipped."""
    return _drop(name, person_words())


def index_key(name: str) -> str:
    """`person_sql` in Python, with the same result for every name."""
    return _drop(name, INDEX_WORDS)


def index_keys(key: str, words: tuple[str, ...] = INDEX_WORDS) -> list[str]:
    """What `person_sql(..., words)` holds for the names whose person key is `key`: the key
    itself, or the key after one honorific the index does not drop ("om budi" for "Om
    Budi")."""
    extra = _extra_words(person_words(), words)
    return [key, *(f"{word} {key}" for word in extra)]


@lru_cache(maxsize=8)
def _extra_words(every: tuple[str, ...], words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(sorted(set(every) - set(words)))


def person_index_ddl() -> str:
    return (f"CREATE INDEX contacts_person ON contacts({person_sql('name')}, met_at) "
            "WHERE name IS NOT NULL AND deleted_at IS NULL")


def is_honorific(word: str) -> bool:
    return word.lower().rstrip(".") in HONORIFICS


def honorific_re() -> str:
    """A regular expression (text, case-insensitive) for one honorific before a name: an
    abbreviation with its dot (`H.`, `Hj. `), a word with a space after it (`pak `)."""
    return _honorific_re(HONORIFICS)


@lru_cache(maxsize=4)
def _honorific_re(honorifics: frozenset[str]) -> str:
    abbreviations = "|".join(sorted(honorifics & ABBREVIATIONS, key=lambda w: (-len(w), w)))
    words = "|".join(sorted(honorifics - ABBREVIATIONS, key=lambda w: (-len(w), w)))
    parts = []
    if abbreviations:
        parts.append(rf"(?:{abbreviations})\.\s*")
    if words:
        parts.append(rf"(?:{words})\s+")
    return r"(?i:" + "|".join(parts) + ")"


# -- phone numbers ---------------------------------------------------------------------
# +62 / 62 / 0 and an operator or area code, or a mobile number written without its 0
# (`812 3456 7893`); separators (space, dot, dash) between digits. Dates (`05-12-2026`)
# and times (`08.30`) have too few digits to be taken.
PHONE = re.compile(
    r"(?<![\w+])(?:"
    r"(?:\+\s?62[\s.-]?(?:\(0\)[\s.-]?)?|62(?=\d{2})|\(0\d{2,3}\)[\s.-]?|0(?=\d{2}))"
    r"\d(?:[\s.-]?\d){6,12}"
    r"|8\d(?:[\s-]?\d){7,10}"  # no dots: `850.000.000` is an amount of rupiah
    r")(?!\d)")
# Seven digits or more, separators allowed: the least a phone number has; a cheap test.
NUMBER_LIKE = re.compile(r"\d[\d\s.()+-]{5,}\d")
_NON_DIGIT = re.compile(r"\D")


def national(phone: str) -> str:
    """The digits of an Indonesian number without its country or trunk prefix."""
    digits = _NON_DIGIT.sub("", phone)
    if digits.startswith("62"):
        digits = digits[2:]
    return digits[1:] if digits.startswith("0") else digits


def phones_in(text: str) -> list[str]:
    """The phone numbers written in `text`."""
    if not NUMBER_LIKE.search(text):
        return []
    return [m[0] for m in PHONE.finditer(text)]


def phone_pattern(national_digits: str) -> re.Pattern[str]:
    """One number however it is written: 0812-3456-7890, +62 812 3456 7890, 62812…"""
    rest = r"[\s.()-]*".join(re.escape(d) for d in national_digits)
    return re.compile(rf"(?<!\d)(?:\+?\s*62[\s.()-]*(?:0[\s.()-]*)?|0[\s.()-]*)?{rest}(?!\d)")


def digits_of(text: str) -> str:
    return _NON_DIGIT.sub("", text)
