"""A meeting's agenda: the items with their presenters and the decision sought, the papers (files kept
with the data, opened from here) and the written comments sent in advance on each item."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from opn_desk.gui.core import labels, messages
from opn_desk.gui.core.operations import OperationRunner, WriteOp
from opn_desk.gui.meetings import ops
from opn_desk.gui.meetings.dialogs import AgendaItemDialog, CommentsDialog
from opn_desk.gui.widgets.dialogs import open_submitting
from opn_desk.gui.widgets.style import heading_font
from opn_desk.services import meetings


def _size(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB" if n >= 1024 * 1024 else f"{max(1, round(n / 1024))} KB"


class AgendaTab(QWidget):
    def __init__(self, runner: OperationRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.runner = runner
        self.detail = None
        self.dialog = None
        self.opened: Path | None = None
        self.pdf_shown = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        self.items = QListWidget()
        self.items.setWordWrap(True)
        lv.addWidget(self.items, 1)
        self.add_item_button = QPushButton(self.tr("Add item…"))
        lv.addWidget(self.add_item_button)
        splitter.addWidget(left)
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(8, 0, 0, 0)
        self.item_label = QLabel(self.tr("Choose an agenda item."))
        self.item_label.setWordWrap(True)
        self.item_label.setTextFormat(Qt.TextFormat.RichText)
        self.item_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        rv.addWidget(self.item_label)
        papers_head = QLabel(self.tr("Papers"))
        papers_head.setFont(heading_font(papers_head))
        rv.addWidget(papers_head)
        self.papers = QListWidget()
        rv.addWidget(self.papers, 1)
        row = QHBoxLayout()
        self.open_button = QPushButton(self.tr("Open"))
        self.add_paper_button = QPushButton(self.tr("Add paper…"))
        row.addWidget(self.open_button)
        row.addWidget(self.add_paper_button)
        row.addStretch(1)
        rv.addLayout(row)
        comments_head = QLabel(self.tr("Written comments sent in advance"))
        comments_head.setFont(heading_font(comments_head))
        rv.addWidget(comments_head)
        self.comments = QListWidget()
        self.comments.setWordWrap(True)
        rv.addWidget(self.comments, 1)
        self.comment_button = QPushButton(self.tr("Record written comments…"))
        row2 = QHBoxLayout()
        row2.addWidget(self.comment_button)
        row2.addStretch(1)
        rv.addLayout(row2)
        splitter.addWidget(right)
        splitter.setSizes([320, 560])
        layout.addWidget(splitter)
        for b in (self.add_item_button, self.add_paper_button, self.comment_button):
            b.setVisible(not runner.readonly)
        self.items.currentRowChanged.connect(lambda _r: self._show_item())
        self.papers.itemActivated.connect(lambda _i: self.open_paper())
        self.open_button.clicked.connect(self.open_paper)
        self.add_item_button.clicked.connect(self.add_item)
        self.add_paper_button.clicked.connect(lambda: self.add_paper())
        self.comment_button.clicked.connect(self.add_comments)
        self._show_item()

    def show_detail(self, detail) -> None:
        keep = self.items.currentRow()
        self.detail = detail
        self.items.blockSignals(True)
        self.items.clear()
        for item in detail.items if detail else ():
            papers = len(item.papers)
            line = f"{item.position}. {item.title}"
            if papers:
                line += " · " + self.tr("papers: {n}").format(n=papers)
            self.items.addItem(QListWidgetItem(line))
        self.items.blockSignals(False)
        if detail and detail.items:
            self.items.setCurrentRow(min(max(keep, 0), len(detail.items) - 1))
        self._show_item()

    def current(self):
        row = self.items.currentRow()
        return self.detail.items[row] if self.detail and 0 <= row < len(self.detail.items) else None

    def _show_item(self) -> None:
        item = self.current()
        editable = not self.runner.readonly
        self.add_item_button.setEnabled(editable and self.detail is not None and not self.detail.minutes_approved)
        for b in (self.add_paper_button, self.comment_button):
            b.setEnabled(editable and item is not None)
        self.papers.clear()
        self.comments.clear()
        if item is None:
            self.item_label.setText(self.tr("Choose an agenda item."))
            self.open_button.setEnabled(False)
            return
        e = html.escape
        parts = [f"<h3>{item.position}. {e(item.title)}</h3>"]
        if item.presenter:
            label = self.tr("Presenter")  # outside the f-string: lupdate reads only plain calls
            parts.append(f"<p><b>{e(label)}:</b> {e(item.presenter)}</p>")
        if item.decision_sought:
            label = self.tr("Decision sought")
            parts.append(f"<p><b>{e(label)}:</b> {e(item.decision_sought)}</p>")
        self.item_label.setText("".join(parts))
        for paper in item.papers:
            entry = QListWidgetItem(f"{paper.title} ({paper.filename}, {_size(paper.size)})")
            entry.setData(Qt.ItemDataRole.UserRole, paper)
            self.papers.addItem(entry)
        if item.papers:
            self.papers.setCurrentRow(0)
        self.open_button.setEnabled(bool(item.papers))
        for c in item.comments:
            self.comments.addItem(f"{c.organisation} ({labels.day(c.received_on)}): {c.text}")
        if not item.comments:
            self.comments.addItem(self.tr("No written comments on this item."))

    # -- actions -------------------------------------------------------------------------------------
    def add_item(self) -> None:
        if self.detail is None:
            return
        dialog = AgendaItemDialog(self)
        meeting_id = self.detail.id

        def submit() -> None:
            title, presenter, sought = dialog.values()
            WriteOp(self.tr("Add the agenda item {title}").format(title=title.strip()), meetings.add_agenda_item,
                    meeting_id, title, presenter=presenter, decision_sought=sought) \
                .success(dialog.succeeded).failure(dialog.failed).run_in(self.runner, dialog)

        open_submitting(self, dialog, submit)

    def add_paper(self, path: Path | None = None) -> None:
        item = self.current()
        if item is None:
            return
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Add a paper to {item}").format(item=item.title))
            if not chosen:
                return
            path = Path(chosen)
        from opn_desk.gui.widgets.attachments import read_attachment_file

        try:
            content = read_attachment_file(path)
        except Exception as exc:  # noqa: BLE001 - the file's problem in one sentence
            messages.show_failure(self, exc)
            return
        WriteOp(self.tr("Add the paper {name}").format(name=path.name), meetings.add_paper, item.id, path.name,
                content).run_in(self.runner, self)

    def open_paper(self) -> None:
        entry = self.papers.currentItem()
        paper = entry.data(Qt.ItemDataRole.UserRole) if entry is not None else None
        if paper is None:
            return

        def opened(path: Path) -> None:
            self.opened = path
            if path.suffix.lower() == ".pdf":
                from opn_desk.gui.widgets.print_preview import show_pdf

                self.pdf_shown = show_pdf(self, path, paper.title)
            elif not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
                messages.inform(self, self.tr("No program on this computer opens {name}.").format(name=path.name))

        ops.export_paper(self.runner, paper.id, success=opened, parent=self)

    def add_comments(self) -> None:
        item = self.current()
        if item is None or self.detail is None:
            return
        dialog = CommentsDialog(self, item.title, [(i.organisation, i.organisation_id) for i in self.detail.invitees],
                                self.detail.held_on)

        def submit() -> None:
            oid, text, received = dialog.values()
            WriteOp(self.tr("Written comments on {item}").format(item=item.title), meetings.add_written_comment,
                    item.id, oid, text, received_on=received) \
                .success(dialog.succeeded).failure(dialog.failed).run_in(self.runner, dialog)

        open_submitting(self, dialog, submit)
