"""An Atom feed (RFC 4287), written with ElementTree so every text and attribute is escaped.

Staff subscribe to an edition's feed in a feed reader (or an e-mail service that reads
feeds) and see each release's changes without visiting the site. Addresses are absolute:
a feed is read away from the site.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import date

from .escape import Html

ATOM = "http://www.w3.org/2005/Atom"
MEDIA_TYPE = "application/atom+xml"
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


@dataclass(frozen=True)
class FeedEntry:
    id: str  # a permanent, absolute IRI
    title: str  # plain text
    updated: date
    link: str  # the page the entry is about
    content_html: Html  # HTML with absolute links


@dataclass(frozen=True)
class Feed:
    id: str
    title: str
    language: str
    updated: date
    page: str  # the web page with the same entries
    self_url: str  # where the feed itself is published
    author: str
    entries: tuple[FeedEntry, ...]


def timestamp(day: date) -> str:
    """RFC 3339, as Atom wants it: releases have a day, not an hour, so midnight UTC."""
    return f"{day.isoformat()}T00:00:00Z"


def _add(parent: ET.Element, tag: str, text: str | None = None, **attributes: str) -> ET.Element:
    element = ET.SubElement(parent, tag, attributes)
    element.text = text
    return element


def atom_xml(feed: Feed) -> str:
    # Atom is the document's default namespace: its elements and attributes carry no prefix.
    root = ET.Element("feed", {"xmlns": ATOM, _XML_LANG: feed.language})
    _add(root, "id", feed.id)
    _add(root, "title", feed.title)
    _add(root, "updated", timestamp(feed.updated))
    _add(root, "link", rel="self", type=MEDIA_TYPE, href=feed.self_url)
    _add(root, "link", rel="alternate", type="text/html", href=feed.page)
    _add(_add(root, "author"), "name", feed.author)
    for entry in feed.entries:
        element = _add(root, "entry")
        _add(element, "id", entry.id)
        _add(element, "title", entry.title)
        _add(element, "updated", timestamp(entry.updated))
        _add(element, "link", rel="alternate", type="text/html", href=entry.link)
        # As plain text, which XML escapes once: ElementTree escapes with str.replace, and
        # ``Html.replace`` would escape its "&amp;" a second time.
        _add(element, "content", str(entry.content_html), type="html")
    ET.indent(root)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
