""""About these translations": each edition says truthfully how its text was made."""

from __future__ import annotations

from babel.messages.catalog import Catalog

from healthsite.catalogs.status import LanguageStatus
from healthsite.catalogs.translator import Translator
from healthsite.pages.about_translations import render_about_translations
from healthsite.pages.inline import InlineRenderer


def render(kb, code, status):
    catalog = None if code == "en" else Catalog(locale=code)
    inline = InlineRenderer(kb, Translator(kb.languages[code], catalog))
    return render_about_translations(kb, inline, f"{code}/", status).markdown


def test_the_english_edition_says_it_is_the_source(kb):
    page = render(kb, "en", None)
    assert kb.ui("about-source-edition").source in page
    assert kb.ui("about-machine").source not in page


def test_an_edition_with_unreviewed_text_says_nobody_checked_it(kb):
    page = render(kb, "ar", LanguageStatus("ar", reviewed=0, unreviewed=830, missing=11))
    assert kb.ui("about-machine").source in page
    assert kb.ui("about-not-reviewed").source in page
    assert "Texts on this site: 841. Checked by a qualified translator: 0. Not checked yet: 830. Not translated yet: 11." in page


def test_the_not_reviewed_sentence_goes_only_when_every_text_is_reviewed(kb):
    page = render(kb, "fr", LanguageStatus("fr", reviewed=841, unreviewed=0, missing=0))
    assert kb.ui("about-not-reviewed").source not in page


def test_the_reviewers_are_named_with_their_counts_and_the_not_reviewed_sentence_goes(kb):
    from datetime import date

    from healthsite.catalogs.review import Reviewer, ReviewerSummary

    martin = ReviewerSummary(Reviewer("A. Martin, Brussels interpreting service", "sworn translator"), 41,
                             date(2027, 1, 15))
    page = render(kb, "fr", LanguageStatus("fr", reviewed=41, unreviewed=800, missing=0, reviewers=(martin,)))
    assert kb.ui("about-not-reviewed").source not in page
    assert "Checked by a qualified translator: 41. Not checked yet: 800." in page
    assert 'class="translation-reviewers"' in page
    assert ('<bdi>A. Martin, Brussels interpreting service</bdi>, <bdi>sworn translator</bdi>. Texts checked: 41. '
            'Last check: <time datetime="2027-01-15">') in page
