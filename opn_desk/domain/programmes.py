"""The One Planet network programmes: the short codes are the command line's names for them."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ProgrammeInfo:
    code: str
    name: str
    active: bool = True


PROGRAMMES: tuple[ProgrammeInfo, ...] = (
    ProgrammeInfo("SPP", "Sustainable Public Procurement"),
    ProgrammeInfo("CI", "Consumer Information"),
    ProgrammeInfo("SFS", "Sustainable Food Systems"),
    ProgrammeInfo("SLE", "Sustainable Lifestyles and Education"),
    ProgrammeInfo("STP", "Sustainable Tourism"),
    # Its work continues through GlobalABC since January 2024 (ToR footnote 1).
    ProgrammeInfo("SBC", "Sustainable Buildings and Construction (former)", active=False),
)


def programme_title(code: str, name: str) -> str:
    """How a programme is named in a sentence or a heading: "SBC – Sustainable Buildings and Construction
    (former)", never the code with the name in brackets (a name may carry brackets of its own)."""
    return f"{code} – {name}" if name else code
