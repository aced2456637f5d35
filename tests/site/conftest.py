"""Build the real site once per test session, the way CI and deployers build it."""

from __future__ import annotations

import functools
import os
import re
import subprocess
import sys
import threading
from dataclasses import dataclass
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
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
    # For working on the site tests only: reuse a site already built with `make build`.
    reuse = os.environ.get("HEALTHSITE_TEST_SITE")
    if reuse:
        return BuiltSite(Path(reuse), "")
    target = tmp_path_factory.mktemp("site")
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(target)],
        cwd=ROOT, capture_output=True, text=True,
    )
    assert result.returncode == 0, f"mkdocs build --strict failed:\n{result.stderr[-4000:]}"
    return BuiltSite(target, result.stderr)


class Handler(SimpleHTTPRequestHandler):
    def end_headers(self):
        # linkchecker stops throttling requests to hosts that send this header.
        self.send_header("LinkChecker", "local test server")
        super().end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture(scope="session")
def server(built_site):
    """The built site on a local port, as a static web server would serve it. Ends with a slash."""
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Handler, directory=str(built_site.folder)))
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    httpd.shutdown()
