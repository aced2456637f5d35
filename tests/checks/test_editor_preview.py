"""The editor-preview benchmark edits a copy of a sheet and reads the server's log."""

import json

import pytest

from healthsite.checks.editor_preview import build_seconds, copy_project, count_rebuilds, marked_summary
from healthsite.paths import ProjectPaths


def test_the_new_word_opens_the_summary_and_nothing_else_changes():
    sheet = 'slug: a\ntitle: "Words: a summary"\nsummary: "You can get care."\nsections: []\n'
    assert marked_summary(sheet, "editorcheck1") == sheet.replace('summary: "You', 'summary: "editorcheck1 You')


def test_a_sheet_without_a_one_line_summary_is_refused():
    with pytest.raises(ValueError, match="summary"):
        marked_summary("slug: a\nsummary: >\n  You can get care.\n", "editorcheck1")


def test_rebuilds_and_build_time_come_from_the_server_log():
    log = ["INFO    -  [10:59:58] Detected file changes", "INFO    -  Building documentation...",
           "INFO    -  Documentation built in 1.40 seconds", "INFO    -  [11:00:00] Reloading browsers",
           "INFO    -  Building documentation...", "INFO    -  Documentation built in 0.90 seconds"]
    assert count_rebuilds(log) == 2
    assert build_seconds(log) == 1.40
    assert count_rebuilds([]) == 0 and build_seconds([]) == 0.0


def test_the_copy_has_what_mkdocs_serve_reads_and_the_leaflet_records_follow_it(tmp_path):
    project = ProjectPaths(tmp_path / "project")
    for folder in ("content-src/sheets", "locales/ar", "hooks/healthsite/__pycache__", "docs/assets", "build/review"):
        (project.root / folder).mkdir(parents=True)
    (project.root / "mkdocs.yml").write_text("site_name: x\n")
    (project.root / "content-src/sheets/a.yaml").write_text("slug: a\n")
    (project.root / "hooks/healthsite/build.py").write_text("")
    (project.root / "hooks/healthsite/__pycache__/build.pyc").write_text("")
    leaflet = project.root / "docs/ar/a/a-ar.pdf"
    leaflet.parent.mkdir(parents=True)
    leaflet.write_bytes(b"%PDF")
    (project.build / "leaflets.json").write_text(json.dumps({str(leaflet): "fingerprint"}))

    copy = copy_project(project, tmp_path / "copy")
    assert (copy.root / "mkdocs.yml").is_file() and (copy.content / "sheets/a.yaml").is_file()
    assert (copy.root / "hooks/healthsite/build.py").is_file()
    assert not (copy.root / "hooks/healthsite/__pycache__").exists() and not (copy.build / "review").exists()
    assert (copy.docs / "ar/a/a-ar.pdf").read_bytes() == b"%PDF"
    records = json.loads((copy.build / "leaflets.json").read_text())
    assert records == {str(copy.docs / "ar/a/a-ar.pdf"): "fingerprint"}
