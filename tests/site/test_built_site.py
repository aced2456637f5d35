"""The built site: every edition, every page, right language and direction, safe to load."""

from __future__ import annotations

import json
import re
import zipfile
from html.parser import HTMLParser
from urllib.parse import urljoin

import pytest

from healthsite.catalogs.checks import script_share
from healthsite.pages.downloads import size_text
from tests.conftest import CODES


class Page(HTMLParser):
    """What the tests need to know about one HTML page."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.html_attrs: dict = {}
        self.body_attrs: dict = {}
        self.tel_links: list[dict] = []
        self.assets: list[str] = []
        self.article_text: list[str] = []
        self._in_article = 0
        self._skip = 0
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "html":
            self.html_attrs = attrs
        elif tag == "body":
            self.body_attrs = attrs
        if tag == "a" and (attrs.get("href") or "").startswith("tel:"):
            self.tel_links.append(attrs)
        if tag in ("script", "img", "iframe", "source", "audio", "video", "embed") and attrs.get("src"):
            self.assets.append(attrs["src"])
        if tag == "link" and attrs.get("rel") not in ("canonical", "alternate"):
            self.assets.append(attrs.get("href") or "")
        if tag == "article":
            self._in_article += 1
        if tag in ("script", "style") or "lang" in attrs and attrs["lang"] in ("en", "fr", "nl") and self._in_article:
            self._skip += 1 if tag not in ("br", "img", "input", "link", "meta") else 0
            self._skip_tags = getattr(self, "_skip_tags", []) + [tag]

    def handle_endtag(self, tag):
        if tag == "article":
            self._in_article -= 1
        stack = getattr(self, "_skip_tags", [])
        if stack and stack[-1] == tag:
            stack.pop()
            self._skip -= 1

    def handle_data(self, data):
        if self._in_article and not self._skip:
            self.article_text.append(data)


@pytest.fixture(scope="module")
def parsed(built_site):
    return {page: Page(page.read_text(encoding="utf-8")) for page in built_site.pages()}


def test_every_edition_has_every_page_at_the_same_slug(built_site, kb):
    for code in kb.languages.codes:
        guide = [kb.guide.slug, f"{kb.guide.slug}/all"] + [f"{kb.guide.slug}/{q}" for q in kb.guide.questions if q != kb.guide.start]
        for slug in [""] + [sheet.slug for sheet in kb.sheets] + guide + ["about-translations"]:
            assert (built_site.folder / code / slug / "index.html").is_file(), f"/{code}/{slug}/ is missing"


def test_the_root_is_a_language_chooser_listing_fifteen_languages(built_site, kb):
    html = built_site.page("")
    for language in kb.languages.editions:
        link = f'<a href="{language.code}/" hreflang="{language.code}" lang="{language.code}" dir="{language.direction}">'
        assert link in html, language.code
        assert language.name in html
    assert "<script" not in html.split('class="language-chooser"')[1].split("</ul>")[0]


def test_every_page_has_the_lang_and_dir_of_its_edition(built_site, parsed, kb):
    for page, info in parsed.items():
        code = built_site.edition_of(built_site.folder, page) or kb.languages.source
        direction = kb.languages[code].direction
        assert info.html_attrs.get("lang") == code, page
        assert info.body_attrs.get("dir") == direction, page
        if page.name in ("index.html", "404.html"):
            assert info.html_attrs.get("dir") == direction, page


@pytest.mark.parametrize("code", ["ar", "fa", "ps"])
def test_right_to_left_editions(built_site, code):
    html = built_site.page(f"{code}/emergencies")
    assert re.search(r'<html lang="%s"[^>]* dir="rtl"' % code, html)
    assert '<body dir="rtl"' in html
    not_found = (built_site.folder / code / "404.html").read_text(encoding="utf-8")
    assert re.search(r'<html lang="%s"[^>]* dir="rtl"' % code, not_found)


def test_every_page_has_the_emergency_bar_with_tap_to_call(built_site, parsed):
    for page, info in parsed.items():
        if page.name not in ("index.html", "404.html"):
            continue
        hrefs = {link["href"] for link in info.tel_links}
        assert {"tel:112", "tel:1733"} <= hrefs, page


def test_every_phone_link_dials_from_any_sim_and_stays_left_to_right(parsed):
    count = 0
    for page, info in parsed.items():
        for link in info.tel_links:
            count += 1
            assert re.fullmatch(r"tel:([0-9]{3,6}|\+32[1-9][0-9]{7,8})", link["href"]), (page, link)
            assert link.get("dir") == "ltr", (page, link)
    assert count > 100


def test_no_asset_comes_from_another_host(built_site, parsed):
    for page, info in parsed.items():
        for url in info.assets:
            assert not re.match(r"^(https?:)?//", url), f"{page}: external asset {url}"
    for css in built_site.folder.rglob("*.css"):
        text = css.read_text(encoding="utf-8")
        assert not re.search(r"url\(\s*['\"]?(https?:)?//", text), css
        assert "@import" not in text or not re.search(r"@import\s+url\(\s*['\"]?(https?:)?//", text), css
    for page in built_site.pages():
        assert "fonts.googleapis" not in page.read_text(encoding="utf-8")


def test_section_anchors_are_the_same_in_every_language(built_site, kb):
    sheet = kb.sheet("emergencies")
    for code in ("en", "fr", "ar", "ti"):
        html = built_site.page(f"{code}/emergencies")
        for section in sheet.sections:
            assert f'id="{section.id}"' in html, (code, section.id)


def test_each_edition_is_written_in_its_own_script(built_site, kb):
    """The reading text (the sources list is left out: source titles stay in their own language)."""
    for language in kb.languages.targets:
        html = built_site.page(f"{language.code}/emergencies").split('id="sources"')[0]
        text = " ".join(Page(html).article_text)
        assert script_share(text, language.script) > 0.85, (language.code, text[:300])


def test_no_page_falls_back_to_english_silently(built_site, kb):
    """Either the text is translated, or it is marked lang="en" and a notice says so."""
    for language in kb.languages.targets:
        guide = [kb.guide.slug, f"{kb.guide.slug}/all"] + [f"{kb.guide.slug}/{q}" for q in kb.guide.questions if q != kb.guide.start]
        for slug in [""] + [sheet.slug for sheet in kb.sheets] + guide + ["about-translations"]:
            html = built_site.page(f"{language.code}/{slug}")
            if 'class="untranslated"' in html:
                assert "notice-missing" in html, (language.code, slug)


def test_unreviewed_translations_carry_a_notice(built_site, kb, project):
    from healthsite.catalogs.status import language_status

    for row in language_status(kb, project.locales):
        html = built_site.page(f"{row.code}/emergencies")
        if row.unreviewed:
            assert "notice-unreviewed" in html, row.code


def test_each_edition_explains_its_translation_and_the_notice_links_there(built_site, kb, project):
    from healthsite.catalogs.status import language_status

    for row in language_status(kb, project.locales):
        about = built_site.page(f"{row.code}/about-translations")
        counts = about.split('class="translation-counts"')[1].split("</p>")[0]
        assert all(str(n) in counts for n in (row.total, row.reviewed, row.unreviewed, row.missing)), row.code
        if row.unreviewed:
            assert 'href="../about-translations/"' in built_site.page(f"{row.code}/emergencies"), row.code


def test_the_language_menu_leads_to_the_same_page_in_every_edition(built_site, kb):
    page = built_site.page("en/no-papers")
    menu = dict((lang, href) for href, lang in re.findall(r'<a href="([^"]+)" hreflang="([a-z]+)" class="md-select__link">', page))
    assert sorted(menu) == sorted(kb.languages.codes)
    for code, href in menu.items():
        assert urljoin("/en/no-papers/", href) == f"/{code}/no-papers/"


@pytest.mark.parametrize("code", ["en", "ar", "ti"])
def test_pages_describe_themselves_for_link_previews_in_their_language(built_site, code):
    page = built_site.page(f"{code}/no-papers")
    meta = dict(re.findall(r'<meta property="og:([a-z_]+)" content="([^"]*)">', page))
    canonical = re.search(r'<link rel="canonical" href="([^"]+)">', page).group(1)
    assert meta["url"] == canonical and canonical.endswith(f"/{code}/no-papers/") and canonical.startswith("https://")
    assert meta["locale"] == code and meta["title"] and meta["description"]
    assert f'<meta name="description" content="{meta["description"]}">' in page


def test_language_alternates_are_absolute(built_site, kb):
    page = built_site.page("ar/no-papers")
    alternates = dict((lang, href) for href, lang in re.findall(r'<link rel="alternate" href="([^"]+)" hreflang="([^"]+)">', page))
    assert set(alternates) == set(kb.languages.codes) | {"x-default"}
    assert all(href.startswith("https://") for href in alternates.values())
    assert alternates["fr"].endswith("/fr/no-papers/")


def search_index(built_site, code: str) -> list[list[str]]:
    script = (built_site.folder / code / "search" / "search-index.js").read_text(encoding="utf-8")
    return json.loads(script[script.index("=") + 1:].rstrip().rstrip(";"))


@pytest.mark.parametrize("code", CODES)
def test_each_edition_searches_only_its_own_pages_in_its_own_words(built_site, kb, code):
    """Search returns pages in the reader's language only: the index holds this edition's pages, in its script."""
    entries = search_index(built_site, code)
    sheets = {entry[2].split("/")[0] for entry in entries}
    assert {sheet.slug for sheet in kb.sheets} <= sheets
    for _title, _heading, url, _text in entries:
        target = built_site.folder / code / url.split("#")[0] / "index.html"
        assert target.is_file(), url
        if "#" in url:
            assert f'id="{url.split("#")[1]}"' in target.read_text(encoding="utf-8")
    # Titles and headings are all in the edition's script; the text also holds the official
    # French and Dutch words and names of organisations, as the pages do.
    script = kb.languages[code].script
    assert script_share(" ".join(f"{title} {heading}" for title, heading, _, _ in entries), script) > 0.95
    assert script_share(" ".join(text for _, _, _, text in entries), script) > 0.7


def test_every_page_of_an_edition_has_a_search_button_to_its_own_search_page(built_site, parsed):
    for page in parsed:
        code = built_site.edition_of(built_site.folder, page)
        if code is None or page.name == "404.html" and page.parent == built_site.folder:
            continue
        link = re.search(r'<a href="([^"]+)" class="md-header__button md-icon search-link"', page.read_text(encoding="utf-8"))
        assert link, page
        target = urljoin(page.relative_to(built_site.folder).as_posix(), link.group(1))
        assert target.lstrip("/") == f"{code}/search/", (page, target)  # 404 pages link from the site root


@pytest.mark.parametrize("code", CODES)
def test_each_edition_home_page_links_its_offline_copy(built_site, code):
    home = built_site.page(code)
    name = f"health-care-belgium-{code}.zip"
    assert f'<a class="offline-download" href="{name}" type="application/zip" download>' in home
    with zipfile.ZipFile(built_site.folder / code / name) as archive:
        names = archive.namelist()
    folder = f"health-care-belgium-{code}/"
    assert f"{folder}index.html" in names and f"{folder}{code}/search/search-index.js" in names
    assert all(f"{folder}{code}/{sheet}/index.html" in names for sheet in ("no-papers", "emergencies", "glossary"))
    assert not any(name.endswith(".pdf") for name in names)
    # The pages inside are the site's pages with a notice in front of the text, still markup:
    # once the <article> tag came out escaped, as text on every page of every copy.
    with zipfile.ZipFile(built_site.folder / code / name) as archive:
        sheet = archive.read(f"{folder}{code}/no-papers/index.html").decode("utf-8")
    assert re.search(r"<article\b[^>]*>", sheet) and "&lt;article" not in sheet


@pytest.mark.parametrize("code", ["en", "ar", "ti"])
def test_download_links_say_the_size_of_the_file_they_give(built_site, code):
    sheet = built_site.page(f"{code}/no-papers")
    for href, size in re.findall(r'<a class="leaflet" href="([^"]+)"[^>]*>.*?\(PDF, A4, (\d+) KB\)', sheet):
        pdf = built_site.folder / code / "no-papers" / href
        assert f"{size} KB" == size_text(pdf.stat().st_size), href
    assert len(re.findall(r"\(PDF, A4, \d+ KB\)", sheet)) == 3  # own language, + French, + Dutch
    home = built_site.page(code)
    archive = built_site.folder / code / f"health-care-belgium-{code}.zip"
    assert f"(ZIP, {size_text(archive.stat().st_size)})" in home
