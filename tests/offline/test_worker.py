"""What "Save on this phone" stores, and the worker that stores it and keeps it up to date."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest

from healthsite.offline.archive import archived_files
from healthsite.offline.worker import saved_size, stored_files, worker_address, worker_script, write_worker
from tests.offline.test_archive import built_site


def edition_of(script: str) -> dict:
    first = next(line for line in script.splitlines() if line.startswith("var EDITION = "))
    return json.loads(first.removeprefix("var EDITION = ").removesuffix(";"))


def test_pages_are_asked_for_by_their_folder_and_shared_files_from_the_site_root():
    assert worker_address("ru/index.html", "ru") == "./"
    assert worker_address("ru/no-papers/index.html", "ru") == "no-papers/"
    assert worker_address("ru/which-situation/eu-papers/index.html", "ru") == "which-situation/eu-papers/"
    assert worker_address("ru/search/search-index.js", "ru") == "search/search-index.js"
    assert worker_address("assets/site.css", "ru") == "../assets/site.css"


def test_the_phone_stores_what_the_offline_copy_holds_and_nothing_else(tmp_path):
    site = built_site(tmp_path)
    files = stored_files(site, "ru")
    assert [file.path for file in files] == archived_files(site, "ru")
    assert [file.address for file in files] == ["./", "no-papers/", "search/search-index.js",
                                                "../assets/page-tools.js", "../assets/site.css"]
    # Leaflets, the 404 page, other languages and unused files stay online.
    assert not {"ru/no-papers/no-papers-ru.pdf", "ru/404.html", "fr/index.html", "assets/unused.js"} & {
        file.path for file in files}
    assert saved_size(files) == sum((site / file.path).stat().st_size for file in files)


def test_the_worker_is_neither_stored_nor_in_the_offline_copy(tmp_path):
    site = built_site(tmp_path)
    worker = write_worker(site, "ru")
    assert worker == site / "ru" / "sw.js"
    assert "ru/sw.js" not in archived_files(site, "ru")
    assert "./" in edition_of(worker.read_text(encoding="utf-8"))["files"]


def test_a_changed_file_changes_the_worker_and_only_that_file_s_fingerprint(tmp_path):
    site = built_site(tmp_path)
    before = edition_of(worker_script("ru", stored_files(site, "ru")))["files"]
    (site / "ru" / "no-papers" / "index.html").write_text(
        '<script src="../../assets/page-tools.js"></script><article>new</article>', encoding="utf-8")
    after = edition_of(worker_script("ru", stored_files(site, "ru")))["files"]
    assert [address for address in before if before[address] != after[address]] == ["no-papers/"]


def test_each_edition_has_its_own_cache_and_offline_page(tmp_path):
    script = worker_script("ru", stored_files(built_site(tmp_path), "ru"))
    edition = edition_of(script)
    assert edition["cache"] == "healthsite-ru" and edition["offline"] == "offline/"
    assert "Response.redirect(offlinePage" in script


@pytest.mark.skipif(shutil.which("node") is None, reason="node checks the script's syntax")
def test_the_worker_is_a_valid_script(tmp_path):
    worker = write_worker(built_site(tmp_path), "ru")
    result = subprocess.run(["node", "--check", str(worker)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
