"""Escaping is a type: ``Html`` passes as it is, everything else is escaped on the way in.

Translations are refused when they hold markup (the translator's own tests), so what reaches a
page unchecked is text from the knowledge base's YAML: names, addresses, source titles. Here
such text holds ``<script>`` and quotes, and must come out escaped in the page, the leaflet
and the feed, while ``Html`` made by code is kept.
"""

from __future__ import annotations

import dataclasses
import xml.etree.ElementTree as ET

from healthsite.catalogs.translator import Translator
from healthsite.knowledge.model import Block
from healthsite.leaflets.content import leaflet_content
from healthsite.leaflets.template import leaflet_html
from healthsite.pages.blocks import render_block
from healthsite.pages.documents import sources_list
from healthsite.pages.escape import Html, html_text
from healthsite.pages.feed import ATOM, Feed, FeedEntry, atom_xml
from healthsite.pages.inline import InlineRenderer

HOSTILE = '<script>alert("x")</script> d\'asile & co'
ESCAPED = "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; d&#x27;asile &amp; co"


def test_text_is_escaped_as_the_standard_library_does():
    assert html_text(HOSTILE) == ESCAPED
    assert isinstance(html_text(HOSTILE), Html)


def test_html_passes_through_and_text_around_it_is_escaped():
    link = Html('<a href="{}">{}</a>').format("a?b&c", HOSTILE)
    assert link == f'<a href="a?b&amp;c">{ESCAPED}</a>'
    assert Html("<p>{}</p>").format(link) == f"<p>{link}</p>"
    assert Html(" · ").join([link, "<b>"]) == f"{link} · &lt;b&gt;"
    # Plain text added to Html is text, whichever side it is on.
    assert "<i>" + Html("<b>") == "&lt;i&gt;<b>" and Html("<b>") + "<i>" == "<b>&lt;i&gt;"


def test_a_name_from_the_knowledge_base_cannot_become_markup_on_a_page(kb):
    ident, organisation = next(iter(kb.organisations.items()))
    hostile = dataclasses.replace(kb, organisations={**kb.organisations,
                                                     ident: dataclasses.replace(organisation, name=HOSTILE)})
    inline = InlineRenderer(hostile, Translator(kb.languages["en"], None))
    html = render_block(Block("organisations", ids=(ident,)), inline)
    assert "<script" not in html and ESCAPED in html


def _with_hostile_source(kb):
    sheet = next(sheet for sheet in kb.sheets if sheet.sources)
    ident = sheet.sources[0]
    source = dataclasses.replace(kb.sources[ident], title=HOSTILE)
    return dataclasses.replace(kb, sources={**kb.sources, ident: source}), sheet


def test_a_source_title_cannot_become_markup_on_the_page_or_the_leaflet(kb):
    hostile, sheet = _with_hostile_source(kb)
    assert ESCAPED in sources_list(hostile, sheet) and "<script" not in sources_list(hostile, sheet)
    for code in ("en", "ar"):
        inline = InlineRenderer(hostile, Translator(kb.languages[code], None))
        leaflet = leaflet_html(hostile, sheet, leaflet_content(hostile, sheet), inline, "https://example.org/")
        assert "<script" not in leaflet and ESCAPED in leaflet


def test_the_feed_carries_escaped_html_once(kb):
    hostile, sheet = _with_hostile_source(kb)
    content = sources_list(hostile, sheet)
    xml = atom_xml(Feed(id="https://example.org/feed", title="t", language="en", updated=kb.releases[-1].date,
                        page="https://example.org/", self_url="https://example.org/feed", author="a",
                        entries=(FeedEntry("https://example.org/#1", "t", kb.releases[-1].date,
                                           "https://example.org/", content),)))
    shown = ET.fromstring(xml).find(f"{{{ATOM}}}entry/{{{ATOM}}}content").text
    # A feed reader gets the page's HTML back, in which the title is still text.
    assert shown == content and ESCAPED in shown and "<script" not in shown
