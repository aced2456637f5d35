"""Recording a finished review: exactly the reviewed messages lose their fuzzy flag and get a record,
and nothing is recorded for a text that is missing or fails the checks. Every test works on a
copy of locales/ (the ``locales`` fixture): the repository's translations stay unreviewed."""

from __future__ import annotations

from datetime import date

import pytest

from healthsite import cli
from healthsite.catalogs.checks import review_problems
from healthsite.catalogs.format import load_catalog, save_catalog
from healthsite.catalogs.groups import SHARED, group
from healthsite.catalogs.record_review import ReviewRequestError, messages_named, messages_of_part, record_review
from healthsite.catalogs.review import MessageKey, Reviewer, load_reviews, reviews_path
from healthsite.catalogs.review_pack import review_pack
from healthsite.catalogs.status import msgid_of
from healthsite.catalogs.update import catalog_path
from healthsite.paths import ProjectPaths

MARTIN = Reviewer("A. Martin, Brussels interpreting service", "sworn translator English-French")
DAY = date(2027, 1, 15)
TODAY = date(2027, 1, 20)


def review(kb, locales, code, messages, day=DAY, **kwargs):
    return record_review(kb, locales, kb.languages[code], messages, MARTIN, day, TODAY, **kwargs)


def entry(kb, locales, code, message):
    return load_catalog(catalog_path(locales, code), kb.languages[code]).get(msgid_of(message), context=message.key)


def edit(kb, locales, code, message, translation):
    path = catalog_path(locales, code)
    catalog = load_catalog(path, kb.languages[code])
    catalog.get(msgid_of(message), context=message.key).string = translation
    save_catalog(catalog, path)


def test_reviewing_a_sheet_records_its_messages_and_drops_fuzzy_only_for_them(kb, locales):
    sheet = messages_of_part(kb, "emergencies")
    outcome = review(kb, locales, "fr", sheet)
    assert outcome.ok and len(outcome.recorded) == len(sheet)

    records = load_reviews(reviews_path(locales, "fr"))
    assert set(records.records) == {MessageKey.of(message) for message in sheet}
    assert all(record.reviewer == MARTIN and record.reviewed_on == DAY for record in records.records.values())
    catalog = load_catalog(catalog_path(locales, "fr"), kb.languages["fr"])
    ours = {(message.key, msgid_of(message)) for message in sheet}
    entries = [message for message in catalog if message.id]
    assert len(entries) > len(ours)
    for message in entries:
        assert message.fuzzy == ((message.context, message.id) not in ours), message.context
    assert review_problems(kb, catalog, records, catalog_path(locales, "fr"), reviews_path(locales, "fr")) == []
    assert not reviews_path(locales, "ar").exists(), "other languages are untouched"


def test_a_missing_translation_is_refused_and_nothing_is_written(kb, locales):
    sheet = messages_of_part(kb, "emergencies")
    edit(kb, locales, "fr", sheet[3], "")
    before = catalog_path(locales, "fr").read_bytes()

    outcome = review(kb, locales, "fr", sheet)
    assert not outcome.ok and not outcome.recorded
    assert [reason.split(": ")[:2] for reason in outcome.refused] == [[str(MessageKey.of(sheet[3])), "not translated"]]
    assert catalog_path(locales, "fr").read_bytes() == before
    assert not reviews_path(locales, "fr").exists()


def test_a_translation_that_fails_the_checks_is_refused(kb, locales):
    phone = next(message for message in kb.texts() if "{phone:112}" in getattr(message, "source", ""))
    edit(kb, locales, "fr", phone, entry(kb, locales, "fr", phone).string.replace("{phone:112}", "le 112"))
    outcome = review(kb, locales, "fr", (phone,))
    assert not outcome.ok and "placeholders differ" in outcome.refused[0]
    assert entry(kb, locales, "fr", phone).fuzzy


def test_a_dry_run_checks_and_writes_nothing(kb, locales):
    outcome = review(kb, locales, "fr", messages_of_part(kb, "glossary"), dry_run=True)
    assert outcome.ok and not outcome.recorded
    assert not reviews_path(locales, "fr").exists()


