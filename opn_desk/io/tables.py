"""Writing tables to CSV or XLSX safely: formula-looking text stays text, files appear whole.

The file is written beside its destination and moved into place at the end, so a failed or
cancelled export never leaves half a file under the user's chosen name.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from opn_desk.domain.text import spreadsheet_safe
from opn_desk.domain.work import Cancelled  # noqa: F401 - what ``tick`` raises to stop
from opn_desk.i18n import translate


def _temp_for(path: Path) -> Path:
    return path.with_name(f".{path.name}.partial")


def write_table(path: Path, columns: Sequence[str], rows: Iterable[Sequence[object]], *,
                tick: Callable[[int], None] | None = None) -> int:
    """Write ``rows`` under ``columns`` to ``path`` (.csv or .xlsx); returns the number of rows.

    ``tick(n)`` is called every 1,000 rows; it may raise `Cancelled` to stop (nothing is kept).
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise ValueError(translate("Spreadsheet", "{name}: only .csv and .xlsx can be written").format(name=path.name))
    temp = _temp_for(path)
    try:
        count = (_write_csv if suffix == ".csv" else _write_xlsx)(temp, columns, rows, tick)
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return count


def _write_csv(path: Path, columns, rows, tick) -> int:
    count = 0
    # UTF-8 with BOM so Excel on Windows reads accents and non-Latin scripts correctly.
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(columns)
        for row in rows:
            writer.writerow([spreadsheet_safe(v) for v in row])
            count += 1
            if tick and count % 1000 == 0:
                tick(count)
    return count


def _write_xlsx(path: Path, columns, rows, tick) -> int:
    from opn_desk.io.xlsx import write_xlsx

    return write_xlsx(path, columns, rows, tick=tick)
