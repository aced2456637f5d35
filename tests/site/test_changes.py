"""The built site: every page of an edition links that edition's Atom feed, the feed is
published beside the "What changed" page, and sheets and leaflets say when they last changed."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from urllib.parse import urljoin

import pytest

from healthsite.knowledge.snapshot import last_changed
from healthsite.pages.feed import ATOM
from healthsite.site_map import published_url
from tests.conftest import CODES

NS = {"atom": ATOM}
FEED_LINK = re.compile(r'<link rel="alternate" type="application/atom\+xml" href="([^"]+)" title="[^"]+">')


def test_every_page_of_an_edition_links_its_own_feed(built_site):
    checked = 0
    for page in built_site.pages():
        code = built_site.edition_of(built_site.folder, page)
        html = page.read_text(encoding="utf-8")
        if code is None or 'http-equiv="refresh"' in html:
            continue  # the language chooser, and old addresses that send the reader on
        links = FEED_LINK.findall(html.split("</head>")[0])
        assert len(links) == 1, page
        address = "/" + page.relative_to(built_site.folder).as_posix()
        assert urljoin(address, links[0]) == f"/{code}/changes/feed.xml", page
        checked += 1
    assert checked > 15 * 25


@pytest.mark.parametrize("code", CODES)
def test_each_edition_publishes_a_feed_whose_entries_link_into_that_edition(built_site, project, kb, code):
    root = ET.parse(built_site.folder / code / "changes" / "feed.xml").getroot()
    edition = published_url(project.site_url, code)
    assert root.find("atom:id", NS).text and root.find("atom:title", NS).text and root.find("atom:updated", NS).text
    entries = root.findall("atom:entry", NS)
    assert len(entries) == len(kb.releases)
    for entry in entries:
        assert entry.find("atom:id", NS).text and entry.find("atom:title", NS).text and entry.find("atom:updated", NS).text
        assert entry.find("atom:link", NS).get("href").startswith(edition + "changes/#release-")


@pytest.mark.parametrize("code", ["en", "ar", "ti"])
def test_the_changes_page_is_linked_from_home_and_dates_each_release(built_site, kb, code):
    assert 'href="changes/"' in built_site.page(code)
    page = built_site.page(f"{code}/changes")
    for release in kb.releases:
        assert f'<h2 id="release-{release.date}"><time datetime="{release.date}">' in page
    assert 'href="feed.xml" type="application/atom+xml"' in page


def test_a_sheet_shows_when_its_information_last_changed(built_site, kb):
    sheet = kb.sheet("no-papers")
    day = last_changed(kb, sheet)
    for code in ("en", "ar"):
        assert re.search(rf'<p class="changed">.*?<time datetime="{day}">', built_site.page(f"{code}/no-papers"))


def without_marks(text: str) -> str:
    """pdftotext may drop an Arabic vowel mark, or break a word after one (تغيّ رت)."""
    import unicodedata

    return "".join(ch for ch in text if unicodedata.category(ch) != "Mn")


@pytest.mark.parametrize("code", ["en", "ar", "ti"])
def test_a_printed_leaflet_says_when_its_information_last_changed(built_site, code):
    from tests.site.test_leaflets import pdf_text, words

    line = re.search(r'<p class="changed">(.*?)</p>', built_site.page(f"{code}/no-papers")).group(1)
    said = words(re.sub(r"<[^>]+>", "", line))
    for name in (f"no-papers-{code}.pdf", f"no-papers-{code}-fr.pdf"):
        printed = pdf_text(built_site.folder / code / "no-papers" / name)
        # pdftotext orders the runs of mixed directions as it likes: the words are what a reader gets.
        if code == "en":
            assert said in printed, name
        else:
            run_together = without_marks(printed).replace(" ", "")
            assert all(word in run_together for word in without_marks(said).split()), name
