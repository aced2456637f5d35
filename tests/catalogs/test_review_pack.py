"""The rows of a review pack: every message once, risky rows first, each row traceable to its entry."""

from __future__ import annotations

import csv
import io
from datetime import date

import pytest

from healthsite.catalogs.format import load_catalog, new_catalog
from healthsite.catalogs.review_marks import Mark
from healthsite.catalogs.review_pack import (
    INTERFACE,
    SHARED_SECTIONS,
    TERMS,
    entry_id,
    key_table_csv,
    plural_examples,
    review_pack,
    section_ids,
)
from healthsite.catalogs.status import msgid_of
from healthsite.catalogs.translator import MISSING, REVIEWED, UNREVIEWED
from healthsite.catalogs.update import catalog_path
from healthsite.knowledge.model import PluralText
from healthsite.languages import PluralRule
from healthsite.site_map import published_url

SITE = "https://example.org/"
MADE_ON = date(2026, 12, 6)
SHEET = "no-papers"


@pytest.fixture(scope="module")
def arabic(kb, project):
    language = kb.languages["ar"]
    return language, load_catalog(catalog_path(project.locales, "ar"), language)


@pytest.fixture(scope="module")
def full_pack(kb, arabic):
    language, catalog = arabic
    return review_pack(kb, language, catalog, SITE, MADE_ON)


def identity(message) -> tuple[str, str]:
    return message.key, message.one if isinstance(message, PluralText) else message.source


def test_the_full_pack_holds_every_message_of_the_catalogue_once(kb, full_pack):
    expected = {identity(message) for message in kb.texts()}
    rows = [(row.key, row.english[0]) for row in full_pack.rows]
    assert len(rows) == len(set(rows)) == len(expected)
    assert set(rows) == expected


def test_rows_are_numbered_one_to_n_through_the_pack(full_pack):
    assert [row.number for row in full_pack.rows] == list(range(1, len(full_pack.rows) + 1))


def test_sections_are_the_sheets_in_menu_order_then_the_guide_then_what_pages_share(kb, full_pack):
    assert [section.id for section in full_pack.sections] == section_ids(kb)
    assert section_ids(kb)[:len(kb.sheets)] == [sheet.slug for sheet in kb.sheets]
    assert section_ids(kb)[-len(SHARED_SECTIONS):] == list(SHARED_SECTIONS)


def test_marked_rows_come_first_in_each_section_in_the_order_of_the_page(kb, full_pack):
    section = next(section for section in full_pack.sections if section.id == SHEET)
    flags = [bool(row.marks) for row in section.rows]
    assert flags == sorted(flags, reverse=True), "a marked row comes after an unmarked one"
    assert any(flags) and not all(flags)
    page_order = [identity(text) for text in kb.sheet(SHEET).texts()]
    for group in ([row for row in section.rows if row.marks], [row for row in section.rows if not row.marks]):
        positions = [page_order.index((row.key, row.english[0])) for row in group]
        assert positions == sorted(positions)


def test_a_row_with_a_deadline_is_marked_and_comes_before_plain_rows(full_pack):
    section = next(section for section in full_pack.sections if section.id == SHEET)
    deadline = next(row for row in section.rows if "{fact:amu-decision}" in row.english[0])
    assert Mark.DEADLINE in deadline.marks
    assert deadline.number < min(row.number for row in section.rows if not row.marks)


def test_the_short_id_is_stable_unique_and_changes_with_the_english(kb, full_pack):
    assert entry_id("sheet:no-papers:title", "No residence papers: Urgent Medical Aid") == \
        entry_id("sheet:no-papers:title", "No residence papers: Urgent Medical Aid")
    assert entry_id("sheet:no-papers:title", "No papers") != entry_id("sheet:no-papers:title", "No residence papers")
    assert entry_id("a", "same") != entry_id("b", "same")
    idents = [row.ident for row in full_pack.rows]
    assert len(set(idents)) == len(idents)
    assert all(len(ident) == 8 for ident in idents)


def test_the_same_message_has_the_same_id_in_every_language(kb, project, full_pack):
    language = kb.languages["ti"]
    tigrinya = review_pack(kb, language, load_catalog(catalog_path(project.locales, "ti"), language), SITE, MADE_ON)
    assert [row.ident for row in tigrinya.rows] == [row.ident for row in full_pack.rows]


def test_a_row_names_its_catalogue_entry_and_its_line_in_the_po_file(project, full_pack):
    row = next(row for row in full_pack.rows if row.key == f"sheet:{SHEET}:title")
    lines = catalog_path(project.locales, "ar").read_text(encoding="utf-8").splitlines()
    assert lines[row.po_line - 2] == f'msgctxt "{row.key}"'
    assert lines[row.po_line - 1] == f'msgid "{row.english[0]}"'


def test_links_go_to_the_page_and_section_in_the_packs_language(kb, full_pack):
    rows = {row.key: row for row in full_pack.rows}
    page = published_url(SITE, "ar", f"{SHEET}/")
    assert rows[f"sheet:{SHEET}:title"].url == page
    assert rows[f"sheet:{SHEET}#what-to-do"].url == page + "#what-to-do"
    assert rows["term:cpas:name"].url == published_url(SITE, "ar", "glossary/") + "#term-cpas"
    assert rows["ui:site-name"].url == published_url(SITE, "ar")
    guide = kb.guide
    assert rows[f"guide:{guide.start}"].url == published_url(SITE, "ar", f"{guide.slug}/")
    other = next(question for question in guide.questions if question != guide.start)
    assert rows[f"guide:{other}"].url == published_url(SITE, "ar", f"{guide.slug}/{other}/")


