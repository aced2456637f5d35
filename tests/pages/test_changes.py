"""The "What changed" page and feed of an edition: what a release changed, in the reader's
language, formatted as pages show it, and the leaflets staff should print again."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from argparse import Namespace

import pytest
from babel.messages.catalog import Catalog

from healthsite.build import build_site
from healthsite.catalogs.translator import Translator
from healthsite.cli import cmd_publish
from healthsite.pages.changes import render_changes_page
from healthsite.pages.documents import render_home
from healthsite.pages.feed import ATOM
from healthsite.pages.inline import InlineRenderer
from healthsite.paths import ProjectPaths
from healthsite.site_map import published_url
from tests.releasing import BASELINE, LATER, change_content, publish

SITE = "https://health.example.be/"
NS = {"atom": ATOM}


def translator(kb, code):
    return Translator(kb.languages[code], None if code == "en" else Catalog(locale=code))


def changes_page(kb, code="en") -> str:
    return render_changes_page(kb, InlineRenderer(kb, translator(kb, code)), f"{code}/").markdown


def test_the_first_release_is_the_first_published_version(kb):
    page = changes_page(kb)
    assert f'<time datetime="{BASELINE}">December 6, 2026</time> {{#release-{BASELINE}}}' in page
    assert "The first published version of this site." in page
    assert "No leaflet has changed since the first published version." in page
    assert '<a href="feed.xml" type="application/atom+xml">' in page


@pytest.mark.parametrize("code", ["en", "fr", "ar"])
def test_a_changed_fact_shows_its_old_and_new_value_as_pages_show_them(content, code):
    before = content.load()
    change_content(content)
    publish(content)
    kb = content.load(today=LATER)
    old = InlineRenderer(before, translator(before, code)).fact(before.facts["ambulance-fee"])
    new = InlineRenderer(kb, translator(kb, code)).fact(kb.facts["ambulance-fee"])
    assert old != new
    page = changes_page(kb, code)
    assert f"Now {new}. Before, it was {old}." in page
    item = page.split(f"Now {new}.")[1].split("</li>")[0]
    assert 'href="../emergencies/"' in item  # where the reader finds it


def test_a_release_lists_new_pages_changed_pages_numbers_and_notes_newest_first(content):
    change_content(content)
    publish(content, notes=["We explain better how to find a doctor."])
    page = changes_page(content.load(today=LATER))
    assert page.index(f"{{#release-{LATER}}}") < page.index(f"{{#release-{BASELINE}}}")
    latest = page.split(f"{{#release-{LATER}}}")[1].split(f"{{#release-{BASELINE}}}")[0]
    new_pages = latest.split("New pages:")[1].split("</ul>")[0]
    assert '<a href="../vaccination-children/">Vaccination of children</a>' in new_pages
    updated = latest.split("Pages with new or changed information:")[1].split("</ul>")[0]
    assert '<a href="../emergencies/">' in updated and "vaccination-children" not in updated
    numbers = latest.split("Phone numbers that changed:")[1].split("</ul>")[0]
    # The new number can be tapped; the old one is only shown.
    assert ('Now <a class="tel" href="tel:+3222012233" dir="ltr">02 201 22 33</a>. '
            'Before, it was <span class="number" dir="ltr">02 201 22 22</span>.') in numbers
    assert "<li>We explain better how to find a doctor.</li>" in latest.split("Other changes:")[1]


def test_a_removed_page_is_named_without_a_link(content):
    content.replace("sheets/for-professionals.yaml", "slug: for-professionals\n", "slug: for-staff\n")
    publish(content)
    page = changes_page(content.load(today=LATER))
    assert "<li>For professionals: how the care gets paid</li>" in page.split("Pages we took off the site:")[1]
    assert '<a href="../for-staff/">' in page.split("New pages:")[1]
    assert 'href="../for-professionals/' not in page
    staff = page.split("{#reprint")[1]
    assert "Do not hand them out any more:" in staff and "For professionals: how the care gets paid" in staff


def test_staff_see_which_leaflets_changed_after_each_earlier_release(content):
    change_content(content)
    publish(content)
    kb = content.load(today=LATER)
    staff = changes_page(kb, "fr").split("{#reprint")[1]
    since = staff.split(f'<time datetime="{BASELINE}">')[1]
    leaflets = re.findall(r'href="([^"]+\.pdf)"', since)
    assert "../emergencies/emergencies-fr.pdf" in leaflets and "../../nl/emergencies/emergencies-nl-fr.pdf" in leaflets
    assert "../vaccination-children/vaccination-children-fr.pdf" in leaflets
    assert not any(href.startswith("../vaccination/") for href in leaflets)  # unchanged
    arabic = re.findall(r'href="([^"]+\.pdf)"', changes_page(kb, "ar").split("{#reprint")[1])
    assert "../emergencies/emergencies-ar.pdf" in arabic and "../emergencies/emergencies-ar-fr.pdf" in arabic


def test_the_home_page_links_the_changes(kb):
    home = render_home(kb, InlineRenderer(kb, translator(kb, "ar")), "ar/").markdown
    assert '<a href="changes/">' in home


def test_after_the_release_command_a_changed_fact_is_on_the_page_and_in_the_feed(content, tmp_path, monkeypatch):
    change_content(content)
    monkeypatch.setenv("HEALTHSITE_TODAY", LATER.isoformat())
    assert cmd_publish(ProjectPaths(tmp_path), Namespace(note=[])) == 0
    site = build_site(ProjectPaths(tmp_path), "en", site_url=SITE, leaflets=False)
    kb = site.kb
    for code, folder in (("fr", "fr"), ("en", "en/en")):
        new = InlineRenderer(kb, site.translators[code]).fact(kb.facts["ambulance-fee"])
        page = (tmp_path / "docs" / folder / "changes" / "index.md").read_text(encoding="utf-8")
        assert new in page
        root = ET.parse(tmp_path / "docs" / folder / "changes" / "feed.xml").getroot()
        edition = published_url(SITE, code)
        assert root.find("atom:id", NS).text.startswith(edition) and root.find("atom:title", NS).text
        assert root.find("atom:updated", NS).text == f"{LATER}T00:00:00Z"
        entries = root.findall("atom:entry", NS)
        assert [entry.find("atom:updated", NS).text[:10] for entry in entries] == [str(LATER), str(BASELINE)]
        for entry in entries:
            assert entry.find("atom:id", NS).text and entry.find("atom:title", NS).text
            assert entry.find("atom:link", NS).get("href").startswith(edition + "changes/")
            content_html = entry.find("atom:content", NS).text
            assert all(href.startswith(edition) for href in re.findall(r'href="([^"]+)"', content_html)
                       if not href.startswith("tel:"))
        assert new in entries[0].find("atom:content", NS).text
    sheet = (tmp_path / "docs" / "fr" / "emergencies" / "index.md").read_text(encoding="utf-8")
    assert re.search(rf'<p class="changed">.*<time datetime="{LATER}">', sheet)
    unchanged = (tmp_path / "docs" / "fr" / "vaccination" / "index.md").read_text(encoding="utf-8")
    assert re.search(rf'<p class="changed">.*<time datetime="{BASELINE}">', unchanged)
