"""The in-app PDF preview: pages and contents, zoom, printing through a QPrinter (a PDF printer here, so
no print dialog and no real printer are involved) and Save as PDF."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtPdf", reason="this PySide6 has no QtPdf")

needs_poppler = pytest.mark.skipif(not shutil.which("pdftotext") or not shutil.which("qpdf"),
                                   reason="needs poppler-utils (pdftotext) and qpdf")
WORDS = ["Kickoff agenda", "Budget summary", "Candidate Alpha Foundation", "Board submission"]


@pytest.fixture
def sample_pdf(tmp_path) -> Path:
    """Four pages, one heading each, with a bookmark per page."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "sample.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4)
    for n, words in enumerate(WORDS, start=1):
        pdf.setFont("Helvetica", 20)
        pdf.drawString(72, 760, words)
        pdf.setFont("Helvetica", 11)
        pdf.drawString(72, 730, f"This is page {n} of {len(WORDS)}.")
        pdf.bookmarkPage(f"p{n}")
        pdf.addOutlineEntry(words, f"p{n}", level=0)
        pdf.showPage()
    pdf.save()
    return path


@pytest.fixture
def preview(qtbot, sample_pdf, tmp_path):
    from opn_desk.gui.widgets.print_preview import PdfPreviewDialog

    dialog = PdfPreviewDialog(sample_pdf, "Sample dossier", folder=tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def pdf_printer(path: Path, resolution: int = 72):
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setResolution(resolution)
    return printer


def pages_of(path: Path) -> list[str]:
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True,
                          timeout=60).stdout
    return [" ".join(page.split()) for page in text.split("\f")[:-1]]


def test_pages_contents_and_zoom(preview, qtbot):
    from PySide6.QtPdfWidgets import QPdfView

    from opn_desk.gui.widgets.print_preview import FIT_PAGE, FIT_WIDTH

    assert preview.loaded and preview.page_count == 4
    assert preview.windowTitle() == "Sample dossier"
    assert preview.of_label.text() == "of 4"
    assert preview.page_spin.value() == 1 and not preview.previous_button.isEnabled()
    preview.next_button.click()
    assert preview.current_page == 1 and preview.page_spin.value() == 2
    preview.page_spin.setValue(4)
    assert preview.current_page == 3 and not preview.next_button.isEnabled()
    preview.go_to(99)  # out of range: stays
    assert preview.current_page == 3

    assert preview.view.zoomMode() == QPdfView.ZoomMode.FitToWidth  # fit width by default
    preview.set_zoom(1.5)
    assert preview.view.zoomMode() == QPdfView.ZoomMode.Custom and preview.view.zoomFactor() == 1.5
    preview.set_zoom(FIT_PAGE)
    assert preview.view.zoomMode() == QPdfView.ZoomMode.FitInView
    preview.set_zoom(FIT_WIDTH)
    assert preview.view.zoomMode() == QPdfView.ZoomMode.FitToWidth

    assert preview.bookmarks.rowCount() == 4 and preview.contents_button.isEnabled()
    preview.contents_button.setChecked(True)
    assert preview.outline.isVisible()
    third = preview.bookmarks.index(2, 0)
    assert third.data() == WORDS[2]
    preview.outline.clicked.emit(third)
    assert preview.current_page == 2


@needs_poppler
def test_print_to_a_pdf_printer_keeps_every_page_and_its_text(preview, tmp_path):
    out = tmp_path / "printed.pdf"
    assert preview.print_to(pdf_printer(out)) == 4
    assert subprocess.run(["qpdf", "--check", str(out)], capture_output=True, timeout=60).returncode == 0
    pages = pages_of(out)
    assert len(pages) == 4
    for words, page in zip(WORDS, pages, strict=True):
        assert words in page  # the invisible text layer over each printed image


@needs_poppler
def test_print_a_page_range_and_the_current_page(preview, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    out = tmp_path / "range.pdf"
    printer = pdf_printer(out)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    assert preview.print_to(printer) == 2
    pages = pages_of(out)
    assert len(pages) == 2 and WORDS[1] in pages[0] and WORDS[2] in pages[1]

    preview.go_to(3)
    current = tmp_path / "current.pdf"
    printer = pdf_printer(current)
    printer.setPrintRange(QPrinter.PrintRange.CurrentPage)
    assert preview.print_to(printer) == 1
    assert WORDS[3] in pages_of(current)[0]


@needs_poppler
def test_print_uses_the_chosen_printer_and_cancel_prints_nothing(preview, tmp_path, monkeypatch):
    out = tmp_path / "chosen.pdf"
    monkeypatch.setattr(preview, "choose_printer", lambda: None)
    preview.print_button.click()
    assert not out.exists()
    monkeypatch.setattr(preview, "choose_printer", lambda: pdf_printer(out))
    preview.print_button.click()
    assert len(pages_of(out)) == 4


def test_save_as_copies_the_pdf(preview, sample_pdf, tmp_path):
    target = tmp_path / "saved" / "copy"
    target.parent.mkdir()
    saved = preview.save_as(target)
    assert saved == target.with_suffix(".pdf")
    assert saved.read_bytes() == sample_pdf.read_bytes()
    assert preview.folder == target.parent


def test_save_as_into_a_missing_folder_says_so(preview, tmp_path, boxes):
    assert preview.save_as(tmp_path / "nowhere" / "copy.pdf") is None
    assert boxes.shown and boxes.shown[0].startswith("The file could not be used")


def test_a_damaged_file_is_said_and_not_printed(qtbot, tmp_path):
    from opn_desk.gui.widgets.print_preview import PdfPreviewDialog

    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4 this is not really a PDF")
    dialog = PdfPreviewDialog(broken, "Broken", folder=tmp_path)
    qtbot.addWidget(dialog)
    assert not dialog.loaded
    assert dialog.of_label.text() == "(the file could not be read)"
    assert not dialog.print_button.isEnabled()
