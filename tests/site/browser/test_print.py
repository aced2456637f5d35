"""Printing a page from the browser: no navigation, no buttons, link targets written out."""

from __future__ import annotations


def test_printing_hides_navigation_and_writes_out_link_targets(phone, server):
    phone.goto(f"{server}fr/no-papers/")
    phone.emulate_media(media="print")
    hidden = phone.evaluate("""() => ['.md-header', '.md-sidebar--primary', '.md-footer', '#share', '.leaflets']
        .map(selector => document.querySelector(selector))
        .filter(element => element && getComputedStyle(element).display !== 'none')
        .map(element => element.className || element.id)""")
    assert hidden == []
    after = phone.evaluate("""() => {
        const link = document.querySelector('article a[href^="http"]');
        // The attribute as written: CSS attr(href) shows it so, without the slash link.href may add.
        return [link.getAttribute('href'), getComputedStyle(link, '::after').content];
    }""")
    assert after[0] in after[1]
    assert phone.locator("article h1").is_visible()
