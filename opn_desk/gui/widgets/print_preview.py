"""An in-app preview of a PDF (QtPdf) with page navigation, zoom, printing (QPrinter) and Save as PDF.

Desk officers print dossiers for the MAC and the Board, often just before a meeting and offline, so
the document is looked at, printed or saved without leaving OPN Desk. `print_document` is the one
printing step: the dialog's Print… and the tests (with a QPrinter writing a PDF file) both use it.

Pages are rendered as images at the printer's resolution, capped at `MAX_PRINT_DPI` (an A4 page at a
printer's 1200 dpi would be a 550 MB image). When the printer writes a PDF file, each line of the
page's text is laid invisibly over the image at its place, so the printed file can still be searched
and copied from.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QKeySequence, QPainter, QTransform
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QSplitter,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from opn_desk.gui.core import labels, messages

MAX_PRINT_DPI = 300
ZOOMS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0)
FIT_WIDTH, FIT_PAGE = "fit_width", "fit_page"
_LINES = re.compile(r"[^\r\n]+")


def _tr(text: str) -> str:
    return QCoreApplication.translate("PdfPreview", text)


def preview_available() -> bool:
    """True when this PySide6 has QtPdf (the PySide6-Pdf or PySide6-Addons wheel)."""
    try:
        from PySide6.QtPdf import QPdfDocument  # noqa: F401
        from PySide6.QtPdfWidgets import QPdfView  # noqa: F401
    except ImportError:
        return False
    return True


# -- printing --------------------------------------------------------------------------------------

def print_document(document, printer, pages: Sequence[int] | None = None,
                   progress: Callable[[int, int], bool] | None = None) -> int:
    """Print ``pages`` (0-based; all by default) of a loaded QPdfDocument on ``printer``.

    ``progress(done, total)`` is called before each page; returning False stops. Returns the number of
    pages sent to the printer. Each page is scaled to fit the printable area, keeping its proportions.
    """
    from PySide6.QtPrintSupport import QPrinter

    count = document.pageCount()
    wanted = [p for p in (range(count) if pages is None else pages) if 0 <= p < count]
    if not wanted:
        return 0
    copies = 1 if printer.supportsMultipleCopies() else max(1, printer.copyCount())
    sequence = wanted * copies
    searchable = printer.outputFormat() == QPrinter.OutputFormat.PdfFormat
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(_tr("The printer could not be started."))
    printed = 0
    try:
        for n, page in enumerate(sequence):
            if progress is not None and not progress(n, len(sequence)):
                break
            if n:
                printer.newPage()
            _print_page(document, page, painter, printer.resolution(), searchable)
            printed += 1
    finally:
        painter.end()
    return printed


def _print_page(document, page: int, painter: QPainter, resolution: int, searchable: bool) -> None:
    area = painter.viewport()
    points = document.pagePointSize(page)
    if points.width() <= 0 or points.height() <= 0:
        return
    scale = min(area.width() / points.width(), area.height() / points.height())  # device pixels per point
    width, height = points.width() * scale, points.height() * scale
    target = QRectF(area.x() + (area.width() - width) / 2, area.y() + (area.height() - height) / 2, width, height)
    ratio = min(1.0, MAX_PRINT_DPI / max(1, resolution))
    image = document.render(page, QSize(max(1, round(width * ratio)), max(1, round(height * ratio))))
    painter.drawImage(target, image)
    if searchable:
        _text_layer(document, page, painter, target.topLeft(), scale)


def _text_layer(document, page: int, painter: QPainter, origin: QPointF, scale: float) -> None:
    """Each line of the page's text, invisible, over the place where it is printed."""
    text = document.getAllText(page).text()
    if not text.strip():
        return
    painter.save()
    painter.setPen(QColor(0, 0, 0, 0))
    base = painter.transform()
    fonts: dict[int, tuple[QFont, QFontMetricsF]] = {}  # one font per pixel size: pages use few sizes
    current = None
    for found in _LINES.finditer(text):
        line = found.group(0)
        if not line.strip():
            continue
        box = document.getSelectionAtIndex(page, found.start(), len(line)).boundingRectangle()
        if box.width() <= 0 or box.height() <= 0:
            continue
        size = max(1, round(box.height() * scale * 0.8))
        if size not in fonts:
            font = QFont(painter.font())
            font.setPixelSize(size)
            for tag in ("liga", "clig"):  # "ff" must stay two letters when copied or searched
                font.setFeature(QFont.Tag(tag), 0)
            fonts[size] = (font, QFontMetricsF(font))
        font, metrics = fonts[size]
        advance = metrics.horizontalAdvance(line)
        if advance <= 0:
            continue
        if current != size:
            painter.setFont(font)
            current = size
        # Stretch the line to the width it has on the page, so selecting it in a viewer matches the print.
        painter.setTransform(QTransform(box.width() * scale / advance, 0, 0, 1, origin.x() + box.x() * scale,
                                        origin.y() + box.y() * scale) * base)
        painter.drawText(QPointF(0, metrics.ascent()), line)
    painter.restore()


