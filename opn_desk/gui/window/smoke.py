"""`opn-desk --smoke` and the start-up measurement: open the desk as the officer would, wait for the
first page, run the checks. Mixed into `DeskApplication` (app.py)."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from opn_desk.i18n import number

SMOKE_TIMEOUT_MS = 60_000  # the desk must open and show its first page within this


def _tr(text: str) -> str:
    return QCoreApplication.translate("DeskApplication", text)


class SmokeChecks:
    """Part of `DeskApplication` (app.py); its user text keeps the context "DeskApplication"."""

    # -- start-up benchmark (tests/benchmarks/run.py) -----------------------------------------------
    def measure_startup(self) -> int:
        """Print, as JSON, seconds from start-up to: the window shown; the registry's first rows
        shown (read ahead, or the registry's own page when they were not); the database open; the
        registry's own first page; the damage check answered. And the resident memory then."""
        import json
        import resource

        from opn_desk import STARTED

        # Shown = painted: measured in `open` right after show() and one pass of events, as the bare
        # PySide6 window the benchmark compares with is measured. The rows likewise: painted.
        shown = self.shown_at - STARTED
        if not self.wait_until_open():
            print(f"OPN Desk: {self.failed or 'the database did not open'}", file=sys.stderr)
            return 2
        opened = time.perf_counter() - STARTED
        window = self.window
        deadline = time.perf_counter() + 120
        while (window.registry_shown_at is None or window.checked_at is None) and time.perf_counter() < deadline:
            QCoreApplication.processEvents()
            time.sleep(0.002)
        if window.registry_shown_at is None or window.checked_at is None:
            print("OPN Desk: the registry or the damage check did not finish in time", file=sys.stderr)
            return 2
        model = window.registry.model
        rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(json.dumps({"window_seconds": shown, "first_rows_seconds": window.first_rows_at - STARTED,
                          "read_ahead": window.first_rows_read_ahead, "open_seconds": opened,
                          "first_page_seconds": window.registry_shown_at - STARTED,
                          "checked_seconds": window.checked_at - STARTED, "damage": len(window.opened.check.damage),
                          "rss_mb": rss_mb, "rows": model.rowCount(), "total": model.total}))
        window.close()
        self.finish_opening()
        return 0

    # -- smoke -------------------------------------------------------------------------------------
    def smoke(self) -> int:
        from PySide6.QtCore import QEventLoop, QTimer

        loop = QEventLoop()
        timer = QTimer(singleShot=True, interval=SMOKE_TIMEOUT_MS)
        timer.timeout.connect(loop.quit)

        def wait_for(done: Callable[[], bool]) -> bool:
            poll = QTimer(interval=20)
            poll.timeout.connect(lambda: loop.quit() if done() else None)
            poll.start()
            timer.start()
            if not done():
                loop.exec()
            poll.stop()
            return done()

        # Open, and wait for the damage check: a damaged file is then opened again, read-only, in a
        # new window, which is the one checked here.
        opened = self.wait_until_open() and wait_for(
            lambda: self.opening or self.window is None or self.window.checked_at is not None)
        if opened and self.opening:
            opened = self.wait_until_open()
        if not opened:
            if self.failed is None:
                print(_tr("OPN Desk: the database did not open within {seconds} s.").format(
                    seconds=SMOKE_TIMEOUT_MS // 1000), file=sys.stderr)
            return 2
        window = self.window
        if window.opened.check.damage:
            print(_tr("OPN Desk: damage found in the database file; it is open read-only: {damage}").format(
                damage="; ".join(window.opened.check.damage[:3])))
        shown = wait_for(lambda: window.isVisible() and window.registry.model.has_loaded)
        model = window.registry.model
        if not shown:
            print(_tr("OPN Desk: the window did not show the registry within {seconds} s.").format(
                seconds=SMOKE_TIMEOUT_MS // 1000), file=sys.stderr)
            window.close()
            return 2
        wait_for(lambda: model.total is not None and not model.loading)
        shown_line = _tr("OPN Desk: {path} (read-only): window shown, {total} organisations, first page of {rows} "
                         "rows loaded.") if window.readonly else _tr(
            "OPN Desk: {path}: window shown, {total} organisations, first page of {rows} rows loaded.")
        print(shown_line.format(path=window.opened.path, total=number(model.total or 0), rows=model.rowCount()))
        result: dict = {}

        def checks(desk):
            from opn_desk.services.checks import run_checks

            return run_checks(desk.store)

        window.runner.run_op(checks, success=lambda problems: result.setdefault("problems", problems),
                             failure=lambda exc: result.setdefault("error", exc))
        wait_for(lambda: bool(result) and window.runner.idle)
        if "error" in result:
            exc = result["error"]
            print(_tr("Checks could not run: {error}").format(error=f"{type(exc).__name__}: {exc}"))
        elif "problems" in result:
            problems = list(result["problems"] or [])
            if not problems:
                print(_tr("Checks: healthy."))
            else:
                print(_tr("Checks: {count} problem(s) found:").format(count=len(problems)))
                for problem in problems:
                    print(f"- {problem}")
        else:
            print(_tr("Checks did not finish in time."))
        window.close()
        self.finish_opening()  # a damaged file may be being opened again, read-only
        return 0
