"""Shared fixtures: the real project, and disposable copies of it to break on purpose."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
import yaml
from babel.messages.catalog import Catalog

from healthsite.catalogs.translator import Translator
from healthsite.knowledge import load_knowledge_base
from healthsite.pages.inline import InlineRenderer
from healthsite.paths import ProjectPaths

ROOT = Path(__file__).resolve().parents[1]
# Every edition, for tests that run once per language (read without loading the knowledge base).
CODES = [language["code"] for language in
         yaml.safe_load((ROOT / "content-src" / "languages.yaml").read_text(encoding="utf-8"))["languages"]]
TODAY = date(2026, 12, 6)  # the day of the last content review

# Tests outside tests/site that take seconds each run with the site layer (`make test-site`), so
# that `make test-unit` answers in seconds: why each one is slow, by module or by test.
SLOW = {
    "tests/test_build.py": "builds editions",
    "tests/leaflets/test_pdf.py": "prints leaflets with WeasyPrint",
    "tests/leaflets/test_review_pack_pdf.py": "prints review packs with WeasyPrint",
    "tests/test_cli.py::test_review_pack_writes_html_pdf_and_key_table_for_one_sheet": "prints a review pack",
    "tests/deploy/test_nginx.py::test_nginx_sends_a_301_from_each_old_address_to_the_same_language": "starts nginx",
    "tests/deploy/test_nginx.py::test_nginx_accepts_the_committed_configuration": "starts nginx",
    "tests/pages/test_changes.py::test_after_the_release_command_a_changed_fact_is_on_the_page_and_in_the_feed":
        "builds an edition",
    "tests/catalogs/test_prune.py::test_the_prune_command_cleans_the_project_catalogues": "rewrites every catalogue",
    **{f"tests/catalogs/test_checks.py::{name}": "checks every catalogue" for name in (
        "test_the_project_catalogues_pass_every_check",
        "test_release_check_every_string_is_translated_in_every_language",
        "test_release_check_fails_on_a_missing_string",
        "test_the_repository_claims_no_review_it_cannot_show",
        "test_an_entry_without_the_fuzzy_flag_and_without_a_record_is_an_error",
        "test_a_review_record_for_changed_english_fails_the_check_until_extract_marks_it",
        "test_an_unreadable_reviews_file_is_reported",
    )},
}


@pytest.hookimpl(tryfirst=True)  # before -m selects by these markers
def pytest_collection_modifyitems(config, items):
    """Sorts every test into one layer: unit (the rest), site (``site`` or ``slow``), browser."""
    modules = {}
    for item in items:
        path = item.nodeid.split("::")[0]
        modules[path] = getattr(item, "module", None)
        if path.startswith("tests/site/browser/"):
            item.add_marker(pytest.mark.browser)
        elif path.startswith("tests/site/"):
            item.add_marker(pytest.mark.site)
        for key in (path, item.nodeid.split("[")[0]):
            if key in SLOW:
                item.add_marker(pytest.mark.slow(reason=SLOW[key]))
    # A renamed test would quietly join the unit layer and slow it down again.
    stale = [key for key in SLOW if not (ROOT / key.split("::")[0]).exists()
             or "::" in key and key.split("::")[0] in modules
             and not hasattr(modules[key.split("::")[0]], key.split("::")[1])]
    assert not stale, f"tests/conftest.py SLOW names tests that no longer exist: {stale}"


@pytest.fixture(scope="session")
def project() -> ProjectPaths:
    return ProjectPaths(ROOT)


@pytest.fixture(scope="session")
def kb(project):
    return load_knowledge_base(project.content, shared_sources=project.shared_sources)


def make_renderer(kb, code: str, translations: dict | None = None, fuzzy: bool = False,
                  **options) -> InlineRenderer:
    """The inline renderer of one edition, whose catalogue holds only ``translations``
    (``{(context, msgid): translation}``; the source language has no catalogue)."""
    language = kb.languages[code]
    if code == kb.languages.source:
        return InlineRenderer(kb, Translator(language, None), **options)
    catalog = Catalog(locale=code)
    for (context, msgid), string in (translations or {}).items():
        catalog.add(msgid, string, context=context, flags=["fuzzy"] if fuzzy else [])
    return InlineRenderer(kb, Translator(language, catalog), **options)


class ContentCopy:
    """A copy of content-src/ that a test edits, then loads."""

    def __init__(self, folder: Path):
        self.folder = folder

    def replace(self, relative: str, old: str, new: str) -> None:
        file = self.folder / relative
        text = file.read_text(encoding="utf-8")
        assert old in text, f"test setup: {old!r} not in {relative}"
        file.write_text(text.replace(old, new, 1), encoding="utf-8")

    def write(self, relative: str, text: str) -> None:
        (self.folder / relative).write_text(text, encoding="utf-8")

    def line_of(self, relative: str, needle: str) -> int:
        lines = (self.folder / relative).read_text(encoding="utf-8").splitlines()
        return next(number for number, line in enumerate(lines, 1) if needle in line)

    def load(self, today: date = TODAY):
        return load_knowledge_base(self.folder, today=today)


@pytest.fixture
def content(tmp_path) -> ContentCopy:
    target = tmp_path / "content-src"
    shutil.copytree(ROOT / "content-src", target)
    return ContentCopy(target)


@pytest.fixture
def locales(tmp_path) -> Path:
    """A copy of locales/ that a test may record reviews in: the repository's stay unreviewed."""
    target = tmp_path / "locales"
    shutil.copytree(ROOT / "locales", target)
    return target
