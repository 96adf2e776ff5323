"""What the optimiser answered, in plain words: the proposed slate and its alternates; or, when the
rules cannot all be met, why (arithmetic, every separate conflict among the rules and what dropping
settles them, the closest workable slate and what it relaxes); or the answer to "Why not X?".

Every answer carries the slate it is about, and one button takes that slate as the picks.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from opn_desk.gui.core import labels
from opn_desk.gui.selection.balance_panel import BROKEN, MET, STATE_COLOURS
from opn_desk.gui.selection.words import Names


def _tr(text: str) -> str:
    return QCoreApplication.translate("SelectionProposal", text)


def score_text(score: float) -> str:
    """Two decimals, as the pool and the reports show scores (4.56, never 4.5555)."""
    return labels.decimal(round(score, 2) + 0.0)


def _ties() -> str:
    return _tr("When two slates have the same best score, a fixed order of the candidates settles it, so the same "
               "pool and rules always give the same slate.")


def _list(items) -> str:
    return "<ul style='margin-top:2px; margin-left:-18px'>" + "".join(f"<li>{escape(i)}</li>" for i in items) + "</ul>"


def _heading(text: str) -> str:
    return f"<p style='margin-top:10px; margin-bottom:2px'><b>{escape(text)}</b></p>"


def _settlement(settlement) -> list[str]:
    """What dropping settles the conflicts, as the library proved it (explain.Settlement)."""
    if settlement is None:
        return []
    # already loaded: the settlement comes from it
    from opn_desk.selection.explain import ALL, ANY, IT, ONE_EACH, SOME

    listed = "; ".join(settlement.drops)
    kind = settlement.kind
    if kind == IT:
        return [_tr("Once it is dropped, every other rule can be met.")]
    if kind == ANY:
        return [_tr("Dropping any one of them settles it: the other rules can then all be met.")]
    if kind == SOME:
        return [_tr("Dropping one of these alone settles it (the other rules can then all be met): {rules}.").format(
                    rules=listed),
                _tr("Dropping one of these alone does not, as other rules conflict too: {rules}.").format(
                    rules="; ".join(settlement.not_alone))]
    if kind == ALL:
        return [_tr("Dropping any one of them alone does not settle it, as other rules conflict too; dropping all "
                    "of them does: the other rules can then all be met.")]
    if kind == ONE_EACH:
        return [_tr("Dropping these rules, one from each conflict, settles it (the other rules can then all be "
                    "met): {rules}.").format(rules=listed)]
    return [_tr("Dropping these rules settles it (the other rules can then all be met): {rules}.").format(
        rules=listed)]


class AnswerPanel(QWidget):
    """The latest answer; `use_slate(ids)` when the officer takes its slate as the picks."""

    use_slate = Signal(tuple)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.kind = ""  # "proposal", "explanation", "why_not" or ""
        self.slate_ids: tuple[str, ...] = ()
        self.sentences: list[str] = []  # the answer's sentences, as shown
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.headline = QLabel()
        self.headline.setWordWrap(True)
        self.headline.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body = QTextBrowser()
        self.body.setOpenLinks(False)
        self.body.hide()
        row = QHBoxLayout()
        self.use_button = QPushButton(_tr("Use this slate"))
        self.use_button.hide()
        self.use_button.clicked.connect(lambda: self.use_slate.emit(self.slate_ids))
        row.addStretch(1)
        row.addWidget(self.use_button)
        layout.addWidget(self.headline)
        layout.addWidget(self.body, 1)
        layout.addLayout(row)
        self.editable = True
        self.reset()

    def reset(self) -> None:
        self.kind = ""
        self.slate_ids = ()
        self.sentences = []
        self.headline.setFont(self.font())
        self.headline.setStyleSheet("")
        self.headline.setText(_tr("Press Propose for the slate with the best total score that meets every rule, "
                                  "or right-click a candidate and ask why it is not in that slate."))
        self.body.hide()
        self.use_button.hide()

    def stale(self, note: str) -> None:
        """The answer no longer fits the round: say so above it and offer its slate no more."""
        self.kind = "stale"
        self.slate_ids = ()
        self.use_button.hide()
        self.headline.setStyleSheet("")
        self.headline.setText(note)

    def set_editable(self, editable: bool) -> None:
        self.editable = editable
        self.use_button.setEnabled(editable)
        self.use_button.setToolTip("" if editable else _tr("This database is open read-only."))

    def _show(self, kind: str, headline: str, state: str, html: str, sentences: list[str],
              slate: tuple[str, ...], button: str) -> None:
        self.kind = kind
        self.slate_ids = slate
        self.sentences = sentences
        ink = STATE_COLOURS[state][0] if state else ""
        font = QFont(self.headline.font())
        font.setBold(True)
        self.headline.setFont(font)
        self.headline.setStyleSheet(f"color: {ink};" if ink else "")
        self.headline.setText(headline)
        self.body.setHtml(html)
        self.body.show()
        self.use_button.setText(button)
        self.use_button.setVisible(bool(slate))

    def _slate_table(self, slate_ids, members: dict) -> str:
        cell = "<th align='left' style='padding-right:10px'>{}</th>"
        rows = ["<tr>" + "".join(cell.format(escape(t)) for t in (
            _tr("Organisation"), _tr("Regional group"), _tr("Cluster"), _tr("Gender"), "", _tr("Score"))) + "</tr>"]
        for key in slate_ids:
            m = members.get(key)
            if m is None:
                continue
            rows.append("<tr>" + "".join(f"<td style='padding-right:10px; padding-bottom:3px'>{escape(t)}</td>"
                                         for t in (
                m.display_name, labels.regional_group(m.regional_group or None), labels.cluster(m.cluster),
                labels.gender(m.representative_gender), _tr("incumbent") if m.incumbent else "",
                score_text(m.score))) + "</tr>")
        return "<table cellspacing='0'>" + "".join(rows) + "</table>"

    @staticmethod
    def _ordered(ids, members: dict) -> list[str]:
        """Best score first, then name: how the officer reads a slate."""
        return sorted(ids, key=lambda k: (-(members[k].score if k in members else 0),
                                          members[k].name.casefold() if k in members else k))

    def show_proposal(self, proposal, names: Names, members: dict, picked) -> None:
        slate = proposal.slate
        ids = self._ordered(slate.ids, members)
        headline = _tr("Proposed slate: {n} candidates, total score {score}; every rule is met.").format(
            n=len(ids), score=score_text(slate.score))
        picked = set(picked)
        joining = [k for k in ids if k not in picked]
        leaving = [k for k in picked if k not in set(ids)]
        sentences = [headline]
        html = self._slate_table(ids, members)
        if picked:
            if joining or leaving:
                change = _tr("Against your picks: {joining} in; {leaving} out.").format(
                    joining=names.many(joining) or _tr("nobody"), leaving=names.many(leaving) or _tr("nobody"))
            else:
                change = _tr("It is the slate you picked.")
            sentences.append(change)
            html += f"<p>{escape(change)}</p>"
        if proposal.alternates:
            html += _heading(_tr("Alternates: the next best who keep the balance"))
            alt = [_tr("{who} could replace {whom} ({change:+.2f} to the score)").format(
                who=names[a.candidate], whom=names[a.replaces], change=a.score_change) for a in proposal.alternates]
            sentences += alt
            html += _list(alt)
        else:
            note = _tr("No alternate can step in without upsetting the balance.")
            sentences.append(note)
            html += f"<p>{escape(note)}</p>"
        html += f"<p style='color:gray'>{escape(_ties())}</p>"
        self._show("proposal", headline, MET, html, sentences, tuple(ids), _tr("Use this slate"))

    def show_explanation(self, explanation, names: Names, members: dict) -> None:
        headline = _tr("The rules cannot all be met together.")
        sentences = [headline]
        html = ""
        if explanation.reasons:
            reasons = [names.text(r) for r in explanation.reasons]
            html += _heading(_tr("Why, by simple counting"))
            html += _list(reasons)
            sentences += reasons
        if explanation.conflict:
            groups = explanation.conflicts_terms or (explanation.conflict_terms,)
            if len(groups) > 1:
                note = _tr("The rules conflict in {n} separate ways, so dropping a single rule cannot settle it: "
                           "each conflict needs a change of its own.").format(n=len(groups))
                html += f"<p>{escape(note)}</p>"
                sentences.append(note)
            for n, terms in enumerate(groups, start=1):
                if len(groups) == 1:
                    title = _tr("This rule cannot be met, whatever the other rules say:") if len(terms) == 1 \
                        else _tr("These rules cannot all be met together:")
                elif len(terms) == 1:
                    title = _tr("Conflict {n}: this rule cannot be met, whatever the other rules say:").format(n=n)
                else:
                    title = _tr("Conflict {n}: these rules cannot all be met together:").format(n=n)
                html += _heading(title)
                html += _list(terms)
                sentences.append(title + " " + "; ".join(terms))
            for note in _settlement(explanation.settlement):
                html += f"<p>{escape(note)}</p>"
                sentences.append(note)
        elif explanation.closest is None:
            note = _tr("The seats and pins alone cannot be met, whatever the rules say.")
            html += f"<p>{escape(note)}</p>"
            sentences.append(note)
        slate: tuple[str, ...] = ()
        if explanation.closest is not None:
            side = {"min": _tr("below its minimum"), "max": _tr("above its maximum")}
            eased = "; ".join(_tr("{name} by {n} {side}").format(name=r.name, n=r.by, side=side[r.bound])
                              for r in explanation.relaxed)
            title = _tr("The closest workable slate (total score {score}) relaxes {eased}.").format(
                score=score_text(explanation.closest.score), eased=eased)
            html += _heading(title)
            details = [names.text(r.detail) for r in explanation.relaxed]
            html += _list(details)
            slate = tuple(self._ordered(explanation.closest.ids, members))
            html += "<p style='margin-top:8px'></p>" + self._slate_table(slate, members)
            sentences += [title, *details]
        self._show("explanation", headline, BROKEN, html, sentences, slate, _tr("Use the closest slate"))

    def show_why_not(self, answer, names: Names, members: dict) -> None:
        who = names[answer.candidate]
        message = names.text(answer.message)
        sentences = [message]
        slate: tuple[str, ...] = ()
        if answer.with_candidate is not None and answer.score_lost:
            headline = _tr("Why not {who}? The slate would lose {lost} points.").format(
                who=who, lost=score_text(answer.score_lost))
            state = BROKEN
        elif answer.with_candidate is not None:
            headline = _tr("Why not {who}? It could join at no cost.").format(who=who)
            state = MET
        else:
            headline = _tr("Why not {who}? It cannot join without breaking rules.").format(who=who)
            state = BROKEN
        html = f"<p>{escape(message)}</p>"
        if answer.best is None and answer.with_candidate is None:
            note = _tr("No slate meets every rule even without {who}: press Propose to see why.").format(who=who)
            html += f"<p>{escape(note)}</p>"
            sentences.append(note)
        if answer.with_candidate is not None and (answer.joins or answer.leaves):
            html += _heading(_tr("Coming in"))
            html += _list([names[k] for k in answer.joins])
            html += _heading(_tr("Leaving"))
            html += _list([names[k] for k in answer.leaves])
            slate = tuple(self._ordered(answer.with_candidate.ids, members))
        elif answer.conflict:
            html += _heading(_tr("The rules that would break"))
            html += _list(answer.conflict)
        self._show("why_not", headline, state, html, [headline, *sentences], slate,
                   _tr("Use the slate with {who}").format(who=who))
