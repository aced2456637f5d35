"""Where things live in the repository, so no module hard-codes a folder.

Addresses and file names of the built site live in ``site_map``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml


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
        """Build products that are not committed (print manifests, review packs, preview server files)."""
        return self.root / "build"

    @property
    def site(self) -> Path:
        """The built site (``make build``)."""
        return self.root / "site"

    @property
    def deploy(self) -> Path:
        """Server configurations for the built site (committed)."""
        return self.root / "deploy"

    @property
    def stylesheet_tools(self) -> Path:
        """PurgeCSS and Lightning CSS (npm, from its lockfile) and the script that runs them
        (healthsite.finish.stylesheet)."""
        return self.root / "tools" / "stylesheet"

    @property
    def site_url(self) -> str:
        """The published address, from mkdocs.yml (``SITE_URL`` in the environment wins there)."""
        return configured_site_url(self.root / "mkdocs.yml")

    @property
    def shared_sources(self) -> Path:
        return self.root.parent / "shared" / "sources"


def configured_site_url(mkdocs_yml: Path) -> str:
    """``site_url`` as MkDocs reads it, including its ``!ENV [NAME, default]`` form."""
    loader: Any = type("ConfigLoader", (yaml.SafeLoader,), {})
    loader.add_constructor("!ENV", _environment_value)
    # Other MkDocs tags (!!python/name in Material's examples) do not matter here.
    loader.add_multi_constructor("", lambda loader, suffix, node: None)
    return yaml.load(mkdocs_yml.read_text(encoding="utf-8"), Loader=loader)["site_url"]


def _environment_value(loader, node) -> str | None:
    names = loader.construct_sequence(node) if isinstance(node, yaml.SequenceNode) else [loader.construct_scalar(node)]
    # MkDocs: every item but the last is a variable name; the last is the default.
    *variables, default = names if len(names) > 1 else (names + [None])
    return next((os.environ[name] for name in variables if os.environ.get(name)), default)


def project_paths(root: Path | None = None) -> ProjectPaths:
    return ProjectPaths(root or Path(__file__).resolve().parents[2])
