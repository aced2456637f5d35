"""Imports run one way: each module of the pipeline imports its own stage and earlier ones only.

The stages, in order (``STAGES``): the site map and project paths, knowledge, catalogues,
pages, the renderers of the page model (leaflets and offline: siblings, neither imports the
other), build with what comes after it (server files under deploy), the adapters
(``hooks/mkdocs_hooks.py``, the editor preview), the checks and benchmarks, which read the built
site and which nothing in the pipeline imports, and last the command line, which runs them all.

Read from the source with ``ast``, nothing is imported, so a module that would fail to import is
still checked, and an import inside a function counts like one at the top.
``python -m healthsite layers`` lists every import that goes the wrong way.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

PACKAGE = "healthsite"


@dataclass(frozen=True)
class Stage:
    rank: int  # a module may import a lower rank, never a higher one
    name: str  # at the same rank, only the same name: two stages of one rank are siblings

    def __str__(self) -> str:
        return f"{self.name} (stage {self.rank})"


FOUNDATION = Stage(1, "site map and paths")
RENDERERS = 5
BUILD = Stage(6, "build")
ADAPTERS = Stage(7, "adapters")

# The first part of a module's name under healthsite/ (or a module beside it) -> its stage.
STAGES: dict[str, Stage] = {
    "__init__": FOUNDATION,
    "site_map": FOUNDATION,
    "paths": FOUNDATION,
    "languages": FOUNDATION,
    "output": FOUNDATION,
    "knowledge": Stage(2, "knowledge"),
    "catalogs": Stage(3, "catalogs"),
    "pages": Stage(4, "pages"),
    "leaflets": Stage(RENDERERS, "leaflets"),
    "offline": Stage(RENDERERS, "offline"),
    "build": BUILD,
    # Server files for the built site: precompressed copies, the nginx configuration and its preview.
    "deploy": BUILD,
    # After every edition is built: the one stylesheet, save sizes, offline copies, compressed copies.
    "finish": BUILD,
    "serve_scope": ADAPTERS,  # which editions `mkdocs serve` builds: the MkDocs adapter's helper
    "mkdocs_hooks": ADAPTERS,  # hooks/mkdocs_hooks.py, beside the package
    "checks": Stage(8, "checks"),
    "cli": Stage(9, "command line"),
    "__main__": Stage(9, "command line"),
}


@dataclass(frozen=True)
class Import:
    module: str  # the importing module, "healthsite.pages.documents"
    imported: str  # what it imports, "healthsite.leaflets.files"
    line: int


def module_name(file: Path, hooks: Path) -> str:
    """hooks/healthsite/pages/documents.py -> "healthsite.pages.documents"; a package's __init__
    keeps its name ("healthsite.pages.__init__") so relative imports resolve from its folder."""
    return ".".join(file.relative_to(hooks).with_suffix("").parts)


def imports_in(source: str, module: str) -> list[Import]:
    """Every import of the package in ``source`` (the text of ``module``), relative ones resolved."""
    found = []
    package = module.split(".")[:-1]
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [Import(module, alias.name, node.lineno) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[:len(package) - (node.level - 1)]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            if target == PACKAGE:
                # `from .. import paths`: the names are the modules.
                found += [Import(module, f"{PACKAGE}.{alias.name}", node.lineno) for alias in node.names]
            else:
                found.append(Import(module, target, node.lineno))
    return [item for item in found if item.imported == PACKAGE or item.imported.startswith(PACKAGE + ".")]


def stage_of(module: str) -> Stage | None:
    parts = module.split(".")
    key = parts[1] if parts[0] == PACKAGE and len(parts) > 1 else parts[0]
    if module == PACKAGE:
        key = "__init__"
    return STAGES.get(key)


def wrong_way(item: Import) -> str | None:
    """Why ``item`` breaks the order, or None when it does not."""
    importer, imported = stage_of(item.module), stage_of(item.imported)
    if importer is None:
        return f"{item.module} has no stage: add it to STAGES in healthsite/checks/layers.py"
    if imported is None:
        return f"{item.module} imports {item.imported}, which has no stage: add it to STAGES in healthsite/checks/layers.py"
    if imported.rank > importer.rank:
        return f"{item.module}, in {importer}, imports {item.imported} from the later {imported}"
    if imported.rank == importer.rank and imported.name != importer.name:
        return f"{item.module}, in {importer}, imports {item.imported} from its sibling {imported}"
    return None


def modules(hooks: Path) -> dict[str, Path]:
    """The package's modules and the adapter beside it, by module name."""
    files = sorted((hooks / PACKAGE).rglob("*.py")) + [hooks / "mkdocs_hooks.py"]
    return {module_name(file, hooks): file for file in files if file.exists() and "__pycache__" not in file.parts}


def layer_problems(hooks: Path) -> list[str]:
    """One line per wrong-way import (or module without a stage), as "file:line: why"."""
    problems = []
    for module, file in modules(hooks).items():
        place = file.relative_to(hooks.parent).as_posix()
        if stage_of(module) is None:
            problems.append(f"{place}: {module} has no stage: add it to STAGES in healthsite/checks/layers.py")
            continue
        for item in imports_in(file.read_text(encoding="utf-8"), module):
            reason = wrong_way(item)
            if reason:
                problems.append(f"{place}:{item.line}: {reason}")
    return problems
