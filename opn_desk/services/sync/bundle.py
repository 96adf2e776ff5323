"""The ``.opnsync`` file: what a laptop knows, encrypted and authenticated with the desk's key.

Layout (docs/SYNC.md): the 8 bytes ``OPNSYNC1``, a 4-byte big-endian header length, the header (UTF-8
JSON: format, app version, schema revision, desk id, sender id and name, the sender's version vector,
the number of operations, the SHA-256 of what follows), then a 12-byte nonce and the AES-256-GCM
ciphertext of the zlib-compressed JSON payload, the magic and header bound as associated data. The key
never travels in a bundle: `clone` copies it with the database. A bundle is checked whole (magic,
header, desk, schema, checksum, authentication, content) before anything is written.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
import struct
import uuid
import zlib
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from opn_desk.i18n import translate
from opn_desk.services.sync import SyncError
from opn_desk.services.sync.apply import WireOp

MAGIC = b"OPNSYNC1"
FORMAT = 1
SUFFIX = ".opnsync"
KINDS = {"s": "set", "c": "create", "d": "delete", "a": "audit", "r": "reopen"}
CODES = {v: k for k, v in KINDS.items()}
MAX_HEADER = 1 << 20


def _t(text: str) -> str:
    """An exchange file's refusal in the officer's language (the window's and the command line's)."""
    return translate("Exchange", text)


class _Newer(Exception):
    """A bundle holding a kind of change this version does not know."""


BYTES, SHA, BLOB = "$bytes", "$sha256", "$blob"


def _swap_bytes(value, blobs: dict[str, str], known: set[str]):
    """``value`` with every file's contents ({"$bytes": …}) replaced by {"$blob": its SHA-256}; the
    contents go once into ``blobs``, unless the receiver has them already (``known``)."""
    if isinstance(value, dict):
        if BYTES in value:
            digest = value.get(SHA) or hashlib.sha256(base64.b64decode(value[BYTES])).hexdigest()
            if digest not in known:
                blobs.setdefault(digest, value[BYTES])
            return {BLOB: digest}
        return {k: _swap_bytes(v, blobs, known) for k, v in value.items()}
    if isinstance(value, list):
        return [_swap_bytes(v, blobs, known) for v in value]
    return value


def _restore_bytes(value, blobs: dict[str, str], missing: set[str]):
    """The reverse of `_swap_bytes`; a hash without contents (the receiver has them) is noted in
    ``missing`` and left as it is."""
    if isinstance(value, dict):
        if BLOB in value and len(value) == 1:
            digest = value[BLOB]
            if digest in blobs:
                return {BYTES: blobs[digest], SHA: digest}
            missing.add(digest)
            return value
        return {k: _restore_bytes(v, blobs, missing) for k, v in value.items()}
    if isinstance(value, list):
        return [_restore_bytes(v, blobs, missing) for v in value]
    return value


def blob_hashes(value, found: set[str]) -> set[str]:
    """The SHA-256 of every file's contents in an operation's value."""
    if isinstance(value, dict):
        if BYTES in value:
            found.add(value.get(SHA) or hashlib.sha256(base64.b64decode(value[BYTES])).hexdigest())
        elif BLOB in value and len(value) == 1:
            found.add(value[BLOB])
        else:
            for v in value.values():
                blob_hashes(v, found)
    elif isinstance(value, list):
        for v in value:
            blob_hashes(v, found)
    return found


def fill_blobs(ops: list[WireOp], blobs: dict[str, str]) -> list[WireOp]:
    """Operations whose {"$blob": hash} references get their contents from ``blobs``."""
    missing: set[str] = set()
    return [op if not isinstance(op.value, (dict, list)) else
            replace(op, value=_restore_bytes(op.value, blobs, missing)) for op in ops]


@dataclass
class Bundle:
    path: Path | None
    desk: uuid.UUID
    sender: uuid.UUID
    sender_name: str
    schema: str
    app_version: str
    seen: dict[str, int]
    names: dict[uuid.UUID, str]
    vectors: dict[str, dict[str, int]]  # what the sender knows each laptop has seen
    ops: list[WireOp]
    known_blobs: frozenset[str] = frozenset()  # contents the receiver has (left out of the file)
    missing: frozenset[str] = frozenset()  # read: contents referred to but left out (the receiver has them)


def _aesgcm(key: bytes):
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    return AESGCM(key)


def encode(bundle: Bundle, key: bytes) -> bytes:
    origins: dict[uuid.UUID, int] = {}
    strings: dict[str, int] = {}

    def o(u: uuid.UUID) -> int:
        return origins.setdefault(u, len(origins))

    def s(text: str) -> int:
        return strings.setdefault(text, len(strings))

    blobs: dict[str, str] = {}
    known = set(bundle.known_blobs)
    ops = [[o(op.origin), op.seq, op.hlc, s(op.author), op.operation.hex, s(op.tbl), op.rec.hex, s(op.field),
            CODES[op.kind], _swap_bytes(op.value, blobs, known) if isinstance(op.value, (dict, list)) else op.value,
            [[o(a), b] for a, b in op.supersedes]] for op in bundle.ops]
    payload = {"origins": [str(u) for u in origins], "strings": list(strings), "ops": ops,
               "names": {str(k): v for k, v in bundle.names.items()}, "vectors": bundle.vectors, "blobs": blobs}
    body = zlib.compress(json.dumps(payload, ensure_ascii=False, separators=(",", ":"), default=str)
                         .encode("utf-8"), 6)
    nonce = os.urandom(12)
    header = {"format": FORMAT, "app_version": bundle.app_version, "schema": bundle.schema, "desk": str(bundle.desk),
              "sender": str(bundle.sender), "sender_name": bundle.sender_name, "seen": bundle.seen,
              "operations": len(bundle.ops), "created": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")}
    # The checksum covers the ciphertext, so damage is named as damage before decryption is tried.
    draft = json.dumps(header, sort_keys=True).encode("utf-8")
    sealed = _aesgcm(key).encrypt(nonce, body, MAGIC + draft)
    header["checksum"] = hashlib.sha256(nonce + sealed).hexdigest()
    head = json.dumps(header, sort_keys=True).encode("utf-8")
    return MAGIC + struct.pack(">I", len(head)) + head + nonce + sealed


def write(path: Path, data: bytes) -> None:
    """Written beside the target under a temporary name and renamed when whole."""
    path = Path(path)
    partial = path.with_name(path.name + ".partial")
    try:
        with open(partial, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(partial, path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def read_header(path: Path, data: bytes) -> tuple[dict, bytes, bytes]:
    name = path.name
    if not data.startswith(MAGIC[:7]):
        raise SyncError(_t("{name} is not an OPN Desk exchange file.").format(name=name))
    if data[:8] != MAGIC:
        raise SyncError(_t("{name} was written by a newer version of OPN Desk; update OPN Desk to read it.").format(name=name))
    if len(data) < 12:
        raise SyncError(_t("{name} is incomplete (cut off); ask for it again.").format(name=name))
    (length,) = struct.unpack(">I", data[8:12])
    if length > MAX_HEADER or 12 + length > len(data):
        raise SyncError(_t("{name} is damaged or incomplete (cut off); ask for it again.").format(name=name))
    head = data[12:12 + length]
    try:
        header = json.loads(head.decode("utf-8"))
        if not isinstance(header, dict):
            raise ValueError
    except (ValueError, UnicodeDecodeError):
        raise SyncError(_t("{name} is damaged; ask for it again.").format(name=name)) from None
    return header, head, data[12 + length:]


def decode(path: Path, data: bytes, *, desk: uuid.UUID, key: bytes, known_schemas: tuple[str, ...]) -> Bundle:
    """The bundle in ``data``, checked whole; SyncError (one sentence) when it cannot be used."""
    name = path.name
    header, head, rest = read_header(path, data)
    try:
        fmt = int(header.get("format", 0))
        schema = str(header["schema"])
        their_desk = uuid.UUID(str(header["desk"]))
        sender = uuid.UUID(str(header["sender"]))
        seen = {str(k): int(v) for k, v in dict(header.get("seen") or {}).items()}
        checksum = str(header["checksum"])
    except (KeyError, ValueError, TypeError, AttributeError):
        raise SyncError(_t("{name} is damaged; ask for it again.").format(name=name)) from None
    if fmt > FORMAT:
        raise SyncError(_t("{name} was written by a newer version of OPN Desk; update OPN Desk to read it.").format(name=name))
    if schema not in known_schemas:
        if schema.isdigit() and int(schema) > int(known_schemas[-1]):
            raise SyncError(_t("{name} was written by a newer version of OPN Desk (schema {schema}); update OPN "
                               "Desk on this laptop to read it.").format(name=name, schema=schema))
        raise SyncError(_t("{name} is damaged; ask for it again.").format(name=name))
    if their_desk != desk:
        raise SyncError(_t("{name} comes from another desk, not this one; it was not read.").format(name=name))
    if len(rest) < 28 or hashlib.sha256(rest).hexdigest() != checksum:
        raise SyncError(_t("{name} is damaged or incomplete (cut off); ask for it again.").format(name=name))
    unsealed_header = dict(header)
    unsealed_header.pop("checksum")
    draft = json.dumps(unsealed_header, sort_keys=True).encode("utf-8")
    try:
        from cryptography.exceptions import InvalidTag

        body = _aesgcm(key).decrypt(rest[:12], rest[12:], MAGIC + draft)
    except InvalidTag:
        raise SyncError(_t("{name} could not be authenticated with this desk's key: it was altered, or made by "
                           "a copy of the desk with another key; it was not read.").format(name=name)) from None
    try:
        payload = json.loads(zlib.decompress(body).decode("utf-8"))
        origins = [uuid.UUID(u) for u in payload["origins"]]
        strings = payload["strings"]
        blobs = {str(k): str(v) for k, v in payload.get("blobs", {}).items()}
        for digest, data in blobs.items():
            if hashlib.sha256(base64.b64decode(data, validate=True)).hexdigest() != digest:
                raise ValueError("contents that do not match their hash")
        missing: set[str] = set()
        if any(isinstance(op, list) and len(op) > 8 and isinstance(op[8], str) and op[8] not in KINDS
               for op in payload["ops"]):
            raise _Newer  # a kind of change a later version added (as "reopen" was)
        ops = [WireOp(origins[op[0]], int(op[1]), int(op[2]), strings[op[3]], uuid.UUID(op[4]), strings[op[5]],
                      uuid.UUID(op[6]), strings[op[7]], KINDS[op[8]],
                      _restore_bytes(op[9], blobs, missing) if isinstance(op[9], (dict, list)) else op[9],
                      tuple((origins[a], int(b)) for a, b in op[10])) for op in payload["ops"]]
        names = {uuid.UUID(k): str(v) for k, v in payload.get("names", {}).items()}
        vectors = {str(k): {str(a): int(b) for a, b in v.items()} for k, v in payload.get("vectors", {}).items()}
    except _Newer:
        raise SyncError(_t("{name} was written by a newer version of OPN Desk; update OPN Desk to read it.").format(name=name)) from None
    except (ValueError, KeyError, IndexError, TypeError, zlib.error, UnicodeDecodeError, binascii.Error):
        raise SyncError(_t("{name} is damaged; ask for it again.").format(name=name)) from None
    return Bundle(path, their_desk, sender, str(header.get("sender_name", "")), schema,
                  str(header.get("app_version", "")), seen, names, vectors, ops, missing=frozenset(missing))
