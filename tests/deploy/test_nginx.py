"""The nginx configuration is generated from the knowledge base and the pages' own policy, and
the committed file is exactly what they give today. What nginx then sends is tested on the
built site (tests/site/test_nginx.py) and, for redirects, on a small site here."""

from __future__ import annotations

import re

import pytest

from healthsite.cli import main
from healthsite.deploy.nginx import (
    CONTENT_SECURITY_POLICY,
    FINGERPRINTED,
    HSTS,
    MEDIA_TYPES,
    SECURITY_HEADERS,
    SERVER_FILE,
    SITE_FILE,
    redirects,
    site_configuration,
)
from healthsite.pages.html_document import POLICY
from tests.conftest import CODES, ROOT
from tests.deploy.nginx_server import running_nginx

DEPLOY = ROOT / "deploy" / "nginx"


def with_alias(content, sheet: str, aliases: str):
    content.replace(f"sheets/{sheet}.yaml", f"slug: {sheet}\n", f"slug: {sheet}\naliases: {aliases}\n")
    return content.load()


def test_the_committed_configuration_is_what_the_knowledge_base_gives_today(kb):
    committed = (DEPLOY / SITE_FILE).read_text(encoding="utf-8")
    assert committed == site_configuration(kb), "deploy/nginx is out of date: run `python -m healthsite nginx`"


def test_the_command_writes_the_file_and_checks_it(tmp_path, kb, monkeypatch, capsys):
    from healthsite import cli
    from healthsite.paths import ProjectPaths

    class Paths(ProjectPaths):
        @property
        def deploy(self):
            return tmp_path / "deploy"

        @property
        def content(self):
            return ROOT / "content-src"

    monkeypatch.setattr(cli, "project_paths", lambda: Paths(tmp_path))
    assert main(["nginx", "--check"]) == 1
    assert main(["nginx"]) == 0
    assert (tmp_path / "deploy" / "nginx" / SITE_FILE).read_text(encoding="utf-8") == site_configuration(kb)
    assert main(["nginx", "--check"]) == 0


def test_the_header_policy_is_the_pages_own_policy_and_forbids_frames():
    assert CONTENT_SECURITY_POLICY == POLICY.format(hashes="") + "; frame-ancestors 'none'"
    assert SECURITY_HEADERS["X-Content-Type-Options"] == "nosniff"
    assert SECURITY_HEADERS["Referrer-Policy"] == "no-referrer"
    # The share and copy buttons need these two: they must not be refused.
    assert "web-share" not in SECURITY_HEADERS["Permissions-Policy"]
    assert "clipboard-write" not in SECURITY_HEADERS["Permissions-Policy"]
    assert "camera=()" in SECURITY_HEADERS["Permissions-Policy"]


def test_headers_are_set_once_at_the_server_level_and_sent_on_error_pages_too(kb):
    configuration = site_configuration(kb)
    for name, value in SECURITY_HEADERS.items():
        assert f'add_header {name} "{value}" always;' in configuration
    # An add_header inside a location would silently drop every one of them there.
    for location in re.findall(r"^location .*$", configuration, re.MULTILINE):
        assert "add_header" not in location, location


def test_hsts_is_documented_for_https_but_not_sent_over_http(kb):
    configuration = site_configuration(kb)
    assert f'# add_header Strict-Transport-Security "{HSTS}" always;' in configuration
    assert not re.search(r"^\s*add_header Strict-Transport-Security", configuration, re.MULTILINE)
    server = (DEPLOY / SERVER_FILE).read_text(encoding="utf-8")
    assert f'#     add_header Strict-Transport-Security "{HSTS}" always;' in server
    assert f"include /etc/nginx/snippets/{SITE_FILE};" in server


def test_every_edition_has_its_own_404_page(kb):
    configuration = site_configuration(kb)
    for code in CODES:
        assert f"location /{code}/ {{ error_page 404 /{code}/404.html; }}" in configuration
    assert "\nerror_page 404 /404.html;" in configuration


def test_fingerprinted_names_are_told_apart_from_names_that_stay():
    long_kept = re.compile(FINGERPRINTED)
    assert long_kept.match("/assets/stylesheets/main.57a0d79d.min.css")
    assert long_kept.match("/assets/stylesheets/palette.fb2fffe2.min.css")
    assert long_kept.match("/assets/javascripts/bundle.a5f9d56c.min.js")
    for path in ("/assets/site.css", "/assets/page-tools.js", "/ar/search/search-index.js",
                 "/assets/stylesheets/main.57a0d79d.min.css.map", "/ar/assets/x.57a0d79d.min.css"):
        assert not long_kept.match(path), path


def test_no_redirects_while_no_sheet_has_an_old_address(kb):
    assert redirects(kb) == []
    assert "return 301" not in site_configuration(kb)


def test_an_old_address_redirects_in_every_edition(content):
    kb = with_alias(content, "glossary", "[words, official-words]")
    assert [(redirect.alias, redirect.slug) for redirect in redirects(kb)] == [("words", "glossary"),
                                                                              ("official-words", "glossary")]
    configuration = site_configuration(kb)
    assert configuration.count("return 301") == 4  # pages and leaflets, per alias
    assert "/(nl|fr|en|ar|fa|ps|ru|uk|es|pt|ro|sq|tr|so|ti)/words" in configuration


def test_the_types_cover_web_manifests_service_workers_leaflets_archives_and_feeds(kb):
    assert MEDIA_TYPES["webmanifest"] == "application/manifest+json"
    assert MEDIA_TYPES["js"] == "text/javascript"
    assert MEDIA_TYPES["pdf"] == "application/pdf"
    assert MEDIA_TYPES["zip"] == "application/zip"
    configuration = site_configuration(kb)
    assert 'changes/feed\\.xml$" { types { } default_type application/atom+xml; }' in configuration


@pytest.fixture
def small_site(tmp_path):
    site = tmp_path / "site"
    for path, text in {"fr/glossary/index.html": '<html lang="fr">glossaire', "fr/404.html": '<html lang="fr">404',
                       "fr/glossary/glossary-fr.pdf": "%PDF", "404.html": "404"}.items():
        (site / path).parent.mkdir(parents=True, exist_ok=True)
        (site / path).write_text(text, encoding="utf-8")
    return site


def test_nginx_sends_a_301_from_each_old_address_to_the_same_language(tmp_path, content, small_site):
    include = tmp_path / SITE_FILE
    include.write_text(site_configuration(with_alias(content, "glossary", "[words]")), encoding="utf-8")
    with running_nginx(tmp_path / "nginx", small_site, include) as server:
        for old in ("/fr/words/", "/fr/words", "/fr/words/index.html"):
            answer = server.get(old)
            assert (answer.status, answer.header("Location")) == (301, "/fr/glossary/"), old
            assert answer.header("Content-Security-Policy") == CONTENT_SECURITY_POLICY
        assert server.get("/ar/words/?from=qr").header("Location") == "/ar/glossary/?from=qr"
        assert server.get("/fr/words/words-fr-nl.pdf").header("Location") == "/fr/glossary/glossary-fr-nl.pdf"
        assert server.get(server.get("/fr/words/").header("Location")).status == 200
        # Only the alias itself: other addresses are not caught.
        assert server.get("/fr/wordsmith/").status == 404
        assert server.get("/fr/glossary/words/").status == 404


def test_nginx_accepts_the_committed_configuration(tmp_path, small_site):
    with running_nginx(tmp_path / "nginx", small_site, DEPLOY / SITE_FILE) as server:
        answer = server.get("/fr/nothing-here/")
        assert answer.status == 404 and answer.body.startswith(b'<html lang="fr">')
