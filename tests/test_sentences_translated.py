"""Every refusal a user can read is written through the translation boundary (issue 16).

A sentence raised in one of the errors the window, the command line and the documents show (the
service layer's `DeskError` family, the store's, the backup's, an import's refused file, the
selection's input errors …) must come from ``translate(context, text)`` (opn_desk/i18n.py), so the
French and Spanish catalogues reach it; an English literal or f-string raised there is a sentence a
French desk would read in English. The window's own code (opn_desk/gui) uses Qt's ``tr`` and is
checked by tests/test_languages.py.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1] / "opn_desk"

# The errors whose sentence reaches a person (shown in a dialog or the status bar, or printed by the
# command line with exit 2).
USER_FACING = {
    "DeskError", "InvalidInput", "NotFound", "StaleEdit", "NotAllowed", "ImportRejected", "ActivitiesRejected",
    "CopyRefused", "RightsRefused", "SyncError", "DatabaseInUse", "BackupError", "ServerAddressRefused",
    "StoreError", "ReportError", "RefusedFile", "EmptyFile", "TransitionRefused", "StepRefused", "UsageError",
    "SolverError", "SelectionInputError",
}
TRANSLATING = {"translate", "_t", "_tr", "tr", "fixed_text"}  # fixed_text: the documents' (reports/base.py)


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def _untranslated(node: ast.AST) -> list[ast.AST]:
    """English text in ``node`` that does not go through a translating call."""
    if isinstance(node, ast.Call):
        func = node.func
        if _name(func) in TRANSLATING:
            return []
        if isinstance(func, ast.Attribute) and func.attr == "format" and isinstance(func.value, ast.Call) \
                and _name(func.value.func) in TRANSLATING:
            return []  # translate("…", "… {name} …").format(name=…): the values are data
    if isinstance(node, ast.Dict):  # {code: sentence}.get(code): the keys are codes
        return [bad for value in node.values for bad in _untranslated(value)]
    if isinstance(node, ast.JoinedStr):
        return [node] if any(isinstance(v, ast.Constant) and any(c.isalpha() for c in v.value)
                             for v in node.values) else []
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        words = node.value.split()
        return [node] if len(words) >= 2 and any(w.isalpha() for w in words) else []
    found = []
    for child in ast.iter_child_nodes(node):
        found += _untranslated(child)
    return found


def _raised_sentences(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    out = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call)):
            continue
        if _name(node.exc.func) not in USER_FACING:
            continue
        args = node.exc.args[1:] if _name(node.exc.func) == "InvalidInput" else node.exc.args  # (field, sentence)
        for arg in [*args, *(k.value for k in node.exc.keywords)]:
            for bad in _untranslated(arg):
                out.append(f"{path.relative_to(ROOT.parent)}:{bad.lineno}")
    return out


def test_every_refusal_a_user_reads_is_translated():
    found = [hit for path in sorted(ROOT.rglob("*.py")) if "gui" not in path.relative_to(ROOT).parts
             for hit in _raised_sentences(path)]
    assert not found, f"{len(found)} refusals raised in English, not through translate(): " + ", ".join(found[:40])


def test_the_check_sees_an_english_refusal(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text('def f(name):\n'
                      '    raise NotAllowed(f"{name} has already been merged.")\n'
                      'def g(name):\n'
                      '    raise NotAllowed(translate("Duplicates", "{name} has already been merged.").format(name=name))\n'
                      'def h():\n'
                      '    raise InvalidInput("name", "An organisation needs a name.")\n', encoding="utf-8")
    global ROOT
    saved, ROOT = ROOT, tmp_path
    try:
        assert [h.split(":")[1] for h in _raised_sentences(sample)] == ["2", "6"]
    finally:
        ROOT = saved
