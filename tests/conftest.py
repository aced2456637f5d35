"""Shared fixtures: the real project, and disposable copies of it to break on purpose."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
import yaml

from healthsite.knowledge import load_knowledge_base
from healthsite.paths import ProjectPaths

ROOT = Path(__file__).resolve().parents[1]
# Every edition, for tests that run once per language (read without loading the knowledge base).
CODES = [language["code"] for language in
         yaml.safe_load((ROOT / "content-src" / "languages.yaml").read_text(encoding="utf-8"))["languages"]]
TODAY = date(2026, 12, 6)  # the day of the last content review


@pytest.fixture(scope="session")
def project() -> ProjectPaths:
    return ProjectPaths(ROOT)


@pytest.fixture(scope="session")
def kb(project):
    return load_knowledge_base(project.content, shared_sources=project.shared_sources)


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
