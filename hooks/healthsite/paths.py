"""Where things live in the repository, so no module hard-codes a folder."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class ProjectPaths:
    root: Path

    @property
    def content(self) -> Path:
        return self.root / "content-src"

    @property
    def locales(self) -> Path:
        return self.root / "locales"

    @property
    def docs(self) -> Path:
        return self.root / "docs"

    @property
    def build(self) -> Path:
        """Build products that are not committed (compiled .mo files)."""
        return self.root / "build"

    @property
    def shared_sources(self) -> Path:
        return self.root.parent / "shared" / "sources"


def project_paths(root: Path | None = None) -> ProjectPaths:
    return ProjectPaths(root or Path(__file__).resolve().parents[2])
