"""The page a saved edition shows without a connection for an address it has not stored."""

from __future__ import annotations

import yaml

from healthsite.pages.offline_page import TEMPLATE, render_offline_page
from healthsite.site_map import OFFLINE_SLUG
from tests.pages.test_inline import renderer


def test_it_gives_the_emergency_numbers_to_tap_and_leads_home(kb):
    page = render_offline_page(kb, renderer(kb, "en"), "en/en/")
    assert page.path == f"en/en/{OFFLINE_SLUG}/index.md"
    body = page.markdown
    assert "# You are offline" in body
    assert "This page is not saved on this phone." in body
    assert 'href="tel:112"' in body and 'href="tel:1733"' in body
    assert body.index("tel:112") < body.index('<a href="../">Open the pages saved on this phone</a>')


def test_it_is_in_the_reader_s_language(kb):
    title = kb.ui("offline-page-title")
    page = render_offline_page(kb, renderer(kb, "ar", {(title.key, title.source): "أنت غير متصل"}), "ar/")
    assert "# أنت غير متصل" in page.markdown


def test_it_offers_to_save_the_edition_and_stays_out_of_menus_and_search_engines(kb):
    page = render_offline_page(kb, renderer(kb, "fr"), "fr/")
    assert 'data-worker="../sw.js"' in page.markdown
    assert not page.in_nav
    assert yaml.safe_load(page.markdown.split("---\n")[1])["template"] == TEMPLATE
