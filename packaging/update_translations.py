"""Refresh the translations in one command: extract, translate, compile.

    python packaging/update_translations.py            # lupdate, fill from packaging/translations, lrelease
    python packaging/update_translations.py --release  # lrelease only (compile the .qm files)

1. pyside6-lupdate collects every tr()/translate() string under opn_desk/gui (the compiled forms
   included), the services', the command line's, the documents' (opn_desk/reports), the store's
   (opn_desk/db), the imports' (opn_desk/io), the selection's and the domain's translate() sentences
   (opn_desk/i18n.py) into resources/translations/opn_desk_<language>.ts; strings no longer
   in the sources are dropped.
2. The translations themselves live in packaging/translations/<language>.py (one dict, keyed by the
   English source text): each message of the .ts gets its translation from there and is marked
   finished; a source with none stays "unfinished" (and English at run time) until one is added
   there. tests/test_languages.py fails while a shipped language has an unfinished string.
   Wording that lives as data (lupdate cannot see it) gets generated contexts read from the domain
   modules: "Vocabulary" (vocab.py, the intake form's work-streams and sectors) and `domain_words`'s
   "RenewalSteps", "SelectionDefaults" and "Screening"; the services and the window translate them
   with ``translate(context, text)`` where they show them.
3. pyside6-lrelease writes opn_desk_<language>.qm beside them. The window loads the one for the
   language chosen in Preferences (else OPN_DESK_LANGUAGE, else the system's); the command line reads
   the .ts itself (opn_desk/i18n.py) for `--lang` or the saved choice.
"""

from __future__ import annotations

import argparse
import runpy
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = (ROOT / "opn_desk" / "gui", ROOT / "opn_desk" / "services",  # services: translate() (opn_desk/i18n.py)
           ROOT / "opn_desk" / "commands", ROOT / "opn_desk" / "cli.py",
           ROOT / "opn_desk" / "reports",  # the documents' fixed text: translate("Reports", ...), base.fixed_text
           # the store's, the imports' and the selection's sentences, and the domain's where it translates
           ROOT / "opn_desk" / "db", ROOT / "opn_desk" / "io", ROOT / "opn_desk" / "selection",
           ROOT / "opn_desk" / "domain")
TRANSLATIONS = ROOT / "resources" / "translations"
WORDS = ROOT / "packaging" / "translations"  # <language>.py: TRANSLATIONS = {english source: translation}
LANGUAGES = ("fr", "es")


def tool(name: str) -> str:
    """The PySide6 tool beside this Python (a virtual environment's bin/Scripts), else on PATH."""
    here = Path(sys.executable).parent
    for candidate in (here / name, here / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} is not installed (it comes with PySide6).")
    return found


def update() -> None:
    sources = sorted(str(p.relative_to(ROOT)) for folder in SOURCES
                     for p in ([folder] if folder.is_file() else folder.rglob("*.py")))
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        ts = TRANSLATIONS / f"opn_desk_{language}.ts"
        subprocess.run([tool("pyside6-lupdate"), "-source-language", "en", "-target-language", language,
                        "-no-obsolete", *sources, "-ts", str(ts.relative_to(ROOT))], cwd=ROOT, check=True)
        done, missing = fill(ts, words(language), {"Vocabulary": vocabulary(language), **domain_words(language)},
                             helpers(sources))
        print(f"    {ts.name}: {done} translated from packaging/translations/{language}.py, {missing} missing")


def words(language: str) -> dict[str, str]:
    """packaging/translations/<language>.py's TRANSLATIONS, plus those of <language>_<area>.py
    (one dictionary per area, so work on two areas never edits the same file); empty when none exists."""
    found: dict[str, str] = {}
    for path in [WORDS / f"{language}.py", *sorted(WORDS.glob(f"{language}_*.py"))]:
        if path.exists():
            found.update(runpy.run_path(str(path))["TRANSLATIONS"])
    return found


