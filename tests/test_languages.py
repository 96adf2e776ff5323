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
