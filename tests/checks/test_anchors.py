"""Links to #fragments land on an element with that id."""

from __future__ import annotations

from healthsite.checks.anchors import broken_anchors


def write(site, path, html):
    file = site / path
    file.parent.mkdir(parents=True, exist_ok=True)
    file.write_text(html, encoding="utf-8")


def test_fragments_on_the_same_and_other_pages(tmp_path):
    write(tmp_path, "fr/index.html", '<a href="emergencies/#call-112">x</a><a href="#top">t</a><p id="top"></p>')
    write(tmp_path, "fr/emergencies/index.html", '<h2 id="call-112">112</h2><a href="../#top">home</a>')
    assert broken_anchors(tmp_path) == []


def test_a_missing_id_is_reported_with_the_page_and_link(tmp_path):
    write(tmp_path, "fr/index.html", '<a href="emergencies/#call-113">x</a>')
    write(tmp_path, "fr/emergencies/index.html", '<h2 id="call-112">112</h2>')
    assert broken_anchors(tmp_path) == ["fr/index.html: emergencies/#call-113 (no id 'call-113')"]


def test_other_sites_and_phone_links_are_not_anchors_to_check(tmp_path):
    write(tmp_path, "index.html", '<a href="https://example.org/#x">x</a><a href="tel:112">112</a>')
    assert broken_anchors(tmp_path) == []
