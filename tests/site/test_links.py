"""No broken internal link (linkchecker over the served site) or anchor (our own check, reading each page once)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

from healthsite.checks.anchors import broken_anchors


def test_no_broken_internal_links(server, tmp_path: Path):
    linkchecker = shutil.which("linkchecker", path=str(Path(sys.executable).parent)) or shutil.which("linkchecker")
    assert linkchecker, "linkchecker is not installed"
    config = tmp_path / "linkcheckerrc"
    # Without a high request rate, linkchecker waits between requests even to a
    # host that sends the LinkChecker header: 2.5 minutes instead of 20 s here.
    config.write_text(
        "[checking]\nthreads=8\nmaxrequestspersecond=1000\n[filtering]\nignore=\n  ^tel:\n",
        encoding="utf-8",
    )
    started = time.monotonic()
    result = subprocess.run(
        [linkchecker, "--config", str(config), "--no-status", "--output", "text", server],
        capture_output=True, text=True, timeout=300,
    )
    elapsed = time.monotonic() - started
    output = result.stdout + result.stderr
    assert result.returncode == 0, output[-6000:]
    assert "0 errors found" in output or "no errors" in output.lower(), output[-3000:]
    print(f"linkchecker: {elapsed:.1f} s")


def test_no_broken_anchor(built_site):
    fragment_links = sum(page.read_text(encoding="utf-8").count('href="#') for page in built_site.pages())
    assert fragment_links > 1000, "the tables of contents link to every section"
    assert broken_anchors(built_site.folder) == []
