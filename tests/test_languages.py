"""The shipped languages: French and Spanish catalogues complete, placeholders kept, and the command line
speaking them on request while what scripts read never changes.

The catalogues are resources/translations/opn_desk_<language>.ts, refreshed (extract, translate from
packaging/translations/<language>.py, compile) by `python packaging/update_translations.py`.
"""

from __future__ import annotations

import json
import re
import runpy
from collections import Counter
from pathlib import Path

import pytest
from defusedxml import ElementTree

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
SHIPPED = ("fr", "es")

# What a translation must keep exactly: {fields} (with their format spec), %n / %1, &-accelerators
# (a & before a letter, not "&&" nor an HTML entity) and HTML tags.
FIELD = re.compile(r"\{[^{}]*\}")
PERCENT = re.compile(r"%(?:n|L?\d)")
ACCELERATOR = re.compile(r"(?<!&)&(?![&\s#]|[a-z]+;)")
TAG = re.compile(r"</?[a-zA-Z][^>]*>")


def placeholders(text: str) -> Counter:
    return Counter([*FIELD.findall(text), *PERCENT.findall(text), *TAG.findall(text),
                    *("&" for _ in ACCELERATOR.finditer(text))])


def messages(language: str):
    """(context, source, [translations], translation element) of the shipped .ts."""
    root = ElementTree.parse(str(TRANSLATIONS / f"opn_desk_{language}.ts")).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            element = message.find("translation")
            forms = [f.text or "" for f in element.iter("numerusform")] or [element.text or ""]
            yield name, message.findtext("source") or "", forms, element


@pytest.mark.parametrize("language", SHIPPED)
def test_every_string_of_a_shipped_language_is_translated_and_none_obsolete(language):
    unfinished = [(c, s) for c, s, forms, e in messages(language)
                  if e.get("type") in ("unfinished", "vanished", "obsolete") or not all(forms)]
    assert unfinished == [], f"{len(unfinished)} strings not translated into {language}: {unfinished[:20]}"
    assert sum(1 for _ in messages(language)) > 1000


@pytest.mark.parametrize("language", SHIPPED)
def test_every_translation_keeps_the_placeholders_of_its_source(language):
    differing = [(s, f) for _c, s, forms, _e in messages(language) for f in forms
                 if f and placeholders(s) != placeholders(f)]
    assert differing == []


@pytest.mark.parametrize("language", SHIPPED)
def test_the_reviewed_translations_keep_their_placeholders_too(language):
    words = runpy.run_path(str(ROOT / "packaging" / "translations" / f"{language}.py"))["TRANSLATIONS"]
    differing = [(s, t) for s, t in words.items() for form in t.split("|") if placeholders(s) != placeholders(form)]
    assert differing == []


def test_the_placeholder_check_sees_a_lost_field_accelerator_or_tag():
    assert placeholders("&Open {name}") == placeholders("&Ouvrir {name}")
    assert placeholders("&Open {name}") != placeholders("Ouvrir {name}")
    assert placeholders("{size:.1f} MB") != placeholders("{size} Mo")
    assert placeholders("<b>Total:</b> {total}") != placeholders("Total : {total}")
    assert placeholders("Science & tech.") == placeholders("Science et tech.")  # "& " is no accelerator


@pytest.mark.parametrize("language", SHIPPED)
def test_each_catalogue_is_compiled(language):
    qm = TRANSLATIONS / f"opn_desk_{language}.qm"
    assert qm.is_file() and qm.stat().st_size > 50_000


def test_the_desk_vocabulary_is_translated_in_its_official_forms():
    """The codes' words (regional groups, clusters, roles, statuses) that the window translates at run
    time are in the catalogues, in vocab.py's official French and Spanish forms."""
    from opn_desk.domain import vocab

    for language in SHIPPED:
        table = {(c, s): forms[0] for c, s, forms, _e in messages(language)}
        for vocabulary in (vocab.REGIONAL_GROUPS, vocab.STAKEHOLDER_CLUSTERS, vocab.ROLES):
            for term in vocabulary:
                assert table[("Vocabulary", term.label)] == getattr(term, language)[0]
    fr = {(c, s): forms[0] for c, s, forms, _e in messages("fr")}
    assert fr[("Vocabulary", "Core partner")] == "Partenaire principal"
    assert fr[("Vocabulary", "Africa")] == "Groupe des États d'Afrique"


# ------------------------------------------------------------------------------- the command line


