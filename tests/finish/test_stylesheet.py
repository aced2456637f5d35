"""One stylesheet for the site, with only the rules its pages use (PurgeCSS and Lightning CSS from npm)."""

from __future__ import annotations

import pytest

from healthsite.finish.stylesheet import StylesheetError, bundle_name, local_stylesheets, relinked, ship_used_css
from tests.conftest import ROOT

TOOLS = ROOT / "tools" / "stylesheet"
# The theme's file is minified already (its name says so): it must reach the reader as written.
THEME_CSS = (".md-header{color:red;transform:translate3d(-50%,0,0)}.md-tabs{color:blue}[dir=rtl] .md-header{left:0}[dir=ltr] .md-header{right:0}"
             "kbd{font-weight:700}.md-select:focus-within .md-select__inner{opacity:1}"
             ":root{--used:#b71c1c;--unused:#000}@media print{.md-header{display:none}.md-tabs{display:none}}")
SITE_CSS = ("/* a comment the reader does not need */\n.emergency-bar { color: var(--used); }\n"
            ".share-status { color: green; }\n:focus-visible { outline: 2px solid; }\n.md-tabs:focus-visible { outline: 0; }\n")


def page(depth: str, body: str, direction: str = "ltr") -> str:
    return (f'<!doctype html><html dir="{direction}"><head>\n'
            f'<link rel="stylesheet" href="{depth}assets/stylesheets/main.min.css">\n'
            f'<link rel="stylesheet" href="{depth}assets/site.css">\n'
            f'<script src="{depth}assets/tools.js" defer></script></head><body>{body}</body></html>')


def make_site(tmp_path, direction: str = "ltr"):
    site = tmp_path / "site"
    (site / "assets" / "stylesheets").mkdir(parents=True)
    (site / "assets" / "stylesheets" / "main.min.css").write_text(THEME_CSS)
    (site / "assets" / "stylesheets" / "main.min.css.map").write_text("{}")
    (site / "assets" / "site.css").write_text(SITE_CSS)
    # The script adds a class no page has yet: its rule must stay.
    (site / "assets" / "tools.js").write_text("status.className = 'share-status';")
    (site / "ar" / "sheet").mkdir(parents=True)
    (site / "ar" / "index.html").write_text(page("../", '<header class="md-header">x</header>', direction))
    (site / "ar" / "sheet" / "index.html").write_text(
        page("../../", '<nav class="emergency-bar"><div class="md-select"><div class="md-select__inner">'
                       'kbd tabs</div></div></nav>', direction))
    (site / "404.html").write_text(page("/", "<p>not found</p>"))
    return site


def test_a_page_links_its_own_stylesheets_in_order_not_those_of_other_hosts():
    html = ('<link rel="stylesheet" href="../assets/a.css">\n<link rel="stylesheet" href="https://cdn.example/x.css">'
            '<link rel="stylesheet" href="/assets/b.css">')
    assert local_stylesheets(html) == ["../assets/a.css", "/assets/b.css"]


def test_the_links_become_one_link_where_the_first_was_in_its_folder():
    html = ('<title>t</title>\n<link rel="stylesheet" href="../../assets/stylesheets/main.css">\n'
            '<link rel="stylesheet" href="../../assets/site.css">\n<meta name="x">')
    assert relinked(html, "site.0123abcd.min.css") == (
        '<title>t</title>\n<link rel="stylesheet" href="../../assets/stylesheets/site.0123abcd.min.css">\n<meta name="x">')
    # The 404 page links from the site root, whatever address it answers.
    assert relinked('<link rel="stylesheet" href="/assets/stylesheets/main.css">', "s.css") == \
        '<link rel="stylesheet" href="/assets/stylesheets/s.css">'


def test_the_name_changes_with_the_content_only():
    assert bundle_name("a{color:red}") == bundle_name("a{color:red}")
    assert bundle_name("a{color:red}") != bundle_name("a{color:blue}")
    assert bundle_name("a{color:red}").startswith("site.") and bundle_name("a").endswith(".min.css")


@pytest.fixture(scope="module")
def tools():
    assert (TOOLS / "node_modules" / "purgecss").is_dir(), \
        "the stylesheet tools are missing: `make test` runs npm ci --prefix tools/stylesheet"
    return TOOLS


@pytest.fixture(scope="module")
def shipped(tmp_path_factory, tools):
    """A left-to-right site after shipping its one stylesheet (Node runs once for these tests)."""
    site = make_site(tmp_path_factory.mktemp("ltr"))
    return site, ship_used_css(site, tools)


def test_only_the_rules_the_pages_and_scripts_use_are_shipped_in_one_file(shipped):
    site, shipped = shipped
    css = shipped.path.read_text()
    assert shipped.path.parent == site / "assets" / "stylesheets" and shipped.path.name == bundle_name(css)
    # Used: classes in pages, a state of a used class, print rules of a used class, a class a script adds,
    # a custom property a kept rule uses; the page's own direction; a state of every element (keyboard focus).
    for kept in (".md-header{color:red;transform:translate3d(-50%,0,0)}", ".md-select:focus-within .md-select__inner", "@media print{.md-header",
                 ".share-status", ".emergency-bar", "--used:", "[dir=ltr] .md-header", ":focus-visible{outline"):
        assert kept in css, kept
    # Not used: a class or element no page has (words of the text do not count), the other direction,
    # a custom property nothing uses, comments.
    for dropped in (".md-tabs", "kbd", "[dir=rtl]", "--unused", "comment"):
        assert dropped not in css, dropped
    assert shipped.compressed_after < shipped.compressed_before
    assert shipped.sources == ("assets/stylesheets/main.min.css", "assets/site.css")
    # Ours is minified (no comment, no indentation); the theme's was already.
    assert ".emergency-bar{color:var(--used)}" in css


def test_every_page_links_the_one_file_and_the_sources_are_gone(shipped):
    site, shipped = shipped
    name = shipped.path.name
    sheet = (site / "ar" / "sheet" / "index.html").read_text()
    assert local_stylesheets(sheet) == [f"../../assets/stylesheets/{name}"]
    assert local_stylesheets((site / "404.html").read_text()) == [f"/assets/stylesheets/{name}"]
    assert not (site / "assets" / "site.css").exists() and not (site / "assets" / "stylesheets" / "main.min.css").exists()
    assert not (site / "assets" / "stylesheets" / "main.min.css.map").exists()


def test_right_to_left_rules_stay_when_a_page_is_right_to_left(tmp_path, tools):
    site = make_site(tmp_path, direction="rtl")
    assert "[dir=rtl] .md-header" in ship_used_css(site, tools).path.read_text()


def test_pages_that_link_different_stylesheets_are_refused(tmp_path, tools):
    site = make_site(tmp_path)
    other = site / "ar" / "index.html"
    other.write_text(other.read_text().replace('<link rel="stylesheet" href="../assets/site.css">\n', ""))
    with pytest.raises(StylesheetError, match="one stylesheet cannot serve both"):
        ship_used_css(site, tools)


def test_missing_tools_are_named_with_the_command_that_installs_them(tmp_path):
    site = make_site(tmp_path)
    with pytest.raises(StylesheetError, match="npm ci --prefix"):
        ship_used_css(site, tmp_path / "no-tools")
