"""Updating catalogues never loses a translation."""

from __future__ import annotations

from pathlib import Path

from babel.messages.catalog import Catalog

from healthsite.catalogs.format import load_catalog, new_catalog, save_catalog
from healthsite.catalogs.update import update_catalog
from healthsite.languages import Language

RU = Language("ru", "Русский", "Russian", "ltr", "Cyrillic",
              "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);")


def template_with(*messages) -> Catalog:
    template = new_catalog(None)
    for context, msgid in messages:
        template.add(msgid, context=context)
    return template


def test_new_catalogue_gets_explicit_plural_forms(tmp_path: Path):
    path = tmp_path / "ru.po"
    update_catalog(template_with(("ui:a", "Hello")), path, RU)
    text = path.read_text(encoding="utf-8")
    assert "Plural-Forms: nplurals=3; plural=(n%10==1" in text
    assert 'msgctxt "ui:a"' in text


def test_existing_translations_survive_an_update(tmp_path: Path):
    path = tmp_path / "ru.po"
    update_catalog(template_with(("ui:a", "Hello"), ("ui:b", "Goodbye")), path, RU)
    catalog = load_catalog(path, RU)
    catalog.get("Hello", context="ui:a").string = "Здравствуйте"
    save_catalog(catalog, path)

    # English of ui:b changes, ui:a stays, ui:c is new.
    result = update_catalog(template_with(("ui:a", "Hello"), ("ui:b", "Goodbye now"), ("ui:c", "New")), path, RU)
    catalog = load_catalog(path, RU)
    assert catalog.get("Hello", context="ui:a").string == "Здравствуйте"
    assert not catalog.get("Hello", context="ui:a").fuzzy
    assert catalog.get("New", context="ui:c").string == ""
    assert result.translated_after >= result.translated_before


def test_a_changed_source_keeps_its_translation_as_fuzzy(tmp_path: Path):
    path = tmp_path / "ru.po"
    update_catalog(template_with(("ui:b", "Call the doctor on call")), path, RU)
    catalog = load_catalog(path, RU)
    catalog.get("Call the doctor on call", context="ui:b").string = "Позвоните дежурному врачу"
    save_catalog(catalog, path)

    update_catalog(template_with(("ui:b", "Call the doctor on call now")), path, RU)
    catalog = load_catalog(path, RU)
    message = catalog.get("Call the doctor on call now", context="ui:b")
    assert message.string == "Позвоните дежурному врачу"
    assert message.fuzzy, "a translation of old English must be marked for review"


def test_a_removed_message_is_kept_as_obsolete(tmp_path: Path):
    path = tmp_path / "ru.po"
    update_catalog(template_with(("ui:gone", "Old text")), path, RU)
    catalog = load_catalog(path, RU)
    catalog.get("Old text", context="ui:gone").string = "Старый текст"
    save_catalog(catalog, path)

    update_catalog(template_with(("ui:other", "Something completely different")), path, RU)
    text = path.read_text(encoding="utf-8")
    assert '#~ msgstr "Старый текст"' in text


def test_unchanged_catalogue_is_not_rewritten(tmp_path: Path):
    path = tmp_path / "ru.po"
    template = template_with(("ui:a", "Hello"))
    assert update_catalog(template, path, RU).written
    assert not update_catalog(template, path, RU).written


def test_an_updated_catalogue_stays_valid_for_msgfmt(tmp_path: Path):
    from healthsite.catalogs.checks import msgfmt_problems

    long = "Anyone can report you to this service. Reporting is not the same as asking for asylum."
    path = tmp_path / "ru.po"
    update_catalog(template_with(("ui:b", long)), path, RU)
    catalog = load_catalog(path, RU)
    catalog.get(long, context="ui:b").string = "Любой человек может сообщить о вас в эту службу."
    save_catalog(catalog, path)
    update_catalog(template_with(("ui:b", long.replace("report you to", "tell"))), path, RU)
    assert msgfmt_problems(path) == []


def test_an_unreviewed_draft_of_changed_english_is_set_aside_not_shown(tmp_path: Path):
    """Fuzzy already means "unreviewed draft": a draft of the old English must not pass as a draft of the new."""
    path = tmp_path / "ru.po"
    update_catalog(template_with(("ui:b", "Call the doctor on call")), path, RU)
    catalog = load_catalog(path, RU)
    message = catalog.get("Call the doctor on call", context="ui:b")
    message.string = "Позвоните дежурному врачу"
    message.flags.add("fuzzy")
    save_catalog(catalog, path)

    result = update_catalog(template_with(("ui:b", "Call the doctor on call now")), path, RU)
    catalog = load_catalog(path, RU)
    assert catalog.get("Call the doctor on call now", context="ui:b").string == ""
    kept = [m.string for m in catalog.obsolete.values()]
    assert kept == ["Позвоните дежурному врачу"], "the old draft stays in the file as an obsolete entry"
    assert result.translated_after == result.translated_before