# -- the dialog ------------------------------------------------------------------------------------

class PdfPreviewDialog(QDialog):
    """The PDF at ``pdf_path`` with its contents (the PDF's bookmarks), pages, zoom, Print… and Save as PDF…."""

    def __init__(self, pdf_path: Path | str, title: str, parent: QWidget | None = None, *,
                 folder: Path | None = None, rebuild: Callable[[], None] | None = None):
        super().__init__(parent)
        self.rebuild = rebuild  # builds the document again (in the language of the document chosen here)
        from PySide6.QtPdf import QPdfBookmarkModel, QPdfDocument
        from PySide6.QtPdfWidgets import QPdfView

        self.path = Path(pdf_path)
        self.title = title
        self.folder = folder or Path.home()
        self.setWindowTitle(title)
        self.setSizeGripEnabled(True)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.resize(1000, 820)
        self.document = QPdfDocument(self)
        self.document.load(str(self.path))
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.bookmarks = QPdfBookmarkModel(self)
        self.bookmarks.setDocument(self.document)
        self._build()
        self._show_page(0)

    @property
    def page_count(self) -> int:
        return self.document.pageCount()

    @property
    def loaded(self) -> bool:
        from PySide6.QtPdf import QPdfDocument

        return self.document.status() == QPdfDocument.Status.Ready

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)
        bar = QHBoxLayout()
        bar.setSpacing(6)
        self.contents_button = QToolButton()
        self.contents_button.setText(self.tr("Contents"))
        self.contents_button.setCheckable(True)
        self.contents_button.setToolTip(self.tr("Show or hide the document's contents"))
        self.previous_button = QToolButton()
        self.previous_button.setText(self.tr("‹ Previous"))
        self.previous_button.setShortcut(QKeySequence(QKeySequence.StandardKey.MoveToPreviousPage))
        self.next_button = QToolButton()
        self.next_button.setText(self.tr("Next ›"))
        self.next_button.setShortcut(QKeySequence(QKeySequence.StandardKey.MoveToNextPage))
        self.page_spin = QSpinBox()
        self.page_spin.setRange(1, max(1, self.page_count))
        self.page_spin.setKeyboardTracking(False)
        self.page_spin.setAccessibleName(self.tr("Page"))
        self.of_label = QLabel(self.tr("of {count}").format(count=self.page_count))
        self.zoom_combo = QComboBox()
        self.zoom_combo.addItem(self.tr("Fit width"), FIT_WIDTH)
        self.zoom_combo.addItem(self.tr("Whole page"), FIT_PAGE)
        for factor in ZOOMS:
            self.zoom_combo.addItem(labels.percent(factor), factor)
        self.zoom_combo.setToolTip(self.tr("Zoom"))
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.save_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        self.close_button = QPushButton(self.tr("Close"))
        bar.addWidget(self.contents_button)
        bar.addSpacing(8)
        bar.addWidget(self.previous_button)
        bar.addWidget(QLabel(self.tr("Page")))
        bar.addWidget(self.page_spin)
        bar.addWidget(self.of_label)
        bar.addWidget(self.next_button)
        bar.addSpacing(8)
        bar.addWidget(self.zoom_combo)
        bar.addStretch(1)
        if self.rebuild is not None:
            from opn_desk.gui.widgets.document_language import language_box

            self.language_combo = language_box(self)
            bar.addWidget(QLabel(self.tr("Language of the document")))
            bar.addWidget(self.language_combo)
            bar.addSpacing(8)
            self.language_combo.currentIndexChanged.connect(lambda _i: self._language_chosen())
        bar.addWidget(self.print_button)
        bar.addWidget(self.save_button)
        bar.addWidget(self.close_button)
        layout.addLayout(bar)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.outline = QTreeView()
        self.outline.setModel(self.bookmarks)
        self.outline.setHeaderHidden(True)
        self.outline.setMinimumWidth(200)
        self.outline.hide()
        self.splitter.addWidget(self.outline)
        self.splitter.addWidget(self.view)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([260, 740])
        layout.addWidget(self.splitter, 1)

        self.contents_button.toggled.connect(self._toggle_contents)
        self.outline.activated.connect(self._bookmark_activated)
        self.outline.clicked.connect(self._bookmark_activated)
        self.previous_button.clicked.connect(lambda: self.go_to(self.current_page - 1))
        self.next_button.clicked.connect(lambda: self.go_to(self.current_page + 1))
        self.page_spin.valueChanged.connect(lambda value: self.go_to(value - 1))
        self.zoom_combo.currentIndexChanged.connect(lambda _i: self._zoom_chosen())
        self.view.pageNavigator().currentPageChanged.connect(self._show_page)
        self.print_button.clicked.connect(self.print_)
        self.save_button.clicked.connect(lambda: self.save_as())
        self.close_button.clicked.connect(self.accept)
        self.contents_button.setEnabled(self.bookmarks.rowCount() > 0)
        if not self.loaded:
            self.of_label.setText(self.tr("(the file could not be read)"))
            for widget in (self.print_button, self.page_spin, self.previous_button, self.next_button):
                widget.setEnabled(False)

    def _language_chosen(self) -> None:
        """Build the document again in the language chosen (it holds for the next documents too)."""
        from opn_desk.gui.widgets.document_language import choose

        choose(self.language_combo.currentData() or "")
        rebuild = self.rebuild
        self.document.close()  # the file is written again (a viewer holding it open would stop that on Windows)
        self.close()  # the new document opens in a preview of its own
        if rebuild is not None:
            rebuild()

    def _toggle_contents(self, shown: bool) -> None:
        page = self.current_page
        self.outline.setVisible(shown)
        # Fit width re-lays the pages out at the new width: stay on the page being read.
        QTimer.singleShot(0, lambda: self.go_to(page))

    # -- pages and zoom ----------------------------------------------------------------------------
    @property
    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def go_to(self, page: int) -> None:
        """Show ``page`` (0-based) at the top of the view."""
        if not 0 <= page < self.page_count:
            return
        navigator = self.view.pageNavigator()
        navigator.jump(page, QPointF(), navigator.currentZoom())
        self._show_page(page)

    def _show_page(self, page: int) -> None:
        self.page_spin.blockSignals(True)
        self.page_spin.setValue(page + 1)
        self.page_spin.blockSignals(False)
        self.previous_button.setEnabled(page > 0)
        self.next_button.setEnabled(page < self.page_count - 1)

    def _zoom_chosen(self) -> None:
        from PySide6.QtPdfWidgets import QPdfView

        value = self.zoom_combo.currentData()
        if value == FIT_WIDTH:
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        elif value == FIT_PAGE:
            self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        else:
            self.view.setZoomMode(QPdfView.ZoomMode.Custom)
            self.view.setZoomFactor(float(value))

    def set_zoom(self, value) -> None:
        """FIT_WIDTH, FIT_PAGE or one of ZOOMS."""
        for i in range(self.zoom_combo.count()):
            if self.zoom_combo.itemData(i) == value:
                self.zoom_combo.setCurrentIndex(i)
                return

    def _bookmark_activated(self, index) -> None:
        from PySide6.QtPdf import QPdfBookmarkModel

        page = index.data(int(QPdfBookmarkModel.Role.Page))
        if isinstance(page, int):
            self.go_to(page)

    # -- printing and saving -----------------------------------------------------------------------
    def print_to(self, printer, pages: Sequence[int] | None = None) -> int:
        """Print on ``printer`` (its page range when it has one); returns the pages printed."""
        from PySide6.QtPrintSupport import QPrinter

        if pages is None:
            if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
                last = printer.toPage() or self.page_count
                pages = range(printer.fromPage() - 1, min(last, self.page_count))
            elif printer.printRange() == QPrinter.PrintRange.CurrentPage:
                pages = [self.current_page]
        wanted = list(range(self.page_count) if pages is None else pages)
        progress = QProgressDialog(self.tr("Printing {title}…").format(title=self.title), self.tr("Cancel"), 0,
                                   max(1, len(wanted)), self)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(500)

        def step(done: int, total: int) -> bool:
            progress.setMaximum(total)
            progress.setValue(done)
            QCoreApplication.processEvents()
            return not progress.wasCanceled()

        try:
            printed = print_document(self.document, printer, wanted, step)
        finally:
            progress.reset()
            progress.deleteLater()
        return printed

    def choose_printer(self):
        """The print dialog; the chosen printer, or None when cancelled. (Tests replace this.)"""
        from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.title)
        printer.setFromTo(1, self.page_count)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print {title}").format(title=self.title))
        dialog.setMinMax(1, max(1, self.page_count))
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintCurrentPage, True)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        return printer if dialog.exec() == QDialog.DialogCode.Accepted else None

    def print_(self) -> None:
        if not self.loaded:
            return
        printer = self.choose_printer()
        if printer is None:
            return
        try:
            self.print_to(printer)
        except OSError as exc:
            messages.show_failure(self, exc)

    def save_as(self, path: Path | None = None) -> Path | None:
        """Copy the PDF to ``path`` (asked for when None); the path saved, or None."""
        if path is None:
            safe = "".join(ch if ch.isalnum() or ch in " -_" else "_" for ch in self.title)[:80].strip()
            name, _ = QFileDialog.getSaveFileName(self, self.tr("Save as PDF"),
                                                  str(self.folder / f"{safe or 'document'}.pdf"),
                                                  self.tr("PDF documents (*.pdf)"))
            if not name:
                return None
            path = Path(name)
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        try:
            if path.resolve() != self.path.resolve():
                shutil.copyfile(self.path, path)
        except OSError as exc:
            messages.show_failure(self, exc)
            return None
        self.folder = path.parent
        return path


