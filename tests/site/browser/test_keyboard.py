"""With a keyboard alone: a skip link first, a visible focus, a usable language switch."""

from __future__ import annotations

import pytest

FOCUSED = """() => {
    const element = document.activeElement;
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    return {
        tag: element.tagName, classes: element.className, href: element.getAttribute('href'),
        text: element.innerText, hreflang: element.getAttribute('hreflang'),
        outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0,
        shadow: style.boxShadow !== 'none',
        visible: box.width > 0 && box.height > 0 && box.bottom > 0 && box.right > 0
                 && box.top < innerHeight && box.left < innerWidth,
    };
}"""


def tab(page) -> dict:
    page.keyboard.press("Tab")
    return page.evaluate(FOCUSED)


@pytest.mark.parametrize("code", ["en", "ar", "ti"])
def test_the_first_tab_shows_a_skip_link_to_the_content(phone, server, code):
    phone.goto(f"{server}{code}/no-papers/")
    focused = tab(phone)
    assert "md-skip" in focused["classes"] and focused["visible"] and focused["text"].strip()
    target = focused["href"]
    phone.keyboard.press("Enter")
    assert phone.evaluate("location.hash") == target
    assert phone.evaluate(f"document.querySelector('{target}').closest('article') !== null")


@pytest.mark.parametrize("code", ["en", "ar"])
def test_every_focused_control_is_visibly_marked(phone, server, code):
    phone.goto(f"{server}{code}/no-papers/")
    unmarked = []
    for _ in range(25):
        focused = tab(phone)
        if focused["visible"] and not (focused["outline"] or focused["shadow"]):
            unmarked.append(f"{focused['tag']}.{focused['classes']} {focused['href']}")
    assert unmarked == []


def test_the_language_switch_works_with_the_keyboard(phone, server):
    phone.goto(f"{server}en/no-papers/")
    for _ in range(40):
        focused = tab(phone)
        if focused["hreflang"] == "ar":
            break
    else:
        pytest.fail("no link to the Arabic edition among the first 40 tab stops")
    assert focused["visible"]
    phone.keyboard.press("Enter")
    phone.wait_for_url("**/ar/no-papers/")
    assert phone.evaluate("document.documentElement.lang") == "ar"


def test_the_share_box_works_with_the_keyboard(browser, server):
    context = browser.new_context(viewport={"width": 360, "height": 800})
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    page = context.new_page()
    page.goto(f"{server}ar/no-papers/")
    reached = []
    # The share box closes the article: walk backwards from the end of the page.
    for _ in range(60):
        page.keyboard.press("Shift+Tab")
        focused = page.evaluate(FOCUSED)
        reached.append(focused["href"] or focused["classes"])
        if "share-copy" in focused["classes"]:
            break
    else:
        pytest.fail(f"the copy button was not reached: {reached}")
    assert focused["visible"] and (focused["outline"] or focused["shadow"])
    assert any(target.startswith("mailto:") for target in reached if target)
    page.keyboard.press("Enter")
    assert page.inner_text(".share-status").strip()
    assert page.evaluate("navigator.clipboard.readText()") == page.get_attribute("#share", "data-url")
    context.close()
