"""The accessibility statement: the target, how it is tested, the known limits, in every edition."""

from __future__ import annotations

from babel.messages.catalog import Catalog

from healthsite.catalogs.translator import Translator
from healthsite.pages.accessibility import STANDARD, render_accessibility
from healthsite.pages.inline import InlineRenderer


def statement(kb, code="en"):
    translator = Translator(kb.languages[code], None if code == "en" else Catalog(locale=code))
    return render_accessibility(kb, InlineRenderer(kb, translator), f"{code}/").markdown


def test_the_statement_names_the_target_standard(kb):
    assert "WCAG 2.2, level AA" == STANDARD
    assert STANDARD in statement(kb)


def test_the_statement_says_how_the_site_is_tested_and_what_is_not_done_yet(kb):
    page = statement(kb)
    assert "{#how-we-test}" in page and "{#limits}" in page
    assert "axe" in page and "keyboard" in page
    assert "No person with a disability has tested the site yet." in page


def test_the_statement_links_the_translation_status(kb):
    assert 'href="../about-translations/"' in statement(kb)


def test_an_untranslated_statement_is_marked_as_english(kb):
    page = statement(kb, "ti")
    assert "notice-missing" in page and 'lang="en"' in page
