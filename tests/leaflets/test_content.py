"""What a leaflet holds: the steps, useful numbers and official words of its sheet."""

from __future__ import annotations

from healthsite.leaflets.content import leaflet_content


def test_a_situation_leaflet_is_built_around_what_to_do(kb):
    content = leaflet_content(kb, kb.sheet("no-papers"))
    assert content.main_heading_section == "what-to-do"
    assert [block.kind for block in content.blocks][0] == "steps"
    assert "amu" in content.terms and "cpas" in content.terms


def test_emergency_numbers_are_not_repeated_among_the_useful_numbers(kb):
    content = leaflet_content(kb, kb.sheet("emergencies"))
    assert content.phones
    assert "112" not in content.phones and "1733" not in content.phones


def test_a_sheet_without_steps_uses_its_first_section(kb):
    sheet = kb.sheet("your-rights")
    content = leaflet_content(kb, sheet)
    assert content.main_heading_section == sheet.sections[0].id
    assert content.blocks == sheet.sections[0].blocks


def test_the_glossary_leaflet_is_the_table_of_every_official_word(kb):
    content = leaflet_content(kb, kb.sheet("glossary"))
    assert content.terms == tuple(kb.terms)
    assert all(block.kind != "glossary" for block in content.blocks)