def helpers(sources: list[str]) -> dict[str, list[str]]:
    """Strings lupdate cannot see: calls of a module's small helper ``def _tr(text): return
    QCoreApplication.translate("Context", text)`` (any name), and of an alias ``tr =
    QCoreApplication.translate`` with two literals. Returns context -> sources, in file order."""
    import ast

    found: dict[str, list[str]] = {}

    def translate_call(node) -> bool:
        return isinstance(node, ast.Call) and (
            (isinstance(node.func, ast.Attribute) and node.func.attr == "translate")
            or (isinstance(node.func, ast.Name) and node.func.id == "translate"))

    def text(node) -> str | None:
        return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None

    trees = {name: ast.parse((ROOT / name).read_text(encoding="utf-8")) for name in sources}
    defined: dict[str, dict[str, str]] = {}  # module -> its helpers (name -> context)
    for name, tree in trees.items():
        module = name.removesuffix(".py").replace("/", ".")
        for node in tree.body:
            if isinstance(node, ast.FunctionDef) and node.args.args and isinstance(node.body[-1], ast.Return) \
                    and translate_call(node.body[-1].value) and len(node.body[-1].value.args) >= 2 \
                    and text(node.body[-1].value.args[0]) and isinstance(node.body[-1].value.args[1], ast.Name) \
                    and node.body[-1].value.args[1].id == node.args.args[0].arg:
                defined.setdefault(module, {})[node.name] = text(node.body[-1].value.args[0])
    for name in sources:
        tree = trees[name]
        one: dict[str, str] = {}  # helper name -> its context
        two: set[str] = set()  # aliases of translate(context, text)
        for node in tree.body:  # helpers imported from another module: from opn_desk.x import _tr
            if isinstance(node, ast.ImportFrom) and node.module in defined:
                one.update({(a.asname or a.name): defined[node.module][a.name] for a in node.names
                            if a.name in defined[node.module]})
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef) and node.args.args and len(node.body) >= 1:
                last = node.body[-1]
                if isinstance(last, ast.Return) and translate_call(last.value) and len(last.value.args) >= 2 \
                        and text(last.value.args[0]) and isinstance(last.value.args[1], ast.Name) \
                        and last.value.args[1].id == node.args.args[0].arg:
                    one[node.name] = text(last.value.args[0])
            elif isinstance(node, ast.Assign) and isinstance(node.value, ast.Attribute) \
                    and node.value.attr == "translate":
                two.update(t.id for t in node.targets if isinstance(t, ast.Name))
        if not one and not two:
            continue
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name) or not node.args:
                continue
            if node.func.id in one and text(node.args[0]):
                found.setdefault(one[node.func.id], []).append(text(node.args[0]))
            elif node.func.id in two and len(node.args) >= 2 and text(node.args[0]) and text(node.args[1]):
                found.setdefault(text(node.args[0]), []).append(text(node.args[1]))
    return found


def vocabulary(language: str) -> dict[str, str | None]:
    """The "Vocabulary" context (gui/core/labels.py translates the codes' words at run time, which
    lupdate cannot see): each term's label in the network's official form from opn_desk/domain/vocab.py
    (its first ``fr``/``es`` spelling); short labels from packaging/translations/<language>.py."""
    sys.path.insert(0, str(ROOT))
    from opn_desk.domain import vocab
    from opn_desk.domain.applications import PRIORITY_SECTORS, WORK_STREAMS

    table = words(language)
    found: dict[str, str | None] = {vocab.NO_GROUP_LABEL: table.get(vocab.NO_GROUP_LABEL)}
    for text in (*WORK_STREAMS, *PRIORITY_SECTORS):  # the intake form's suggestions (gui/applications/intake.py)
        found[text] = table.get(text)
    for name in sorted(dir(vocab)):
        vocabulary = getattr(vocab, name)
        if not isinstance(vocabulary, vocab.Vocabulary):
            continue
        for term in vocabulary:
            forms = getattr(term, language, ())
            found.setdefault(term.label, forms[0] if forms else table.get(term.label))
            if term.short_label != term.label:
                found.setdefault(term.short_label, table.get(term.short_label))
    return found