@pytest.mark.parametrize("code, day, reason", [
    ("fr", date(2027, 2, 1), "in the future"),
    ("en", DAY, "source language"),
])
def test_impossible_reviews_are_refused(kb, locales, code, day, reason):
    with pytest.raises(ReviewRequestError, match=reason):
        review(kb, locales, code, messages_of_part(kb, "glossary"), day=day)


def test_parts_are_sheets_the_guide_and_the_shared_texts(kb):
    assert messages_of_part(kb, "glossary") == tuple(kb.sheet("glossary").texts())
    assert messages_of_part(kb, kb.guide.slug) == tuple(kb.guide.texts())
    assert kb.ui("sources-heading") in messages_of_part(kb, SHARED)
    with pytest.raises(ReviewRequestError, match="no sheet or part called 'nowhere'"):
        messages_of_part(kb, "nowhere")


def test_messages_are_named_by_context_and_english_hash(kb):
    first, second = [message for message in kb.sheet("emergencies").texts()][2:4]
    assert first.key == second.key, "test setup: two paragraphs of one section"
    assert messages_named(kb, [str(MessageKey.of(second))]) == (second,)
    assert messages_named(kb, ["ui:sources-heading"]) == (kb.ui("sources-heading"),)
    with pytest.raises(ReviewRequestError, match="messages have this context"):
        messages_named(kb, [first.key])
    with pytest.raises(ReviewRequestError, match="no such message"):
        messages_named(kb, [f"{first.key}:0123456789ab"])


def test_a_reviewer_can_name_texts_by_the_ids_their_review_pack_printed(kb):
    language = kb.languages["ar"]
    pack = review_pack(kb, language, None, "https://health.example.be/", date(2026, 12, 6), only="emergencies")
    rows = [row for section in pack.sections for row in section.rows][2:4]
    chosen = messages_named(kb, [row.ident for row in rows])
    assert [message.key for message in chosen] == [row.key for row in rows]
    assert [message.source for message in chosen] == [row.english[0] for row in rows]
    with pytest.raises(ReviewRequestError, match="no such message"):
        messages_named(kb, ["0badc0de"])


def command(monkeypatch, kb, locales, *argv):
    monkeypatch.setattr(cli, "project_paths", lambda: ProjectPaths(locales.parent))
    monkeypatch.setattr(cli, "_kb", lambda paths: kb)
    return cli.main(list(argv))


def test_the_command_records_a_review_dated_today_or_HEALTHSITE_TODAY(kb, locales, monkeypatch, capsys):
    monkeypatch.setenv("HEALTHSITE_TODAY", "2027-01-20")
    code = command(monkeypatch, kb, locales, "review", "ar", "--sheet", "glossary",
                   "--by", "Arabic desk, Brussels interpreting service", "--qualification", "sworn translator")
    assert code == 0, capsys.readouterr().err
    records = load_reviews(reviews_path(locales, "ar")).records.values()
    assert len(records) == len(group(kb, "glossary").messages)
    assert {record.reviewed_on for record in records} == {date(2027, 1, 20)}
    assert "recorded as reviewed" in capsys.readouterr().out


def test_the_command_refuses_a_missing_translation(kb, locales, monkeypatch, capsys):
    title = kb.sheet("glossary").title
    edit(kb, locales, "ar", title, "")
    code = command(monkeypatch, kb, locales, "review", "ar", "--sheet", "glossary", "--by", "Arabic desk",
                   "--qualification", "sworn translator", "--date", "2026-12-01")
    assert code == 1
    assert "not translated" in capsys.readouterr().err
    assert not reviews_path(locales, "ar").exists()


def test_the_command_needs_who_and_what(kb, locales, monkeypatch, capsys):
    assert command(monkeypatch, kb, locales, "review", "ar", "--sheet", "glossary", "--by", "Arabic desk") == 2
    assert command(monkeypatch, kb, locales, "review", "ar", "--by", "Arabic desk", "--qualification", "x") == 2
    assert not reviews_path(locales, "ar").exists()