def show_pdf(parent: QWidget, path: Path, title: str, *, folder: Path | None = None,
             rebuild: Callable[[], None] | None = None) -> QDialog | None:
    """Show a PDF the desk just wrote: in the in-app preview (pages, contents, Print…, Save as PDF…) where
    QtPdf is available, else in the computer's PDF viewer. Returns the preview, if one was opened.
    With ``rebuild``, the preview offers "Language of the document" and builds it again when changed."""
    if not preview_available():
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            messages.inform(parent, _tr("No program on this computer opens PDF files."),
                            _tr("The PDF was saved as {path}.").format(path=path))
        return None
    dialog = PdfPreviewDialog(path, title, parent, folder=folder or Path(path).parent, rebuild=rebuild)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    dialog.show()
    return dialog


def ask_pdf_path(parent: QWidget, caption: str, folder: Path, stem: str, name: str) -> Path | None:
    """Ask where to save a PDF the desk is about to write: "<stem> - <name>.pdf" in ``folder`` offered
    (the name made safe for every file system); None when the officer cancels."""
    safe = "".join(ch if ch.isalnum() or ch in " -_" else "_" for ch in name)[:60].strip() or "document"
    chosen, _ = QFileDialog.getSaveFileName(parent, caption, str(Path(folder) / f"{stem} - {safe}.pdf"),
                                            _tr("PDF documents (*.pdf)"))
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == ".pdf" else path.with_suffix(".pdf")
