"""On a 360 × 800 phone: nothing scrolls sideways, text can double in size, right-to-left
pages are mirrored. A screenshot of one sheet per language is kept for a person to check."""

from __future__ import annotations

import pytest

from tests.conftest import CODES

SHEET = "no-papers/"
RTL = ["ar", "fa", "ps"]


def sideways_overflow(page) -> int:
    return page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")


@pytest.mark.parametrize("code", CODES)
def test_a_sheet_fits_a_phone_screen(phone, server, artifacts, code):
    phone.goto(f"{server}{code}/{SHEET}")
    assert sideways_overflow(phone) <= 0
    phone.screenshot(path=str(artifacts / f"{code}-no-papers.png"), full_page=True)


@pytest.mark.parametrize("code", CODES)
def test_text_at_twice_the_size_loses_nothing(phone, server, code):
    phone.goto(f"{server}{code}/{SHEET}")
    before = phone.inner_text("article")
    # What a phone's "font size" setting does: every rem and em grows with the root size.
    phone.evaluate("""() => {
        const root = document.documentElement;
        root.style.fontSize = (parseFloat(getComputedStyle(root).fontSize) * 2) + 'px';
    }""")
    assert phone.evaluate("parseFloat(getComputedStyle(document.querySelector('article p')).fontSize)") >= 2 * 12
    assert sideways_overflow(phone) <= 0
    assert phone.inner_text("article") == before


@pytest.mark.parametrize("code", RTL)
def test_right_to_left_pages_are_mirrored(phone, server, code):
    phone.goto(f"{server}{code}/{SHEET}")
    layout = phone.evaluate("""() => {
        const box = selector => document.querySelector(selector).getBoundingClientRect();
        const all = selector => [...document.querySelectorAll(selector)].map(e => e.getBoundingClientRect());
        const firstLine = element => {
            const range = document.createRange();
            range.selectNodeContents(element);
            const rects = [...range.getClientRects()];
            const top = Math.min(...rects.map(r => r.top));
            const line = rects.filter(r => r.top < top + 2);
            return {left: Math.min(...line.map(r => r.left)), right: Math.max(...line.map(r => r.right))};
        };
        const warning = document.querySelector('article .admonition p');
        return {
            direction: getComputedStyle(document.querySelector('article')).direction,
            list: box('article ol.steps'), item: box('article ol.steps li'),
            headers: all('article table.terms th'),
            emergency: all('.emergency-bar li'),
            menu: box('label.md-header__button[for="__drawer"]'),
            warning: warning.getBoundingClientRect(), warningLine: firstLine(warning),
            width: document.documentElement.clientWidth,
        };
    }""")
    assert layout["direction"] == "rtl"
    # Lists are indented from the right.
    assert layout["item"]["right"] < layout["list"]["right"] - 8
    assert layout["item"]["left"] <= layout["list"]["left"] + 2
    # Tables read from the right: "in your language" is the right-most column.
    first, second = layout["headers"][:2]
    assert first["left"] > second["left"]
    # Warnings start on the right: their first line touches the right edge of the box.
    assert abs(layout["warningLine"]["right"] - layout["warning"]["right"]) < 2

    # The emergency bar starts on the right, and the navigation button sits on the right.
    assert layout["emergency"][0]["left"] >= layout["emergency"][1]["left"]
    assert layout["menu"]["left"] > layout["width"] / 2
