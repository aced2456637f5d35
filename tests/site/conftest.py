"""Build the real site once per test session, the way CI and deployers build it."""

from __future__ import annotations

import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import ROOT


@dataclass(frozen=True)
class BuiltSite:
    folder: Path
    log: str

    def pages(self) -> list[Path]:
        return sorted(self.folder.rglob("*.html"))

    def page(self, url_path: str) -> str:
        return (self.folder / url_path / "index.html").read_text(encoding="utf-8")

    @staticmethod
    def edition_of(folder: Path, page: Path) -> str | None:
        """Language prefix of a page; None for the root (the chooser and the 404 page)."""
        parts = page.relative_to(folder).parts
        return parts[0] if len(parts) > 1 and re.fullmatch(r"[a-z]{2}", parts[0]) else None


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> BuiltSite:
    target = tmp_path_factory.mktemp("site")
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(target)],
        cwd=ROOT, capture_output=True, text=True,
    )
    assert result.returncode == 0, f"mkdocs build --strict failed:\n{result.stderr[-4000:]}"
    return BuiltSite(target, result.stderr)
