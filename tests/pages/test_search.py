"""Search: each edition's own index, made from its pages, and a search page that works without JavaScript."""

from __future__ import annotations

import json
import re

from healthsite.pages.documents import render_sheet
from healthsite.pages.model import Heading, PageSource, Section
from healthsite.pages.search import (
    INDEX_VARIABLE,
    SearchEntry,
    index_script,
    page_url,
    plain_text,
    render_search_page,
    search_entries,
)
from tests.pages.test_inline import renderer


def sheet_page(kb, code="en", translations=None):
    return render_sheet(kb, kb.sheet("emergencies"), renderer(kb, code, translations, fuzzy=True), f"{code}/")


def test_every_section_of_a_sheet_is_an_entry_that_links_to_its_anchor(kb):
    sheet = kb.sheet("emergencies")
    entries = search_entries(sheet_page(kb), "en/")
    urls = [entry.url for entry in entries]
    assert urls[0] == "emergencies/"  # the summary, at the top of the page
    assert urls[1:] == [f"emergencies/#{section.id}" for section in sheet.sections]
    assert {entry.title for entry in entries} == {"Emergencies and care at night or at the weekend"}


def test_leaflet_and_sources_sections_are_not_searched(kb):
    # Every sheet has them: searching "Fedasil" must not return every page for its source list.
    urls = [entry.url for entry in search_entries(sheet_page(kb), "en/")]
    assert not any(url.endswith(("#leaflet", "#sources")) for url in urls)


def test_entries_hold_plain_text_with_the_facts_in_it(kb):
    entries = search_entries(sheet_page(kb), "en/")
    text = " ".join(entry.text for entry in entries)
    assert "<" not in text and "112" in text and "1733" in text
    assert "  " not in text


def test_a_section_s_entry_is_its_heading_and_its_text(kb):
    page = sheet_page(kb)
    entries = {entry.url: entry for entry in search_entries(page, "en/")}
    for section in page.sections:
        if section.id not in ("leaflet", "sources"):
            entry = entries[f"emergencies/#{section.id}" if section.id else "emergencies/"]
            assert (entry.title, entry.heading, entry.text) == (page.title, section.heading_text,
                                                                plain_text(section.html))


def test_words_on_separate_lines_of_the_page_stay_separate_words():
    help = Section(Heading("Help", "help"), (
        '<ul class="phone-list"><li>112<span class="phone-label">Ambulance</span></li><li>1733</li></ul>',))
    entry, = search_entries(PageSource("en/t/index.md", "T", (Section(None, ()), help)), "en/")
    assert entry == SearchEntry("T", "Help", "t/#help", "112Ambulance 1733")


def test_the_text_of_a_section_is_read_from_its_html_not_from_markdown():
    section = Section(Heading("Write # {x}", "x"), ("<p>a &amp; b</p>", "", "<p>c\n\nd</p>"))
    entry, = search_entries(PageSource("en/t/index.md", "T", (section,)), "en/")
    assert entry == SearchEntry("T", "Write # {x}", "t/#x", "a & b c d")


def test_the_unreviewed_translation_notice_is_not_indexed(kb):
    title = kb.sheet("emergencies").title
    page = sheet_page(kb, "fr", {(title.key, title.source): "Urgences et soins la nuit"})
    assert "notice-unreviewed" in page.markdown
    assert not any("traducteur" in entry.text or "translator" in entry.text for entry in search_entries(page, "fr/"))


def test_headings_are_indexed_as_the_reader_sees_them(kb):
    sheet = kb.sheet("emergencies")
    section = sheet.sections[1]
    assert not section.standard_heading
    page = sheet_page(kb, "fr", {(section.heading.key, section.heading.source): "Urgence : appelez le 112 ? *vite* & #"})
    assert search_entries(page, "fr/")[2].heading == "Urgence : appelez le 112 ? *vite* & #"


def test_the_index_is_one_script_that_sets_one_global():
    script = index_script([SearchEntry("Titre", "Quoi", "a/#b", 'Texte "cité" </script>')])
    assert script.startswith(f"window.{INDEX_VARIABLE}=") and script.endswith(";\n")
    assert json.loads(script[script.index("=") + 1:-2]) == [["Titre", "Quoi", "a/#b", 'Texte "cité" </script>']]


def test_page_addresses_inside_an_edition():
    assert page_url("fr/no-papers/index.md", "fr/") == "no-papers/"
    assert page_url("en/en/index.md", "en/en/") == ""


def test_without_javascript_the_search_page_lists_every_page(kb):
    pages = [PageSource("ar/a/index.md", "أ <ب>"), PageSource("ar/q/index.md", "Q", in_nav=False)]
    search = render_search_page(kb, renderer(kb, "ar"), "ar/", pages)
    assert search.path == "ar/search/index.md" and not search.in_nav
    assert "template: search-page.html" in search.markdown
    assert '<form class="search-form" id="search-form" role="search" hidden' in search.markdown
    assert 'id="search-no-script"' in search.markdown
    assert re.findall(r'<ul class="page-list">(.*?)</ul>', search.markdown) == ['<li><a href="../a/">أ &lt;ب&gt;</a></li>']


def test_the_result_count_keeps_its_placeholder_for_the_script(kb):
    found = kb.ui("search-found")
    search = render_search_page(kb, renderer(kb, "ru", {(found.key, found.source): "Найдено страниц: {count}"}), "ru/", [])
    assert 'data-found="Найдено страниц: {count}"' in search.markdown


def test_catalogue_text_cannot_break_out_of_the_form_attributes(kb):
    none = kb.ui("search-none")
    search = render_search_page(kb, renderer(kb, "fr", {(none.key, none.source): 'Rien "trouvé" & rien'}), "fr/", [])
    assert 'data-none="Rien &quot;trouvé&quot; &amp; rien"' in search.markdown
