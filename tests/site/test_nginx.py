"""The built site served by Debian's nginx with the committed configuration, as in production:
headers, compressed copies, caching, redirects, each edition's 404 page and media types."""

from __future__ import annotations

import gzip
import re
from collections import defaultdict
from urllib.parse import urljoin

import brotli
import pytest

from healthsite.deploy.nginx import (
    CONTENT_SECURITY_POLICY,
    FEED_TYPE,
    FINGERPRINTED,
    LONG_CACHE,
    MEDIA_TYPES,
    SECURITY_HEADERS,
    SHORT_CACHE,
    SITE_FILE,
    site_configuration,
)
from healthsite.deploy.precompress import TEXT_SUFFIXES
from healthsite.pages.html_document import POLICY
from tests.conftest import CODES, ROOT
from tests.deploy.nginx_server import running_nginx

SHEET = "no-papers"
# The site's one stylesheet (healthsite.finish.stylesheet): its name changes with its content.
STYLESHEET = "/assets/stylesheets/site.<fingerprint>.min.css"


@pytest.fixture(scope="module")
def nginx(built_site, tmp_path_factory):
    with running_nginx(tmp_path_factory.mktemp("nginx"), built_site.folder,
                       ROOT / "deploy" / "nginx" / SITE_FILE) as server:
        yield server


def url(built_site, path) -> str:
    return "/" + path.relative_to(built_site.folder).as_posix()


def shipped(built_site, path: str) -> str:
    """``path``, with STYLESHEET as the built site names it."""
    if path != STYLESHEET:
        return path
    [stylesheet] = built_site.folder.glob("assets/stylesheets/site.*.min.css")
    return url(built_site, stylesheet)


def stylesheets(built_site, page: str) -> list[str]:
    """Addresses of the stylesheets a page loads."""
    html = built_site.page(page)
    return [urljoin(f"/{page}/", href) for href in re.findall(r'<link rel="stylesheet" href="([^"]+)"', html)]


# Headers


@pytest.mark.parametrize("path", ["/", f"/ar/{SHEET}/", STYLESHEET, "/ti/changes/feed.xml",
                                  "/ru/no-such-page/", "/no-such-page", "/ar"])
def test_every_answer_carries_the_security_headers(nginx, built_site, path):
    answer = nginx.get(shipped(built_site, path))
    for name, value in SECURITY_HEADERS.items():
        assert answer.header(name) == value, (path, name)
    assert "frame-ancestors 'none'" in answer.header("Content-Security-Policy")
    # Plain HTTP: HSTS is for HTTPS only (documented in the configuration), and no version is given away.
    assert answer.header("Strict-Transport-Security") is None
    assert answer.header("Server") == "nginx"


def test_the_header_policy_is_every_pages_own_policy(built_site):
    """A page's own <meta> policy and the header both apply: the header must allow all the page
    allows. Pages whose policy is stricter (redirect pages) lose nothing to it."""
    own = POLICY.format(hashes="")
    policies = defaultdict(list)
    for page in built_site.pages():
        meta = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">',
                         page.read_text(encoding="utf-8"))
        assert meta, f"{page}: no policy"
        policies[meta.group(1)].append(page)
    # An inline script allowed by its hash in the page would be blocked by the header.
    assert not [page for policy, pages in policies.items() if "sha256-" in policy for page in pages]
    assert own in policies and CONTENT_SECURITY_POLICY == own + "; frame-ancestors 'none'"
    for policy, pages in policies.items():
        if policy != own:
            assert all(rule in own.split("; ") for rule in policy.split("; ") if rule != "default-src 'none'"), pages[:3]


# Compression


def test_every_text_file_has_its_compressed_copies(built_site):
    for path in built_site.folder.rglob("*"):
        if path.suffix in TEXT_SUFFIXES and path.is_file():
            data = path.read_bytes()
            assert gzip.decompress(path.with_name(path.name + ".gz").read_bytes()) == data, path
            assert brotli.decompress(path.with_name(path.name + ".br").read_bytes()) == data, path


@pytest.mark.parametrize("path", [f"/ar/{SHEET}/", STYLESHEET, "/ar/search/search-index.js",
                                  "/ar/changes/feed.xml", "/sitemap.xml"])
def test_compressed_copies_are_sent_as_they_are(nginx, built_site, path):
    path = shipped(built_site, path)
    file = built_site.folder / path.lstrip("/")
    file = file / "index.html" if path.endswith("/") else file
    zipped = nginx.get(path, accept_encoding="gzip")
    assert zipped.status == 200 and zipped.header("Content-Encoding") == "gzip"
    assert zipped.body == file.with_name(file.name + ".gz").read_bytes()  # the build's copy, not nginx's
    assert zipped.header("Vary") == "Accept-Encoding"
    best = nginx.get(path, accept_encoding="gzip, deflate, br")
    assert best.header("Content-Encoding") == "br"
    assert best.body == file.with_name(file.name + ".br").read_bytes() and best.header("Vary") == "Accept-Encoding"
    plain = nginx.get(path)
    assert plain.header("Content-Encoding") is None and plain.body == file.read_bytes()


def test_a_404_page_is_sent_compressed_too(nginx, built_site):
    answer = nginx.get("/fa/no-such-page/", accept_encoding="gzip")
    assert answer.status == 404 and answer.header("Content-Encoding") == "gzip"
    assert gzip.decompress(answer.body) == (built_site.folder / "fa" / "404.html").read_bytes()


