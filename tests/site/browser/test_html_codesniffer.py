"""HTML_CodeSniffer, a second accessibility engine beside axe-core, finds no WCAG 2 AA error
on the language chooser, on five pages of every edition, and on every page of one edition.

The two engines test differently: axe-core computes each control's accessible name, while
HTML_CodeSniffer also looks at the markup itself (an image alone in a link needs its alt text,
every form control needs a label). Its warnings and notices ask a person to check something
(colour, meaning); only its errors are failures.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from tests.conftest import CODES

# The edition's home page, a situation sheet, the decision guide, the glossary and the search page.
PAGES = ["", "no-papers/", "which-situation/", "glossary/", "search/"]
STANDARD = "WCAG2AA"
ERROR = 1  # HTMLCS.ERROR; 2 is a warning, 3 a notice

# HTMLCS.process runs the standard's sniffs, then calls back; messages are given in English.
RUN = """standard => new Promise((resolve, reject) => HTMLCS.process(standard, document, () => resolve(
    HTMLCS.getMessages().map(message => ({
        type: message.type, code: message.code, text: message.msg,
        element: message.element && message.element.outerHTML
            ? message.element.outerHTML.slice(0, 200) : String(message.element)}))),
    () => reject(new Error('HTML_CodeSniffer could not run ' + standard)), 'en'))"""


@dataclass(frozen=True)
class Message:
    """One finding of HTML_CodeSniffer: its kind, the technique it cites, and the element."""

    type: int
    code: str
    text: str
    element: str

    def __str__(self) -> str:
        return f"{self.code}: {self.text} — {self.element}"


def errors(page, htmlcs_source: str) -> list[str]:
    """HTML_CodeSniffer's errors on the page loaded in ``page`` (warnings and notices left out)."""
    page.add_script_tag(content=htmlcs_source)
    messages = [Message(**found) for found in page.evaluate(RUN, STANDARD)]
    return [str(message) for message in messages if message.type == ERROR]


def test_language_chooser_has_no_error(phone, server, htmlcs_source):
    phone.goto(server)
    assert errors(phone, htmlcs_source) == []


@pytest.mark.parametrize("path", PAGES)
@pytest.mark.parametrize("code", CODES)
def test_page_has_no_error(phone, server, htmlcs_source, code, path):
    phone.goto(f"{server}{code}/{path}")
    assert errors(phone, htmlcs_source) == []


def test_every_page_of_the_english_edition_has_no_error(phone, server, built_site, htmlcs_source):
    """Every kind of page the theme writes (leaflet page, changes, about, 404...), in one edition."""
    found = {}
    for page in sorted((built_site.folder / "en").rglob("*.html")):
        phone.goto(server + page.relative_to(built_site.folder).as_posix().removesuffix("index.html"))
        found[page.relative_to(built_site.folder).as_posix()] = errors(phone, htmlcs_source)
    assert len(found) > 20
    assert {path: page_errors for path, page_errors in found.items() if page_errors} == {}


def test_the_engine_does_report_an_error(phone, server, htmlcs_source):
    """A page with a link holding only an image without alt text, and an unlabelled checkbox:
    the test would pass on anything if the engine ran no sniff."""
    phone.goto(f"{server}en/")
    phone.evaluate("""() => document.querySelector('main').insertAdjacentHTML('beforeend',
        '<a href="./"><img src="x.svg" alt=""></a><input type="checkbox" id="unlabelled">')""")
    found = errors(phone, htmlcs_source)
    assert any(".H30.2" in message for message in found)
    assert any(".H91.InputCheckbox.Name" in message for message in found)