def test_a_row_gives_the_official_french_and_dutch_words_of_the_terms_it_names(kb, full_pack):
    row = next(row for row in full_pack.rows if "{abbr:cpas}" in row.english[0])
    words = {words.term: words for words in row.official}
    assert words["cpas"].fr == kb.terms["cpas"].fr.full == "Centre Public d'Action Sociale (CPAS)"
    assert words["cpas"].nl == kb.terms["cpas"].nl.full
    name = next(row for row in full_pack.rows if row.key == "term:amu:name")
    assert [words.term for words in name.official] == ["amu"]


def test_a_row_carries_the_translator_notes_of_its_entry(kb, full_pack):
    noted = next(text for text in kb.interface.values() if text.note)
    row = next(row for row in full_pack.rows if row.key == noted.key)
    assert row.notes[0] == noted.note
    placeholder = next(row for row in full_pack.rows if "{abbr:cpas}" in row.english[0])
    assert "{abbr:cpas} shows: CPAS / OCMW" in placeholder.notes


def small_catalog(kb, language, entries):
    """A catalogue with only ``entries``: {key: (translation, fuzzy)}."""
    catalog = new_catalog(language.code, language)
    for message in kb.texts():
        if message.key in entries and not isinstance(message, PluralText):
            string, fuzzy = entries[message.key]
            catalog.add(msgid_of(message), string, context=message.key, flags={"fuzzy"} if fuzzy else set())
    return catalog


def test_each_row_shows_how_far_its_entry_is(kb):
    language = kb.languages["ar"]
    catalog = small_catalog(kb, language, {
        "ui:site-name": ("الرعاية الصحية في بلجيكا", True),
        "ui:chooser-title": ("اختر لغتك", False),
        "ui:emergency-label": ("", True),
    })
    rows = {row.key: row for row in review_pack(kb, language, catalog, SITE, MADE_ON, only=INTERFACE).rows}
    assert rows["ui:site-name"].state == UNREVIEWED and rows["ui:site-name"].state_label == "unreviewed (fuzzy)"
    assert rows["ui:chooser-title"].state == REVIEWED
    assert rows["ui:emergency-label"].state == MISSING
    assert rows["ui:home-sheets"].state == MISSING and rows["ui:home-sheets"].po_line is None


def test_a_translation_the_site_refuses_says_why(kb):
    language = kb.languages["ar"]
    message = next(text for text in kb.sheet(SHEET).texts() if "{abbr:cpas}" in text.source)
    catalog = small_catalog(kb, language, {message.key: ("بدون رمز", True)})
    row = next(row for row in review_pack(kb, language, catalog, SITE, MADE_ON, only=SHEET).rows
               if row.key == message.key and row.english[0] == message.source)
    assert any("placeholders differ" in reason for reason in row.refused)


def test_plural_rows_show_every_form_of_the_language_with_the_numbers_it_is_for(full_pack):
    row = next(row for row in full_pack.rows if row.key == "unit:day")
    assert row.is_plural and row.english == ("{count} day", "{count} days")
    assert [form.examples for form in row.translation] == [(0,), (1,), (2,), (3, 4, 5), (11, 12, 13), (100, 101, 102)]
    assert all(form.text for form in row.translation)


def test_plural_examples_follow_the_rule_of_the_language():
    assert plural_examples(PluralRule.parse("nplurals=2; plural=(n != 1);")) == ((1,), (0, 2, 3))


def test_one_sheet_makes_a_pack_of_its_own_rows_numbered_from_one(kb, arabic):
    language, catalog = arabic
    pack = review_pack(kb, language, catalog, SITE, MADE_ON, only=SHEET)
    assert [section.id for section in pack.sections] == [SHEET] and not pack.whole
    assert {(row.key, row.english[0]) for row in pack.rows} == {identity(text) for text in kb.sheet(SHEET).texts()}
    assert pack.rows[0].number == 1
    assert pack.sections[0].translated_title == catalog.get(kb.sheet(SHEET).title.source,
                                                            context=f"sheet:{SHEET}:title").string


def test_a_shared_section_can_be_packed_alone(kb, arabic):
    language, catalog = arabic
    pack = review_pack(kb, language, catalog, SITE, MADE_ON, only=TERMS)
    assert len(pack.rows) == 2 * len(kb.terms)


def test_there_is_no_pack_of_the_source_language_or_of_an_unknown_section(kb, arabic):
    with pytest.raises(ValueError, match="source language"):
        review_pack(kb, kb.languages["en"], None, SITE, MADE_ON)
    with pytest.raises(ValueError, match="no section"):
        review_pack(kb, arabic[0], arabic[1], SITE, MADE_ON, only="no-such-sheet")


def test_a_language_without_a_catalogue_gets_a_pack_of_missing_rows(kb):
    pack = review_pack(kb, kb.languages["so"], None, SITE, MADE_ON, only=SHEET)
    assert {row.state for row in pack.rows} == {MISSING}


def test_the_key_table_maps_each_row_number_to_its_catalogue_entry(full_pack):
    table = list(csv.DictReader(io.StringIO(key_table_csv(full_pack))))
    assert len(table) == len(full_pack.rows)
    for line, row in zip(table, full_pack.rows, strict=True):
        assert (int(line["row"]), line["id"], line["msgctxt"], line["state"]) == (row.number, row.ident, row.key, row.state)
    assert table[0]["page"] == full_pack.rows[0].url
