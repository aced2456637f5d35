"""Generated files are written only when they change, and stale generated files disappear."""

from healthsite.pages.write import write_files


def test_write_only_changes_and_remove_stale(tmp_path):
    files = {"fr/a/index.md": "A", "fr/b/index.md": "B", "fr/search/search-index.js": "x=1;"}
    assert len(write_files(tmp_path, files, ["fr/"])) == 3
    assert write_files(tmp_path, files, ["fr/"]) == []
    changed = write_files(tmp_path, {"fr/a/index.md": "A"}, ["fr/"])
    assert sorted(changed) == [tmp_path / "fr/b/index.md", tmp_path / "fr/search/search-index.js"]
    assert not (tmp_path / "fr/b/index.md").exists()


def test_files_outside_the_managed_folders_and_leaflets_are_left_alone(tmp_path):
    (tmp_path / "assets").mkdir()
    (tmp_path / "assets/keep.md").write_text("x")
    (tmp_path / "fr/a").mkdir(parents=True)
    (tmp_path / "fr/a/a-fr.pdf").write_bytes(b"%PDF")
    write_files(tmp_path, {"fr/a/index.md": "A"}, ["fr/"])
    assert (tmp_path / "assets/keep.md").exists()
    assert (tmp_path / "fr/a/a-fr.pdf").exists()
