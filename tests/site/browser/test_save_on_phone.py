""""Save on this phone": nothing is stored before the reader asks; after the press the edition
opens, navigates and searches without a connection, a page it has not stored shows the
offline page, and the saved edition updates itself when online, fetching only what changed.

These tests serve their own copy of one edition (and the site's shared files), so that one of
them can publish a change; the server records what the browser asks of it. The pages' own
security policy stays in force.
"""

from __future__ import annotations

import functools
import re
import shutil
import threading
import time
from http.server import ThreadingHTTPServer

import pytest
from playwright.sync_api import Error

from healthsite.offline.worker import write_worker
from tests.site.browser.conftest import PHONE, watched
from tests.site.browser.test_axe import violations
from tests.site.conftest import Handler

CODE = "ar"
# Functions, not expressions: Playwright would run an expression with eval, which the pages' policy forbids.
SAVED = "() => document.querySelector('.save-status').textContent === document.getElementById('save-edition').dataset.saved"


@pytest.fixture(scope="module")
def edition_copy(built_site, tmp_path_factory):
    """The Arabic edition and the site's shared files, without leaflets or archives (the phone stores neither)."""
    folder = tmp_path_factory.mktemp("saved-site")
    for name in (CODE, "assets"):
        shutil.copytree(built_site.folder / name, folder / name, ignore=shutil.ignore_patterns("*.pdf", "*.zip"))
    shutil.copy(built_site.folder / "index.html", folder / "index.html")
    return folder


@pytest.fixture(scope="module")
def copy_server(edition_copy):
    """The copy on a local port; ``asked`` lists the paths the browser requested, in order."""
    asked: list[str] = []

    class Recording(Handler):
        def do_GET(self):
            asked.append(self.path)
            super().do_GET()

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Recording, directory=str(edition_copy)))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    httpd.asked = asked
    httpd.url = f"http://127.0.0.1:{httpd.server_address[1]}/"
    yield httpd
    httpd.shutdown()


@pytest.fixture
def phone(browser):
    """A fresh phone (nothing saved yet), with the site's security policy in force."""
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    page = watched(context.new_page())
    yield page
    context.close()


def save(page, url: str) -> None:
    page.goto(f"{url}{CODE}/")
    page.click("#save-edition button")
    page.wait_for_function(SAVED, timeout=60_000)


def stored(page) -> list[str]:
    return page.evaluate("caches.open('healthsite-%s').then(c => c.keys()).then(k => k.map(r => r.url))" % CODE)


def test_nothing_is_stored_before_the_reader_asks(phone, copy_server):
    copy_server.asked.clear()
    phone.goto(f"{copy_server.url}{CODE}/", wait_until="networkidle")
    button = phone.locator("#save-edition button")
    assert button.is_visible()
    assert re.search(r"\(\d+ KB\)$", button.text_content().strip()), "the size comes first"
    assert phone.evaluate("navigator.serviceWorker.getRegistrations().then(r => r.length)") == 0
    assert phone.evaluate("caches.keys()") == []
    assert f"/{CODE}/sw.js" not in copy_server.asked
    assert phone.refused == []


def test_a_saved_edition_opens_navigates_and_searches_without_a_connection(phone, copy_server):
    save(phone, copy_server.url)
    phone.context.set_offline(True)
    phone.goto(f"{copy_server.url}{CODE}/")
    assert phone.evaluate("document.documentElement.lang") == CODE
    phone.locator(".sheet-list a").first.click()
    assert phone.locator("article h1").is_visible()
    # Styles come from the phone too: Material's header is laid out, not a bare list.
    assert phone.evaluate("getComputedStyle(document.querySelector('.md-header')).position") in ("sticky", "fixed")
    phone.goto(f"{copy_server.url}{CODE}/search/?q=1733")
    phone.wait_for_function("() => document.getElementById('search-results').children.length > 0")
    phone.locator("#search-results a").first.click()
    assert phone.locator("article h1").is_visible()
    assert phone.refused == []


