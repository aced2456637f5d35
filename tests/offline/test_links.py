"""In an offline copy every link works from the file system, or goes to the published site."""

from __future__ import annotations

from healthsite.offline.links import offline_link, offline_page

SITE = "https://health.example.be/"
ARCHIVED = {"ru/index.html", "ru/no-papers/index.html", "ru/search/index.html", "ru/search/search-index.js",
            "assets/site.css", "assets/page-tools.js"}
PAGE = "ru/no-papers/index.html"


def link(href: str, page: str = PAGE) -> str:
    return offline_link(href, page, ARCHIVED, SITE)


def test_links_to_folders_in_the_copy_name_their_page():
    assert link("../") == "../index.html"
    assert link("./") == "index.html"
    assert link("../search/") == "../search/index.html"
    assert link("../no-papers/#cost") == "index.html#cost"
    assert link("no-papers/", page="ru/index.html") == "no-papers/index.html"


def test_files_in_the_copy_stay_relative():
    assert link("../../assets/site.css") == "../../assets/site.css"
    assert link("search-index.js", page="ru/search/index.html") == "search-index.js"


def test_what_the_copy_does_not_hold_is_read_online():
    assert link("../../fr/no-papers/#share") == "https://health.example.be/fr/no-papers/#share"
    assert link("no-papers-ru.pdf") == "https://health.example.be/ru/no-papers/no-papers-ru.pdf"
    assert link("../../") == "https://health.example.be/"
    assert link("../emergencies/") == "https://health.example.be/ru/emergencies/"


def test_other_addresses_are_left_as_they_are():
    for href in ("#cost", "tel:112", "mailto:?subject=x", "https://wa.me/?text=x", "data:image/svg+xml,x", ""):
        assert link(href) == href


def test_a_page_gets_its_links_rewritten_and_the_saved_copy_notice():
    page = ('<html><head><link rel="stylesheet" href="../../assets/site.css"><link rel="canonical" '
            'href="https://health.example.be/ru/no-papers/"></head><body><article class="md-content__inner">'
            '<a href="../">Home</a> <a href="../../fr/no-papers/">fr</a></article></body></html>')
    copy = offline_page(page, PAGE, ARCHIVED, SITE, notice='<p class="notice">saved</p>')
    assert 'href="../../assets/site.css"' in copy and 'href="https://health.example.be/ru/no-papers/"' in copy
    assert '<article class="md-content__inner"><p class="notice">saved</p><a href="../index.html">Home</a>' in copy
    assert 'href="https://health.example.be/fr/no-papers/"' in copy


def test_only_real_links_change_not_text_that_looks_like_one():
    page = ('<article><script>var t = \'<a href="../">\';</script><!-- <img src="../x.png"> -->'
            "<p>href=\"../\"</p><img src='../../assets/logo.png' alt=\"\"><a href=../>Home</a></article>")
    copy = offline_page(page, PAGE, ARCHIVED, SITE)
    assert copy == page.replace("<a href=../>", '<a href="../index.html">').replace(
        "src='../../assets/logo.png'", "src='https://health.example.be/assets/logo.png'")


def test_the_notice_is_markup_and_the_article_tag_stays_markup():
    from healthsite.pages.escape import Html
    copy = offline_page('<article class="a">x</article>', PAGE, ARCHIVED, SITE, notice=Html("<p>saved</p>"))
    assert copy == '<article class="a"><p>saved</p>x</article>'
