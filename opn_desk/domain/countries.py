"""Country status rules: the LDC list changes over time, so status is always as of a date."""

from __future__ import annotations

from datetime import date


def ldc_on(ldc_from: date | None, ldc_until: date | None, as_of: date) -> bool:
    """Whether a country was a Least Developed Country on ``as_of``.

    ``ldc_until`` is the graduation date: from that day on the country is no longer an LDC.
    """
    if ldc_from is None or as_of < ldc_from:
        return False
    return ldc_until is None or as_of < ldc_until
