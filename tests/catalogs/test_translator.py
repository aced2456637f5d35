"""Lookups report their state; unsafe or missing translations fall back to English."""

from datetime import date

from babel.messages.catalog import Catalog

from healthsite.catalogs.review import Reviewer, Reviews, review_record
from healthsite.catalogs.states import TranslationState
from healthsite.catalogs.translator import MISSING, REVIEWED, SOURCE, UNREVIEWED, Translator
from healthsite.knowledge.model import PluralText, Text
from healthsite.languages import Language

FR = Language("fr", "Français", "French", "ltr", "Latin", "nplurals=2; plural=(n > 1);")
EN = Language("en", "English", "English", "ltr", "Latin", "nplurals=2; plural=(n != 1);")
HELLO = Text("ui:hello", "Hello, call {phone:112}.")


BONJOUR = "Bonjour, appelez le {phone:112}."
REVIEWER = Reviewer("A. Martin, Brussels interpreting service", "sworn translator English-French")


def translator(string, fuzzy=False, reviewed: str | None = None):
    """``reviewed``: the translation a review record vouches for."""
    catalog = Catalog(locale="fr")
    catalog.add(HELLO.source, string, context=HELLO.key, flags=["fuzzy"] if fuzzy else [])
    reviews = Reviews().with_records([review_record(HELLO, reviewed, REVIEWER, date(2027, 1, 15))] if reviewed else [])
    return Translator(FR, catalog, reviews)


def test_states():
    assert Translator(EN, None).text(HELLO).state == SOURCE
    assert translator(BONJOUR, reviewed=BONJOUR).text(HELLO).state == REVIEWED
    assert translator(BONJOUR, fuzzy=True).text(HELLO).state == UNREVIEWED
    assert translator("").text(HELLO).state == MISSING


def test_a_state_is_one_of_four_and_prints_as_the_word_pages_and_tables_use():
    state = translator(BONJOUR, fuzzy=True).text(HELLO).state
    assert isinstance(state, TranslationState) and set(TranslationState) == {SOURCE, REVIEWED, UNREVIEWED, MISSING}
    assert f"state-{state}" == "state-unreviewed"


def test_a_reviewed_translation_says_who_checked_it():
    review = translator(BONJOUR, reviewed=BONJOUR).text(HELLO).review
    assert review.reviewer == REVIEWER and review.reviewed_on == date(2027, 1, 15)


def test_without_a_review_record_a_translation_is_unreviewed_even_without_the_fuzzy_flag():
    assert translator(BONJOUR).text(HELLO).state == UNREVIEWED
    assert translator(BONJOUR).text(HELLO).review is None


def test_a_fuzzy_entry_is_unreviewed_even_with_a_record():
    assert translator(BONJOUR, fuzzy=True, reviewed=BONJOUR).text(HELLO).state == UNREVIEWED


def test_a_translation_edited_after_its_review_is_unreviewed():
    edited = translator("Bonjour ! Appelez le {phone:112}.", reviewed=BONJOUR)
    assert edited.text(HELLO).state == UNREVIEWED


def test_an_unsafe_translation_is_never_used():
    t = translator('Bonjour <img src=x onerror="alert(1)"> {phone:112}.')
    result = t.text(HELLO)
    assert result.state == MISSING and result.text == HELLO.source
    assert t.rejected and "markup" in t.rejected[0]


def test_plural_forms_follow_the_language_rule():
    catalog = Catalog(locale="fr")
    catalog.add(("{count} day", "{count} days"), ("{count} jour", "{count} jours"), context="unit:day")
    t = Translator(FR, catalog)
    unit = PluralText("unit:day", "{count} day", "{count} days")
    assert t.plural(unit, 1).text == "{count} jour"
    assert t.plural(unit, 30).text == "{count} jours"