def test_the_command_line_backend_translates_service_sentences(tmp_path):
    """Without Qt, `--lang fr` backs the translation boundary with the .ts catalogue: a service's
    sentence (Desk's, raised below the window) comes out in French; English again after."""
    from opn_desk import i18n
    from opn_desk.db.store import open_store
    from opn_desk.services.desk import Desk
    from opn_desk.services.errors import NotAllowed

    store = open_store(tmp_path / "desk.sqlite", create=True)
    try:
        assert i18n.use_language("fr", TRANSLATIONS) == "fr"
        with pytest.raises(NotAllowed) as undo:
            Desk(store).undo()
        assert str(undo.value) == "Il n’y a rien à annuler."
        assert i18n.use_language("es", TRANSLATIONS) == "es"
        with pytest.raises(NotAllowed) as undo:
            Desk(store).undo()
        assert str(undo.value) == "No hay nada que deshacer."
        assert i18n.use_language("sw", TRANSLATIONS) == "en"  # no catalogue: English
        with pytest.raises(NotAllowed) as undo:
            Desk(store).undo()
        assert str(undo.value) == "There is nothing to undo."
    finally:
        i18n.install(None)
        store.close()


def test_the_cli_answers_in_french_with_lang_fr(cli):
    english = cli("select", "--no-such-option")
    french = cli("--lang", "fr", "select", "--no-such-option")
    assert english.returncode == french.returncode == 2
    assert "(see 'opn-desk --help')" in english.stderr
    assert "(voir « opn-desk --help »)" in french.stderr and "see 'opn-desk" not in french.stderr


def test_the_saved_preference_sets_the_cli_language_and_lang_overrides_it(cli, tmp_path):
    prefs = tmp_path / "prefs.json"
    prefs.write_text(json.dumps({"language": "es"}), encoding="utf-8")
    spanish = cli("select", "--no-such-option", env={"OPN_DESK_CONFIG": str(prefs)})
    assert "(véase 'opn-desk --help')" in spanish.stderr
    english = cli("--lang", "en", "select", "--no-such-option", env={"OPN_DESK_CONFIG": str(prefs)})
    assert "(see 'opn-desk --help')" in english.stderr


POOL = """id,name,score,regional_group,stakeholder_cluster,representative_gender
ORG-1,Ministry of Environment,9.5,AFRICA,government,female
ORG-2,Instituto Verde,8,GRULAC,scientific_technical,male
ORG-3,EcoLabel Asia,7.5,APG,private_sector,female
ORG-4,Green Purchasing Network,7,APG,civil_society,female
ORG-5,Baltic Procurement Centre,6,EEG,government,male
"""

RULES = """seats = 2

[[rule]]
name = "Africa"
attribute = "regional_group"
value = "AFRICA"
min = 1

[[rule]]
name = "Eastern Europe"
attribute = "regional_group"
value = "EEG"
min = 1
"""


@pytest.mark.parametrize("seats", [3, 1])  # a solution, and rules that cannot all be met (exit 3)
def test_json_output_is_the_same_in_every_language(cli, tmp_path, seats):
    (tmp_path / "pool.csv").write_text(POOL, encoding="utf-8")
    (tmp_path / "rules.toml").write_text(RULES.replace("seats = 2", f"seats = {seats}"), encoding="utf-8")
    args = ("select", "--pool", tmp_path / "pool.csv", "--rules", tmp_path / "rules.toml", "--json")
    english, french = cli(*args), cli("--lang", "fr", *args)
    assert english.returncode == french.returncode
    assert json.loads(french.stdout) == json.loads(english.stdout)
    assert french.stdout == english.stdout


def test_the_extraction_finds_what_lupdate_cannot():
    """Strings behind a module's helper (`_tr("...")`, also when imported from another module) and
    behind an alias of translate: the update script adds them to the catalogues, so they are translated."""
    script = runpy.run_path(str(ROOT / "packaging" / "update_translations.py"))
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "opn_desk" / "gui").rglob("*.py"))
    found = script["helpers"](sources)
    assert "Record an application" in found["ApplicationDialogs"]  # intake.py imports _tr from intake_parts
    assert "In this state" in found["ApplicationsPage"]  # table_model.py's own _tr
    for language in SHIPPED:
        held = {(c, s) for c, s, _f, _e in messages(language)}
        assert ("ApplicationDialogs", "Record an application") in held
        assert ("ApplicationsPage", "In this state") in held


# ------------------------------------------------------------------ the command line's own messages (issue 16)


