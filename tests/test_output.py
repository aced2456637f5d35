from healthsite.output import keep_not_found_pages


def test_each_edition_keeps_its_404_and_the_root_stays_english(tmp_path):
    (tmp_path / "404.html").write_text("en")
    keep_not_found_pages(tmp_path, "en", "en")
    for code in ("fr", "ar"):
        (tmp_path / "404.html").write_text(code)  # the next language build overwrites the root page
        keep_not_found_pages(tmp_path, code, "en")
    assert (tmp_path / "404.html").read_text() == "en"
    assert (tmp_path / "fr/404.html").read_text() == "fr"
    assert (tmp_path / "ar/404.html").read_text() == "ar"
