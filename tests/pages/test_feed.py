"""The Atom writer: a feed that parses, with the elements RFC 4287 requires, and escaped text."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import date

from healthsite.pages.feed import ATOM, Feed, FeedEntry, atom_xml

NS = {"atom": ATOM}


def test_a_feed_has_the_required_elements_and_escapes_its_text():
    entry = FeedEntry("https://example.org/ar/changes/#release-2027-01-15", 'Changes <now> & "then"', date(2027, 1, 15),
                      "https://example.org/ar/changes/#release-2027-01-15", '<p>Now <a href="https://example.org/ar/x/">x</a></p>')
    xml = atom_xml(Feed("https://example.org/ar/changes/feed.xml", "What changed", "ar", date(2027, 1, 15),
                        "https://example.org/ar/changes/", "https://example.org/ar/changes/feed.xml", "Site", (entry,)))
    root = ET.fromstring(xml)
    assert root.tag == f"{{{ATOM}}}feed" and root.get("{http://www.w3.org/XML/1998/namespace}lang") == "ar"
    for tag in ("id", "title", "updated", "author/atom:name"):
        assert root.find(f"atom:{tag}", NS).text, tag
    assert root.find("atom:link[@rel='self']", NS).get("href") == "https://example.org/ar/changes/feed.xml"
    [parsed] = root.findall("atom:entry", NS)
    assert parsed.find("atom:title", NS).text == 'Changes <now> & "then"'
    assert parsed.find("atom:updated", NS).text == "2027-01-15T00:00:00Z"
    assert parsed.find("atom:content", NS).get("type") == "html"
    assert parsed.find("atom:content", NS).text.startswith("<p>Now <a href=")
    assert "<now>" not in xml and "&lt;p&gt;" in xml
