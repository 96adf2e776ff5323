"""Safe reading of CSV and XLSX: every hostile file kind is refused with a sentence, never a crash or
a hang; formulas are never evaluated; encodings and delimiters are recognised; "NA" stays "NA".

Hostile files are built here, at run time, with zipfile and openpyxl (no binary fixtures)."""

from __future__ import annotations

import codecs
import struct
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from opn_desk.io import spreadsheet
from opn_desk.io.spreadsheet import EmptyFile, RefusedFile, read_mapping, read_table, sheet_extent

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>')
ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
    'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/'
    'main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
    '<sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>')
WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
    'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')


def _cell(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def _sheet(rows_xml: str, prolog: str = "") -> str:
    return (f'<?xml version="1.0" encoding="UTF-8"?>{prolog}<worksheet xmlns="http://schemas.openxmlformats.org/'
            f'spreadsheetml/2006/main"><sheetData>{rows_xml}</sheetData></worksheet>')


def _xlsx(path: Path, sheet_xml: str | bytes, extra: dict[str, str | bytes] | None = None,
          compression: int = zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", compression) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", ROOT_RELS)
        z.writestr("xl/workbook.xml", WORKBOOK)
        z.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        z.writestr("xl/worksheets/sheet1.xml", sheet_xml)
        for name, data in (extra or {}).items():
            z.writestr(name, data)
    return path


def _simple_rows(n: int) -> str:
    rows = [f'<row r="1">{_cell("A1", "organisation")}{_cell("B1", "country")}</row>']
    rows += [f'<row r="{i}">{_cell(f"A{i}", f"Org {i}")}{_cell(f"B{i}", "KEN")}</row>' for i in range(2, n + 2)]
    return "".join(rows)


# ------------------------------------------------------------------------------------- XLSX reading

def test_a_hand_built_workbook_reads_as_strings_with_spreadsheet_row_numbers(tmp_path):
    rows = (f'<row r="1">{_cell("A1", "organisation")}{_cell("B1", "country")}</row>'
            f'<row r="3">{_cell("A3", "Namibia Trust")}{_cell("B3", "NA")}</row>'
            f'<row r="4"><c r="A4"><v>42</v></c><c r="B4"><v>2.5</v></c></row>')
    table = read_table(_xlsx(tmp_path / "f.xlsx", _sheet(rows)))
    assert table.header == ("organisation", "country")
    assert table.kind == "xlsx" and table.sheet == "Data"
    assert table.rows == ((3, ("Namibia Trust", "NA")), (4, ("42", "2.5")))  # blank row 2 left out


def test_openpyxl_workbook_values_dates_and_namibia(tmp_path):
    from datetime import date

    wb = Workbook()
    ws = wb.active
    ws.append(["organisation", "country", "received_on", "phone", "count"])
    ws.append(["Acme", "NA", date(2025, 3, 1), "0042", 7])
    wb.save(tmp_path / "w.xlsx")
    table = read_table(tmp_path / "w.xlsx")
    assert table.rows == ((2, ("Acme", "NA", "2025-03-01", "0042", "7")),)


def test_formulas_are_never_evaluated(tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(["organisation", "statement", "website"])
    # openpyxl writes these as formulas without a cached value: Excel has never calculated them.
    ws.append(["Acme", "=1+1", '=HYPERLINK("http://evil.example/x","click me")'])
    cell = ws.cell(row=3, column=1, value="=2+2")
    cell.data_type = "s"  # text that merely starts with "=" stays text
    wb.save(tmp_path / "formulas.xlsx")
    table = read_table(tmp_path / "formulas.xlsx")
    assert table.rows[0] == (2, ("Acme", "", ""))  # no "2", no link text, no formula text
    assert table.rows[1][1][0] == "=2+2"


def test_a_formula_reads_as_the_value_excel_stored(tmp_path):
    rows = (f'<row r="1">{_cell("A1", "organisation")}{_cell("B1", "country")}</row>'
            '<row r="2"><c r="A2" t="str"><f>CONCAT("Ac","me")</f><v>Acme stored</v></c>'
            '<c r="B2"><f>1+1</f><v>2</v></c></row>')
    table = read_table(_xlsx(tmp_path / "f.xlsx", _sheet(rows)))
    assert table.rows == ((2, ("Acme stored", "2")),)


def test_more_than_50000_rows_are_refused(tmp_path):
    path = _xlsx(tmp_path / "big.xlsx", _sheet(_simple_rows(50_001)))
    with pytest.raises(RefusedFile, match="50,000"):
        read_table(path)
    # 50,000 exactly is fine.
    assert len(read_table(_xlsx(tmp_path / "ok.xlsx", _sheet(_simple_rows(50_000)))).rows) == 50_000


def test_too_many_columns_are_refused(tmp_path):
    from openpyxl.utils import get_column_letter

    cells = "".join(_cell(f"{get_column_letter(i)}1", f"c{i}") for i in range(1, 202))
    with pytest.raises(RefusedFile, match="200 columns"):
        read_table(_xlsx(tmp_path / "wide.xlsx", _sheet(f'<row r="1">{cells}</row>')))


def test_a_far_away_cell_is_refused_before_calamine_sees_it(tmp_path):
    # Two cells at A1 and XFD1048576: calamine would allocate the whole rectangle and abort the process.
    rows = (f'<row r="1">{_cell("A1", "organisation")}</row>'
            f'<row r="1048576">{_cell("XFD1048576", "boom")}</row>')
    path = _xlsx(tmp_path / "sparse.xlsx", _sheet(rows))
    script = f"from opn_desk.io.spreadsheet import read_table\ntry:\n read_table({str(path)!r})\n" \
             "except Exception as e:\n print(type(e).__name__, e)"
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-500:]
    assert done.stdout.startswith("RefusedFile")


@pytest.mark.parametrize("rows_xml", [
    # A cell without its own reference follows the previous one; a row without a number, the previous row.
    '<row r="1"><c t="inlineStr"><is><t>a</t></is></c></row><row r="60000"><c t="inlineStr"><is><t>b</t></is>'
    '</c></row>',
    # A ">" inside an attribute value must not hide the reference that follows it.
    '<row r="1"><c foo=">" r="A70000" t="inlineStr"><is><t>x</t></is></c></row>',
    # Prefixed tags, a duplicated reference attribute, a reference in a prefixed attribute.
    '<x:row r="1"><x:c r="A80000" t="inlineStr"><x:is><x:t>x</x:t></x:is></x:c></x:row>',
    '<row r="1"><c r="A1" r="A90000" t="inlineStr"><is><t>x</t></is></c></row>',
    '<row r="1"><c r="A1" x:r="ZZ5" t="inlineStr"><is><t>x</t></is></c></row>',
])
def test_tricky_cell_positions_are_measured_on_the_large_side(tmp_path, rows_xml):
    with pytest.raises(RefusedFile):
        read_table(_xlsx(tmp_path / "tricky.xlsx", _sheet(rows_xml)))


def test_sheet_extent_follows_calamine():
    xml = _sheet(f'<row r="1">{_cell("A1", "a")}</row><row r="5"><c t="inlineStr"><is><t>x</t></is></c>'
                 '<c t="inlineStr"><is><t>y</t></is></c><c r="XFD5" s="1"/></row>').encode()
    assert sheet_extent(xml) == (5, 2)  # the empty styled cell holds nothing and is not placed
    assert spreadsheet._fast_extent(_sheet(_simple_rows(3)).encode()) == (4, 2)


def test_zip_bomb_by_declared_size_is_refused_before_anything_is_decompressed(tmp_path):
    path = _xlsx(tmp_path / "bomb.xlsx", _sheet(_simple_rows(2)))
    data = bytearray(path.read_bytes())
    # Declare a 2.3 GB sheet in the central directory (what a bomb looks like from outside).
    at = data.find(b"PK\x01\x02" + b"\x00" * 0, 0)
    while at != -1:
        name_len = struct.unpack_from("<H", data, at + 28)[0]
        if bytes(data[at + 46: at + 46 + name_len]) == b"xl/worksheets/sheet1.xml":
            struct.pack_into("<I", data, at + 24, int(2.3 * 2**30))
        at = data.find(b"PK\x01\x02", at + 4)
    path.write_bytes(bytes(data))
    with pytest.raises(RefusedFile) as refused:
        read_table(path)
    assert str(refused.value) == "The workbook would expand to 2.3 GB when opened; it was refused as unsafe."


def test_zip_bomb_by_compression_ratio_is_refused(tmp_path):
    path = _xlsx(tmp_path / "ratio.xlsx", _sheet(_simple_rows(2)), extra={"xl/padding.xml": b"\0" * (30 * 2**20)})
    with pytest.raises(RefusedFile, match="zip bomb"):
        read_table(path)


def test_a_part_that_lies_about_its_size_is_refused(tmp_path):
    path = _xlsx(tmp_path / "liar.xlsx", _sheet(_simple_rows(200)))
    data = bytearray(path.read_bytes())
    at = data.find(b"PK\x01\x02")
    while at != -1:
        name_len = struct.unpack_from("<H", data, at + 28)[0]
        if bytes(data[at + 46: at + 46 + name_len]) == b"xl/worksheets/sheet1.xml":
            struct.pack_into("<I", data, at + 24, 100)  # declares 100 bytes, holds far more
        at = data.find(b"PK\x01\x02", at + 4)
    path.write_bytes(bytes(data))
    with pytest.raises(RefusedFile, match="damaged"):
        read_table(path)


def test_absurd_part_counts_and_duplicate_part_names_are_refused(tmp_path):
    path = _xlsx(tmp_path / "many.xlsx", _sheet(_simple_rows(1)), extra={f"xl/x{i}.xml": "<a/>" for i in range(1001)})
    with pytest.raises(RefusedFile, match="parts"):
        read_table(path)
    path = _xlsx(tmp_path / "twice.xlsx", _sheet(_simple_rows(1)))
    with pytest.warns(UserWarning), zipfile.ZipFile(path, "a") as z:
        z.writestr("xl/worksheets/sheet1.xml", _sheet(_simple_rows(3)))
    with pytest.raises(RefusedFile, match="same name"):
        read_table(path)


BILLION_LAUGHS = ('<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
                  '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>')


@pytest.mark.parametrize("where", ["sheet", "shared", "utf16"])
def test_xml_entity_expansion_is_refused(tmp_path, where):
    if where == "sheet":
        path = _xlsx(tmp_path / "e.xlsx", _sheet(f'<row r="1">{_cell("A1", "&lol3;")}</row>', BILLION_LAUGHS))
    elif where == "shared":
        shared = (f'<?xml version="1.0"?>{BILLION_LAUGHS}<sst xmlns="http://schemas.openxmlformats.org/'
                  'spreadsheetml/2006/main"><si><t>&lol3;</t></si></sst>')
        path = _xlsx(tmp_path / "e.xlsx", _sheet(_simple_rows(1)), extra={"xl/sharedStrings.xml": shared})
    else:
        sheet = codecs.BOM_UTF16_LE + _sheet(_simple_rows(1), BILLION_LAUGHS).replace(
            'encoding="UTF-8"', 'encoding="UTF-16"').encode("utf-16-le")
        path = _xlsx(tmp_path / "e.xlsx", sheet)
    with pytest.raises(RefusedFile, match="entities"):
        read_table(path)


def test_damaged_wrong_and_old_workbooks_are_refused(tmp_path):
    (tmp_path / "cut.xlsx").write_bytes(_xlsx(tmp_path / "x.xlsx", _sheet(_simple_rows(5))).read_bytes()[:300])
    with pytest.raises(RefusedFile):
        read_table(tmp_path / "cut.xlsx")
    (tmp_path / "fake.xlsx").write_text("organisation,country\nAcme,KEN\n")
    with pytest.raises(RefusedFile, match="not an Excel workbook"):
        read_table(tmp_path / "fake.xlsx")
    (tmp_path / "old.xls").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    with pytest.raises(RefusedFile, match=r"\.xlsx"):
        read_table(tmp_path / "old.xls")


def test_oversize_files_are_refused_before_reading(tmp_path):
    path = tmp_path / "huge.csv"
    with path.open("wb") as f:
        f.truncate(51 * 2**20)  # sparse: instant, and never read
    with pytest.raises(RefusedFile) as refused:
        read_table(path)
    assert str(refused.value).startswith("The file is larger than 50 MB")


def test_empty_and_missing_files(tmp_path):
    (tmp_path / "empty.csv").write_bytes(b"")
    with pytest.raises(EmptyFile, match="empty"):
        read_table(tmp_path / "empty.csv")
    with pytest.raises(RefusedFile, match="no file"):
        read_table(tmp_path / "missing.csv")


@pytest.mark.parametrize("content", [
    "organisation,country\n",  # a header only
    "organisation,country",  # without its line end
    "\ufefforganisation;country\r\n\r\n;\r\n",  # BOM, semicolons, then blank rows
    "organisation,country\n,\n  ,  \n\n",  # blank and space-only rows below the header
])
def test_a_csv_with_a_header_and_no_rows_is_refused(tmp_path, content):
    path = tmp_path / "partners.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(EmptyFile) as refused:
        read_table(path)
    assert str(refused.value) == "The file has a header row but no rows below it, so there is nothing to import."


@pytest.mark.parametrize("content", ["\n\n\n", ",,,\n,,\n", "   \n"])
def test_a_csv_of_blank_rows_is_refused(tmp_path, content):
    path = tmp_path / "blank.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(EmptyFile, match="no filled rows"):
        read_table(path)


def test_an_xlsx_with_a_header_and_no_rows_is_refused(tmp_path):
    header = f'<row r="1">{_cell("A1", "organisation")}{_cell("B1", "country")}</row><row r="2"/><row r="3"/>'
    with pytest.raises(EmptyFile, match="header row but no rows"):
        read_table(_xlsx(tmp_path / "header.xlsx", _sheet(header)))
    with pytest.raises(EmptyFile, match="no filled rows"):
        read_table(_xlsx(tmp_path / "blank.xlsx", _sheet("")))
    book = Workbook()
    book.active.append(["organisation", "country"])
    book.save(tmp_path / "excel.xlsx")
    with pytest.raises(EmptyFile):
        read_table(tmp_path / "excel.xlsx")


def test_one_data_row_is_enough(tmp_path):
    path = tmp_path / "one.csv"
    path.write_text("organisation,country\nAcme,KEN\n", encoding="utf-8")
    assert read_table(path).rows == ((2, ("Acme", "KEN")),)


# ---------------------------------------------------------------------------------------------- CSV

ROWS = [["organisation", "country", "representative_name"], ["Société Générale", "France", "Élodie Müller"],
        ["Московский центр", "Россия", "Ирина"], ["Namibia Trust", "NA", ""]]


def _csv_text(delimiter: str = ",") -> str:
    return "\r\n".join(delimiter.join(r) for r in ROWS) + "\r\n"


@pytest.mark.parametrize("encoding,expected", [
    ("utf-8", "UTF-8"), ("utf-8-sig", "UTF-8 with BOM"), ("utf-16", "UTF-16"), ("utf-16-le", "UTF-16"),
])
def test_csv_unicode_encodings(tmp_path, encoding, expected):
    path = tmp_path / "f.csv"
    path.write_bytes(_csv_text().encode(encoding))
    table = read_table(path)
    assert table.encoding == expected
    assert table.header == ("organisation", "country", "representative_name")
    assert [values for _, values in table.rows] == [tuple(r) for r in ROWS[1:]]
    assert table.rows[2] == (4, ("Namibia Trust", "NA", ""))  # "NA" is Namibia, never a missing value


def test_csv_windows_1252(tmp_path):
    path = tmp_path / "f.csv"
    path.write_bytes("organisation;country\r\nSociété Générale – Agence;Côte d’Ivoire\r\n".encode("cp1252"))
    table = read_table(path)
    assert table.encoding == "Windows-1252" and table.delimiter == ";"
    assert table.rows == ((2, ("Société Générale – Agence", "Côte d’Ivoire")),)


def test_excel_unicode_text_is_utf16_with_tabs(tmp_path):
    path = tmp_path / "f.txt"
    path.write_bytes(codecs.BOM_UTF16_LE + _csv_text("\t").encode("utf-16-le"))
    table = read_table(path)
    assert table.delimiter == "\t" and table.rows[1][1][0] == "Московский центр"


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_delimiter_is_sniffed(tmp_path, delimiter):
    path = tmp_path / "f.csv"
    d = delimiter
    path.write_text(f'organisation{d}country{d}statement\n"Smith, Jones; Partners"{d}KEN{d}"a{d}b"\n',
                    encoding="utf-8")
    table = read_table(path)
    assert table.delimiter == delimiter
    assert table.rows == ((2, ("Smith, Jones; Partners", "KEN", f"a{delimiter}b")),)


def test_csv_row_numbers_count_records_and_blank_lines(tmp_path):
    path = tmp_path / "f.csv"
    path.write_text('organisation,statement\nA,"two\nlines"\n\nB,x\n', encoding="utf-8")
    assert read_table(path).rows == ((2, ("A", "two\nlines")), (4, ("B", "x")))


def test_csv_limits(tmp_path):
    path = tmp_path / "rows.csv"
    path.write_text("organisation\n" + "x\n" * 50_001, encoding="utf-8")
    with pytest.raises(RefusedFile, match="50,000"):
        read_table(path)
    path.write_text(",".join(f"c{i}" for i in range(201)) + "\n", encoding="utf-8")
    with pytest.raises(RefusedFile, match="200"):
        read_table(path)
    path.write_text("organisation\n" + "y" * 200_000 + "\n", encoding="utf-8")
    with pytest.raises(RefusedFile, match="longer than"):
        read_table(path)
    path.write_bytes(b"organisation\x00,country\n\x00\x01\x02,x\n" * 3)
    with pytest.raises(RefusedFile, match="binary"):
        read_table(path)


def test_trailing_empty_columns_do_not_count(tmp_path):
    path = tmp_path / "f.csv"
    path.write_text("organisation,country" + "," * 400 + "\nAcme,KEN" + "," * 400 + "\n", encoding="utf-8")
    assert read_table(path).rows == ((2, ("Acme", "KEN")),)


def test_mapping_files(tmp_path):
    (tmp_path / "m.json").write_text('{"Org name": "organisation", "Notes": null}', encoding="utf-8")
    assert read_mapping(tmp_path / "m.json") == {"Org name": "organisation", "Notes": ""}
    (tmp_path / "m.csv").write_text("column,field\nOrg name,organisation\nNation,country\n", encoding="utf-8")
    assert read_mapping(tmp_path / "m.csv") == {"Org name": "organisation", "Nation": "country"}
    (tmp_path / "bad.json").write_text("[1, 2]", encoding="utf-8")
    with pytest.raises(RefusedFile):
        read_mapping(tmp_path / "bad.json")
    (tmp_path / "one.csv").write_text("Org name,organisation\n", encoding="utf-8")  # one pair: a single row
    assert read_mapping(tmp_path / "one.csv") == {"Org name": "organisation"}


# ------------------------------------------------------------------------------------ never a crash

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=2000), suffix=st.sampled_from([".csv", ".xlsx", ".txt"]))
def test_any_bytes_give_a_table_or_a_refusal(tmp_path, data, suffix):
    path = tmp_path / f"fuzz{suffix}"
    path.write_bytes(data)
    try:
        table = read_table(path)
    except RefusedFile as refused:
        assert str(refused).strip()
    else:
        assert all(len(values) == len(table.header) for _, values in table.rows)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(sheet=st.text(alphabet='<>/="\' rcA1B2Z9x:tv', max_size=300))
def test_any_sheet_xml_gives_a_table_or_a_refusal(tmp_path, sheet):
    path = _xlsx(tmp_path / "fuzz.xlsx", _sheet(sheet))
    try:
        read_table(path)
    except RefusedFile as refused:
        assert str(refused).strip()
