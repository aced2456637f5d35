"""Generated pages: anchors from knowledge-base ids, notices, escaped metadata."""

from __future__ import annotations

import yaml
from babel.messages.catalog import Catalog

from healthsite.catalogs.translator import Translator
from healthsite.pages.documents import render_home, render_sheet
from healthsite.pages.editions import render_site
from healthsite.pages.escape import markdown_inline
from healthsite.pages.inline import InlineRenderer
from healthsite.pages.model import Heading, PageSource, Section
from healthsite.site_map import edition_directory


def english(kb):
    return Translator(kb.languages["en"], None)


def empty(kb, code):
    return Translator(kb.languages[code], Catalog(locale=code))


def front_matter(markdown: str) -> dict:
    return yaml.safe_load(markdown.split("---\n")[1])


def test_section_anchors_are_the_knowledge_base_ids(kb):
    sheet = kb.sheet("emergencies")
    page = render_sheet(kb, sheet, InlineRenderer(kb, empty(kb, "ar")), "ar/")
    for section in sheet.sections:
        assert f"{{#{section.id}" in page.markdown
    assert page.path == "ar/emergencies/index.md"


def test_a_sheet_page_is_its_sections_in_the_sheet_s_order_then_leaflet_and_sources(kb):
    sheet = kb.sheet("emergencies")
    page = render_sheet(kb, sheet, InlineRenderer(kb, english(kb)), "en/en/")
    assert [section.id for section in page.sections] == [None, *(s.id for s in sheet.sections), "leaflet", "sources"]
    assert page.sections[0].heading is None and page.sections[0].blocks[0].startswith('<p class="summary">')


def test_the_markdown_is_written_from_the_sections():
    page = PageSource("fr/t/index.md", 'Un "titre" & co', (
        Section(None, ("<p>Haut</p>",)),
        Section(Heading("Quoi ?", "quoi", english=True), ("<p>A</p>", "", "<ul><li>B</li></ul>")),
    ), description="Résumé", notices='<p class="notice">N</p>', template="t.html")
    assert page.markdown == (
        '---\ntitle: Un &quot;titre&quot; &amp; co\ndescription: Résumé\ntemplate: t.html\n---\n\n'
        '# Un &#34;titre&#34; &#38; co\n\n<p class="notice">N</p>\n\n<p>Haut</p>\n\n'
        '## Quoi ? {#quoi lang="en" dir="ltr"}\n\n<p>A</p>\n\n\n\n<ul><li>B</li></ul>\n')


def test_the_title_is_carried_as_plain_text_and_escaped_only_in_the_front_matter(kb):
    catalog = Catalog(locale="fr")
    title = kb.sheet("glossary").title
    catalog.add(title.source, 'Les "mots" & les lieux', context=title.key)
    page = render_sheet(kb, kb.sheet("glossary"), InlineRenderer(kb, Translator(kb.languages["fr"], catalog)), "fr/")
    assert page.title == 'Les "mots" & les lieux'
    assert front_matter(page.markdown)["title"] == "Les &quot;mots&quot; &amp; les lieux"


def test_english_edition_has_no_translation_notice(kb):
    page = render_sheet(kb, kb.sheet("emergencies"), InlineRenderer(kb, english(kb)), "en/en/")
    assert "notice" not in page.markdown


def test_missing_strings_give_a_notice_and_english_headings_are_marked(kb):
    page = render_sheet(kb, kb.sheet("emergencies"), InlineRenderer(kb, empty(kb, "ti")), "ti/")
    assert "notice-missing" in page.markdown
    assert '{#call-112 lang="en" dir="ltr"}' in page.markdown
    assert page.missing


def test_unreviewed_translations_give_a_notice(kb):
    catalog = Catalog(locale="fr")
    title = kb.sheet("glossary").title
    catalog.add(title.source, "Mots à connaître", context=title.key, flags=["fuzzy"])
    page = render_sheet(kb, kb.sheet("glossary"), InlineRenderer(kb, Translator(kb.languages["fr"], catalog)), "fr/")
    assert "notice-unreviewed" in page.markdown
    assert front_matter(page.markdown)["title"] == "Mots à connaître"


def glossary_title_in_french(kb, french_title: str) -> str:
    catalog = Catalog(locale="fr")
    title = kb.sheet("glossary").title
    catalog.add(title.source, french_title, context=title.key)
    page = render_sheet(kb, kb.sheet("glossary"), InlineRenderer(kb, Translator(kb.languages["fr"], catalog)), "fr/")
    return front_matter(page.markdown)["title"]


def test_metadata_is_escaped_for_the_theme(kb):
    assert glossary_title_in_french(kb, 'Les "mots" à connaître') == "Les &quot;mots&quot; à connaître"


def test_an_apostrophe_in_a_title_is_left_alone_for_the_theme_to_escape(kb):
    assert glossary_title_in_french(kb, "Les mots de l'asile") == "Les mots de l'asile"


def test_heading_text_cannot_add_attributes_or_emphasis():
    assert markdown_inline("A {#evil} *b*") == "A &#123;&#35;evil&#125; &#42;b&#42;"


