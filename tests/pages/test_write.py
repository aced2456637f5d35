"""Pages are written only when they change, and stale generated pages disappear."""

from healthsite.pages.documents import PageSource
from healthsite.pages.write import write_pages


def test_write_only_changes_and_remove_stale(tmp_path):
    pages = [PageSource("fr/a/index.md", "A", frozenset()), PageSource("fr/b/index.md", "B", frozenset())]
    assert len(write_pages(tmp_path, pages, ["fr/"])) == 2
    assert write_pages(tmp_path, pages, ["fr/"]) == []
    changed = write_pages(tmp_path, pages[:1], ["fr/"])
    assert changed == [tmp_path / "fr/b/index.md"]
    assert not (tmp_path / "fr/b/index.md").exists()
    (tmp_path / "assets").mkdir()
    (tmp_path / "assets/keep.md").write_text("x")
    write_pages(tmp_path, pages[:1], ["fr/"])
    assert (tmp_path / "assets/keep.md").exists()
