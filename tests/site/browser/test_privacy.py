"""Private: visiting pages asks nothing of any other host, sets no cookie, breaks no policy."""

from __future__ import annotations

from urllib.parse import urlparse

from tests.site.browser.conftest import watched
from tests.site.browser.test_save_on_phone import SAVED

PAGES = ["", "en/", "ar/no-papers/", "ti/which-situation/", "ps/glossary/", "fr/accessibility/",
         "uk/emergencies/", "so/going-to-the-doctor/", "ti/search/?q=1733"]


def test_no_request_leaves_the_site_and_no_cookie_is_set(browser, server):
    context = browser.new_context(viewport={"width": 360, "height": 800})
    page = watched(context.new_page())
    requests, refused = page.requests, page.refused
    for path in PAGES:
        page.goto(f"{server}{path}", wait_until="networkidle")
    host = urlparse(server).netloc
    elsewhere = [url for url in requests if urlparse(url).scheme not in ("data", "blob") and urlparse(url).netloc != host]
    assert requests and elsewhere == []
    assert context.cookies() == []
    assert refused == []
    context.close()


def test_saving_an_edition_on_the_phone_asks_nothing_of_another_host_and_sets_no_cookie(browser, server):
    context = browser.new_context(viewport={"width": 360, "height": 800})
    requests = []  # the context's requests: the page's, and the service worker's
    context.on("request", lambda request: requests.append(request.url))
    page = watched(context.new_page())
    page.goto(f"{server}ti/")
    page.click("#save-edition button")
    page.wait_for_function(SAVED, timeout=60_000)
    # The worker fetched pages the reader never opened: its requests are seen here too.
    assert f"{server}ti/glossary/" in requests and f"{server}ti/sw.js" in requests
    host = urlparse(server).netloc
    assert [url for url in requests if urlparse(url).netloc != host] == []
    assert context.cookies() == []
    assert page.refused == []
    context.close()


def test_every_page_declares_a_content_security_policy(built_site):
    pages = built_site.pages()
    missing = [page for page in pages if 'http-equiv="Content-Security-Policy"' not in page.read_text(encoding="utf-8")]
    assert pages and missing == []