def test_without_a_connection_a_page_not_stored_shows_the_offline_page(phone, copy_server):
    save(phone, copy_server.url)
    phone.context.set_offline(True)
    phone.goto(f"{copy_server.url}{CODE}/no-papers/no-papers-{CODE}.pdf")
    assert phone.url == f"{copy_server.url}{CODE}/offline/"
    assert phone.evaluate("document.documentElement.lang") == CODE
    article = phone.locator("article")
    assert article.locator('a[href="tel:112"]').is_visible() and article.locator('a[href="tel:1733"]').is_visible()
    article.locator('a[href="../"]').click()
    assert phone.url == f"{copy_server.url}{CODE}/"
    # Other languages are not stored: the browser cannot open them.
    with pytest.raises(Error):
        phone.goto(f"{copy_server.url}fr/")


def test_only_this_edition_is_stored_without_leaflets(phone, copy_server):
    save(phone, copy_server.url)
    urls = stored(phone)
    assert f"{copy_server.url}{CODE}/search/search-index.js" in {url.split("?")[0] for url in urls}
    assert all(url.startswith((f"{copy_server.url}{CODE}/", f"{copy_server.url}assets/")) for url in urls)
    assert not [url for url in urls if ".pdf" in url or ".zip" in url or url.split("?")[0].endswith("/sw.js")]
    # Saved, the button makes way for the sentence that says so, on the next visit too.
    phone.reload()
    phone.wait_for_function(SAVED)
    assert not phone.locator("#save-edition button").is_visible()


def test_a_saved_edition_updates_itself_when_online_and_fetches_only_what_changed(phone, copy_server, edition_copy):
    save(phone, copy_server.url)
    glossary = edition_copy / CODE / "glossary" / "index.html"
    before = [url for url in stored(phone) if "/glossary/?" in url]
    original = glossary.read_text(encoding="utf-8")
    try:
        glossary.write_text(original.replace("</h1>", " (new)</h1>", 1), encoding="utf-8")
        write_worker(edition_copy, CODE)  # the build's last step, as after a new release
        copy_server.asked.clear()
        phone.goto(f"{copy_server.url}{CODE}/")  # any visit with a connection
        # The new worker has taken over once the old copy of the page is gone.
        deadline = time.monotonic() + 60
        while before[0] in stored(phone):
            assert time.monotonic() < deadline, "the saved edition did not update"
            phone.wait_for_timeout(200)
        assert set(copy_server.asked) == {f"/{CODE}/sw.js", f"/{CODE}/glossary/"}
        phone.context.set_offline(True)
        phone.goto(f"{copy_server.url}{CODE}/glossary/")
        assert phone.locator("article h1").text_content().endswith(" (new)")
    finally:
        glossary.write_text(original, encoding="utf-8")
        write_worker(edition_copy, CODE)


def test_without_service_workers_or_without_script_the_button_stays_hidden(browser, copy_server):
    # A browser without service workers: as if the feature did not exist.
    for options, script in (({}, "delete Navigator.prototype.serviceWorker"), ({"java_script_enabled": False}, None)):
        context = browser.new_context(viewport=PHONE, **options)
        if script:
            context.add_init_script(script)
        page = context.new_page()
        page.goto(f"{copy_server.url}{CODE}/", wait_until="networkidle")
        assert page.locator("article h1").is_visible()
        assert page.locator(".offline-download").is_visible()
        assert not page.locator("#save-edition").is_visible(), options
        context.close()


@pytest.mark.parametrize("path", ["", "offline/"])
@pytest.mark.parametrize("code", ["en", CODE])
def test_the_button_and_the_offline_page_have_no_accessibility_violation(browser, server, axe_source, code, path):
    # axe-core is injected as an inline script: this phone bypasses the policy (as in test_axe).
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True, bypass_csp=True)
    page = context.new_page()
    page.goto(f"{server}{code}/{path}")
    page.locator("#save-edition button").wait_for()
    assert violations(page, axe_source) == []
    page.click("#save-edition button")
    page.wait_for_function(SAVED, timeout=60_000)
    assert violations(page, axe_source) == []
    context.close()
