"""The laptop exchange and the command line speak the officer's language (issue 16): the import's summary,
the findings (written again in the language of whoever lists them), the refusal of a damaged exchange
file, and argparse's own words ("usage:", "the following arguments are required") under `--lang`.

The French and Spanish come from packaging/translations (fr.py, es.py and every fr_*/es_* file, as
packaging/update_translations.py merges them): in-process, `i18n` is backed by those words directly, and
`cli.main` by a catalogue written from them. The last two tests run the installed `opn-desk` against the
shipped catalogues (resources/translations, refreshed by packaging/update_translations.py).
"""

from __future__ import annotations

import argparse
import gettext
import runpy
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
import sync_world as world

from opn_desk import cli as command_line
from opn_desk import i18n
from opn_desk.db.store import open_store
from opn_desk.domain.registry import OrganisationInput
from opn_desk.services import registry
from opn_desk.services.desk import Desk
from opn_desk.services.sync import SyncError, bundle, exchange
from opn_desk.services.sync.exchange import Imported

ROOT = Path(__file__).resolve().parents[2]
WORDS = runpy.run_path(str(ROOT / "packaging" / "update_translations.py"))["words"]
FR, ES = WORDS("fr"), WORDS("es")


@pytest.fixture
def french():
    """`translate` backed by the French words (what the window's or `--lang fr`'s catalogue holds)."""
    i18n.install(lambda _context, text: FR.get(text, text), "fr")
    yield
    i18n.install(None)


def test_the_import_summary_is_english_by_default():
    assert Imported(312, ("Nairobi laptop",), 2, ()).summary() == "312 changes from Nairobi laptop, 2 need a decision."
    assert Imported(1, ("Nairobi laptop",), 1, ()).summary() == "1 change from Nairobi laptop, 1 needs a decision."
    assert Imported(0, (), 0, (), waiting=3).summary() == \
        "0 changes from another laptop, 0 need a decision; 3 wait for earlier changes not received yet."


def test_the_import_summary_is_written_in_french(french):
    assert Imported(312, ("Nairobi laptop",), 2, ()).summary() == \
        "312 modifications de Nairobi laptop, 2 demandent une décision."
    # French takes the singular for 0 and 1 ("0 demande", "1 attend"), never an "s" glued on.
    assert Imported(1, ("Nairobi laptop",), 0, (), waiting=1).summary() == \
        "1 modification de Nairobi laptop, 0 demande une décision ; 1 attend des modifications antérieures pas " \
        "encore reçues."
    assert Imported(3, (), 1, ("a", "b")).summary() == \
        "3 modifications d’un autre ordinateur, 1 demande une décision ; 2 règles à vérifier : a; b."
    i18n.install(None)
    assert Imported(1, ("Nairobi laptop",), 1, ()).summary() == "1 change from Nairobi laptop, 1 needs a decision."


def test_a_finding_is_listed_in_the_language_of_whoever_lists_it(tmp_path):
    """A duplicate found by an import made in English is listed in French to a French officer (the rule is
    checked again when listed, and its sentence written again); `sync status --json` keeps it in English."""
    folder = tmp_path / "x"
    folder.mkdir()
    a = world.first_laptop(folder, "Ann")
    b = world.clone(a, folder, "Nairobi laptop", "Bob")
    try:
        for laptop in (a, b):
            laptop.desk.write("New", registry.create_organisation,
                              OrganisationInput("Zero Waste Alliance", country_iso3="KEN"))
        exchange.export_bundle(b.desk, tmp_path / "b.opnsync")
        english = "'Zero Waste Alliance' is in the registry 2 times (merge the duplicates)"
        assert exchange.import_bundles(a.desk, [tmp_path / "b.opnsync"], make_backup=False).findings == (english,)
        assert a.desk.read(exchange.status).findings == [english]
        i18n.install(lambda _context, text: FR.get(text, text), "fr")
        try:
            status = a.desk.read(exchange.status)
        finally:
            i18n.install(None)
        assert status.findings == ["'Zero Waste Alliance' figure 2 fois dans le registre (fusionnez les doublons)"]
        assert status.as_json()["findings"] == [english]  # what scripts read never changes
    finally:
        a.close()
        b.close()


def test_a_damaged_exchange_file_is_refused_in_french(french):
    with pytest.raises(SyncError) as refused:
        bundle.read_header(Path("notes.opnsync"), b"hello")
    assert str(refused.value) == "notes.opnsync n’est pas un fichier d’échange d’OPN Desk."


# ------------------------------------------------------------------ the command line (cli.main, in-process)


