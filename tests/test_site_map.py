"""The site's addresses and file names: editions, published addresses, downloads, and which
leaflets exist (one per sheet and language, and each language beside French and Dutch)."""

from __future__ import annotations

from healthsite.site_map import (
    LeafletFile,
    all_leaflets,
    archive_name,
    bilingual_pairs,
    booklet_name,
    cards_name,
    edition_directory,
    feed_path,
    half_name,
    leaflets_of_sheet,
    manifest_path,
    poster_name,
    published_url,
    search_index_path,
)

CODES = ["nl", "fr", "en", "ar", "ti"]


def test_the_root_language_edition_sits_one_folder_down_beside_the_chooser():
    assert edition_directory("fr", "en") == "fr/"
    assert edition_directory("en", "en") == "en/en/"


def test_published_addresses_are_absolute_with_one_slash_between_parts():
    assert published_url("https://health.example.be/", "ar") == "https://health.example.be/ar/"
    assert published_url("https://health.example.be", "ar", "no-papers/") == "https://health.example.be/ar/no-papers/"


def test_files_of_an_edition_are_addressed_from_the_site_root():
    assert search_index_path("ar") == "ar/search/search-index.js"
    assert feed_path("ar") == "ar/changes/feed.xml"
    assert manifest_path("ar") == "ar/manifest.webmanifest"


def test_every_download_to_keep_is_named_after_the_site_and_says_its_language():
    assert archive_name("ru") == "health-care-belgium-ru.zip"
    assert cards_name("ti") == "health-care-belgium-cards-ti.pdf"
    assert booklet_name("ti") == "health-care-belgium-booklet-ti.pdf"
    assert poster_name("A3") == "health-care-belgium-poster-a3.pdf"


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
