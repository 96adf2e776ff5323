"""The Selection page's actions on a round: pins, seeking, incumbent scores, propose and why-not, rules,
notes, scenarios and the report. Mixed into `SelectionPage` (page.py)."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QInputDialog,
    QMenu,
    QTableWidgetItem,
)

from opn_desk.gui.core import messages
from opn_desk.gui.core.operations import WriteOp
from opn_desk.gui.core.settings import Options
from opn_desk.gui.selection import ops
from opn_desk.gui.selection.pool_model import KEY_ROLE


def _tr(text: str) -> str:
    return QCoreApplication.translate("Selection", text)  # the context these descriptions had in ops.py


def _service():
    from opn_desk.services import selection_round  # imported when first used: the window starts without it

    return selection_round


class SelectionActions:
    """Part of `SelectionPage` (page.py); its user text keeps the context "SelectionPage"."""

    # -- pins, renewal, scores ---------------------------------------------------------------------
    def _context_menu(self, pos: QPoint) -> None:
        key = self._key_at(self.table.indexAt(pos))
        member = self.members.get(key) if key else None
        menu = QMenu(self)
        if member is not None:
            self._menu_actions(menu, member)
            menu.addSeparator()
        menu.addAction(self.export.action)  # the pool as shown (the slate, with "Picked only")
        menu.popup(self.table.viewport().mapToGlobal(pos))
        self._menu = menu

    def _menu_actions(self, menu: QMenu, member) -> dict[str, QAction]:
        """Fill the row menu; returns the actions by name (tests trigger them)."""
        key = member.key
        pin = self.model.pins.get(key)
        picked = key in self.model.picked
        editable = not self.readonly
        actions: dict[str, QAction] = {}

        def add(name: str, text: str, slot, enabled: bool = True) -> None:
            action = menu.addAction(text)
            action.setEnabled(enabled)
            action.triggered.connect(slot)
            actions[name] = action

        add("pick", QCoreApplication.translate("SelectionPage", "Unpick") if picked else QCoreApplication.translate("SelectionPage", "Pick"), lambda: self.model.toggle(key), editable)
        menu.addSeparator()
        add("pin_in", QCoreApplication.translate("SelectionPage", "Pin in (always in a proposal)"), lambda: self.set_pin(key, True),
            editable and pin is not True)
        add("pin_out", QCoreApplication.translate("SelectionPage", "Pin out (never in a proposal)"), lambda: self.set_pin(key, False),
            editable and pin is not False)
        add("unpin", QCoreApplication.translate("SelectionPage", "Remove the pin"), lambda: self.set_pin(key, None), editable and pin is not None)
        menu.addSeparator()
        add("why_not", QCoreApplication.translate("SelectionPage", "Why not {name}?").format(name=member.display_name), lambda: self.why_not(key),
            self.problem is not None)
        if member.status == "incumbent":
            menu.addSeparator()
            add("score", QCoreApplication.translate("SelectionPage", "Score of this incumbent…"), lambda: self.set_incumbent_score(member), editable)
            add("not_seeking", QCoreApplication.translate("SelectionPage", "Does not seek renewal"),
                lambda: self.set_seeking(member, False), editable)
        menu.addSeparator()
        add("open", QCoreApplication.translate("SelectionPage", "Open the organisation"), lambda: self.open_organisation_requested.emit(
            member.organisation_id))
        return actions

    def set_pin(self, key: str, pin: bool | None) -> None:
        value = self.round
        if value is None or self.readonly:
            return
        pins = self.model.pins  # with any pin still being saved: two quick pins must not undo each other
        if pin is None:
            pins.pop(key, None)
        else:
            pins[key] = pin
        name = self.names[key]
        what = (QCoreApplication.translate("SelectionPage", "Remove the pin of {name}") if pin is None else QCoreApplication.translate("SelectionPage", "Pin in {name}") if pin
                else QCoreApplication.translate("SelectionPage", "Pin out {name}")).format(name=name)
        self.model.set_pins(pins)  # shown now; the reload after the save confirms it
        WriteOp(what, _service().set_pin, value.call_id, key, pin) \
            .failure(lambda exc: (messages.show_failure(self, exc), self.reload())).run_in(self.runner, parent=self)

    def set_seeking(self, member, seeking: bool) -> None:
        if self.round is None or self.readonly:
            return
        what = (_tr("{name} seeks renewal") if seeking else _tr("{name} does not seek renewal")).format(name=member.name)
        WriteOp(what, _service().set_seeking_renewal, self.round.call_id, member.organisation_id, seeking) \
            .failure(lambda exc: (messages.show_failure(self, exc), self.reload())).run_in(self.runner, parent=self)

    def _excluded_toggled(self, item: QTableWidgetItem) -> None:
        if item.column() != 0 or self.round is None:
            return
        member = next((m for m in self.round.excluded if m.key == item.data(KEY_ROLE)), None)
        if member is not None and item.checkState() == Qt.CheckState.Checked:
            self.set_seeking(member, True)

    def set_incumbent_score(self, member, score: float | None = None) -> None:
        if self.round is None or self.readonly:
            return
        if score is None:
            score, ok = QInputDialog.getDouble(self, QCoreApplication.translate("SelectionPage", "Score of an incumbent"), QCoreApplication.translate("SelectionPage",
                "{name} did not apply, so it has no review score. The score it is weighed with (0 to 5, like a "
                "weighted review total):").format(name=member.name), member.score, 0, 5, 2)
            if not ok:
                return
        from opn_desk.services.selection_round import set_incumbent_score

        WriteOp(QCoreApplication.translate("SelectionPage", "Score {name}").format(name=member.name), set_incumbent_score,
                self.round.call_id, member.organisation_id, score).run_in(self.runner, parent=self)

    # -- the optimiser -----------------------------------------------------------------------------
    def answer_reset(self) -> None:
        self.answer.reset()

    def propose(self) -> None:
        if self.problem is None:
            return
        problem = self.problem
        self._proposing = True
        self.propose_button.setEnabled(False)

        def finished() -> None:
            self._proposing = False
            self._update_actions()

        def done(proposal) -> None:
            finished()
            if proposal is None or problem is not self.problem:
                return  # cancelled, or the round changed while it ran
            if proposal.slate is not None:
                self.answer.show_proposal(proposal, self.names, self.members, self.model.picked)
            else:
                self.answer.show_explanation(proposal.explanation, self.names, self.members)
            self.tabs.setCurrentWidget(self.answer)
            self.answered.emit(self.answer.kind)

        def failed(exc: BaseException) -> None:
            finished()
            messages.show_failure(self, exc)

        ops.propose(self.runner, problem, success=done, failure=failed, cancelled=finished, parent=self)

    def why_not(self, key: str) -> None:
        if self.problem is None or key not in self.problem.index:
            return
        problem = self.problem

        def done(answer) -> None:
            if answer is None or problem is not self.problem:
                return
            self.answer.show_why_not(answer, self.names, self.members)
            self.tabs.setCurrentWidget(self.answer)
            self.answered.emit(self.answer.kind)

        ops.why_not(self.runner, problem, key, success=done, parent=self)

    # -- rules, notes ------------------------------------------------------------------------------
    def _attribute_values(self) -> dict[str, list[str]]:
        values: dict[str, set[str]] = {}
        if self.round is None:
            return {}
        for m in self.round.pool:
            attributes = m.attributes() if hasattr(m, "attributes") else {}
            for k, v in attributes.items():
                if k != "name" and v:
                    values.setdefault(k, set()).add(v)
        return {k: sorted(v, key=str.casefold) for k, v in values.items()}

    def edit_rules(self) -> None:
        from opn_desk.gui.selection.rules_editor import RulesDialog, tor_defaults

        value = self.round
        if value is None:
            return
        if self.rules_dialog is not None and self.rules_dialog.isVisible():
            self.rules_dialog.raise_()
            return
        incumbents = any(m.incumbent for m in (*value.pool, *value.excluded))
        dialog = RulesDialog(self, seats=value.seats, rules=value.rules, values=self._attribute_values(),
                             readonly=self.readonly,
                             defaults=lambda seats: tor_defaults(seats, with_continuity=incumbents))
        self.rules_dialog = dialog

        def save(seats: int, rules: list) -> None:
            current = self.round
            WriteOp(QCoreApplication.translate("SelectionPage", "Seats and balance rules of {call}").format(call=current.call_title),
                    _service().set_rules, current.call_id, seats=seats, rules=[dict(r) for r in rules]) \
                .success(dialog.succeeded).failure(dialog.failed).run_in(self.runner, parent=dialog)

        dialog.save_requested.connect(save)
        dialog.finished.connect(lambda _r: setattr(self, "rules_dialog", None) if self.rules_dialog is dialog
                                else None)
        dialog.open()

    def _notes_edited(self) -> None:
        changed = self.round is not None and self.notes.toPlainText().strip() != (self.round.notes or "").strip()
        self.save_notes_button.setEnabled(changed and not self.readonly)

    def save_notes(self) -> None:
        value = self.round
        if value is None or self.readonly:
            return
        text = self.notes.toPlainText()
        self.save_notes_button.setEnabled(False)
        WriteOp(QCoreApplication.translate("SelectionPage", "Notes on {call}").format(call=value.call_title),
                _service().set_notes, value.call_id, text) \
            .failure(lambda exc: (messages.show_failure(self, exc), self._notes_edited())).run_in(self.runner, parent=self)

    # -- scenarios ---------------------------------------------------------------------------------
    def show_scenarios(self) -> None:
        from opn_desk.gui.selection.scenarios_dialog import ScenariosDialog

        if self.round is None:
            return
        if self.scenarios_dialog is not None:
            self.scenarios_dialog.show()
            self.scenarios_dialog.raise_()
            self._refresh_scenarios()
            return
        dialog = ScenariosDialog(self, readonly=self.readonly)
        self.scenarios_dialog = dialog
        dialog.save_requested.connect(self._save_scenario)
        dialog.delete_requested.connect(self._delete_scenario)
        dialog.use_requested.connect(self.use_slate)
        self._refresh_scenarios()
        dialog.show()

    def _refresh_scenarios(self) -> None:
        dialog = self.scenarios_dialog
        if dialog is None or self.round is None:
            return
        dialog.setWindowTitle(QCoreApplication.translate("SelectionPage", "Scenarios of {call}").format(call=self.round.call_title))
        dialog.set_round(self.round.scenarios, self.problem, self.model.picked, self.names.as_dict())

    def _save_scenario(self, name: str) -> None:
        dialog = self.scenarios_dialog
        if self.round is None or dialog is None:
            return
        self.flush_picks()
        WriteOp(_tr("Save scenario {name}").format(name=name.strip()), _service().save_scenario, self.round.call_id,
                name, list(self.model.picked), notes="") \
            .success(lambda outcome: dialog.saved(getattr(outcome, "value", None))).failure(dialog.failed) \
            .run_in(self.runner, parent=dialog)

    def _delete_scenario(self, scenario_id: uuid.UUID, name: str) -> None:
        if not messages.confirm(self.scenarios_dialog or self, QCoreApplication.translate("SelectionPage", "Delete the scenario {name}?").format(name=name),
                                QCoreApplication.translate("SelectionPage", "Delete")):
            return
        WriteOp(_tr("Delete scenario {name}").format(name=name), _service().delete_scenario, scenario_id) \
            .run_in(self.runner, parent=self.scenarios_dialog)

    # -- the report --------------------------------------------------------------------------------
    def _folder(self) -> Path:
        folder = Path(self.settings.get(Options.LAST_FOLDER) or Path.home())
        return folder if folder.is_dir() else Path.home()

    def write_report(self, path: Path | None = None, *, picked: bool | None = None, final: bool = False) -> None:
        """The selection report (PDF) of the proposed slate, or of the hand-picked one (asked when there
        are picks); says so plainly when the report is not part of this version."""
        value = self.round
        if value is None:
            return
        self.flush_picks()
        if picked is None:
            picked = False
            if self.model.picked:
                answer = messages.choose(self, QCoreApplication.translate("SelectionPage", "Which slate should the report show?"), [
                    QCoreApplication.translate("SelectionPage", "The proposed slate"), QCoreApplication.translate("SelectionPage", "My picks ({n})").format(n=len(self.model.picked)),
                    QCoreApplication.translate("SelectionPage", "Cancel")], detail=QCoreApplication.translate("SelectionPage", "The proposed slate is the best total score that meets every "
                                                       "rule; your picks are checked against the same rules."),
                    default=0, escape=2)
                if answer == 2:
                    return
                picked = answer == 1
        from opn_desk.gui.widgets.print_preview import ask_pdf_path, show_pdf

        if path is None:
            path = ask_pdf_path(self, QCoreApplication.translate("SelectionPage", "Save the selection report"), self._folder(),
                                QCoreApplication.translate("SelectionPage", "selection report"), value.call_title)
            if path is None:
                return
        self.settings.set(Options.LAST_FOLDER, str(path.parent))

        def written(pages) -> None:
            if pages is None:  # cancelled between reading and writing
                return
            self.last_report = path
            self.runner.message.emit(QCoreApplication.translate("SelectionPage", "Wrote {path} ({pages} pages)").format(path=path, pages=pages))
            self.pdf_shown = show_pdf(self, path, QCoreApplication.translate("SelectionPage", "Selection report: {call}").format(call=value.call_title),
                                      rebuild=lambda: self.write_report(path, picked=picked, final=final))  # the document's language

        ops.write_report(self.runner, value.call_id, path, picked=picked, final=final, success=written, parent=self)