@pytest.fixture(scope="module")
def demo_db(cli, tmp_path_factory):
    """A small demo network (its summary line written in French: the command's own message)."""
    path = tmp_path_factory.mktemp("languages") / "demo.sqlite"
    made = cli("--lang", "fr", "demo", "--db", path, "--organisations", "60")
    assert made.returncode == 0, made.stderr
    assert made.stdout.startswith("Réseau de démonstration écrit dans ")
    return path


def test_the_cli_gives_its_errors_and_summaries_in_french(cli, demo_db, tmp_path):
    refused = cli("--lang", "fr", "export", "organisations", "--db", demo_db, "--out", tmp_path / "list.txt")
    assert refused.returncode == 2
    assert refused.stderr.strip() == "opn-desk: list.txt : le fichier d’export doit se terminer par .csv ou .xlsx."
    healthy = cli("--lang", "fr", "check", "--db", demo_db)
    assert healthy.returncode == 0 and healthy.stdout.strip() == f"{demo_db} : en bon état."
    missing = cli("--lang", "es", "report", "dossier", "--db", demo_db, "--programme", "XYZ", "--out", tmp_path / "d.pdf")
    assert missing.returncode == 2 and "No hay ningún programa con el código 'XYZ'. Los códigos son:" in missing.stderr
    helped = cli("--lang", "fr", "--help")
    assert "créer un réseau de démonstration réaliste dans une base de données" in " ".join(helped.stdout.split())
    english = cli("check", "--db", demo_db)
    assert english.stdout.strip() == f"{demo_db}: healthy."


def test_exported_columns_are_the_contract_s_in_every_language(cli, demo_db, tmp_path):
    """A CLI export is read by scripts: its column names never change with the language; only the summary does."""
    french = cli("--lang", "fr", "export", "organisations", "--db", demo_db, "--out", tmp_path / "fr.csv")
    english = cli("export", "organisations", "--db", demo_db, "--out", tmp_path / "en.csv")
    assert french.returncode == english.returncode == 0
    assert "organisations exportées dans" in french.stdout and english.stdout.startswith("Exported ")
    assert (tmp_path / "fr.csv").read_bytes() == (tmp_path / "en.csv").read_bytes()
    assert (tmp_path / "en.csv").read_text(encoding="utf-8-sig").splitlines()[0].startswith("name,acronym,")
    french = cli("--lang", "fr", "export", "initiatives", "--db", demo_db, "--out", tmp_path / "fr.xlsx")
    english = cli("export", "initiatives", "--db", demo_db, "--out", tmp_path / "en.xlsx")
    assert french.returncode == english.returncode == 0

    import pandas as pd

    assert list(pd.read_excel(tmp_path / "fr.xlsx", engine="calamine").columns) == list(pd.read_excel(tmp_path / "en.xlsx", engine="calamine").columns)


@pytest.mark.parametrize("args", [
    ("reporting", "rates", "--json"),
    ("meetings", "list", "--json"),
    ("select", "--call", "SFS core partners call 2026", "--json"),
    ("sync", "status", "--json"),
])
def test_json_from_the_database_is_the_same_in_every_language(cli, demo_db, args):
    runs = [cli(*language, *args[:1], *args[1:], "--db", demo_db)
            for language in ((), ("--lang", "fr"), ("--lang", "es"))]
    assert {r.returncode for r in runs} == {runs[0].returncode}
    assert runs[0].stdout.strip().startswith(("{", "["))
    assert runs[1].stdout == runs[0].stdout == runs[2].stdout


def test_the_stored_round_s_text_answer_is_in_french(cli, demo_db):
    text = cli("--lang", "fr", "select", "--db", demo_db, "--call", "SFS core partners call 2026")
    first = text.stdout.splitlines()[0]
    assert re.fullmatch(r"SFS core partners call 2026 \(SFS\): \d+ candidats? dans le vivier(, \d+ titulaires? ne "
                        r"demandant pas le renouvellement)?\.", first), first


# ------------------------------------------------------------------ documents in a chosen language (issue 16)

FRENCH_DATE = re.compile(r"\b(1er|[12]?\d|3[01]) (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|"
                         r"novembre|décembre) \d{4}\b")


def pdf_text(path) -> str:
    import subprocess

    return " ".join(subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
                    .stdout.split())


