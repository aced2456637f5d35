"""Review records: keyed by context and English, kept in a file translation tools leave alone."""

from __future__ import annotations

from datetime import date

import pytest
import yaml

from healthsite.catalogs.review import (
    ENGLISH_CHANGED,
    REMOVED,
    REVIEWED,
    MessageKey,
    Reviewer,
    ReviewFileError,
    Reviews,
    ReviewStatus,
    load_reviews,
    review_record,
    reviewers,
    save_reviews,
    supersede,
)
from healthsite.knowledge.model import PluralText, Text

MARTIN = Reviewer("A. Martin, Brussels interpreting service", "sworn translator English-French")
DIALLO = Reviewer("Intercultural mediator, Foyer vzw", "certified intercultural mediator")
FIRST = Text("sheet:x#what-to-do", "Go to the CPAS.")
SECOND = Text("sheet:x#what-to-do", "Bring your papers.")
WEEK = PluralText("unit:week", "{count} week", "{count} weeks")
DAY = date(2027, 1, 15)


def test_messages_that_share_a_context_have_their_own_key():
    assert MessageKey.of(FIRST).context == MessageKey.of(SECOND).context
    assert MessageKey.of(FIRST) != MessageKey.of(SECOND)
    assert MessageKey.of(FIRST) == MessageKey.of(Text(FIRST.key, FIRST.source, note="another note"))


def test_a_record_covers_only_the_translation_that_was_checked():
    record = review_record(FIRST, "Allez au CPAS.", MARTIN, DAY)
    reviews = Reviews().with_records([record])
    assert reviews.covering(FIRST.key, FIRST.source, "Allez au CPAS.") == record
    assert reviews.covering(FIRST.key, FIRST.source, "Rendez-vous au CPAS.") is None
    assert reviews.covering(SECOND.key, SECOND.source, "Allez au CPAS.") is None


def test_records_survive_a_round_trip_through_their_file(tmp_path):
    path = tmp_path / "fr" / "reviews.yaml"
    reviews = Reviews().with_records([
        review_record(FIRST, "Allez au CPAS.", MARTIN, DAY),
        review_record(SECOND, "Apportez vos papiers.", DIALLO, date(2027, 2, 1)),
        review_record(WEEK, ("{count} semaine", "{count} semaines"), MARTIN, DAY),
    ])
    assert save_reviews(reviews, path)
    assert load_reviews(path) == reviews
    assert not save_reviews(load_reviews(path), path), "an unchanged file is not rewritten"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))["reviews"]
    record = data["sheet:x#what-to-do"][MessageKey.of(FIRST).english_hash]
    assert record == {"english": "Go to the CPAS.", "translation_hash": record["translation_hash"], "by": MARTIN.by,
                      "qualification": MARTIN.qualification, "date": DAY, "status": REVIEWED}


def test_no_file_means_no_review(tmp_path):
    assert load_reviews(tmp_path / "reviews.yaml") == Reviews()


@pytest.mark.parametrize("edit, reason", [
    (lambda record: record.update(english="Go to the OCMW."), "does not match the English"),
    (lambda record: record.pop("by"), "missing by"),
    (lambda record: record.update(status="approved"), "status 'approved'"),
    (lambda record: record.update(status="english-changed"), "'changed' .a date. goes with"),
    (lambda record: record.update(date="15/01/2027"), "YYYY-MM-DD"),
])
def test_a_record_edited_by_hand_is_refused(tmp_path, edit, reason):
    path = tmp_path / "reviews.yaml"
    save_reviews(Reviews().with_records([review_record(FIRST, "Allez au CPAS.", MARTIN, DAY)]), path)
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    edit(data["reviews"][FIRST.key][MessageKey.of(FIRST).english_hash])
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(ReviewFileError, match=reason):
        load_reviews(path)


def test_when_the_english_changes_the_record_stays_and_says_why():
    reviews = Reviews().with_records([review_record(FIRST, "Allez au CPAS.", MARTIN, DAY),
                                      review_record(SECOND, "Apportez vos papiers.", MARTIN, DAY),
                                      review_record(WEEK, ("{count} semaine", "{count} semaines"), MARTIN, DAY)])
    changed_first = Text(FIRST.key, "Go to the CPAS of your town.")
    current = {MessageKey.of(changed_first), MessageKey.of(SECOND)}  # unit:week left the knowledge base
    updated, changed = supersede(reviews, current, date(2027, 3, 1))
    assert {record.key: record.status for record in changed} == {MessageKey.of(FIRST): ENGLISH_CHANGED,
                                                                   MessageKey.of(WEEK): REMOVED}
    first = updated.get(MessageKey.of(FIRST))
    assert first.english == "Go to the CPAS." and first.changed_on == date(2027, 3, 1) and not first.counts
    assert updated.get(MessageKey.of(SECOND)).counts
    assert supersede(updated, current, date(2027, 4, 1))[1] == [], "a superseded record keeps its first date"


def test_a_new_review_of_the_same_english_replaces_the_earlier_one():
    earlier = Reviews().with_records([review_record(FIRST, "Allez au CPAS.", MARTIN, DAY)])
    later = earlier.with_records([review_record(FIRST, "Rendez-vous au CPAS.", DIALLO, date(2027, 2, 1))])
    assert len(later.records) == 1 and later.get(MessageKey.of(FIRST)).reviewer == DIALLO


def test_reviewers_are_listed_once_with_their_texts_and_last_day():
    records = [review_record(FIRST, "a", MARTIN, DAY), review_record(SECOND, "b", MARTIN, date(2027, 2, 1)),
               review_record(WEEK, ("c", "d"), DIALLO, DAY)]
    summaries = reviewers(records)
    assert [(s.reviewer, s.texts, s.last_reviewed) for s in summaries] == [(MARTIN, 2, date(2027, 2, 1)),
                                                                           (DIALLO, 1, DAY)]


def test_a_status_read_from_the_file_is_one_of_the_known_statuses(tmp_path):
    path = tmp_path / "reviews.yaml"
    save_reviews(Reviews().with_records([review_record(FIRST, "Allez au CPAS.", MARTIN, DAY)]), path)
    assert "status: reviewed\n" in path.read_text(encoding="utf-8")
    record = load_reviews(path).get(MessageKey.of(FIRST))
    assert record.status is ReviewStatus.REVIEWED and record.counts
