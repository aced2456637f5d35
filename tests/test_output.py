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


def test_a_page_loads_its_stylesheets_scripts_images_and_the_fonts_its_stylesheets_name(tmp_path):
    from healthsite.output import loaded_files
    (tmp_path / "en/page").mkdir(parents=True)
    (tmp_path / "assets/fonts").mkdir(parents=True)
    for name in ("assets/site.css", "assets/tools.js", "assets/logo.png", "assets/fonts/a.woff2", "assets/icon.png"):
        (tmp_path / name).write_text("")
    (tmp_path / "assets/site.css").write_text("@font-face{src:url(fonts/a.woff2)}")
    page = tmp_path / "en/page/index.html"
    page.write_text('<LINK HREF="../../assets/icon.png" rel="shortcut icon"><link rel="stylesheet" href="../../assets/site.css">'
                    '<link rel="canonical" href="../../assets/logo.png"><!-- <script src="../../assets/old.js"> -->'
                    '<script src="../../assets/tools.js" defer></script><img alt="" src="/assets/logo.png">'
                    '<link rel="stylesheet" href="https://fonts.example.com/x.css">')
    assert [path.relative_to(tmp_path).as_posix() for path in loaded_files(tmp_path, page)] == [
        "assets/icon.png", "assets/site.css", "assets/fonts/a.woff2", "assets/tools.js", "assets/logo.png"]
