"""The command line: `python -m healthsite review-pack LANG [--sheet SLUG]`, `bench-weight [--before DIR]`."""

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


def write_site(folder, kb, css: str):
    """Every sheet of every edition, each page loading one stylesheet."""
    (folder / "assets").mkdir(parents=True)
    (folder / "assets" / "site.css").write_text(css)
    (folder / "index.html").write_text("chooser")
    for code in kb.languages.codes:
        for slug in [sheet.slug for sheet in kb.sheets]:
            (folder / code / slug).mkdir(parents=True)
            (folder / code / slug / "index.html").write_text(
                f'<link rel="stylesheet" href="../../assets/site.css"><p>{slug} {code}</p>')


def test_bench_weight_shows_an_earlier_build_beside_the_new_one(project_in, capsys, kb):
    import random
    noise = random.Random(16)
    heavy = "".join(f".c{noise.getrandbits(64):x}{{color:red}}" for _ in range(3000))  # about 40 KB compressed
    write_site(project_in / "before", kb, heavy)
    write_site(project_in / "site", kb, "p{color:red}")
    assert cli.main(["bench-weight", "--before", str(project_in / "before")]) == 0
    out = capsys.readouterr().out
    assert "before -> after" in out and "budgets 20 / 10 / 600 judged on brotli" in out
    english = next(line for line in out.splitlines() if line.startswith("en "))
    # "en  brotli before -> after / gzip before -> after  ..."
    brotli_before, _, brotli_after, _, gzip_before, _, gzip_after = english.split()[1:8]
    assert float(brotli_before) > 20 > float(brotli_after) and float(gzip_before) > 20 > float(gzip_after)
    # The budgets judge the new build only; a missing earlier build is named.
    (project_in / "site" / "assets" / "site.css").write_text(heavy)
    assert cli.main(["bench-weight"]) == 1
    assert "over: first visit" in capsys.readouterr().out
    assert cli.main(["bench-weight", "--before", str(project_in / "missing")]) == 2
    assert "no built site in" in capsys.readouterr().err
