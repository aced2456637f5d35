"""The translation notice follows the page's own texts: reviewed, partly reviewed, or not reviewed."""

from __future__ import annotations

import re
from datetime import date

from babel.messages.catalog import Catalog

from healthsite.catalogs.review import Reviewer, Reviews, review_record
from healthsite.catalogs.status import msgid_of
from healthsite.catalogs.translator import MISSING, REVIEWED, SOURCE, UNREVIEWED, Translation, Translator
from healthsite.knowledge.model import Text
from healthsite.pages.documents import render_sheet
from healthsite.pages.inline import InlineRenderer
from healthsite.pages.translation_notice import page_review

MARTIN = Reviewer("A. Martin, Brussels interpreting service", "sworn translator English-French")
DIALLO = Reviewer("Intercultural mediator, Foyer vzw", "certified intercultural mediator")


def french(kb, reviewer_of=lambda message: MARTIN, day_of=lambda message: date(2027, 1, 15), leave_out=()):
    """A French catalogue of every text (the English stands in for French: the notice is what is tested),
    reviewed by ``reviewer_of(message)`` (None: not reviewed), without the messages in ``leave_out``."""
    catalog = Catalog(locale="fr")
    records = []
    for message in kb.texts():
        if message in leave_out:
            continue
        reviewer = reviewer_of(message)
        msgid = msgid_of(message)
        catalog.add(msgid, msgid, context=message.key, flags=[] if reviewer else ["fuzzy"])
        if reviewer:
            records.append(review_record(message, msgid, reviewer, day_of(message)))
    return Translator(kb.languages["fr"], catalog, Reviews().with_records(records))


def glossary(kb, translator):
    return render_sheet(kb, kb.sheet("glossary"), InlineRenderer(kb, translator), "fr/").markdown


def notices(markdown):
    return re.findall(r'<p class="notice ([^"]+)" role="note">(.*?)</p>', markdown)


def test_a_page_whose_texts_are_all_reviewed_says_who_checked_it_and_nothing_else(kb):
    page = glossary(kb, french(kb))
    [(classes, text)] = notices(page)
    assert classes == "notice-reviewed"
    assert text.startswith("Translation checked by <bdi>A. Martin, Brussels interpreting service</bdi>, "
                           "<bdi>sworn translator English-French</bdi>, on "
                           '<time datetime="2027-01-15">15 janvier 2027</time>.')
    assert 'href="../about-translations/"' in text
    assert "notice-unreviewed" not in page and "notice-missing" not in page


def test_several_reviewers_give_the_day_of_the_last_check(kb):
    title = kb.sheet("glossary").title
    page = glossary(kb, french(kb, reviewer_of=lambda m: DIALLO if m == title else MARTIN,
                               day_of=lambda m: date(2027, 2, 3) if m == title else date(2027, 1, 15)))
    [(classes, text)] = notices(page)
    assert classes == "notice-reviewed"
    assert text.startswith('Translation checked by qualified translators. The last check was on '
                           '<time datetime="2027-02-03">')


def test_a_partly_reviewed_page_says_how_many_of_its_texts_are_checked(kb):
    title = kb.sheet("glossary").title
    page = glossary(kb, french(kb, reviewer_of=lambda m: None if m == title else MARTIN))
    [(classes, text)] = notices(page)
    assert classes == "notice-partly-reviewed notice-unreviewed"
    reviewed, total = map(int, re.match(r"Texts on this page checked by a qualified translator: (\d+) of (\d+)\.",
                                        text).groups())
    assert reviewed == total - 1 and total > 10
    assert "The other texts are not checked yet." in text and "Translation checked by" not in text


def test_the_count_is_of_the_page_s_own_texts(kb):
    """Texts used only on other pages do not count, and a text used twice counts once."""
    other = kb.sheet("emergencies").title
    page = glossary(kb, french(kb, reviewer_of=lambda m: None if m == other else MARTIN))
    assert [classes for classes, _ in notices(page)] == ["notice-reviewed"]


def test_reviewed_texts_and_missing_ones_give_the_count_and_the_missing_notice(kb):
    title = kb.sheet("glossary").title
    page = glossary(kb, french(kb, leave_out=(title,)))
    assert [classes for classes, _ in notices(page)] == ["notice-partly-reviewed", "notice-missing"]
    assert "not checked yet" not in page


def test_a_page_with_no_reviewed_text_keeps_the_unreviewed_notice(kb):
    page = glossary(kb, french(kb, reviewer_of=lambda m: None))
    assert [classes for classes, _ in notices(page)] == ["notice-unreviewed"]
    assert kb.ui("notice-unreviewed").source in page


def test_page_review_counts_each_state_and_each_reviewer_once():
    record = review_record(Text("ui:a", "A"), "A", MARTIN, date(2027, 1, 15))
    review = page_review([Translation("x", SOURCE), Translation("a", REVIEWED, record),
                          Translation("b", REVIEWED, record), Translation("c", UNREVIEWED), Translation("d", MISSING)])
    assert (review.reviewed, review.unreviewed, review.missing, review.total) == (2, 1, 1, 4)
    assert review.reviewers == (MARTIN,) and review.last_reviewed == date(2027, 1, 15)
