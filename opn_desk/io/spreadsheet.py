"""Reading a CSV or XLSX file safely into a header and rows of plain strings.

A file handed to the desk may be hostile or simply broken. Every check runs before any parser
sees the bytes, and every refusal is a `RefusedFile` carrying one plain sentence:

- the file's size is checked first (`MAX_FILE_BYTES`);
- an XLSX is a zip: the declared uncompressed sizes are added up and refused over
  `MAX_EXPANDED_BYTES`, parts compressed suspiciously well are refused (zip bombs), so are absurd
  part counts and duplicate part names; every part is then decompressed here, in bounded chunks,
  which also proves the declared sizes true (a lying header fails its checksum);
- XML document type and entity declarations are refused outright (entity expansion);
- the sheet's cell positions are scanned before calamine reads it: calamine allocates the whole
  rectangle up to the farthest cell, so two cells at A1 and XFD1048576 would abort the process;
- more than `MAX_ROWS` data rows or `MAX_COLUMNS` columns are refused;
- a file with nothing to import (no bytes, only blank rows, or a header and no rows below it) is
  refused as `EmptyFile`;
- formulas are never evaluated: calamine returns the value Excel stored with the formula (a cell
  whose formula was never calculated reads as empty);
- CSV encodings are decided from the bytes: UTF-8 (with or without BOM), UTF-16 (BOM, or the
  tell-tale zero bytes), else Windows-1252; the delimiter is sniffed among comma, semicolon, tab.

Values are never reinterpreted: "NA" (Namibia's ISO code) stays "NA", "0042" stays "0042".
"""

from __future__ import annotations

import codecs
import csv
import io
import posixpath
import re
import zipfile
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path

from opn_desk.i18n import number as written_number
from opn_desk.i18n import translate

MAX_FILE_BYTES = 50 * 2**20
MAX_EXPANDED_BYTES = 200 * 2**20
MAX_PART_RATIO = 250  # a part compressed better than this (and large) is a zip bomb, not a sheet
RATIO_APPLIES_FROM = 2 * 2**20
MAX_PARTS = 1000
MAX_ROWS = 50_000
MAX_COLUMNS = 200
MAX_CELL_CHARS = 100_000

_CHUNK = 1 << 20
XLSX_SUFFIXES = (".xlsx", ".xlsm")
CSV_SUFFIXES = (".csv", ".tsv", ".txt")


class RefusedFile(Exception):
    """The file cannot be read safely or at all; the message is one sentence for the user."""


class EmptyFile(RefusedFile):
    """The file holds nothing to import: no bytes, only blank rows, or only a header row."""


@dataclass(frozen=True, slots=True)
class SheetData:
    """A table read from a file: header names and data rows numbered as the spreadsheet shows them.

    ``rows`` holds (row number, values) with the header on row ``header_row`` (usually 1), so the
    first data row is usually 2. Every row has exactly ``len(header)`` values; blank rows are left
    out. A header cell may be "" when the column has no name.
    """

    file_name: str
    header: tuple[str, ...]
    rows: tuple[tuple[int, tuple[str, ...]], ...]
    header_row: int = 1
    kind: str = "csv"  # csv / xlsx
    encoding: str = ""  # CSV only
    delimiter: str = ""  # CSV only
    sheet: str = ""  # XLSX only


def _size_text(n: int) -> str:
    for scale in (2**30, 2**20):
        if n >= scale:
            value = n / scale
            size = written_number(value, 0 if value == int(value) else 1)
            return (translate("Spreadsheet", "{size} GB") if scale == 2**30 else
                    translate("Spreadsheet", "{size} MB")).format(size=size)
    return translate("Spreadsheet", "{size} KB").format(size=written_number(max(1, round(n / 2**10))))


