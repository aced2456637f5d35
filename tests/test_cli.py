"""The command line: `python -m healthsite review-pack LANG [--sheet SLUG]`."""

from __future__ import annotations

import pytest

from healthsite import cli
from healthsite.paths import ProjectPaths
from tests.conftest import ROOT


@pytest.fixture
def project_in(tmp_path, monkeypatch):
    """The real content and catalogues, with a build folder of the test's own."""
    root = tmp_path / "project"
    root.mkdir()
    for name in ("content-src", "locales", "mkdocs.yml"):
        (root / name).symlink_to(ROOT / name)
    monkeypatch.setattr(cli, "project_paths", lambda: ProjectPaths(root))
    return root


def test_review_pack_writes_html_pdf_and_key_table_for_one_sheet(project_in, capsys, kb):
    assert cli.main(["review-pack", "fa", "--sheet", "glossary"]) == 0
    folder = project_in / "build" / "review" / "fa"
    assert sorted(path.name for path in folder.iterdir()) == [
        "review-pack-fa-glossary-key.csv", "review-pack-fa-glossary.html", "review-pack-fa-glossary.pdf"]
    assert f"fa: {len(list(kb.sheet('glossary').texts()))} rows in 1 section(s)" in capsys.readouterr().out


@pytest.mark.parametrize("argv,said", [
    (["review-pack"], "needs a language"),
    (["review-pack", "en"], "needs a language"),
    (["review-pack", "ar", "--sheet", "no-such-sheet"], "no sheet or section 'no-such-sheet'"),
])
def test_review_pack_refuses_what_it_cannot_pack(project_in, capsys, argv, said):
    assert cli.main(argv) == 2
    assert said in capsys.readouterr().err
    assert not (project_in / "build").exists()
