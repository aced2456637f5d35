"""How long printing every leaflet takes: from nothing (cold), then with nothing changed (warm).

Runs on a copy of the project's inputs in a temporary folder, so the benchmark never
throws away the leaflets already printed in docs/.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from ..paths import ProjectPaths

COLD_BUDGET = 120  # seconds, all leaflets, on the project's 2-core machine
WARM_BUDGET = 10


@dataclass(frozen=True)
class BenchmarkResult:
    leaflets: int
    workers: int
    cold: float
    warm: float
    cold_printed: int
    warm_printed: int
    kit_cold: float = 0.0  # of ``cold``: the print kit (poster, cards, booklets)
    kit_warm: float = 0.0

    @property
    def within_budget(self) -> bool:
        return self.cold <= COLD_BUDGET and self.warm <= WARM_BUDGET


def run_benchmark(paths: ProjectPaths, site_url: str, root_language: str) -> BenchmarkResult:
    from ..build import build_site

    with tempfile.TemporaryDirectory(prefix="leaflet-bench-") as folder:
        copy = ProjectPaths(Path(folder))
        for name in ("content-src", "locales"):
            shutil.copytree(paths.root / name, copy.root / name)
        timings = []
        for _ in ("cold", "warm"):
            started = time.perf_counter()
            site = build_site(copy, root_language=root_language, site_url=site_url)
            assert site.leaflets and site.print_kit  # a full build prints them
            timings.append((time.perf_counter() - started, len(site.leaflets.printed) + len(site.print_kit.printed),
                            site.print_kit.seconds))
        total = len(list(copy.docs.rglob("*.pdf")))  # published PDFs, not the halves and covers under build/
    (cold, cold_printed, kit_cold), (warm, warm_printed, kit_warm) = timings
    return BenchmarkResult(total, os.cpu_count() or 1, cold, warm, cold_printed, warm_printed, kit_cold, kit_warm)
