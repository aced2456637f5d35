"""Around every page: the emergency numbers, the share box, the read-aloud button."""

from __future__ import annotations

import re
from urllib.parse import unquote

from tests.pages.test_inline import renderer
from healthsite.pages.chrome import emergency_bar, read_aloud_button, share_box

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
    assert 'href="https://wa.me/?text=Bonjour.%20Voici' in box


def test_staff_can_send_the_page_in_any_other_language(kb):
    box = share_box(kb, renderer(kb, "fr"), "which-situation/eu-papers/", "x", SITE)
    links = re.findall(r'<a href="([^"]+)" hreflang="([a-z]+)"', box)
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