def domain_words(language: str) -> dict[str, dict[str, str | None]]:
    """The desk's fixed wording that lives as data in the domain, which lupdate cannot see, each under its
    own context (the run-time side translates them with ``translate(context, text)`` where the window and
    the documents show them): the renewal process's steps, states and default checklist ("RenewalSteps",
    opn_desk/domain/renewal.py), the selection's default balance rules' names ("SelectionDefaults",
    opn_desk/selection/defaults.py: the regional groups' and clusters' in the network's official form from
    vocab.py) and the shipped screening checks ("Screening", opn_desk/domain/applications.py). The
    programmes' work-streams and priority sectors join the "Vocabulary" context (`vocabulary`).
    Translations from packaging/translations/<language>.py and <language>_*.py."""
    sys.path.insert(0, str(ROOT))
    from opn_desk.domain import applications, renewal, vocab
    from opn_desk.selection.defaults import default_rules

    table = words(language)

    def context(texts) -> dict[str, str | None]:
        return {text: table.get(text) for text in dict.fromkeys(texts)}

    official = {term.label: (getattr(term, language, ()) or (None,))[0]
                for v in (vocab.REGIONAL_GROUPS, vocab.STAKEHOLDER_CLUSTERS) for term in v}
    rules = context([*(r.name for r in default_rules(10, incumbents=(1, 2), country_max=1, ldc_min=1)),
                     "Continuity (incumbents)",  # services/selection_round.py's CONTINUITY
                     *sorted(applications.DEFAULT_CRITERIA_WORDING)])  # the calls' default criteria
    groups: dict[str, str | None] = {}
    for term in vocab.REGIONAL_GROUPS:  # the geographic names (vocab.group_name): the window's, in the English register
        forms = getattr(term, language, ())
        geographic = forms[vocab.GEOGRAPHIC] if len(forms) > vocab.GEOGRAPHIC else None
        groups[term.label] = geographic
        if term.short_label != term.label:
            groups[term.short_label] = table.get(term.short_label)
    return {
        vocab.GROUP_NAMES: groups,
        "RenewalSteps": context([*(t for s in renewal.STEPS for t in (s.title, s.description)),
                                 *(s.label for s in renewal.StepState), *renewal.DEFAULT_CHECKLIST]),
        "SelectionDefaults": {name: official.get(name) or text for name, text in rules.items()},
        "Screening": context(item for items in applications.DEFAULT_CHECKLISTS.values() for item in items),
    }


def fill(ts: Path, translations: dict[str, str], contexts: dict[str, dict[str, str | None]] | None = None,
         more: dict[str, list[str]] | None = None) -> tuple[int, int]:
    """Write ``translations`` into the .ts (by source text); returns (translated, still missing).

    A message with a translation is marked finished; one without stays (or becomes) unfinished. A
    numerus message (source with %n) takes "singular|plural" and writes one numerusform each.
    ``contexts`` adds whole contexts (name -> {source: translation or None}) lupdate cannot find;
    ``more`` adds sources to contexts (name -> [source]) when lupdate has not found them.
    """
    from xml.etree import ElementTree as ET  # our own file, written by lupdate

    tree = ET.parse(ts)
    root = tree.getroot()
    for name, messages in (contexts or {}).items():
        for old in [c for c in root.findall("context") if c.findtext("name") == name]:
            root.remove(old)
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = name
        for source, text in messages.items():
            message = ET.SubElement(context, "message")
            ET.SubElement(message, "source").text = source
            ET.SubElement(message, "translation").text = text or ""
    for name, sources in (more or {}).items():
        context = next((c for c in root.findall("context") if c.findtext("name") == name), None)
        if context is None:
            context = ET.SubElement(root, "context")
            ET.SubElement(context, "name").text = name
        have = {m.findtext("source") for m in context.iter("message")}
        for source in dict.fromkeys(sources):
            if source not in have:
                message = ET.SubElement(context, "message")
                ET.SubElement(message, "source").text = source
                ET.SubElement(message, "translation")
    translations = {**{s: t for m in (contexts or {}).values() for s, t in m.items() if t}, **translations}
    done = missing = 0
    for context in root.iter("context"):
        own = (contexts or {}).get(context.findtext("name") or "", {})
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            element = message.find("translation")
            if element is None:
                element = ET.SubElement(message, "translation")
            text = own.get(source) or translations.get(source)
            if not text:
                missing += 1
                element.attrib["type"] = "unfinished"
                continue
            done += 1
            element.attrib.pop("type", None)
            if message.get("numerus") == "yes":
                for child in list(element):
                    element.remove(child)
                element.text = None
                for form in text.split("|"):
                    ET.SubElement(element, "numerusform").text = form
            else:
                element.text = text
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    return done, missing


def release() -> None:
    for ts in sorted(TRANSLATIONS.glob("opn_desk_*.ts")):
        subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--release", action="store_true", help="only compile the .ts files into .qm files")
    args = parser.parse_args()
    if not args.release:
        update()
    release()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
