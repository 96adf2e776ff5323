"""The Qt binding itself must be sound for a long session: PySide6 6.12.0 on Python 3.11 dropped a
reference to None on every call of a void Qt method, and the process aborted after some ten thousand
clicks. pyproject.toml keeps that release out; this keeps it out for good."""

from __future__ import annotations

import sys

import pytest


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12: nothing to count")
def test_void_qt_calls_leave_none_alone(qtbot):
    from PySide6.QtWidgets import QLabel

    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("x")
    assert sys.getrefcount(None) >= before - 50  # other threads may hold a few; 2000 lost would be the bug


def test_the_in_app_pdf_preview_is_available():
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPdfWidgets import QPdfView

    assert QPdfDocument is not None and QPdfView is not None
