"""Long work that the officer may stop: the one exception and the one check.

Work that offers Cancel takes an ``abort() -> bool`` callable and calls `stop_if_asked(abort)` between
its steps; a stopped operation raises `Cancelled` before writing anything (a database write rolls back,
a file is written under a temporary name and only renamed when whole).
"""

from __future__ import annotations

from collections.abc import Callable


class Cancelled(Exception):
    """The officer pressed Cancel; nothing was written."""


def stop_if_asked(abort: Callable[[], bool] | None) -> None:
    if abort is not None and abort():
        raise Cancelled()
