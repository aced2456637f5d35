"""The checks that catch a wrong translation, and the state of the real catalogues."""

from __future__ import annotations

import pytest

from healthsite.catalogs.checks import check_all, check_message, script_share
from healthsite.languages import Language

LANG = {
    "fa": Language("fa", "فارسی", "Persian", "rtl", "Arabic", "nplurals=2; plural=(n > 1);"),
    "ru": Language("ru", "Русский", "Russian", "ltr", "Cyrillic", "nplurals=3; plural=(n%10==1 ? 0 : 1);"),
    "ro": Language("ro", "Română", "Romanian", "ltr", "Latin", "nplurals=3; plural=(n==1 ? 0 : 1);"),
    "ti": Language("ti", "ትግርኛ", "Tigrinya", "ltr", "Ethiopic", "nplurals=2; plural=(n > 1);"),
}
SOURCE = "Call {phone:112} when a life is in danger."


@pytest.mark.parametrize("code, translation, reason", [
    ("fa", "Call {phone:112} when a life is in danger.", "identical"),
    ("fa", "Call {phone:112} when a life is en danger, please.", "Arabic"),
    ("ru", "Звоните {phone:112}, коли життя в небезпеці.", "does not use"),
    ("ro", "Sunaţi la {phone:112} când o viaţă este în pericol.", "does not use"),
    ("ti", "Call {phone:112} ሕይወት ኣብ ሓደጋ.", "Ethiopic"),
    ("ru", "Звоните, пожалуйста, " * 8 + "{phone:112}.", "length"),
])
def test_wrong_translations_are_caught(code, translation, reason):
    found = check_message(LANG[code], SOURCE, translation)
    assert any(reason in problem for problem in found), found


def test_good_translations_pass():
    assert check_message(LANG["fa"], SOURCE, "وقتی جان کسی در خطر است، با {phone:112} تماس بگیرید.") == []
    assert check_message(LANG["ti"], SOURCE, "ህይወት ኣብ ሓደጋ ምስ ዝኸውን፡ ናብ {phone:112} ደውሉ።") == []


def test_script_share_ignores_placeholders():
    assert script_share("{term:amu} ደውሉ", "Ethiopic") == 1.0


def test_the_project_catalogues_pass_every_check(kb, project):
    problems = check_all(kb, project.locales)
    assert not problems, "\n".join(map(str, problems[:30]))


def test_release_check_every_string_is_translated_in_every_language(kb, project):
    """The release gate: no language shows English anywhere."""
    problems = check_all(kb, project.locales, release=True)
    assert not problems, "\n".join(map(str, problems[:30]))


def test_release_check_fails_on_a_missing_string(kb, project, tmp_path):
    import shutil

    locales = tmp_path / "locales"
    shutil.copytree(project.locales, locales)
    po = locales / "ti" / "LC_MESSAGES" / "messages.po"
    text = po.read_text(encoding="utf-8")
    marker = 'msgctxt "ui:emergency-label"\nmsgid "Emergency"\nmsgstr "'
    start = text.index(marker) + len(marker)
    po.write_text(text[:start] + text[text.index('"\n', start):], encoding="utf-8")
    problems = check_all(kb, locales, release=True)
    assert [p.context for p in problems] == ["ui:emergency-label"]


def test_an_identical_translation_passes_only_when_allow_listed():
    nl = Language("nl", "Nederlands", "Dutch", "ltr", "Latin", "nplurals=2; plural=(n != 1);")
    assert check_message(nl, "{count} week", "{count} week") == ["identical to the English source"]
    assert check_message(nl, "{count} week", "{count} week", may_be_identical=True) == []


def test_the_allow_list_gives_a_reason_for_every_identical_string(project):
    from healthsite.catalogs.checks import identical_allowed
    import yaml

    data = yaml.safe_load((project.locales / "identical-allowed.yaml").read_text(encoding="utf-8"))
    for code, entries in data["allowed"].items():
        assert all(isinstance(reason, str) and len(reason) > 10 for reason in entries.values()), code
    assert "unit:week" in identical_allowed(project.locales)["nl"]


NAMES = ("Zelfmoordlijn", "MediPrima")


def test_names_people_must_search_for_stay_in_latin_script():
    source = "Zelfmoordlijn: suicide prevention line, in Dutch"
    found = check_message(LANG["ru"], source, "Зелфмоордлейн: линия профилактики самоубийств", names=NAMES)
    assert any("'Zelfmoordlijn' must stay as written" in problem for problem in found), found


def test_a_kept_name_does_not_count_against_the_script_and_may_have_a_transliteration():
    source = "Zelfmoordlijn: suicide prevention line, in Dutch"
    assert check_message(LANG["ru"], source, "Zelfmoordlijn: линия профилактики самоубийств, на нидерландском",
                         names=NAMES) == []
    assert check_message(LANG["ti"], "Patient not found in MediPrima?", "ሕሙም ኣብ MediPrima (ሜዲፕሪማ) ኣይተረኽበን ዶ?",
                         names=NAMES) == []
