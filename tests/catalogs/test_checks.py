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
    import yaml

    from healthsite.catalogs.checks import identical_allowed

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


# --- reviews: a claim of a review needs a record, and a record needs the current English ---

def _fr_review_problems(kb, locales):
    from healthsite.catalogs.checks import review_problems
    from healthsite.catalogs.format import load_catalog
    from healthsite.catalogs.review import load_reviews, reviews_path
    from healthsite.catalogs.update import catalog_path

    path = catalog_path(locales, "fr")
    return review_problems(kb, load_catalog(path, kb.languages["fr"]), load_reviews(reviews_path(locales, "fr")),
                           path, reviews_path(locales, "fr"))


def _review_glossary(kb, locales):
    from datetime import date

    from healthsite.catalogs.record_review import messages_of_part, record_review
    from healthsite.catalogs.review import Reviewer

    outcome = record_review(kb, locales, kb.languages["fr"], messages_of_part(kb, "glossary"),
                            Reviewer("A. Martin", "sworn translator"), date(2027, 1, 15), date(2027, 1, 15))
    assert outcome.ok, outcome.refused


def test_the_repository_claims_no_review_it_cannot_show(kb, project):
    """Every entry without the fuzzy flag has a record, and every record the current English."""
    problems = [problem for problem in check_all(kb, project.locales) if "review" in problem.message]
    assert not problems, "\n".join(map(str, problems[:30]))


def test_an_entry_without_the_fuzzy_flag_and_without_a_record_is_an_error(kb, locales):
    from healthsite.catalogs.format import load_catalog, save_catalog
    from healthsite.catalogs.update import catalog_path

    path = catalog_path(locales, "fr")
    catalog = load_catalog(path, kb.languages["fr"])
    title = kb.sheet("glossary").title
    catalog.get(title.source, context=title.key).flags.discard("fuzzy")
    save_catalog(catalog, path)
    problems = check_all(kb, locales)
    assert [(p.context, p.message.split(":")[0]) for p in problems] == [
        (title.key, "no fuzzy flag, but no record of a review of this English")]


def test_a_recorded_review_passes_the_check(kb, locales):
    _review_glossary(kb, locales)
    assert _fr_review_problems(kb, locales) == []


def test_a_translation_edited_after_its_review_is_an_error(kb, locales):
    from healthsite.catalogs.format import load_catalog, save_catalog
    from healthsite.catalogs.update import catalog_path

    _review_glossary(kb, locales)
    path = catalog_path(locales, "fr")
    catalog = load_catalog(path, kb.languages["fr"])
    title = kb.sheet("glossary").title
    catalog.get(title.source, context=title.key).string += " !"
    save_catalog(catalog, path)
    assert [problem.context for problem in _fr_review_problems(kb, locales)] == [title.key]
    assert "changed after its review on 2027-01-15 by A. Martin" in _fr_review_problems(kb, locales)[0].message


def test_a_review_record_for_changed_english_fails_the_check_until_extract_marks_it(kb, locales, content):
    from datetime import date

    from healthsite.catalogs.extract import build_template
    from healthsite.catalogs.format import load_catalog
    from healthsite.catalogs.review import ENGLISH_CHANGED, MessageKey, load_reviews, reviews_path
    from healthsite.catalogs.update import catalog_path, update_catalog, update_reviews

    _review_glossary(kb, locales)
    old_title = kb.sheet("glossary").title
    content.replace("sheets/glossary.yaml", f"title: {old_title.source}", f"title: {old_title.source} and their meaning")
    changed = content.load()
    new_title = changed.sheet("glossary").title

    problems = _fr_review_problems(changed, locales)
    assert [problem.context for problem in problems] == [old_title.key]
    assert "no longer on the site" in problems[0].message and str(problems[0].file).endswith("fr/reviews.yaml")

    # What `extract` does, for French only: update the catalogue, then the records.
    template = build_template(changed, content.folder.parent)
    update_catalog(template, catalog_path(locales, "fr"), changed.languages["fr"])
    superseded = update_reviews(template, reviews_path(locales, "fr"), date(2027, 3, 1))
    assert [record.key for record in superseded] == [MessageKey.of(old_title)]

    record = load_reviews(reviews_path(locales, "fr")).get(MessageKey.of(old_title))
    assert (record.status, record.changed_on, record.english) == (ENGLISH_CHANGED, date(2027, 3, 1), old_title.source)
    entry = load_catalog(catalog_path(locales, "fr"), changed.languages["fr"]).get(new_title.source, context=new_title.key)
    assert entry is None or entry.fuzzy or not entry.string, "the entry of the new English is not reviewed"
    assert _fr_review_problems(changed, locales) == []


def test_an_unreadable_reviews_file_is_reported(kb, locales):
    (locales / "fr" / "reviews.yaml").write_text("reviews:\n  ui:site-name:\n    nothex: {}\n", encoding="utf-8")
    problems = [problem for problem in check_all(kb, locales) if problem.context == "(reviews)"]
    assert len(problems) == 1 and "12 hex digits" in problems[0].message