def test_a_new_message_close_to_a_kept_one_borrows_nothing_and_duplicates_nothing(tmp_path: Path):
    """Babel offers the closest old draft to a new message; that draft stays where it is."""
    path = tmp_path / "ru.po"
    update_catalog(template_with(("sheet:x#decision", "How the decision is made")), path, RU)
    catalog = load_catalog(path, RU)
    message = catalog.get("How the decision is made", context="sheet:x#decision")
    message.string = "Как принимается решение"
    message.flags.add("fuzzy")
    save_catalog(catalog, path)

    update_catalog(template_with(("sheet:x#decision", "How the decision is made"),
                                 ("ui:about-link", "How these translations were made")), path, RU)
    catalog = load_catalog(path, RU)
    assert catalog.get("How these translations were made", context="ui:about-link").string == ""
    assert catalog.get("How the decision is made", context="sheet:x#decision").string == "Как принимается решение"
    assert not catalog.obsolete
    from healthsite.catalogs.checks import msgfmt_problems
    assert msgfmt_problems(path) == []


def test_a_reviewed_message_whose_english_changes_becomes_unreviewed_and_its_record_says_why(tmp_path: Path):
    from datetime import date

    from healthsite.catalogs.review import (
        ENGLISH_CHANGED,
        REMOVED,
        MessageKey,
        Reviewer,
        Reviews,
        load_reviews,
        review_record,
        save_reviews,
    )
    from healthsite.catalogs.update import update_all
    from healthsite.knowledge.model import Text

    locales = tmp_path / "locales"
    kept, changed, gone = Text("ui:a", "Hello"), Text("ui:b", "Call the doctor on call"), Text("ui:c", "Old text")
    update_all(template_with(*[(t.key, t.source) for t in (kept, changed, gone)]), locales, [RU], date(2027, 1, 1))
    path = locales / "ru" / "LC_MESSAGES" / "messages.po"
    catalog = load_catalog(path, RU)
    translations = {kept: "Здравствуйте", changed: "Позвоните дежурному врачу", gone: "Старый текст"}
    for text, translation in translations.items():
        catalog.get(text.source, context=text.key).string = translation  # reviewed: no fuzzy flag
    save_catalog(catalog, path)
    reviewer = Reviewer("Russian desk, Brussels interpreting service", "sworn translator")
    save_reviews(Reviews().with_records(review_record(text, translation, reviewer, date(2027, 1, 15))
                                        for text, translation in translations.items()), locales / "ru" / "reviews.yaml")

    results = update_all(template_with(("ui:a", "Hello"), ("ui:b", "Call the doctor on call now")), locales, [RU],
                         date(2027, 3, 1))

    records = load_reviews(locales / "ru" / "reviews.yaml")
    assert records.get(MessageKey.of(kept)).counts
    assert (records.get(MessageKey.of(changed)).status, records.get(MessageKey.of(changed)).changed_on) == (
        ENGLISH_CHANGED, date(2027, 3, 1))
    assert records.get(MessageKey.of(gone)).status == REMOVED
    assert {record.key for record in results[0].reviews_superseded} == {MessageKey.of(changed), MessageKey.of(gone)}
    catalog = load_catalog(path, RU)
    assert catalog.get("Call the doctor on call now", context="ui:b").fuzzy
    assert not catalog.get("Hello", context="ui:a").fuzzy


def test_an_update_that_changes_no_english_leaves_the_records_alone(tmp_path: Path):
    from datetime import date

    from healthsite.catalogs.review import Reviewer, Reviews, review_record, save_reviews
    from healthsite.catalogs.update import update_all
    from healthsite.knowledge.model import Text

    locales = tmp_path / "locales"
    template = template_with(("ui:a", "Hello"))
    update_all(template, locales, [RU], date(2027, 1, 1))
    reviews = locales / "ru" / "reviews.yaml"
    save_reviews(Reviews().with_records([review_record(Text("ui:a", "Hello"), "Здравствуйте", Reviewer("x", "y"),
                                                       date(2027, 1, 15))]), reviews)
    before = reviews.read_bytes()
    assert update_all(template, locales, [RU], date(2027, 3, 1))[0].reviews_superseded == ()
    assert reviews.read_bytes() == before
    assert not (locales / "fr" / "reviews.yaml").exists()
