"""A real browser for the built site: Playwright for Python driving Debian's Chromium.

Browsers cannot be downloaded on the build machines, so Playwright never installs one:
it starts /usr/bin/chromium, which `make test` installs with apt-get.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.conftest import ROOT

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
# Without these, Chromium keeps trying to reach Google's hosts, which a closed network refuses.
CHROMIUM_FLAGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
PHONE = {"width": 360, "height": 800}
ARTIFACTS = ROOT / "test-artifacts"


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    assert Path(CHROMIUM).exists(), f"{CHROMIUM} is missing: `make test` installs Debian's chromium"
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        yield chromium
        chromium.close()


@pytest.fixture
def phone(browser):
    """A page in a 360 × 800 phone viewport, with touch.

    The site's Content-Security-Policy would block axe-core and HTML_CodeSniffer, which the
    tests inject as inline scripts: these contexts bypass it (the privacy test does not).
    """
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True, device_scale_factor=1,
                                  bypass_csp=True)
    page = context.new_page()
    yield page
    context.close()


def watched(page):
    """Record on ``page`` every request it makes (``page.requests``) and every console
    message saying the Content-Security-Policy refused something (``page.refused``)."""
    page.requests, page.refused = [], []
    page.on("request", lambda request: page.requests.append(request.url))
    page.on("console", lambda message: page.refused.append(message.text)
            if "Content Security Policy" in message.text or "Refused to" in message.text else None)
    return page


@pytest.fixture
def reader(browser):
    """A phone with the site's own security policy in force (no bypass), watched."""
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    yield watched(context.new_page())
    context.close()


@pytest.fixture(scope="session")
def axe_source() -> str:
    path = Path(__file__).with_name("node_modules") / "axe-core" / "axe.min.js"
    assert path.exists(), "axe-core is missing: `make test` runs npm ci in tests/site/browser"
    return path.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def htmlcs_source() -> str:
    """HTML_CodeSniffer's browser build: the engine with its standards and messages, no auditor."""
    path = Path(__file__).with_name("node_modules") / "html_codesniffer" / "build" / "HTMLCS.js"
    assert path.exists(), "html_codesniffer is missing: `make test` runs npm ci in tests/site/browser"
    return path.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def artifacts() -> Path:
    """Where browser tests leave screenshots for a person to look at (kept by CI)."""
    folder = ARTIFACTS / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    return folder
