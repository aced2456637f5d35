"""The decision guide's pages: one per question, plain links that lead somewhere real."""

from __future__ import annotations

import posixpath
import re

from babel.messages.catalog import Catalog

from healthsite.catalogs.translator import Translator
from healthsite.pages.editions import render_site
from healthsite.pages.guide import ALL_QUESTIONS, render_guide
from healthsite.pages.inline import InlineRenderer


def pages_for(kb, code="ar"):
    translator = Translator(kb.languages[code], Catalog(locale=code))
    return render_guide(kb, kb.guide, lambda prefix: InlineRenderer(kb, translator, link_prefix=prefix), f"{code}/")


def test_one_page_per_question_and_one_page_with_every_question(kb):
    paths = {page.path for page in pages_for(kb)}
    slug = kb.guide.slug
    expected = {f"ar/{slug}/index.md", f"ar/{slug}/{ALL_QUESTIONS}/index.md"}
    expected |= {f"ar/{slug}/{q}/index.md" for q in kb.guide.questions if q != kb.guide.start}
    assert paths == expected


def test_only_the_first_page_is_in_the_navigation(kb):
    in_nav = [page.path for page in pages_for(kb) if page.in_nav]
    assert in_nav == [f"ar/{kb.guide.slug}/index.md"]


def test_every_answer_is_a_plain_link_to_a_page_that_exists(kb):
    """Relative links resolved from each page land on a generated page (or an anchor on the same page)."""
    english = Translator(kb.languages["en"], None)
    site = {page.path for page in render_site(kb, {c: english for c in kb.languages.codes}, "en")}
    for page in pages_for(kb):
        assert "<script" not in page.markdown and "onclick" not in page.markdown
        folder = posixpath.dirname(page.path)
        hrefs = re.findall(r'class="guide-answer" href="([^"]+)"', page.markdown)
        assert hrefs, page.path
        for href in hrefs:
            if href.startswith("#"):
                assert f'{{#{href[1:]}' in page.markdown, (page.path, href)
                continue
            target = posixpath.normpath(posixpath.join(folder, href)) + "/index.md"
            assert target in site, (page.path, href)


def test_answers_that_end_on_a_sheet_show_the_sheet_title(kb):
    first = pages_for(kb, "en")[0]
    sheet = kb.sheet("detention")
    assert 'href="../detention/">' in first.markdown
    assert sheet.title.source in first.markdown.split('href="../detention/">')[1].split("</a>")[0]


def test_the_guide_comes_right_after_the_sheets_that_come_before_it(kb):
    english = Translator(kb.languages["en"], None)
    pages = render_site(kb, {c: english for c in kb.languages.codes}, "en")
    fr = [page.path for page in pages if page.path.startswith("fr/") and page.in_nav]
    guide = fr.index(f"fr/{kb.guide.slug}/index.md")
    before = [s.slug for s in kb.sheets if s.order < kb.guide.order]
    assert [p.split("/")[1] for p in fr[1:guide]] == before
