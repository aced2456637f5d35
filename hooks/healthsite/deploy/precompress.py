"""Compressed copies of the built site's text files, for a web server to send as they are.

A server that compresses each response spends processor time on every request, at a fast
and weaker setting. The build compresses once, at the strongest settings, and writes the
copy next to the file (``page.html.gz``, ``page.html.br``); nginx's ``gzip_static`` and
``brotli_static`` send the copy whose encoding the browser accepts (deploy.nginx). A static
host that ignores them serves the files themselves: the copies cost it nothing but disk.

Brotli's strongest setting is slow (about 20 s of processor time for the whole site), and
MkDocs empties site/ on every build although most files come out the same: copies are kept
in build/ by a hash of their file's content, and a file that did not change is not compressed again.
"""

from __future__ import annotations

import gzip
import hashlib
import shutil
from dataclasses import dataclass
from pathlib import Path

import brotli

# Every file a browser reads as text: pages, styles, scripts, feeds and sitemaps, icons, the
# search index, web manifests. PDFs and ZIP archives are compressed already.
TEXT_SUFFIXES = frozenset({".html", ".css", ".js", ".xml", ".svg", ".json", ".webmanifest", ".txt"})
GZIP = ".gz"
BROTLI = ".br"
GZIP_LEVEL = 9
BROTLI_QUALITY = 11
# Kept copies are valid for these settings and this compressor only.
CACHE_FOLDER = f"gzip{GZIP_LEVEL}-brotli{BROTLI_QUALITY}-{brotli.__version__}"


@dataclass(frozen=True)
class Precompressed:
    """What one run wrote, in bytes, for the build log."""

    files: int
    original: int
    gzip: int
    brotli: int
    compressed: int = 0  # files compressed this time; the others' copies were kept from an earlier build


def text_files(site_dir: Path) -> list[Path]:
    return sorted(path for path in site_dir.rglob("*") if path.suffix in TEXT_SUFFIXES and path.is_file())


def gzip_copy(data: bytes) -> bytes:
    # No file name and no time in the header: the same file gives the same copy.
    return gzip.compress(data, compresslevel=GZIP_LEVEL, mtime=0)


def brotli_copy(data: bytes) -> bytes:
    return brotli.compress(data, mode=brotli.MODE_TEXT, quality=BROTLI_QUALITY)


def _kept(cache: Path | None, digest: str, suffix: str) -> bytes | None:
    try:
        return (cache / f"{digest}{suffix}").read_bytes() if cache else None
    except FileNotFoundError:
        return None


def precompress(site_dir: Path, cache: Path | None = None) -> Precompressed:
    """Write a .gz and a .br copy next to every text file of the built site, replacing older copies.

    Every text file gets both, even a small one whose copy is a few bytes larger: a server
    then never falls back to the uncompressed file, and a test can check that nothing is missing.
    ``cache`` (a folder of its own under build/) keeps the copies between builds; afterwards it
    holds this site's copies only.
    """
    files = text_files(site_dir)
    original = gzipped = brotlied = compressed = 0
    used: set[str] = set()
    if cache:
        # Copies made with other settings or another compressor version are of no more use.
        for other in cache.glob("*/"):
            if other.name != CACHE_FOLDER:
                shutil.rmtree(other, ignore_errors=True)
        cache = cache / CACHE_FOLDER
        cache.mkdir(parents=True, exist_ok=True)
    for path in files:
        data = path.read_bytes()
        digest = hashlib.sha256(data).hexdigest()
        small, smaller = _kept(cache, digest, GZIP), _kept(cache, digest, BROTLI)
        if small is None or smaller is None:
            small, smaller = gzip_copy(data), brotli_copy(data)
            compressed += 1
            if cache:
                (cache / f"{digest}{GZIP}").write_bytes(small)
                (cache / f"{digest}{BROTLI}").write_bytes(smaller)
        used.update((f"{digest}{GZIP}", f"{digest}{BROTLI}"))
        path.with_name(path.name + GZIP).write_bytes(small)
        path.with_name(path.name + BROTLI).write_bytes(smaller)
        original, gzipped, brotlied = original + len(data), gzipped + len(small), brotlied + len(smaller)
    if cache:
        for kept in cache.iterdir():
            if kept.name not in used:
                kept.unlink(missing_ok=True)
    return Precompressed(len(files), original, gzipped, brotlied, compressed)