def test_every_edition_has_every_sheet_at_the_same_slug(kb):
    translators = {language.code: (english(kb) if language.code == "en" else empty(kb, language.code))
                   for language in kb.languages.editions}
    paths = {page.path for page in render_site(kb, translators, "en")}
    for code in kb.languages.codes:
        for sheet in kb.sheets:
            assert f"{edition_directory(code, 'en')}{sheet.slug}/index.md" in paths
    assert "en/index.md" in paths  # the language chooser at the site root


def test_a_sheet_links_its_leaflet_and_the_bilingual_leaflets(kb):
    page = render_sheet(kb, kb.sheet("no-papers"), InlineRenderer(kb, empty(kb, "ar")), "ar/")
    assert "{#leaflet" in page.markdown
    assert '<a class="leaflet" href="no-papers-ar.pdf" type="application/pdf">' in page.markdown
    assert '<span dir="ltr">(PDF, A4)</span>' in page.markdown
    assert ('<a class="leaflet" href="no-papers-ar-fr.pdf" type="application/pdf"><bdi lang="ar" dir="rtl">العربية</bdi>'
            ' + <bdi lang="fr" dir="ltr">Français</bdi></a>') in page.markdown
    assert 'href="no-papers-ar-nl.pdf"' in page.markdown


def test_french_and_dutch_pages_offer_the_one_french_dutch_leaflet(kb):
    for code in ("fr", "nl"):
        page = render_sheet(kb, kb.sheet("no-papers"), InlineRenderer(kb, empty(kb, code)), f"{code}/")
        assert page.markdown.count("-nl-fr.pdf") == 1 and f'href="no-papers-{code}.pdf"' in page.markdown
    assert 'href="../../nl/no-papers/no-papers-nl-fr.pdf"' in render_sheet(
        kb, kb.sheet("no-papers"), InlineRenderer(kb, empty(kb, "fr")), "fr/").markdown


def test_every_edition_home_page_offers_the_whole_edition_for_offline_reading(kb):
    home = render_home(kb, InlineRenderer(kb, english(kb)), "en/en/").markdown
    assert "## Read without internet {#offline}" in home
    assert ('<a class="offline-download" href="health-care-belgium-en.zip" type="application/zip" download>'
            'Download all pages <span dir="ltr">(ZIP)</span></a>') in home
    assert "Then open the page index.html." in home


def test_every_edition_has_a_search_page_and_no_two_pages_share_an_address(kb):
    translators = {language.code: (english(kb) if language.code == "en" else empty(kb, language.code))
                   for language in kb.languages.editions}
    paths = [page.path for page in render_site(kb, translators, "en")]
    assert len(paths) == len(set(paths))
    for code in kb.languages.codes:
        assert f"{edition_directory(code, 'en')}search/index.md" in paths


def test_leaflet_links_say_how_big_each_file_is_once_printed(kb):
    inline = InlineRenderer(kb, english(kb))
    sizes = {"no-papers-en.pdf": 40_000, "no-papers-en-fr.pdf": 70_000}
    page = render_sheet(kb, kb.sheet("no-papers"), inline, "en/en/", sizes).markdown
    assert 'href="no-papers-en.pdf" type="application/pdf">Download the leaflet <span dir="ltr">(PDF, A4, 40 KB)</span>' in page
    assert '<span dir="ltr">(PDF, A4, 69 KB)</span></a>' in page
    unsized = render_sheet(kb, kb.sheet("no-papers"), InlineRenderer(kb, english(kb)), "en/en/").markdown
    assert '<span dir="ltr">(PDF, A4)</span>' in unsized and " KB)" not in unsized


def test_every_situation_sheet_starts_with_what_to_do_in_an_emergency_today(kb):
    for sheet in kb.sheets:
        markdown = render_sheet(kb, sheet, InlineRenderer(kb, english(kb)), "en/en/").markdown
        body = markdown.split('<p class="summary">', 1)[1]
        if sheet.kind == "situation":
            first = body.split("\n\n")[1]
            assert first.startswith('<p class="emergency-first" role="note">Emergency today?'), sheet.slug
            assert 'href="tel:112"' in first and 'href="tel:1733"' in first and 'href="../emergencies/"' in first
        else:
            assert "emergency-first" not in markdown, sheet.slug


def test_dates_on_a_sheet_are_time_elements(kb):
    page = render_sheet(kb, kb.sheet("temporary-protection"), InlineRenderer(kb, english(kb)), "en/en/")
    assert '<time datetime="2027-03-04">March 4, 2027</time>' in page.markdown
    assert '<time datetime="2026-12-06">' in page.markdown


def test_a_sheet_says_when_its_information_last_changed(kb):
    page = render_sheet(kb, kb.sheet("no-papers"), InlineRenderer(kb, english(kb)), "en/en/")
    assert ('<p class="changed">This information last changed on <time datetime="2026-12-06">December 6, 2026</time>.</p>'
            in page.markdown)
