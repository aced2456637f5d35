"""A language edition as one ZIP: its pages, search and the styles they use; leaflets stay online."""

from __future__ import annotations

import zipfile
from datetime import date

from healthsite.offline.archive import archived_files, write_archive
from healthsite.site_map import archive_name

SITE = "https://health.example.be/"


def built_site(root):
    files = {
        "assets/site.css": "body{}",
        "assets/page-tools.js": "1",
        "assets/unused.js": "2",
        "ru/index.html": '<link rel="stylesheet" href="../assets/site.css"><article><a href="no-papers/">x</a></article>',
        "ru/no-papers/index.html": '<script src="../../assets/page-tools.js"></script><article><a href="../">home</a></article>',
        "ru/no-papers/no-papers-ru.pdf": "%PDF",
        "ru/search/search-index.js": "window.x=[];",
        "ru/404.html": "<a href='/ru/'>",
        "fr/index.html": "fr",
    }
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    return root


def test_the_copy_holds_the_edition_and_the_files_its_pages_use(tmp_path):
    site = built_site(tmp_path)
    assert archived_files(site, "ru") == ["ru/index.html", "ru/no-papers/index.html", "ru/search/search-index.js",
                                          "assets/page-tools.js", "assets/site.css"]


def test_the_archive_opens_on_a_start_page_and_every_page_is_rewritten(tmp_path):
    site = built_site(tmp_path)
    path = write_archive(site, "ru", SITE, '<p class="notice">copy</p>', "<p>start</p>", date(2026, 12, 2))
    assert path == site / "ru" / archive_name("ru") and path.name == "health-care-belgium-ru.zip"
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
        assert names[0] == "health-care-belgium-ru/index.html"
        assert archive.read(names[0]) == b"<p>start</p>"
        home = archive.read("health-care-belgium-ru/ru/index.html").decode()
        assert '<article><p class="notice">copy</p><a href="no-papers/index.html">' in home
        assert all(info.date_time == (2026, 12, 2, 0, 0, 0) for info in archive.infolist())
    assert not (site / "ru" / "health-care-belgium-ru.zip.part").exists()


def test_the_same_edition_gives_the_same_archive(tmp_path):
    site = built_site(tmp_path)
    first = write_archive(site, "ru", SITE, "", "s", date(2026, 12, 2)).read_bytes()
    assert write_archive(site, "ru", SITE, "", "s", date(2026, 12, 2)).read_bytes() == first


def test_compressed_copies_for_web_servers_stay_out_of_the_copy(tmp_path):
    site = built_site(tmp_path)
    (site / "ru" / "index.html.gz").write_bytes(b"\x1f\x8b")
    (site / "ru" / "index.html.br").write_bytes(b"\x0b")
    assert not [name for name in archived_files(site, "ru") if name.endswith((".gz", ".br"))]
