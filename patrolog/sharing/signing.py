"""Signed exports and the keys officers sign with (docs/trust.md, "Who may change what").

Each user has one Ed25519 key, made on first use and kept 0600 beside the user's config
(`$XDG_CONFIG_HOME/patrolog/signing.key`). A JSON Lines export is signed: its first line
is a header naming the format, the sender's public key and officer; its last line holds
the signature. Ed25519 signs the SHA-512 digest of every line before the signature line,
as written: the file is hashed while it streams out or in, so memory stays flat.

A journal pins, per officer, the fingerprint of the key that speaks for them (table
`officer_keys`): its own officer to its own user's key, any other officer the first time
it sees that officer's records in a signed file. A file signed by another key, an
unsigned file, or one whose signature fails, carrying records of a pinned officer, is
refused whole (`check_speakers`).

`cryptography` is imported here only, inside the functions that need it: `add` and
`--help` never load it.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from patrolog.core.errors import InputError
from patrolog.core.userconfig import config_path

FORMAT = "patrolog-signed-1"  # the header's `signed` value
HEADER_KEY = "signed"
SIGNATURE_KEY = "signature"


def key_path() -> Path:
    """The user's private key, beside the user's config file."""
    return config_path().with_name("signing.key")


def fingerprint(public: bytes) -> str:
    """What people compare and type: 128 bits of SHA-256, in eight groups of four."""
    digits = hashlib.sha256(public).hexdigest()[:32]
    return "-".join(digits[i:i + 4] for i in range(0, 32, 4))


def normal_fingerprint(text: str) -> str | None:
    """A fingerprint as typed (any case, with or without dashes or spaces), or None."""
    digits = "".join(ch for ch in text.lower() if ch not in "-: \t")
    if len(digits) != 32 or any(ch not in "0123456789abcdef" for ch in digits):
        return None
    return "-".join(digits[i:i + 4] for i in range(0, 32, 4))


class Key:
    """The user's signing key."""

    def __init__(self, private: Any) -> None:
        from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

        self.private = private
        self.public = private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
        self.fingerprint = fingerprint(self.public)

    def sign(self, digest: bytes) -> str:
        return base64.b64encode(self.private.sign(digest)).decode("ascii")


def own_key(create: bool = True) -> Key | None:
    """The user's key, made on first use (0600 from its first byte, in a 0700 folder)."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    path = key_path()
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raw = None
    except OSError:
        raise InputError("err.key_unreadable", path=str(path)) from None
    if raw is not None:
        try:
            seed = base64.b64decode(raw.strip(), validate=True)
            return Key(Ed25519PrivateKey.from_private_bytes(seed))
        except ValueError:
            raise InputError("err.key_unreadable", path=str(path)) from None
    if not create:
        return None
    from cryptography.hazmat.primitives.serialization import (Encoding, NoEncryption,
                                                              PrivateFormat)

    private = Ed25519PrivateKey.generate()
    seed = private.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        tmp = path.with_name(f".{path.name}.{os.getpid()}")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(base64.b64encode(seed) + b"\n")
        try:
            os.link(tmp, path)  # never over a key another process made meanwhile
        except FileExistsError:
            os.unlink(tmp)
            return own_key(create=False)
        os.unlink(tmp)
    except OSError:
        raise InputError("err.key_cannot_write", path=str(path)) from None
    return Key(private)


def verify(public: bytes, digest: bytes, signature: str) -> bool:
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        Ed25519PublicKey.from_public_bytes(public).verify(base64.b64decode(signature), digest)
    except (InvalidSignature, ValueError, TypeError):
        return False
    return True


# -- files -----------------------------------------------------------------------------
def header_line(key: Key, officer: str | None) -> str:
    return json.dumps({HEADER_KEY: FORMAT, "key": base64.b64encode(key.public).decode(),
                       "fingerprint": key.fingerprint, "officer": officer},
                      ensure_ascii=False) + "\n"


def signed_lines(key: Key, officer: str | None, lines: Any) -> Any:
    """The export's lines between a header and a signature line, hashed as they go."""
    digest = hashlib.sha512()
    update = digest.update
    head = header_line(key, officer)
    update(head.encode("utf-8"))
    yield head
    for line in lines:
        update(line.encode("utf-8"))
        yield line
    yield json.dumps({SIGNATURE_KEY: key.sign(digest.digest())}) + "\n"


def read_header(rec: Any) -> tuple[bytes, str | None] | None:
    """(public key, officer named) when `rec` is a signed file's header, else None."""
    if type(rec) is not dict or rec.get(HEADER_KEY) != FORMAT:
        return None
    try:
        public = base64.b64decode(rec.get("key") or "", validate=True)
    except (ValueError, TypeError):
        public = b""
    officer = rec.get("officer")
    return public, officer if isinstance(officer, str) else None


def is_signature(rec: Any) -> bool:
    return type(rec) is dict and len(rec) == 1 and SIGNATURE_KEY in rec


# -- pins ------------------------------------------------------------------------------
def pins(conn: sqlite3.Connection) -> list[tuple[str, str, str]]:
    return [tuple(r) for r in conn.execute(
        "SELECT officer, fingerprint, pinned_at FROM officer_keys ORDER BY officer COLLATE NOCASE")]


def pinned(conn: sqlite3.Connection, officer: str) -> str | None:
    row = conn.execute("SELECT fingerprint FROM officer_keys WHERE officer = ?",
                       (officer.strip(),)).fetchone()
    return row[0] if row else None


def pin(conn: sqlite3.Connection, officer: str, print_: str, stamp: str) -> None:
    conn.execute("INSERT OR REPLACE INTO officer_keys(officer, fingerprint, pinned_at) "
                 "VALUES (?, ?, ?)", (officer.strip(), print_, stamp))


def forget(conn: sqlite3.Connection, officer: str) -> bool:
    return conn.execute("DELETE FROM officer_keys WHERE officer = ?",
                        (officer.strip(),)).rowcount > 0


def pin_own(conn: sqlite3.Connection, key: Key, stamp: str) -> None:
    """The journal's own officer (the profile's) speaks with its own user's key."""
    row = conn.execute("SELECT value FROM config WHERE key = 'officer'").fetchone()
    if row and row[0] and pinned(conn, row[0]) is None:
        pin(conn, row[0], key.fingerprint, stamp)


class Speakers:
    """Which key speaks for each officer in one incoming file, checked against the pins
    as records arrive (`check`), inside the import's transaction: a pin made on first
    sight goes with the rest when the file is refused."""

    def __init__(self, conn: sqlite3.Connection, signer: Callable[[], str | None],
                 stamp: str) -> None:
        self.conn = conn
        self.signer = signer  # the key's fingerprint of the part being read; None: unsigned
        self.stamp = stamp
        self.seen: set[tuple[str, str | None]] = set()

    def check(self, officer: str | None) -> None:
        if not officer:
            return  # a record of no officer: nobody's key speaks for it
        signer = self.signer()
        seen = (officer.strip().casefold(), signer)
        if seen in self.seen:
            return
        have = pinned(self.conn, officer)
        if have is None:
            if signer is not None:
                pin(self.conn, officer, signer, self.stamp)
        elif signer is None:
            raise InputError("err.unsigned_for_pinned", officer=officer)
        elif have != signer:
            raise InputError("err.key_not_pinned", officer=officer, fingerprint=signer,
                             pinned=have)
        self.seen.add(seen)
