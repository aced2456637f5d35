"""The print HTML: what a leaflet shows, in which language and direction, and nothing unsafe."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from babel.messages.catalog import Catalog

from healthsite.catalogs.translator import Translator
from healthsite.knowledge.model import Review, ReviewKind
from healthsite.leaflets.content import leaflet_content
from healthsite.leaflets.template import QR_IMAGE, leaflet_html
from healthsite.pages.inline import InlineRenderer
from healthsite.pages.reviews import review_line

URL = "https://example.org/ar/no-papers/"
LAWYER = Review("Lawyer (test organisation)", ReviewKind.LEGAL, date(2026, 11, 30))  # test-only: none happened


def renderer(kb, code, translations=None, fuzzy=False):
    if code == "en":
        return InlineRenderer(kb, Translator(kb.languages["en"], None))
    catalog = Catalog(locale=code)
    for message, text in (translations or {}).items():
        catalog.add(message.source, text, context=message.key, flags=["fuzzy"] if fuzzy else [])
    return InlineRenderer(kb, Translator(kb.languages[code], catalog), link_prefix=f"https://example.org/{code}/")


def single(kb, code="en", slug="no-papers", **kwargs):
    sheet = kb.sheet(slug)
    return leaflet_html(kb, sheet, leaflet_content(kb, sheet), renderer(kb, code, **kwargs), URL)


def test_a_leaflet_has_title_summary_steps_and_emergency_numbers(kb):
    html = single(kb)
    assert "<h1>No residence papers: Urgent Medical Aid</h1>" in html
    assert 'class="summary"' in html
    assert html.count('<ol class="steps">') == 1
    assert 'href="tel:112"' in html and 'href="tel:1733"' in html


def test_a_leaflet_gives_the_official_words_in_french_and_dutch(kb):
    html = single(kb)
    assert '<table class="terms">' in html
    assert '<td lang="fr">Aide Médicale Urgente (AMU)</td>' in html
    assert '<td lang="nl">Dringende Medische Hulp (DMH)</td>' in html


def test_a_leaflet_ends_with_qr_code_address_who_checked_it_and_sources(kb):
    html = single(kb)
    assert f'src="{QR_IMAGE}"' in html and f'dir="ltr">{URL}</span>' in html
    assert 'Checked by the editors on <time datetime="2026-12-06">December 6, 2026</time>.' in html
    assert "Not yet checked by a legal or medical expert." in html
    assert html.count("<li") >= len(kb.sheet("no-papers").sources)


def test_a_leaflet_prints_the_same_review_sentences_as_the_page(kb):
    sheet = replace(kb.sheet("no-papers"), reviews=(LAWYER,))
    inline = renderer(kb, "en")
    html = leaflet_html(kb, sheet, leaflet_content(kb, sheet), inline, URL)
    assert review_line(sheet, renderer(kb, "en")) in html
    assert 'Checked by a legal expert on <time datetime="2026-11-30">November 30, 2026</time>' in html
    assert "Not yet checked" not in html


def test_a_half_says_who_checked_it_too(kb):
    sheet = replace(kb.sheet("no-papers"), reviews=(LAWYER,))
    half = leaflet_html(kb, sheet, leaflet_content(kb, sheet), renderer(kb, "ar"), URL, half=True)
    assert '<bdi class="reviewer" lang="en">Lawyer (test organisation)</bdi>' in half
    assert "Not yet checked" not in half


def test_links_on_paper_are_absolute(kb):
    html = single(kb, "ar")
    hrefs = re.findall(r'href="([^"]+)"', html)
    assert hrefs and all(href.startswith(("https://", "http://", "tel:", "mailto:")) for href in hrefs)


def test_a_right_to_left_leaflet_says_so_and_keeps_numbers_left_to_right(kb):
    html = single(kb, "ar")
    assert html.startswith('<!DOCTYPE html><html lang="ar" dir="rtl">')
    assert '<a class="tel" href="tel:112" dir="ltr">112</a>' in html


def test_an_unchecked_translation_is_announced_on_paper_too(kb):
    sheet = kb.sheet("no-papers")
    html = single(kb, "fr", translations={sheet.title: "Sans papiers : Aide médicale urgente"}, fuzzy=True)
    assert "<h1>Sans papiers : Aide médicale urgente</h1>" in html
    assert 'class="notice"' in html and 'lang="fr"' in html


def test_a_reviewed_translation_says_on_paper_who_checked_it(kb):
    from datetime import date

    from healthsite.catalogs.review import Reviewer, Reviews, review_record
    from healthsite.catalogs.status import msgid_of

    catalog, records = Catalog(locale="fr"), []
    for message in kb.texts():  # the English stands in for French: the notice is what is tested
        catalog.add(msgid_of(message), msgid_of(message), context=message.key)
        records.append(review_record(message, msgid_of(message), Reviewer("A. Martin", "sworn translator"),
                                     date(2027, 1, 15)))
    sheet = kb.sheet("no-papers")
    inline = InlineRenderer(kb, Translator(kb.languages["fr"], catalog, Reviews().with_records(records)))
    html = leaflet_html(kb, sheet, leaflet_content(kb, sheet), inline, URL)
    notices = re.findall(r'<p class="notice">(.*?)</p>', html)
    assert len(notices) == 1 and notices[0].startswith("Translation checked by <bdi>A. Martin</bdi>")
    assert '<time datetime="2027-01-15">' in notices[0]


def test_catalogue_text_cannot_inject_markup(kb):
    sheet = kb.sheet("no-papers")
    html = single(kb, "fr", translations={sheet.title: 'Sans papiers <script>alert("x")</script>'})
    assert "<script" not in html


def test_a_half_keeps_what_two_people_read_together(kb):
    sheet = kb.sheet("no-papers")
    half = leaflet_html(kb, sheet, leaflet_content(kb, sheet), renderer(kb, "ar"), URL, half=True)
    assert half.startswith('<!DOCTYPE html><html lang="ar" dir="rtl">') and '<body class="half">' in half
    assert '<ol class="steps">' in half and 'href="tel:112"' in half and f'src="{QR_IMAGE}"' in half
    # The official-words table, the useful numbers and the sources stay on the full leaflet.
    assert '<table class="terms">' not in half and 'class="sources"' not in half


def test_a_leaflet_prints_the_date_its_information_last_changed(kb, content):
    from tests.releasing import LATER, change_content, publish

    assert 'This information last changed on <time datetime="2026-12-06">December 6, 2026</time>.' in single(kb)
    change_content(content)
    publish(content)
    changed = content.load(today=LATER)
    sheet = changed.sheet("emergencies")
    for half in (False, True):  # the single leaflet, and each half of a bilingual one
        html = leaflet_html(changed, sheet, leaflet_content(changed, sheet), renderer(changed, "en"), URL, half=half)
        assert f'<span class="changed">This information last changed on <time datetime="{LATER}">' in html
