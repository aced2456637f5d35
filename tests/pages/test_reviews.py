"""A sheet says who checked it and when, in the reader's language, and never claims more.

Expert reviews here exist only in memory or in a temporary copy of the content.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from babel.messages.catalog import Catalog

from healthsite.catalogs.translator import Translator
from healthsite.knowledge.model import Review, ReviewKind
from healthsite.pages.documents import render_sheet
from healthsite.pages.inline import InlineRenderer
from healthsite.pages.reviews import review_line

AUDIT = "an independent audit (AI-assisted, not a legal or medical expert)"
LAWYER = Review("Lawyer (test organisation)", ReviewKind.LEGAL, date(2026, 11, 30))
DOCTOR = Review("General practitioner (test practice)", ReviewKind.MEDICAL, date(2026, 12, 2))


def english(kb) -> InlineRenderer:
    return InlineRenderer(kb, Translator(kb.languages["en"], None))


def in_french(kb, translations: dict[str, str]) -> InlineRenderer:
    catalog = Catalog(locale="fr")
    for key, text in translations.items():
        catalog.add(kb.ui(key).source, text, context=kb.ui(key).key)
    return InlineRenderer(kb, Translator(kb.languages["fr"], catalog))


def test_the_page_says_the_editors_checked_it_and_no_expert_has_yet(kb):
    page = render_sheet(kb, kb.sheet("no-papers"), english(kb), "en/en/").markdown
    assert ('<p class="reviewed"><span class="review">Checked by the editors on '
            '<time datetime="2026-12-06">December 6, 2026</time>.</span>') in page
    assert '<span class="review">Not yet checked by a legal or medical expert.</span></p>' in page


def test_the_audit_is_shown_as_recorded_and_not_as_an_expert_check(kb):
    line = review_line(kb.sheet("no-papers"), english(kb))
    assert (f'Also checked by <bdi class="reviewer">{AUDIT}</bdi> on '
            '<time datetime="2026-12-06">December 6, 2026</time>.') in line
    assert "legal expert on" not in line and "medical expert on" not in line


def test_every_date_is_a_time_element(kb):
    line = review_line(replace(kb.sheet("no-papers"), reviews=(LAWYER,)), english(kb))
    dates = re.findall(r'<time datetime="(\d{4}-\d{2}-\d{2})">', line)
    assert dates == ["2026-12-06", "2026-11-30"]
    assert "2026" not in re.sub(r"<time[^>]*>.*?</time>|datetime=\"[^\"]*\"", "", line)


def test_a_legal_review_is_shown_instead_of_the_missing_expert_line(kb):
    line = review_line(replace(kb.sheet("no-papers"), reviews=(LAWYER,)), english(kb))
    assert ('Checked by a legal expert on <time datetime="2026-11-30">November 30, 2026</time>: '
            '<bdi class="reviewer">Lawyer (test organisation)</bdi>.') in line
    assert "Not yet checked" not in line


def test_a_medical_review_is_shown_instead_of_the_missing_expert_line(kb):
    line = review_line(replace(kb.sheet("pregnancy"), reviews=(DOCTOR,)), english(kb))
    assert "Checked by a medical expert on" in line and "General practitioner (test practice)" in line
    assert "Not yet checked" not in line


def test_a_plain_language_review_still_says_no_expert_has_checked(kb):
    reader = Review("Plain-language editor (test organisation)", ReviewKind.PLAIN_LANGUAGE, date(2026, 12, 1))
    line = review_line(replace(kb.sheet("no-papers"), reviews=(reader,)), english(kb))
    assert "to make sure it is easy to read." in line
    assert "Not yet checked by a legal or medical expert." in line


def test_the_editors_come_first_then_the_newest_review(kb):
    line = review_line(replace(kb.sheet("no-papers"), reviews=(LAWYER, DOCTOR)), english(kb))
    assert line.index("the editors") < line.index("medical expert") < line.index("legal expert")


def test_a_review_recorded_in_the_sheet_file_reaches_the_page(content):
    """From the YAML of a temporary copy to the page: the whole way a real review will take."""
    content.replace("sheets/no-papers.yaml", "    report: audit/2026-12-06.md\n",
                    "    report: audit/2026-12-06.md\n  - by: Lawyer (test organisation)\n"
                    "    kind: legal\n    date: \"2026-12-01\"\n")
    kb = content.load()
    page = render_sheet(kb, kb.sheet("no-papers"), english(kb), "en/en/").markdown
    assert 'Checked by a legal expert on <time datetime="2026-12-01">' in page
    assert "Not yet checked" not in page


def test_the_sentences_are_in_the_readers_language_and_the_reviewer_as_written(kb):
    inline = in_french(kb, {
        "review-editors": "Vérifié par la rédaction le {date}.",
        "review-legal": "Vérifié par un expert juridique le {date} : {reviewer}.",
    })
    line = review_line(replace(kb.sheet("no-papers"), reviews=(LAWYER,)), inline)
    assert 'Vérifié par la rédaction le <time datetime="2026-12-06">6 décembre 2026</time>.' in line
    assert ('Vérifié par un expert juridique le <time datetime="2026-11-30">30 novembre 2026</time> : '
            '<bdi class="reviewer" lang="en">Lawyer (test organisation)</bdi>.') in line


def test_an_untranslated_sentence_is_shown_in_english_and_marked(kb):
    line = review_line(kb.sheet("no-papers"), in_french(kb, {}))
    assert '<span lang="en" dir="ltr" class="untranslated">Not yet checked by a legal or medical expert.</span>' in line


def test_a_reviewer_cannot_add_markup(kb):
    review = Review('<script>alert("x")</script> & co', ReviewKind.EDITORIAL, date(2026, 12, 1))
    line = review_line(replace(kb.sheet("no-papers"), reviews=(review,)), english(kb))
    assert "<script" not in line and "&lt;script&gt;" in line and "&amp; co" in line
