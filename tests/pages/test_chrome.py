"""Around every page: the emergency numbers, the share box, the read-aloud button."""

from __future__ import annotations

import re
from datetime import date
from urllib.parse import unquote

from healthsite.pages.chrome import (
    emergency_bar,
    moved_page,
    offline_notice,
    offline_start_page,
    read_aloud_button,
    search_link,
    share_box,
)
from tests.pages.test_inline import renderer

SITE = "https://health.example.be/"


def test_the_emergency_bar_dials_112_and_1733(kb):
    bar = emergency_bar(kb, renderer(kb, "en"))
    assert 'href="tel:112"' in bar and 'href="tel:1733"' in bar


def test_share_links_carry_a_greeting_in_the_page_language_and_the_absolute_address(kb):
    greeting = kb.ui("share-greeting")
    box = share_box(kb, renderer(kb, "fr", {(greeting.key, greeting.source): "Bonjour. Voici des informations sur les soins de santé en Belgique :"}),
                    "no-papers/", "Sans papiers", SITE)
    mail = re.search(r'href="mailto:\?subject=([^&]*)&amp;body=([^"]*)"', box)
    assert unquote(mail.group(1)) == "Sans papiers"
    assert unquote(mail.group(2)) == ("Bonjour. Voici des informations sur les soins de santé en Belgique :\n"
                                      "https://health.example.be/fr/no-papers/")
    assert 'href="https://wa.me/?text=Bonjour.%20Voici%20des%20informations%20sur%20les%20soins%20de%20santé' in box


def test_staff_can_send_the_page_in_any_other_language(kb):
    box = share_box(kb, renderer(kb, "fr"), "which-situation/eu-papers/", "x", SITE)
    links = re.findall(r'<a href="([^"]+)" lang="([a-z]+)"', box)
    assert sorted(code for _, code in links) == sorted(c for c in kb.languages.codes if c != "fr")
    assert ("../../../ti/which-situation/eu-papers/#share", "ti") in links


def test_buttons_that_need_the_script_start_hidden(kb):
    box = share_box(kb, renderer(kb, "en"), "", "Health care in Belgium", SITE)
    assert box.count("<button") == 2 and box.count("<button type=\"button\" class=\"md-button share-") == 2
    assert all(" hidden" in button for button in re.findall(r"<button[^>]*>", box))
    assert "<button" in read_aloud_button(kb, renderer(kb, "en")) and " hidden " in read_aloud_button(kb, renderer(kb, "en"))


def test_share_text_from_a_catalogue_cannot_break_out_of_its_attribute(kb):
    greeting = kb.ui("share-greeting")
    box = share_box(kb, renderer(kb, "fr", {(greeting.key, greeting.source): 'Bonjour" onmouseover="alert(1)'}), "", "t", SITE)
    assert 'onmouseover="alert(1)' not in box


def test_the_header_search_button_leads_to_the_edition_search_page(kb):
    title = kb.ui("search-title")
    assert search_link(kb, renderer(kb, "ar", {(title.key, title.source): "بحث"})) == {
        "search_url": "ar/search/", "search_label": "بحث"}


def test_every_page_of_an_offline_copy_says_when_it_was_saved_and_where_the_newest_is(kb):
    notice = offline_notice(kb, renderer(kb, "en"), SITE, date(2026, 12, 2))
    assert 'This is a copy saved on <time datetime="2026-12-02">December 2, 2026</time>.' in notice
    assert '<a href="https://health.example.be/en/" dir="ltr">https://health.example.be/en/</a>' in notice
    assert 'role="note"' in notice


def test_an_offline_copy_starts_on_the_edition_home_page(kb):
    start = offline_start_page(kb, renderer(kb, "fa"))
    assert '<html lang="fa" dir="rtl">' in start
    assert '<meta http-equiv="refresh" content="0; url=fa/index.html">' in start and 'href="fa/index.html"' in start


def test_an_old_address_sends_the_reader_to_the_sheet_in_the_same_language(kb):
    moved = moved_page(kb, renderer(kb, "ar"), kb.sheet("no-papers"), SITE)
    assert '<html lang="ar" dir="rtl">' in moved
    assert '<meta http-equiv="refresh" content="0; url=../no-papers/">' in moved
    assert '<link rel="canonical" href="https://health.example.be/ar/no-papers/"><meta name="robots" content="noindex">' in moved
    assert '<a href="../no-papers/">' in moved and "<script" not in moved


def test_a_page_can_be_sent_by_text_message_for_readers_without_mobile_data(kb):
    box = share_box(kb, renderer(kb, "en"), "no-papers/", "No papers", SITE)
    sms = re.search(r'href="sms:\?&amp;body=([^"]*)"', box)
    assert sms and unquote(sms.group(1)).endswith("\nhttps://health.example.be/en/no-papers/")
    assert ">Send by text message</a>" in box