def test_a_report_is_printed_in_the_language_chosen_for_it(cli, demo_db, tmp_path):
    """`report ... --lang fr` prints the document in French while the messages keep their language."""
    french, english = tmp_path / "fr.pdf", tmp_path / "en.pdf"
    made = cli("report", "dossier", "--db", demo_db, "--programme", "SPP", "--edition", "summary", "--out", french,
               "--lang", "fr")
    assert made.returncode == 0, made.stderr
    assert made.stdout.startswith("Wrote the DRAFT leadership renewal dossier (summary edition) for SPP")
    text = pdf_text(french)
    assert "Renouvellement de la direction : résumé pour le Conseil" in text
    assert "PROJET : pour discussion, ne pas diffuser" in text and "Page 1 sur " in text
    assert FRENCH_DATE.search(text), text[:400]
    assert "summary for the Board" not in text and "December" not in text
    made = cli("--lang", "fr", "report", "dossier", "--db", demo_db, "--programme", "SPP", "--edition", "summary",
               "--out", english, "--lang", "en")
    assert made.returncode == 0 and "écrit dans" in made.stdout
    text = pdf_text(english)
    assert "Leadership renewal: summary for the Board" in text and not FRENCH_DATE.search(text)


def test_dates_and_numbers_are_written_as_each_language_writes_them():
    from datetime import date

    from opn_desk import i18n

    day = date(2026, 12, 3)
    assert [i18n.long_date(day, code) for code in ("en", "fr", "es")] == [
        "3 December 2026", "3 décembre 2026", "3 de diciembre de 2026"]
    assert i18n.long_date(date(2026, 12, 1), "fr") == "1er décembre 2026"
    assert i18n.long_date(None, "fr") == "–"
    assert [i18n.percent_text(75, 0, code) for code in ("en", "fr", "es")] == ["75%", "75\u202f%", "75\u00a0%"]
    assert [i18n.number(1234.5, 1, code) for code in ("en", "fr", "es")] == ["1,234.5", "1\u202f234,5", "1234,5"]
    assert i18n.number(12345, 0, "es") == "12.345" and i18n.number(-3.5, 2, "fr") == "-3,50"
    assert i18n.month_name(12, short=True, language_code="fr") == "déc."
    assert i18n.long_date(day, "de") == "3 December 2026"  # no rules for it: English
    assert i18n.singular(0, "fr") and not i18n.singular(0, "en") and not i18n.singular(0, "es")  # "0 candidat"
    assert i18n.singular(1, "es") and not i18n.singular(2, "fr")


def test_report_language_backs_translate_for_the_document_and_restores_the_window_s():
    """Inside `report_language("fr")` the documents' text, dates and numbers are French; the officer's
    own messages, another thread (the window) and everything after keep the installed language."""
    import threading
    from datetime import date

    from opn_desk import i18n

    i18n.install(lambda _context, text: f"<{text}>", "es")  # stands in for the window's Qt translator
    try:
        with i18n.report_language("fr") as language:
            assert language == "fr" == i18n.current_language()
            assert i18n.translate("Reports", "Leadership renewal dossier") == "Dossier de renouvellement de la direction"
            assert i18n.long_date(date(2026, 12, 3)) == "3 décembre 2026"
            assert i18n.translate("CommandLine", "stopped.") == "<stopped.>"
            seen: list[str] = []
            window = threading.Thread(target=lambda: seen.append(i18n.translate("Reports", "Summary")))
            window.start()
            window.join()
            assert seen == ["<Summary>"]
            with i18n.report_language("en"):
                assert i18n.translate("Reports", "Summary") == "Summary"
            assert i18n.translate("Reports", "Summary") == "Résumé"
        assert i18n.translate("Reports", "Summary") == "<Summary>" and i18n.current_language() == "es"
        with i18n.report_language(None):
            assert i18n.translate("Reports", "Summary") == "<Summary>"
        with pytest.raises(RuntimeError), i18n.report_language("fr"):
            raise RuntimeError
        assert i18n.current_language() == "es"
    finally:
        i18n.install(None)


def test_no_window_text_is_translated_inside_an_f_string():
    """pyside6-lupdate does not read calls inside f-strings: `f"{self.tr('Programme')}:"` stays English in
    every language (it did on the Meetings page). A window's text is translated outside, then put in."""
    import ast

    root = Path(__file__).resolve().parents[1] / "opn_desk" / "gui"
    found = []
    for path in sorted(root.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.JoinedStr):
                for inner in ast.walk(node):
                    if isinstance(inner, ast.Call) and isinstance(inner.func, ast.Attribute) \
                            and inner.func.attr == "tr":
                        found.append(f"{path.relative_to(root)}:{inner.lineno}")
    assert found == []