# Caching


def test_fingerprinted_files_are_kept_a_year_and_everything_else_minutes(nginx, built_site):
    styles = [href for href in stylesheets(built_site, f"en/{SHEET}") if re.match(FINGERPRINTED, href)]
    assert styles, "the pages load no fingerprinted stylesheet: the long cache is never used"
    assert nginx.get(styles[0]).header("Cache-Control") == LONG_CACHE
    for path in ("/", f"/ar/{SHEET}/", "/assets/page-tools.js", "/ar/search/search-index.js",
                 "/ar/changes/feed.xml", f"/ar/{SHEET}/{SHEET}-ar.pdf", "/ar/health-care-belgium-ar.zip"):
        assert nginx.get(path).header("Cache-Control") == SHORT_CACHE, path


def test_only_files_whose_name_changes_with_their_content_are_kept_long(built_site):
    """Material writes a hash of the content into these names; nothing of ours matches by accident."""
    long_kept = [url(built_site, path) for path in built_site.folder.rglob("*") if re.match(FINGERPRINTED, url(built_site, path))]
    assert long_kept
    for path in long_kept:
        assert path.startswith(("/assets/stylesheets/", "/assets/javascripts/")), path


def test_a_missing_fingerprinted_file_is_not_kept(nginx):
    answer = nginx.get("/assets/stylesheets/main.00000000.min.css")
    assert answer.status == 404 and answer.header("Cache-Control") is None


# 404 pages and redirects


@pytest.mark.parametrize("code", CODES)
def test_each_edition_answers_an_unknown_address_with_its_own_404_page(nginx, built_site, code):
    answer = nginx.get(f"/{code}/no-such-page/")
    assert answer.status == 404
    assert answer.body == (built_site.folder / code / "404.html").read_bytes()
    assert f'<html lang="{code}"' in answer.body.decode()


def test_elsewhere_the_root_404_page_answers(nginx, built_site):
    for path in ("/no-such-page/", "/assets/no-such.css", "/xx/"):
        answer = nginx.get(path)
        assert answer.status == 404 and answer.body == (built_site.folder / "404.html").read_bytes(), path


def test_a_folder_without_its_slash_is_redirected_within_the_site(nginx):
    answer = nginx.get(f"/ar/{SHEET}")
    assert (answer.status, answer.header("Location")) == (301, f"/ar/{SHEET}/")


def test_a_sheets_old_address_is_a_real_301_in_every_edition(built_site, content, tmp_path):
    """No sheet has an old address yet: a copy of the knowledge base gets one."""
    content.replace("sheets/glossary.yaml", "slug: glossary\n", "slug: glossary\naliases: [words]\n")
    include = tmp_path / SITE_FILE
    include.write_text(site_configuration(content.load()), encoding="utf-8")
    with running_nginx(tmp_path / "nginx", built_site.folder, include) as server:
        for code in CODES:
            answer = server.get(f"/{code}/words/")
            assert (answer.status, answer.header("Location")) == (301, f"/{code}/glossary/")
            assert server.get(answer.header("Location")).status == 200
        leaflet = server.get("/ti/words/words-ti.pdf")
        assert leaflet.header("Location") == "/ti/glossary/glossary-ti.pdf"
        assert server.get(leaflet.header("Location")).status == 200


# Media types


def test_every_kind_of_file_the_site_publishes_has_its_media_type(nginx, built_site):
    """Web manifests and service workers included, once the site has them (issue 16, item 1)."""
    one_of_each = {}
    for path in sorted(built_site.folder.rglob("*.*")):
        compressed_copy = path.suffix in (".gz", ".br") and path.with_suffix("").is_file()
        if path.is_file() and not compressed_copy:
            one_of_each.setdefault(path.suffix.lstrip("."), path)
    unknown = sorted(set(one_of_each) - set(MEDIA_TYPES))
    assert not unknown, f"files the configuration has no type for: {unknown}"
    for extension, path in one_of_each.items():
        answer = nginx.get(url(built_site, path))
        media_type = FEED_TYPE if path.name == "feed.xml" else MEDIA_TYPES[extension]
        assert answer.header("Content-Type").split(";")[0] == media_type, path


@pytest.mark.parametrize("path, content_type", [
    ("/ar/", "text/html; charset=utf-8"),
    (STYLESHEET, "text/css; charset=utf-8"),
    ("/assets/page-tools.js", "text/javascript; charset=utf-8"),
    ("/ar/changes/feed.xml", "application/atom+xml; charset=utf-8"),
    ("/sitemap.xml", "application/xml; charset=utf-8"),
    (f"/ar/{SHEET}/{SHEET}-ar.pdf", "application/pdf"),
    (f"/ar/{SHEET}/{SHEET}-ar-fr.pdf", "application/pdf"),
    ("/ar/health-care-belgium-ar.zip", "application/zip"),
    ("/assets/images/logo.svg", "image/svg+xml; charset=utf-8"),
])
def test_media_types_of_pages_feeds_leaflets_and_archives(nginx, built_site, path, content_type):
    answer = nginx.get(shipped(built_site, path))
    assert answer.status == 200 and answer.header("Content-Type") == content_type