def _catalogue(folder: Path, language: str, words: dict[str, str]) -> None:
    """A .ts catalogue of ``words`` as packaging/update_translations.py writes it (finished translations)."""
    messages = "".join(f"<message><source>{escape(s)}</source><translation>{escape(t)}</translation></message>"
                       for s, t in words.items() if "|" not in t)
    (folder / f"opn_desk_{language}.ts").write_text(
        f'<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="{language}">'
        f"<context><name>Words</name>{messages}</context></TS>", encoding="utf-8")


@pytest.fixture
def catalogues(tmp_path, monkeypatch):
    """`cli.main` reads its catalogues from a folder holding every French and Spanish word of the tree."""
    folder = tmp_path / "translations"
    folder.mkdir()
    _catalogue(folder, "fr", FR)
    _catalogue(folder, "es", ES)
    monkeypatch.setattr("opn_desk.paths.resource", lambda *parts: folder)
    monkeypatch.setenv("OPN_DESK_LANGUAGE", "en")  # main() sets it for the window; restored after
    yield folder
    i18n.install(None)


def _desk(path: Path) -> Path:
    store = open_store(path)
    try:
        Desk(store, actor="Ann").write("New", registry.create_organisation,
                                       OrganisationInput("Green Buyers Kenya", country_iso3="KEN"))
    finally:
        store.close()
    return path


def _damaged(desk: Path, out: Path) -> Path:
    """An exchange file of ``desk`` cut in half (as a USB stick pulled out too early leaves it)."""
    store = open_store(desk)
    try:
        exchange.export_bundle(Desk(store, actor="Ann"), out)
    finally:
        store.close()
    out.write_bytes(out.read_bytes()[: out.stat().st_size // 2])
    return out


def test_the_command_line_refuses_a_damaged_file_in_french(catalogues, tmp_path, capsys):
    db = _desk(tmp_path / "a.sqlite")
    damaged = _damaged(db, tmp_path / "damaged.opnsync")
    assert command_line.main(["--lang", "fr", "sync", "import", "--db", str(db), str(damaged)]) == 2
    said = capsys.readouterr().err
    assert said == "opn-desk: " + FR["{name} is damaged or incomplete (cut off); ask for it again."].format(
        name="damaged.opnsync") + "\n"
    assert said == "opn-desk: damaged.opnsync est endommagé ou incomplet (tronqué) ; demandez-le à nouveau.\n"


def test_argparse_s_own_words_follow_lang(catalogues, capsys):
    assert command_line.main(["--lang", "es", "sync", "import"]) == 2
    said = capsys.readouterr().err
    assert said.startswith("opn-desk: Faltan los siguientes argumentos obligatorios: --db, FILE.opnsync")
    assert "(véase 'opn-desk --help')" in said and "required" not in said
    with pytest.raises(SystemExit) as done:
        command_line.main(["--lang", "es", "sync", "import", "--help"])
    assert done.value.code == 0
    shown = capsys.readouterr().out
    assert shown.startswith("uso: opn-desk sync import")
    assert "opciones:" in shown and "mostrar este mensaje de ayuda y salir" in shown and "usage" not in shown
    assert command_line.main(["--lang", "fr", "export", "people", "--db", "x.sqlite", "--out", "x.csv"]) == 2
    assert "Argument what : choix non valide : 'people' (choisissez parmi " in capsys.readouterr().err
    # argparse is given back its own gettext: other code in the process is not affected.
    assert argparse._ is gettext.gettext and argparse.ngettext is gettext.ngettext
    i18n.install(None)
    assert command_line.main(["sync", "import"]) == 2
    assert "The following arguments are required: --db, FILE.opnsync (see 'opn-desk --help')." in \
        capsys.readouterr().err


# ------------------------------------------------------------------ the installed command (shipped catalogues)
# These read resources/translations/*.ts: they hold the words above once the lead has run
# packaging/update_translations.py (helpers never refresh the shipped catalogues).


def test_the_installed_command_refuses_a_damaged_file_in_french(cli, tmp_path):
    db = _desk(tmp_path / "a.sqlite")
    damaged = _damaged(db, tmp_path / "damaged.opnsync")
    r = cli("--lang", "fr", "sync", "import", "--db", db, damaged)
    assert r.returncode == 2 and r.stdout == ""
    assert r.stderr.strip() == "opn-desk: " + FR[
        "{name} is damaged or incomplete (cut off); ask for it again."].format(name="damaged.opnsync")


def test_the_installed_command_speaks_spanish_usage_and_errors(cli):
    r = cli("--lang", "es", "sync", "import")
    assert r.returncode == 2
    missing = ES["the following arguments are required: %s"] % "--db, FILE.opnsync"
    assert r.stderr.strip() == f"opn-desk: {missing[0].upper()}{missing[1:]} (véase 'opn-desk --help')."
    helped = cli("--lang", "es", "sync", "import", "--help")
    assert helped.returncode == 0
    assert helped.stdout.startswith(ES["usage: "] + "opn-desk sync import")
    assert ES["show this help message and exit"] in helped.stdout
