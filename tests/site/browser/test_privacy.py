"""Private: visiting pages asks nothing of any other host, sets no cookie, breaks no policy."""

from __future__ import annotations

from urllib.parse import urlparse

from tests.site.browser.conftest import watched

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


def test_every_page_declares_a_content_security_policy(built_site):
    pages = built_site.pages()
    missing = [page for page in pages if 'http-equiv="Content-Security-Policy"' not in page.read_text(encoding="utf-8")]
    assert pages and missing == []
