"""A language's plural rule is read once, the way Babel reads a catalogue's header."""

from __future__ import annotations

import pickle

from babel.messages.catalog import Catalog

from healthsite.catalogs.format import set_plural_forms
from healthsite.languages import Language, PluralRule

RUSSIAN = ("nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);")
RU = Language("ru", "Русский", "Russian", "ltr", "Cyrillic", RUSSIAN)


def test_a_plural_rule_knows_its_forms_and_which_form_a_number_takes():
    rule = PluralRule.parse(RUSSIAN)
    assert rule.count == 3
    assert rule.expression == RUSSIAN.split("plural=", 1)[1].rstrip(";")
    assert [rule.index(n) for n in (1, 2, 5, 11, 21, 22, 25)] == [0, 1, 2, 2, 0, 1, 2]


def test_the_rule_is_parsed_once_per_language():
    assert RU.plural is RU.plural
    assert RU.plural.header == RUSSIAN


def test_a_language_with_its_parsed_rule_still_goes_to_a_worker_process():
    copy = pickle.loads(pickle.dumps(RU))
    assert copy == RU and copy.plural.index(22) == 1


def test_the_catalogue_header_is_the_languages_own_not_babels_guess():
    catalog = Catalog(locale="ru")
    set_plural_forms(catalog, Language("ru", "Русский", "Russian", "ltr", "Cyrillic", "nplurals=3; plural=(n%10==1 ? 0 : 1);"))
    assert catalog.plural_forms == "nplurals=3; plural=(n%10==1 ? 0 : 1);"
    assert dict(catalog.mime_headers)["Plural-Forms"] == catalog.plural_forms
    assert dict(catalog.mime_headers)["Language"] == "ru"  # the other headers are left alone