def read_table(path: Path, *, max_file_bytes: int = MAX_FILE_BYTES, max_rows: int = MAX_ROWS,
               max_columns: int = MAX_COLUMNS, max_expanded_bytes: int = MAX_EXPANDED_BYTES,
               header_only: bool = False) -> SheetData:
    """Read a .csv or .xlsx file (decided by its first bytes, the name only as a hint).

    A file without a data row below its header is refused (`EmptyFile`) unless ``header_only``.
    """
    path = Path(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise RefusedFile(translate("Spreadsheet", "There is no file at {path}.").format(path=path)) from None
    if path.is_dir():
        raise RefusedFile(translate("Spreadsheet", "{path} is a folder, not a file.").format(path=path))
    if size > max_file_bytes:
        raise RefusedFile(translate("Spreadsheet", "The file is larger than {limit} (it is {size}); split it into "
                                                   "smaller files.").format(limit=_size_text(max_file_bytes),
                                                                            size=_size_text(size)))
    if size == 0:
        raise EmptyFile(translate("Spreadsheet", "The file is empty, so there is nothing to import."))
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise RefusedFile(translate("Spreadsheet", "The file cannot be read: {reason}.").format(
            reason=exc.strerror or exc)) from exc
    limits = _Limits(max_rows, max_columns, max_expanded_bytes, header_only)
    suffix = path.suffix.lower()
    if data[:4] == b"PK\x03\x04" or data[:4] == b"PK\x05\x06":
        if suffix in (".ods", ".numbers"):
            raise RefusedFile(_save_as_xlsx(suffix))
        return _read_xlsx(path.name, data, limits)
    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        raise RefusedFile(translate("Spreadsheet", "This is an old-style .xls workbook or a password-protected one; "
                                                   "OPN Desk reads .xlsx and .csv files, so save it as an unprotected "
                                                   ".xlsx and try again."))
    if suffix in XLSX_SUFFIXES:
        raise RefusedFile(translate("Spreadsheet", "The file is named .xlsx but is not an Excel workbook (it may be "
                                                   "damaged)."))
    if suffix in (".xls", ".xlsb", ".ods", ".numbers", ".pdf", ".doc", ".docx"):
        raise RefusedFile(_save_as_xlsx(suffix))
    return _read_csv(path.name, data, limits)


def _save_as_xlsx(suffix: str) -> str:
    return translate("Spreadsheet", "OPN Desk reads .csv and .xlsx files; save this {suffix} file as .xlsx and try "
                                    "again.").format(suffix=suffix)


def _too_many_columns(row: int, count: int, limit: int) -> str:
    return translate("Spreadsheet", "Row {row} has {count} columns; at most {limit} can be read.").format(
        row=row, count=written_number(count), limit=written_number(limit))


def _too_many_rows(limit: int) -> str:
    return translate("Spreadsheet", "The file has more than {limit} rows; at most {limit} can be imported at once, "
                                    "so split it into smaller files.").format(limit=written_number(limit))


@dataclass(frozen=True, slots=True)
class _Limits:
    rows: int
    columns: int
    expanded: int
    header_only: bool = False


# ---------------------------------------------------------------------------------------------- CSV

def _looks_utf16(data: bytes) -> str | None:
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even_zeros = sample[0::2].count(0)
    odd_zeros = sample[1::2].count(0)
    half = len(sample) // 2
    if odd_zeros > 0.3 * half and even_zeros < 0.05 * half:
        return "utf-16-le"
    if even_zeros > 0.3 * half and odd_zeros < 0.05 * half:
        return "utf-16-be"
    return None


def decode_text(data: bytes) -> tuple[str, str]:
    """(text, encoding name) decided from the bytes alone: BOMs, UTF-8, UTF-16, else Windows-1252."""
    boms = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
            (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
    for bom, name in boms:
        if data.startswith(bom):
            try:
                return data.decode(name), {"utf-8-sig": "UTF-8 with BOM", "utf-16": "UTF-16",
                                           "utf-32": "UTF-32"}[name]
            except UnicodeDecodeError:
                raise RefusedFile(translate("Spreadsheet", "The file says it is {encoding} text but is not; save it "
                                                           "again as CSV UTF-8.").format(encoding=name.upper())) from None
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        pass
    wide = _looks_utf16(data)
    if wide:
        try:
            return data.decode(wide), "UTF-16"
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("cp1252"), "Windows-1252"
    except UnicodeDecodeError:
        # The five bytes Windows-1252 leaves undefined: Latin-1 gives every byte a character.
        return data.decode("latin-1"), "Latin-1"


def _sniff_delimiter(text: str) -> str:
    first = text[:65536]
    best, best_count = ",", 1
    for delimiter in (",", ";", "\t"):
        try:
            reader = csv.reader(io.StringIO(first, newline=""), delimiter=delimiter)
            header = next(reader, [])
            counts = [len(r) for _, r in zip(range(20), reader, strict=False) if r]
        except csv.Error:
            continue
        width = len([h for h in header if h.strip()]) if header else 0
        if width < 2:
            continue
        # A real delimiter gives the header several columns, and most rows the same count.
        consistent = not counts or sum(1 for c in counts if c == len(header)) >= len(counts) / 2
        score = width + (1000 if consistent else 0)
        if score > best_count:
            best, best_count = delimiter, score
    return best


def _trimmed(values: list[str]) -> list[str]:
    end = len(values)
    while end and not values[end - 1].strip():
        end -= 1
    return values[:end]


def _read_csv(name: str, data: bytes, limits: _Limits) -> SheetData:
    text, encoding = decode_text(data)
    if "\x00" in text:
        raise RefusedFile(translate("Spreadsheet", "The file is not a CSV text file (it contains binary data); OPN "
                                                   "Desk reads .csv and .xlsx files."))
    delimiter = _sniff_delimiter(text)
    previous = csv.field_size_limit()
    csv.field_size_limit(MAX_CELL_CHARS)
    raw: list[tuple[int, list[str]]] = []
    try:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        number = 0
        for record in reader:
            number += 1
            values = _trimmed(record)
            if not values:
                continue
            if len(values) > limits.columns:
                raise RefusedFile(_too_many_columns(number, len(values), limits.columns))
            raw.append((number, values))
            if len(raw) > limits.rows + 1:
                raise RefusedFile(_too_many_rows(limits.rows))
    except csv.Error as exc:
        if "field larger" in str(exc):
            raise RefusedFile(translate("Spreadsheet", "A cell is longer than {limit} characters; the file was "
                                                       "refused.").format(limit=written_number(MAX_CELL_CHARS))) from None
        raise RefusedFile(translate("Spreadsheet", "The file is not a well-formed CSV file ({reason}).").format(
            reason=exc)) from None
    finally:
        csv.field_size_limit(previous)
    return _table(name, raw, "csv", limits, encoding=encoding, delimiter=delimiter)


def _table(name: str, raw: list[tuple[int, list[str]]], kind: str, limits: _Limits, **extra) -> SheetData:
    if not raw:
        raise EmptyFile(translate("Spreadsheet", "The file has no filled rows, so there is nothing to import."))
    if len(raw) == 1 and not limits.header_only:
        raise EmptyFile(translate("Spreadsheet", "The file has a header row but no rows below it, so there is "
                                                 "nothing to import."))
    header_row, header = raw[0]
    width = max(len(values) for _, values in raw)
    header_t = tuple(h.strip() for h in header) + ("",) * (width - len(header))
    rows = tuple((n, tuple(values) + ("",) * (width - len(values))) for n, values in raw[1:])
    return SheetData(file_name=name, header=header_t, rows=rows, header_row=header_row, kind=kind, **extra)


# --------------------------------------------------------------------------------------------- XLSX

# Document type and entity declarations, in UTF-8 or UTF-16 (either byte order), any case.
_DECLARATION = re.compile(rb"<\x00?!\x00?(?i:d\x00?o\x00?c\x00?t|e\x00?n\x00?t\x00?i)")
# Row and cell start tags (any namespace prefix), attributes read quote-aware (">" may sit in a value).
_CELL_TAG = re.compile(rb"""<(?:[A-Za-z_][\w.\-]*:)?(row|c)(?=[\s/>])((?:[^>"']++|"[^"]*+"|'[^']*+')*+)>""")
_ATTR = re.compile(rb"""([\w.:\-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_REF = re.compile(rb"\s*([A-Za-z]{0,4})(\d{0,8})\s*")
# The fast path: the common shape of a sheet, where every cell names its own position.
_CANON_CELL = re.compile(rb'<c r="([A-Z]{1,3})([1-9]\d{0,6})"')
_CANON_ROW = re.compile(rb'<row r="([1-9]\d{0,6})"')
# Anything that could place a cell other than through a plain r="..." (each a cheap scan).
_ODD_CELL = re.compile(rb"<c[\t\r\n/>]")
_PREFIXED = re.compile(rb":(?:c|row)[\s/>]")
_ODD_R = re.compile(rb"r(?:\s+=|=\s+|\s*=\s*')")
_PREFIXED_R = re.compile(rb":r\s*=")
_BROKEN_R = re.compile(rb"[\t\n\r]r\s*=")


def _refuse_unsafe(reason: str) -> RefusedFile:
    return RefusedFile(translate("Spreadsheet", "{reason}; it was refused as unsafe.").format(reason=reason))


def _check_zip(zf: zipfile.ZipFile, limits: _Limits) -> None:
    infos = zf.infolist()
    if len(infos) > MAX_PARTS:
        raise _refuse_unsafe(translate("Spreadsheet", "The workbook has {count} parts, far more than any "
                                                      "spreadsheet").format(count=written_number(len(infos))))
    names = [i.filename for i in infos]
    if len(set(names)) != len(names):
        raise _refuse_unsafe(translate("Spreadsheet", "The workbook holds two parts with the same name (a trick to "
                                                      "hide content)"))
    declared = sum(i.file_size for i in infos)
    if declared > limits.expanded:
        raise _refuse_unsafe(translate("Spreadsheet", "The workbook would expand to {size} when opened").format(
            size=_size_text(declared)))
    for info in infos:
        if info.file_size >= RATIO_APPLIES_FROM and info.file_size > MAX_PART_RATIO * max(info.compress_size, 1):
            times = info.file_size // max(info.compress_size, 1)
            raise _refuse_unsafe(translate("Spreadsheet", "The workbook's part {part} would expand {times} times when "
                                                          "opened (a zip bomb)").format(part=info.filename,
                                                                                        times=written_number(times)))
        if info.flag_bits & 0x1:
            raise RefusedFile(translate("Spreadsheet", "The workbook is encrypted; save it without a password and try "
                                                       "again."))


def _scan_parts(zf: zipfile.ZipFile, keep: set[str], limits: _Limits) -> dict[str, bytes]:
    """Decompress every part in bounded chunks; refuse declarations; return the parts named in ``keep``."""
    kept: dict[str, bytes] = {}
    total = 0
    for info in zf.infolist():
        if info.is_dir():
            continue
        buffer = bytearray() if info.filename in keep else None
        tail = b""
        try:
            with zf.open(info) as part:
                while True:
                    chunk = part.read(_CHUNK)
                    if not chunk:
                        break
                    total += len(chunk)
                    if total > limits.expanded:
                        raise _refuse_unsafe(translate("Spreadsheet", "The workbook would expand to more than {size} "
                                                                      "when opened").format(
                            size=_size_text(limits.expanded)))
                    if _DECLARATION.search(tail + chunk):
                        raise _refuse_unsafe(translate("Spreadsheet", "The workbook's part {part} declares XML "
                                                                      "entities or a document type, which can expand "
                                                                      "without limit").format(part=info.filename))
                    tail = chunk[-32:]
                    if buffer is not None:
                        buffer += chunk
        except (zipfile.BadZipFile, EOFError, OSError, NotImplementedError, RuntimeError) as exc:
            raise RefusedFile(_damaged_workbook(exc)) from None
        if buffer is not None:
            kept[info.filename] = bytes(buffer)
    return kept


def _damaged_workbook(reason: object) -> str:
    return translate("Spreadsheet", "The workbook is damaged and cannot be read ({reason}).").format(reason=reason)


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _xml(data: bytes):
    from defusedxml import ElementTree

    try:
        return ElementTree.fromstring(data)
    except Exception as exc:  # defusedxml refusals and parse errors alike
        raise RefusedFile(_damaged_workbook(type(exc).__name__)) from None


def _rels(data: bytes | None, base: str) -> dict[str, tuple[str, str]]:
    """Relationship id -> (type, part name) of a .rels part whose targets are relative to ``base``."""
    found: dict[str, tuple[str, str]] = {}
    if not data:
        return found
    for rel in _xml(data):
        if _local(rel.tag) != "Relationship" or rel.get("TargetMode") == "External":
            continue
        target = rel.get("Target", "")
        part = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join(base, target))
        found[rel.get("Id", "")] = (rel.get("Type", ""), part)
    return found


def _first_sheet(zf: zipfile.ZipFile, parts: dict[str, bytes]) -> tuple[str, str]:
    """(sheet name, part name) of the first visible worksheet."""
    top = _rels(parts.get("_rels/.rels"), "")
    workbook = next((p for t, p in top.values() if t.endswith("/officeDocument")), "xl/workbook.xml")
    wb_data = _read_small(zf, workbook)
    base = posixpath.dirname(workbook)
    rels = _rels(_read_small(zf, posixpath.join(base, "_rels", posixpath.basename(workbook) + ".rels")), base)
    for sheet in _xml(wb_data).iter():
        if _local(sheet.tag) != "sheet" or sheet.get("state") in ("hidden", "veryHidden"):
            continue
        rid = next((v for k, v in sheet.attrib.items() if _local(k) == "id"), "")
        kind, part = rels.get(rid, ("", ""))
        if kind.endswith("/worksheet") and part:
            return sheet.get("name", ""), part
    raise RefusedFile(translate("Spreadsheet", "The workbook has no visible worksheet to read."))


def _read_small(zf: zipfile.ZipFile, name: str) -> bytes:
    try:
        return zf.read(name)  # already scanned and size-checked
    except KeyError:
        raise RefusedFile(_damaged_workbook(translate("Spreadsheet", "a part is missing"))) from None


def _column_number(letters: bytes) -> int:
    n = 0
    for ch in letters.upper():
        n = n * 26 + (ch - 64)
    return n


def _references(attrs: bytes) -> list[tuple[bytes, bytes]]:
    """The (column letters, row digits) of every attribute named r (with any prefix) in a start tag."""
    if b"r" not in attrs:
        return []
    found = []
    for m in _ATTR.finditer(attrs):
        name = m.group(1)
        if name == b"r" or name.endswith(b":r"):
            value = m.group(2) if m.group(2) is not None else m.group(3)
            ref = _REF.fullmatch(value)
            if ref is None:
                raise _refuse_unsafe(translate("Spreadsheet", "The workbook has a cell reference OPN Desk does not "
                                                              "understand"))
            found.append((ref.group(1), ref.group(2)))
    return found


def _fast_extent(xml: bytes) -> tuple[int, int] | None:
    """An upper bound of the extent when every cell tag is the plain <c r="B7" ...> form, else None.

    Any doubt (a cell without its own reference, a namespace prefix, an r attribute anywhere else,
    even inside text) sends the sheet to the exact scan instead.
    """
    cells = _CANON_CELL.findall(xml)
    if xml.count(b"<c ") != len(cells) or _ODD_CELL.search(xml) or _PREFIXED.search(xml):
        return None
    rows = _CANON_ROW.findall(xml)
    if xml.count(b' r="') != len(cells) + len(rows) or _ODD_R.search(xml) or _PREFIXED_R.search(xml):
        return None
    if (b"\tr" in xml or b"\nr" in xml or b"\rr" in xml) and _BROKEN_R.search(xml):
        return None
    if b'"r' in xml or b"'r" in xml:  # an attribute glued to the previous one's quote
        return None
    if not cells:
        return 0, 0
    letters = max((len(a), a) for a in {a for a, _ in cells})[1]
    digits = max((len(d), d) for d in {d for _, d in cells} | set(rows))[1]
    last_row = int(digits)
    return last_row, _column_number(letters)


def sheet_extent(xml: bytes) -> tuple[int, int]:
    """(last row, last column), 1-based, that calamine would allocate for this worksheet XML.

    calamine allocates the whole rectangle up to the farthest cell, so this is checked before it
    reads. It follows calamine's reading, erring on the large side: a cell's own reference wins; a
    cell without one follows the previous cell of its row; a row without a number follows the
    previous row. Empty self-closing cells hold no value and are not placed.
    """
    max_row = max_col = 0
    row = 0
    col = 0
    for match in _CELL_TAG.finditer(xml):
        tag, attrs = match.group(1), match.group(2)
        refs = _references(attrs)
        if tag == b"row":
            numbers = [int(digits) for _, digits in refs if digits]
            row = max(numbers) if numbers else row + 1
            col = 0
            continue
        letters = [_column_number(a) for a, _ in refs if a]
        numbers = [int(d) for _, d in refs if d]
        col = max(letters) if letters else col + 1
        if numbers:
            row = max(numbers)
        if attrs.rstrip().endswith(b"/"):
            continue
        if row > max_row:
            max_row = row
        if col > max_col:
            max_col = col
    return max_row, max_col


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            return ""
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return repr(value)
    if isinstance(value, datetime):
        if value.time() == time(0):
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="minutes" if value.second == 0 else "seconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.isoformat(timespec="minutes" if value.second == 0 else "seconds")
    if isinstance(value, timedelta):
        return str(value)
    return str(value)


def _read_xlsx(name: str, data: bytes, limits: _Limits) -> SheetData:
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise RefusedFile(translate("Spreadsheet", "The file is not a readable .xlsx workbook ({reason}).").format(
            reason=exc)) from None
    with zf:
        _check_zip(zf, limits)
        # Pass 1 keeps the small package parts; the chosen sheet is known once they are read.
        parts = _scan_parts(zf, {"_rels/.rels"}, limits)
        sheet_name, sheet_part = _first_sheet(zf, parts)
        sheet_xml = _read_small(zf, sheet_part)
    extent = _fast_extent(sheet_xml)
    if extent is None or extent[0] > limits.rows + 1 or extent[1] > limits.columns:
        extent = sheet_extent(sheet_xml)  # exact (slower): may clear a bound inflated by empty cells
    last_row, last_col = extent
    del sheet_xml
    if last_col > limits.columns:
        raise RefusedFile(translate("Spreadsheet", "The sheet '{sheet}' reaches column {column}; at most {limit} "
                                                   "columns can be read.").format(
            sheet=sheet_name, column=written_number(last_col), limit=written_number(limits.columns)))
    if last_row > limits.rows + 1:
        raise RefusedFile(translate("Spreadsheet", "The sheet '{sheet}' reaches row {row}; at most {limit} rows below "
                                                   "the header can be imported at once, so split it into smaller "
                                                   "files.").format(sheet=sheet_name, row=written_number(last_row),
                                                                    limit=written_number(limits.rows)))
    from python_calamine import CalamineWorkbook

    try:
        workbook = CalamineWorkbook.from_filelike(io.BytesIO(data))
        values = workbook.get_sheet_by_name(sheet_name).to_python(skip_empty_area=False)
    except Exception as exc:  # calamine's own errors: damaged XML, missing parts
        raise RefusedFile(translate("Spreadsheet", "The workbook cannot be read ({reason}).").format(
            reason=f"{type(exc).__name__}: {exc}")) from None
    raw: list[tuple[int, list[str]]] = []
    for index, row in enumerate(values):
        texts = _trimmed([_text(v) for v in row])
        if texts:
            if len(texts) > limits.columns:
                raise RefusedFile(_too_many_columns(index + 1, len(texts), limits.columns))
            raw.append((index + 1, texts))
    if len(raw) > limits.rows + 1:
        raise RefusedFile(translate("Spreadsheet", "The sheet has more than {limit} rows; at most {limit} can be "
                                                   "imported at once, so split it into smaller files.").format(
            limit=written_number(limits.rows)))
    return _table(name, raw, "xlsx", limits, sheet=sheet_name)


# ------------------------------------------------------------------------------------ mappings

def read_mapping(path: Path) -> dict[str, str]:
    """A mapping file: file column -> field. JSON ({"Org name": "organisation", "Notes": ""}) or a
    CSV/XLSX of two columns (file column, field), with or without a "column,field" header row.
    An empty field leaves the column out."""
    import json

    path = Path(path)
    if path.suffix.lower() == ".json":
        try:
            if path.stat().st_size > 2**20:
                raise RefusedFile(translate("Spreadsheet", "The mapping file is larger than 1 MB."))
            data = json.loads(path.read_text(encoding="utf-8-sig"))
        except FileNotFoundError:
            raise RefusedFile(translate("Spreadsheet", "There is no mapping file at {path}.").format(path=path)) from None
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            if isinstance(exc, RefusedFile):
                raise
            raise RefusedFile(translate("Spreadsheet", "The mapping file is not valid JSON ({reason}).").format(
                reason=exc)) from None
        if not isinstance(data, dict) or not all(isinstance(k, str) and (v is None or isinstance(v, str))
                                                 for k, v in data.items()):
            raise RefusedFile(translate("Spreadsheet", 'The mapping file must be a JSON object of "file column": '
                                                       '"field" pairs.'))
        return {k.strip(): (v or "").strip() for k, v in data.items()}
    table = read_table(path, max_file_bytes=2**20, max_rows=MAX_COLUMNS * 2, header_only=True)
    pairs = [table.header] + [values for _, values in table.rows]
    mapping: dict[str, str] = {}
    for index, pair in enumerate(pairs):
        cells = [c.strip() for c in pair] + ["", ""]
        if index == 0 and cells[0].lower() in ("column", "file column", "header") and cells[1].lower() == "field":
            continue
        if cells[0]:
            mapping[cells[0]] = cells[1]
    if not mapping:
        raise RefusedFile(translate("Spreadsheet", "The mapping file maps no columns."))
    return mapping
