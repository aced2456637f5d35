"""Which leaflets exist: one per sheet and language, and each language beside French and Dutch."""

from __future__ import annotations

from healthsite.leaflets.files import LeafletFile, all_leaflets, bilingual_pairs, half_name, leaflets_of_sheet

CODES = ["nl", "fr", "en", "ar", "ti"]


def test_a_reader_gets_their_language_beside_french_and_beside_dutch():
    assert bilingual_pairs("ar", CODES) == [("ar", "fr"), ("ar", "nl")]


def test_french_and_dutch_readers_share_one_french_dutch_leaflet():
    assert bilingual_pairs("fr", CODES) == [("nl", "fr")]
    assert bilingual_pairs("nl", CODES) == [("nl", "fr")]


def test_a_sheet_links_its_own_leaflet_first():
    own, *pairs = leaflets_of_sheet("no-papers", "ti", CODES)
    assert own.name == "no-papers-ti.pdf" and not own.is_bilingual
    assert [pair.name for pair in pairs] == ["no-papers-ti-fr.pdf", "no-papers-ti-nl.pdf"]


def test_every_leaflet_of_the_site_once():
    leaflets = all_leaflets(["a", "b"], CODES)
    names = [leaflet.name for leaflet in leaflets]
    assert len(names) == len(set(names))
    # 5 own + 3 languages x 2 counter languages + 1 French-Dutch, per sheet
    assert len(leaflets) == 2 * (5 + 3 * 2 + 1)
    assert LeafletFile("a", ("nl", "fr")) in leaflets


def test_a_page_links_a_leaflet_of_another_edition_through_that_edition():
    shared = LeafletFile("no-papers", ("nl", "fr"))
    assert shared.href_from("nl") == "no-papers-nl-fr.pdf"
    assert shared.href_from("fr") == "../../nl/no-papers/no-papers-nl-fr.pdf"


def test_halves_are_named_apart_from_published_leaflets():
    assert half_name("no-papers", "ar") == "no-papers-ar-half.pdf"
    assert half_name("no-papers", "ar") not in {leaflet.name for leaflet in all_leaflets(["no-papers"], CODES)}
