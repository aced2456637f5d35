"""The review pack as HTML: one row per message, every cell in its language and direction, nothing loaded."""

from __future__ import annotations

import re
from datetime import date
from html.parser import HTMLParser

import pytest

from healthsite.catalogs.format import load_catalog, new_catalog
from healthsite.catalogs.review_pack import review_pack
from healthsite.catalogs.update import catalog_path
from healthsite.leaflets.review_pack_html import STYLESHEET, marked_text, review_pack_html

SITE = "https://example.org/"
SHEET = "no-papers"


class Cells(HTMLParser):
    """Every body row of the pack's tables, as a list of (class, lang, dir) per cell."""

    def __init__(self):
        super().__init__()
        self.rows: list[dict] = []
        self.in_body = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "tbody":
            self.in_body = True
        elif tag == "tr" and self.in_body:
            self.rows.append({"msgctxt": attrs.get("data-msgctxt"), "id": attrs.get("data-id"), "cells": []})
        elif tag == "td" and self.in_body:
            self.rows[-1]["cells"].append((attrs.get("class"), attrs.get("lang"), attrs.get("dir")))

    def handle_endtag(self, tag):
        if tag == "tbody":
            self.in_body = False


def pack_html(kb, project, code, only=SHEET):
    language = kb.languages[code]
    pack = review_pack(kb, language, load_catalog(catalog_path(project.locales, code), language), SITE,
                       date(2026, 12, 6), only=only)
    return pack, review_pack_html(pack, STYLESHEET.read_text(encoding="utf-8"))


def parsed(html: str) -> Cells:
    cells = Cells()
    cells.feed(html)
    return cells


@pytest.mark.parametrize("code,direction", [("ar", "rtl"), ("fa", "rtl"), ("ps", "rtl"), ("ti", "ltr"), ("nl", "ltr")])
def test_one_row_per_message_and_every_cell_in_its_language_and_direction(kb, project, code, direction):
    pack, html = pack_html(kb, project, code)
    rows = parsed(html).rows
    assert [(row["msgctxt"], row["id"]) for row in rows] == [(row.key, row.ident) for row in pack.rows]
    for row in rows:
        assert [cell[0] for cell in row["cells"]] == ["key", "english", "translation", "notes", "remarks"]
        languages = {cell[0]: (cell[1], cell[2]) for cell in row["cells"]}
        assert languages["english"] == languages["key"] == languages["notes"] == ("en", "ltr")
        assert languages["translation"] == languages["remarks"] == (code, direction)


def test_the_whole_pack_has_a_row_for_every_message(kb, project):
    pack, html = pack_html(kb, project, "ar", only=None)
    assert len(parsed(html).rows) == len(pack.rows) == len(list(kb.texts()))


def test_the_file_is_self_contained_and_loads_nothing(kb, project):
    _, html = pack_html(kb, project, "ti")
    assert "<style>" in html and STYLESHEET.read_text(encoding="utf-8") in html
    for loads in ("<link", "<script", "<img", "<iframe", " src=", "url(", "@import"):
        assert loads not in html, f"{loads} would load something"
    # The only addresses are links a reader may follow.
    assert all(href.startswith(("#", SITE)) for href in re.findall(r'href="([^"]*)"', html))


def test_each_row_prints_its_number_catalogue_context_short_id_state_and_page(kb, project):
    pack, html = pack_html(kb, project, "ar")
    row = pack.rows[0]
    cell = re.search(rf'<tr[^>]*id="row-{row.number}"[^>]*>(.*?)</tr>', html, re.S).group(1)
    for shown in (f'<span class="row-number">{row.number}</span>', f"id {row.ident}", "unreviewed (fuzzy)",
                  f"po line {row.po_line}", f'href="{row.url}"'):
        assert shown in cell
    assert row.key in re.sub(r"<[^>]+>", "", cell)
    assert 'class="mark mark-' in cell and '<td class="remarks" lang="ar" dir="rtl"></td>' in cell


def test_missing_translations_and_refused_ones_are_said_so(kb):
    language = kb.languages["ar"]
    message = next(text for text in kb.sheet(SHEET).texts() if "{abbr:cpas}" in text.source)
    catalog = new_catalog("ar", language)
    catalog.add(message.source, "<b>بدون رمز</b>", context=message.key, flags={"fuzzy"})
    pack = review_pack(kb, language, catalog, SITE, date(2026, 12, 6), only=SHEET)
    html = review_pack_html(pack, "")
    assert "(no translation yet)" in html
    assert "The site shows English instead of this translation" in html
    assert "&lt;b&gt;بدون رمز&lt;/b&gt;" in html and "<b>بدون" not in html


def test_placeholders_stay_whole_and_left_to_right_and_text_is_escaped():
    assert marked_text("Go to the {abbr:cpas} <now>") == \
        'Go to the <span class="ph" dir="ltr">{abbr:cpas}</span> &lt;now&gt;'


def test_plural_forms_are_labelled_with_the_numbers_they_are_for(kb, project):
    _, html = pack_html(kb, project, "ar", only="interface")
    assert "form 3 (n = 3, 4, 5…)" in html


def test_the_pack_ends_with_a_box_for_the_reviewer(kb, project):
    _, html = pack_html(kb, project, "ti")
    box = html[html.index('class="reviewer"'):]
    for field in ("Name", "Qualification", "Date"):
        assert f"<td>{field}:</td>" in box
