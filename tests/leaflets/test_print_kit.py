"""The print kit: a poster for all languages, pocket cards and a booklet cover per language.

Unit layer: the print HTML and its geometry, from the real knowledge base. The printed
PDFs are read back in tests/site/test_print_kit.py.
"""

from __future__ import annotations

import re
from datetime import date

from babel.messages.catalog import Catalog

from healthsite.catalogs.translator import Translator
from healthsite.leaflets import print_kit
from healthsite.leaflets.jobs import BOOKLET_COVER_PAGES, PAGES_PER_LEAFLET, plan_print_kit
from healthsite.leaflets.print_kit import (
    A4_HEIGHT,
    A4_WIDTH,
    CARD_HEIGHT,
    CARD_WIDTH,
    _card_positions,
    _cut_marks,
    card_back,
    card_front,
)
from healthsite.site_map import booklet_name, cards_name, poster_name
from tests.conftest import make_renderer as renderer

SITE = "https://example.org/"


def english_only(kb):
    return {language.code: Translator(language, None if language.code == "en" else Catalog(locale=language.code))
            for language in kb.languages.editions}


def test_kit_files_have_one_name_each():
    names = {poster_name("A3"), poster_name("A4"), cards_name("ar"), booklet_name("ar"), cards_name("ti")}
    assert len(names) == 5 and all(name.endswith(".pdf") and " " not in name for name in names)


def test_the_poster_has_every_edition_in_its_own_name_direction_and_address(kb):
    poster = plan_print_kit(kb, english_only(kb), SITE).posters["A3"]
    for language in kb.languages.editions:
        assert f'lang="{language.code}" dir="{language.direction}"' in poster
        assert f">{language.name}</p>" in poster
        assert f">{SITE}{language.code}/</p>" in poster
    assert poster.count('class="poster-qr" src="data:image/svg+xml') == len(kb.languages.editions)
    assert 'href="tel:112"' not in poster and '>112</span>' in poster and '>1733</span>' in poster
    assert 'class="poster poster-a3"' in poster


def test_a_card_front_holds_the_emergency_numbers_and_the_readers_sentences(kb):
    inline = renderer(kb, "ar", {("ui:card-no-papers", kb.ui("card-no-papers").source):
                                 "لا أوراق؟ يمكنك الحصول على رعاية صحية. اطلب {abbr:amu} من {abbr:cpas}."}, fuzzy=True)
    front = card_front(kb, inline, SITE + "ar/")
    assert 'href="tel:112"' in front and 'href="tel:1733"' in front
    assert "لا أوراق؟" in front
    assert 'class="card-qr"' in front
    assert "card-notice" in front  # a translation not yet reviewed says so, even on a card


def test_a_card_back_has_the_french_and_dutch_words_for_the_counter(kb):
    need = ("ui:card-need-doctor", kb.ui("card-need-doctor").source)
    back = card_back(kb, renderer(kb, "fr", {need: "J'ai besoin d'un médecin."}, fuzzy=True),
                     renderer(kb, "nl", {need: "Ik heb een dokter nodig."}, fuzzy=True))
    assert "J&#x27;ai besoin d&#x27;un médecin." in back and "Ik heb een dokter nodig." in back
    for ident in print_kit.CARD_TERMS:
        assert kb.terms[ident].fr.full.replace("'", "&#x27;") in back and kb.terms[ident].nl.full in back
    assert ">112</a>" in back and ">1733</a>" in back


def test_ten_cards_fit_on_a4_and_no_cut_mark_crosses_a_card():
    positions = _card_positions()
    assert len(positions) == 10
    for x, y in positions:
        assert 0 < x and x + CARD_WIDTH < A4_WIDTH and 0 < y and y + CARD_HEIGHT < A4_HEIGHT
    marks = re.findall(r'class="cut (vertical|horizontal)" style="left:([\d.]+)mm;top:([\d.]+)mm"', _cut_marks())
    assert len(marks) == 2 * 3 + 2 * 6
    for kind, left, top in marks:
        width, height = (0.2, 5.0) if kind == "vertical" else (5.0, 0.2)
        x0, y0 = float(left), float(top)
        for x, y in positions:
            # A mark may touch a card's edge, never its inside.
            inside = x0 + width > x + 0.3 and x0 < x + CARD_WIDTH - 0.3 and y0 + height > y + 0.3 and y0 < y + CARD_HEIGHT - 0.3
            assert not inside, (kind, left, top)


def test_every_card_on_a_sheet_is_the_same_so_backs_line_up_on_both_sides(kb):
    html = plan_print_kit(kb, english_only(kb), SITE).cards["ti"]
    fronts = re.findall(r'<div class="card card-front"[^>]*>(.*?)</div><img', html)
    assert html.count('class="card card-front" lang="ti" dir="ltr"') == 10
    assert html.count('class="card card-back" lang="fr" dir="ltr"') == 10
    assert len(set(fronts)) == 1


def test_the_booklet_cover_lists_every_sheet_with_the_page_it_starts_on(kb):
    plan = plan_print_kit(kb, english_only(kb), SITE)
    booklet = next(b for b in plan.booklets if b.code == "en")
    assert [slug for slug, _ in booklet.sheets] == [sheet.slug for sheet in kb.sheets]
    pages = [int(page) for page in re.findall(r'class="toc-page" dir="ltr">(\d+)<', booklet.cover_html)]
    assert pages == [BOOKLET_COVER_PAGES + 1 + PAGES_PER_LEAFLET * index for index in range(len(kb.sheets))]
    checked = max(sheet.reviewed for sheet in kb.sheets)
    assert f'<time datetime="{checked.isoformat()}">' in booklet.cover_html
    assert isinstance(checked, date)


def test_kit_text_from_catalogues_cannot_inject_markup(kb):
    line = ("ui:poster-line", kb.ui("poster-line").source)
    translators = english_only(kb)
    catalog = Catalog(locale="fr")
    catalog.add(line[1], "<script>alert(1)</script>", context=line[0], flags=["fuzzy"])
    translators["fr"] = Translator(kb.languages["fr"], catalog)
    poster = plan_print_kit(kb, translators, SITE).posters["A4"]
    assert "<script>" not in poster
