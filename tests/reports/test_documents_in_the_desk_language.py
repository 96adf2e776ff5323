"""A document printed in French or Spanish (issue 16) names the programme, the regional groups and the
stakeholder clusters with the network's official French and Spanish words, and writes its dates in that
language: the leadership renewal dossier (its "current leadership" table) and the roster, as the
installed `opn-desk report … --lang` prints them for the Board."""

from __future__ import annotations

import re

import pytest

from tests.reports.report_fixtures import needs_pdftotext, normalised, pdf_pages

# The desk's English words that a French or Spanish document must not print (the vocabulary's labels). The
# roster is all generated text; the dossier also prints what officers wrote (the demo's notes are English),
# so there only the groups as printed after a country, "Paraguay (Latin America and the Caribbean)", count.
GROUPS_AFTER_A_COUNTRY = ("(Africa)", "(Asia and the Pacific)", "(Eastern Europe)", "(Latin America and the Caribbean)",
                          "(Western Europe and Others)", "(No group)")
ENGLISH = ("Sustainable Public Procurement", "Latin America and the Caribbean", "Asia and the Pacific", "Asia-Pacific",
           "Government", "Western Europe and Others", "Eastern Europe", "Civil society", *GROUPS_AFTER_A_COUNTRY)
WORDS = {"fr": ("Achats publics durables", ("janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août",
                                              "sept.", "oct.", "nov.", "déc.")),
         "es": ("Compras públicas sostenibles", ("ene.", "feb.", "mar.", "abr.", "may.", "jun.", "jul.", "ago.",
                                                  "sept.", "oct.", "nov.", "dic."))}
ISO_DAY = re.compile(r"\b20\d\d-\d\d-\d\d\b")


@pytest.fixture(scope="module")
def demo(tmp_path_factory, cli):
    path = tmp_path_factory.mktemp("demo") / "desk.sqlite"
    done = cli("demo", "--db", path, "--organisations", "300")
    assert done.returncode == 0, done.stderr
    return path


@needs_pdftotext
@pytest.mark.parametrize("language", ["fr", "es"])
@pytest.mark.parametrize("document", ["dossier", "roster"])
def test_a_board_document_speaks_the_desk_s_language(cli, demo, tmp_path, language, document):
    out = tmp_path / f"{document}.pdf"
    done = cli("report", document, "--db", demo, "--programme", "SPP", "--out", out, "--lang", language)
    assert done.returncode == 0, done.stderr
    pages = pdf_pages(out)
    text = normalised(" ".join(pages))
    programme, months = WORDS[language]
    assert programme in text
    for english in ENGLISH if document == "roster" else ("Sustainable Public Procurement", *GROUPS_AFTER_A_COUNTRY):
        assert english not in text, f"{english!r} in the {language} {document}"
    # The terms' dates are written in the language ("31 mai 2025"), never as ISO dates.
    assert not ISO_DAY.search(text), ISO_DAY.search(text)
    month = "|".join(map(re.escape, months))
    assert re.search(r"\b\d{1,2} (" + month + r") 20\d\d\b", text)


def test_the_english_document_keeps_the_english_names(cli, demo, tmp_path):
    out = tmp_path / "roster.pdf"
    done = cli("report", "roster", "--db", demo, "--programme", "SPP", "--out", out)
    assert done.returncode == 0, done.stderr
    text = normalised(" ".join(pdf_pages(out)))
    assert "Sustainable Public Procurement" in text and "Achats publics durables" not in text
    assert re.search(r"\b\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) 20\d\d\b", text)


@needs_pdftotext
@pytest.mark.parametrize("language", ["fr", "es"])
def test_a_meeting_pack_names_the_programme_and_dates_in_the_desk_s_language(cli, demo, tmp_path, language):
    import json

    listed = cli("meetings", "list", "--db", demo, "--programme", "SPP", "--json")
    assert listed.returncode == 0, listed.stderr
    meeting = json.loads(listed.stdout)[0]
    out = tmp_path / "pack.pdf"
    done = cli("report", "meeting-pack", "--db", demo, "--meeting", meeting["id"], "--out", out, "--lang", language)
    assert done.returncode == 0, done.stderr
    text = normalised(" ".join(pdf_pages(out)))
    programme, months = WORDS[language]
    assert programme in text and "Sustainable Public Procurement" not in text
    month = "|".join(map(re.escape, months))
    assert re.search(r"\b\d{1,2} (" + month + r") 20\d\d\b", text)  # the footer's date
