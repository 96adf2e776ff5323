"""Reading POOL.csv and RULES.toml into a SelectionProblem, or one sentence saying what is wrong.

Every refusal names the file, the line when there is one, and the reason, e.g.
"pool.csv, line 7: score 'abc' is not a number." The file formats are described in docs/SELECTION.md.
"""

from __future__ import annotations

import csv
import io
import math
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from opn_desk.i18n import translate

from .model import BalanceRule, Candidate, SelectionProblem

RULE_KEYS = ("attribute", "value", "min", "max", "min_share", "max_share", "name", "priority", "per_value")
PIN_KEYS = ("id", "selected")
TOP_KEYS = ("seats", "rule", "pin")


class SelectionInputError(Exception):
    """An unusable pool or rules file (or option): the message is one sentence, shown as is."""


def _shown(value: object) -> str:
    """A value as it would be written in TOML (true, not True)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return f'"{value}"' if isinstance(value, str) else repr(value)


def _fail(path: Path | str, line: int | None, reason: str) -> SelectionInputError:
    where = translate("Selection", "{path}, line {line}").format(path=path, line=line) if line else f"{path}"
    reason = reason.rstrip(".")
    return SelectionInputError(translate("Selection", "{where}: {reason}.").format(where=where, reason=reason))


def _read_text(path: Path) -> str:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise _fail(path, None, translate("Selection", "there is no such file")) from None
    except IsADirectoryError:
        raise _fail(path, None, translate("Selection", "this is a folder, not a file")) from None
    except PermissionError:
        raise _fail(path, None, translate("Selection", "the file cannot be read (permission denied)")) from None
    except OSError as exc:
        raise _fail(path, None, translate("Selection", "the file cannot be read ({reason})").format(reason=exc.strerror or exc)) from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise _fail(path, line, translate("Selection", "the file is not UTF-8 text (save it as 'CSV UTF-8' or plain UTF-8)")) from None


# The pool -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Pool:
    candidates: tuple[Candidate, ...]
    attributes: tuple[str, ...]  # the attribute columns, as named in the header


def _number(text: str) -> float | None:
    try:
        value = float(text)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def read_pool(path: Path) -> Pool:
    rows = csv.reader(io.StringIO(_read_text(path), newline=""))
    header: list[str] | None = None
    candidates: list[Candidate] = []
    first_line: dict[str, int] = {}
    end = 0
    try:
        for row in rows:
            line, end = end + 1, rows.line_num
            if not any(cell.strip() for cell in row):
                continue
            if header is None:
                header = _pool_header(path, line, row)
                continue
            candidates.append(_candidate(path, line, header, row, first_line))
    except csv.Error as exc:
        raise _fail(path, rows.line_num, translate("Selection", "the CSV cannot be read ({reason})").format(reason=exc)) from None
    if header is None:
        raise _fail(path, None, translate("Selection", "the file is empty; the first line must name the columns, including id"))
    if not candidates:
        raise _fail(path, None, translate("Selection", "there are no candidates below the first line"))
    attributes = tuple(h for h in header if h and h.casefold() not in ("id", "score"))
    return Pool(tuple(candidates), attributes)


def _pool_header(path: Path, line: int, row: list[str]) -> list[str]:
    header = [cell.strip() for cell in row]
    seen: dict[str, int] = {}
    for k, name in enumerate(header):
        if name and name.casefold() in seen:
            raise _fail(path, line, translate("Selection", "the column '{name}' appears twice").format(name=name))
        seen[name.casefold()] = k
    if "id" not in seen:
        raise _fail(path, line, translate("Selection", "there is no 'id' column"))
    return header


def _candidate(path: Path, line: int, header: list[str], row: list[str], first_line: dict[str, int]) -> Candidate:
    if len(row) != len(header):
        raise _fail(path, line, translate("Selection", "{count} values, but the header names {columns} columns").format(count=len(row), columns=len(header)))
    cid, score, attributes = "", 0.0, {}
    for k, (name, cell) in enumerate(zip(header, row, strict=True)):
        key, cell = name.casefold(), cell.strip()
        if not name:
            if cell:
                raise _fail(path, line, translate("Selection", "value '{value}' is in column {column}, which has no name").format(value=cell, column=k + 1))
        elif key == "id":
            cid = cell
        elif key == "score":
            if cell:
                number = _number(cell)
                if number is None:
                    raise _fail(path, line, translate("Selection", "score '{value}' is not a number").format(value=cell))
                score = number
        else:
            attributes[name] = cell
    if not cid:
        raise _fail(path, line, translate("Selection", "the id is empty"))
    if cid in first_line:
        raise _fail(path, line, translate("Selection", "id '{id}' already appears on line {line}").format(id=cid, line=first_line[cid]))
    first_line[cid] = line
    return Candidate(cid, score, attributes)


# The rules ----------------------------------------------------------------------------------------

_HEADER = re.compile(r"^\s*\[")
_ARRAY_TABLE = re.compile(r"^\s*\[\[\s*(\w+)\s*\]\]")


class _Lines:
    """Where things are in a TOML text: tomllib gives values, not positions, so find the lines back."""

    def __init__(self, text: str):
        self.lines = text.splitlines()
        self.tables: dict[str, list[int]] = {}
        self.first_header = len(self.lines)
        for n, line in enumerate(self.lines):
            if _HEADER.match(line):
                self.first_header = min(self.first_header, n)
            if m := _ARRAY_TABLE.match(line):
                self.tables.setdefault(m.group(1), []).append(n)

    def _key_in(self, key: str, start: int, stop: int) -> int | None:
        pattern = re.compile(rf"^\s*[\"']?{re.escape(key)}[\"']?\s*=")
        for n in range(start, stop):
            if pattern.match(self.lines[n]):
                return n + 1
        return None

    def top(self, key: str) -> int | None:
        header = re.compile(rf"^\s*\[+\s*{re.escape(key)}\s*\]")
        return self._key_in(key, 0, self.first_header) or next(
            (n + 1 for n, line in enumerate(self.lines) if header.match(line)), None)

    def table(self, kind: str, k: int) -> int | None:
        found = self.tables.get(kind, [])
        return found[k] + 1 if k < len(found) else self.top(kind)

    def key(self, kind: str, k: int, key: str) -> int | None:
        found = self.tables.get(kind, [])
        if k >= len(found):
            return self.top(kind)
        after = range(found[k] + 1, len(self.lines))
        stop = next((n for n in after if _HEADER.match(self.lines[n])), len(self.lines))
        return self._key_in(key, found[k] + 1, stop) or found[k] + 1


@dataclass(frozen=True)
class Rules:
    seats: int | None
    rules: tuple[BalanceRule, ...]
    pins: dict[str, bool]


def _toml_error(path: Path, exc: tomllib.TOMLDecodeError) -> SelectionInputError:
    message = str(exc)
    if m := re.search(r"\s*\(at line (\d+), column (\d+)\)$", message):
        reason = message[: m.start()]
        return SelectionInputError(translate("Selection", "{path}, line {line}, column {column}: {reason}.")
                                   .format(path=path, line=m.group(1), column=m.group(2),
                                           reason=f"{reason[:1].lower()}{reason[1:]}"))
    reason = re.sub(r"\s*\(at end of document\)$", "", message)
    return SelectionInputError(translate("Selection", "{path}, at the end of the file: {reason}.")
                               .format(path=path, reason=f"{reason[:1].lower()}{reason[1:]}"))


def read_rules(path: Path, pool: Pool) -> Rules:
    text = _read_text(path)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise _toml_error(path, exc) from None
    lines = _Lines(text)
    for key in data:
        if key not in TOP_KEYS:
            raise _fail(path, lines.top(key), translate("Selection", "unknown key '{key}' (expected seats, [[rule]] or [[pin]])").format(key=key))
    seats = data.get("seats")
    if seats is not None and (isinstance(seats, bool) or not isinstance(seats, int) or seats < 1):
        raise _fail(path, lines.top("seats"), translate("Selection", "seats must be a whole number of at least 1, not {seats}").format(seats=_shown(seats)))
    rules = tuple(_rule(path, lines, k, table, pool) for k, table in enumerate(_tables(path, lines, data, "rule")))
    pins: dict[str, bool] = {}
    ids = {c.id for c in pool.candidates}
    for k, table in enumerate(_tables(path, lines, data, "pin")):
        cid, chosen = _pin(path, lines, k, table)
        if cid not in ids:
            raise _fail(path, lines.key("pin", k, "id"), translate("Selection", "pin id '{id}' is not in the pool").format(id=cid))
        if cid in pins:
            raise _fail(path, lines.key("pin", k, "id"), translate("Selection", "id '{id}' is pinned twice").format(id=cid))
        pins[cid] = chosen
    return Rules(seats, rules, pins)


def _tables(path: Path, lines: _Lines, data: dict, kind: str) -> list[dict]:
    tables = data.get(kind, [])
    if not isinstance(tables, list) or not all(isinstance(t, dict) for t in tables):
        raise _fail(path, lines.top(kind), translate("Selection", "'{kind}' must be a list of tables, written [[{kind}]]").format(kind=kind))
    return tables


def _whole(path, line, key, value) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise _fail(path, line, translate("Selection", "{key} must be a whole number, not {value}").format(key=key, value=_shown(value)))
    return value


def _rule(path: Path, lines: _Lines, k: int, table: dict, pool: Pool) -> BalanceRule:
    def at(key: str) -> int | None:
        return lines.key("rule", k, key)

    for key in table:
        if key not in RULE_KEYS:
            raise _fail(path, at(key), translate("Selection", "unknown key '{key}' in a rule (expected {keys})").format(key=key, keys=", ".join(RULE_KEYS)))
    attribute = table.get("attribute")
    if not isinstance(attribute, str) or not attribute.strip():
        raise _fail(path, at("attribute") if "attribute" in table else lines.table("rule", k),
                    translate("Selection", "a rule needs attribute = \"…\", a column of the pool"))
    attribute = attribute.strip()
    if attribute not in pool.attributes:
        raise _fail(path, at("attribute"), translate("Selection", "attribute '{attribute}' is not a column of the pool "
                                                                  "(columns: {columns})").format(
            attribute=attribute, columns=", ".join(pool.attributes) or translate("Selection", "none besides id and score")))
    value = table.get("value")
    if isinstance(value, bool):
        value = "true" if value else "false"
    elif isinstance(value, int | float):
        value = str(value)
    elif value is not None and not isinstance(value, str):
        raise _fail(path, at("value"), translate("Selection", "value must be text in quotes, not {value}").format(value=_shown(value)))
    counts = {key: _whole(path, at(key), key, table[key]) for key in ("min", "max") if key in table}
    shares = {}
    for key in ("min_share", "max_share", "priority"):
        if key in table:
            if isinstance(table[key], bool) or not isinstance(table[key], int | float):
                raise _fail(path, at(key), translate("Selection", "{key} must be a number, not {value}").format(key=key, value=_shown(table[key])))
            shares[key] = float(table[key])
    name, per_value = table.get("name", ""), table.get("per_value", False)
    if not isinstance(name, str):
        raise _fail(path, at("name"), translate("Selection", "name must be text in quotes, not {value}").format(value=_shown(name)))
    if not isinstance(per_value, bool):
        raise _fail(path, at("per_value"), translate("Selection", "per_value must be true or false, not {value}").format(value=_shown(per_value)))
    try:
        return BalanceRule(attribute, value, name=name, per_value=per_value, **counts, **shares)
    except ValueError as exc:
        raise _fail(path, lines.table("rule", k), str(exc)) from None


def _pin(path: Path, lines: _Lines, k: int, table: dict) -> tuple[str, bool]:
    for key in table:
        if key not in PIN_KEYS:
            raise _fail(path, lines.key("pin", k, key), translate("Selection", "unknown key '{key}' in a pin (expected id and selected)").format(key=key))
    cid, chosen = table.get("id"), table.get("selected")
    if isinstance(cid, int) and not isinstance(cid, bool):
        cid = str(cid)
    if not isinstance(cid, str) or not cid.strip():
        raise _fail(path, lines.key("pin", k, "id"), translate("Selection", "a pin needs id = \"…\", an id of the pool"))
    if not isinstance(chosen, bool):
        raise _fail(path, lines.key("pin", k, "selected"), translate("Selection", "a pin needs selected = true or selected = false"))
    return cid.strip(), chosen


# Both together ------------------------------------------------------------------------------------


def load_problem(pool_path: Path, rules_path: Path, seats: int | None = None) -> SelectionProblem:
    """The problem from the two files; `seats` (the --seats option) overrides the rules file."""
    if seats is not None and seats < 1:
        raise SelectionInputError(translate("Selection", "--seats must be at least 1, not {seats}.").format(seats=seats))
    pool = read_pool(pool_path)
    given = read_rules(rules_path, pool)
    seats = seats if seats is not None else given.seats
    if seats is None:
        raise _fail(rules_path, None, translate("Selection", "the number of seats is missing (add seats = N, or give --seats N)"))
    return SelectionProblem(pool.candidates, given.rules, seats, given.pins)
