"""Lookups report their state; unsafe or missing translations fall back to English."""

from babel.messages.catalog import Catalog

from healthsite.catalogs.translator import MISSING, SOURCE, TRANSLATED, UNREVIEWED, Translator
from healthsite.knowledge.model import PluralText, Text
from healthsite.languages import Language

FR = Language("fr", "Français", "French", "ltr", "Latin", "nplurals=2; plural=(n > 1);")
EN = Language("en", "English", "English", "ltr", "Latin", "nplurals=2; plural=(n != 1);")
HELLO = Text("ui:hello", "Hello, call {phone:112}.")


def translator(string, fuzzy=False):
    catalog = Catalog(locale="fr")
    catalog.add(HELLO.source, string, context=HELLO.key, flags=["fuzzy"] if fuzzy else [])
    return Translator(FR, catalog)


def test_states():
    assert Translator(EN, None).text(HELLO).state == SOURCE
    assert translator("Bonjour, appelez le {phone:112}.").text(HELLO).state == TRANSLATED
    assert translator("Bonjour, appelez le {phone:112}.", fuzzy=True).text(HELLO).state == UNREVIEWED
    assert translator("").text(HELLO).state == MISSING


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
