import pytest

from healthsite.output import keep_not_found_pages, write_redirects


def test_each_edition_keeps_its_404_and_the_root_stays_english(tmp_path):
    (tmp_path / "404.html").write_text("en")
    keep_not_found_pages(tmp_path, "en", "en")
    for code in ("fr", "ar"):
        (tmp_path / "404.html").write_text(code)  # the next language build overwrites the root page
        keep_not_found_pages(tmp_path, code, "en")
    assert (tmp_path / "404.html").read_text() == "en"
    assert (tmp_path / "fr/404.html").read_text() == "fr"
    assert (tmp_path / "ar/404.html").read_text() == "ar"


def test_old_addresses_get_their_redirect_pages(tmp_path):
    write_redirects(tmp_path / "fr", {"old-name": "<p>moved</p>"})
    assert (tmp_path / "fr/old-name/index.html").read_text() == "<p>moved</p>"
    write_redirects(tmp_path / "fr", {"old-name": "<p>moved</p>"})  # the next build writes it again


def test_an_old_address_never_replaces_a_page(tmp_path):
    (tmp_path / "fr/search").mkdir(parents=True)
    (tmp_path / "fr/search/index.html").write_text("<p>the search page</p>")
    with pytest.raises(FileExistsError, match="search"):
        write_redirects(tmp_path / "fr", {"search": "<p>moved</p>"})
    assert (tmp_path / "fr/search/index.html").read_text() == "<p>the search page</p>"
