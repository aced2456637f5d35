"""Lighthouse (npm) in mobile mode, with Debian's Chromium, on sheets served from the built site.

Not a test: Lighthouse's performance score moves with the machine's load. ``make lighthouse``
prints the scores; the README records the last run.
"""

from __future__ import annotations

import functools
import json
import subprocess
import tempfile
import threading
from dataclasses import dataclass
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
TARGETS = {"performance": 95, "accessibility": 100, "best-practices": 100, "seo": 100}
CHROMIUM_FLAGS = ("--headless --no-sandbox --disable-gpu --disable-quic --no-first-run "
                  "--disable-background-networking --disable-component-update --disable-sync")


@dataclass(frozen=True)
class Scores:
    url: str
    scores: dict[str, int]
    shortfalls: list[str]  # audits that cost points, with their values

    def below_target(self) -> list[str]:
        return [name for name, target in TARGETS.items() if self.scores.get(name, 0) < target]


def summarise(report: dict) -> Scores:
    """Scores out of 100 and the weighted audits that are not perfect, from a Lighthouse JSON report."""
    scores, shortfalls = {}, []
    for name, category in report["categories"].items():
        scores[name] = round((category["score"] or 0) * 100)
        for ref in category["auditRefs"]:
            audit = report["audits"][ref["id"]]
            if ref.get("weight", 0) > 0 and audit.get("score") is not None and audit["score"] < 1:
                shortfalls.append(f"{name}: {ref['id']} {audit.get('displayValue', '')}".strip())
    return Scores(report["finalDisplayedUrl"], scores, shortfalls)


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def run_lighthouse(lighthouse: Path, site: Path, paths: list[str], chromium: str = "/usr/bin/chromium") -> list[Scores]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    results = []
    try:
        with tempfile.TemporaryDirectory() as folder:
            for path in paths:
                output = Path(folder) / "report.json"
                subprocess.run(
                    [str(lighthouse), f"http://127.0.0.1:{server.server_address[1]}/{path}", "--quiet",
                     f"--chrome-flags={CHROMIUM_FLAGS}", f"--only-categories={','.join(CATEGORIES)}",
                     "--output=json", f"--output-path={output}"],
                    check=True, env={"CHROME_PATH": chromium, "PATH": "/usr/bin:/bin"}, timeout=300,
                )
                results.append(summarise(json.loads(output.read_text(encoding="utf-8"))))
    finally:
        server.shutdown()
    return results
