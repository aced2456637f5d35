"""Every text file of the built site gets a gzip and a brotli copy beside it, for servers to send as they are."""

from __future__ import annotations

import gzip

import brotli

from healthsite.deploy.precompress import CACHE_FOLDER, precompress, text_files


def built_site(root):
    root.mkdir(parents=True, exist_ok=True)
    files = {
        "index.html": "<!doctype html><title>Choose</title>" + "<p>Health care in Belgium</p>" * 50,
        "404.html": "<p>Not found</p>",
        "assets/stylesheets/main.342714a4.min.css": "body{margin:0}" * 40,
        "assets/page-tools.js": "document.querySelector('x');",
        "assets/images/logo.svg": "<svg xmlns='http://www.w3.org/2000/svg'></svg>",
        "ar/changes/feed.xml": "<feed xmlns='http://www.w3.org/2005/Atom'></feed>",
        "ar/manifest.webmanifest": '{"name": "x"}',
        "ar/data.json": "{}",
        "robots.txt": "User-agent: *",
    }
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    (root / "ar" / "no-papers").mkdir(parents=True)
    (root / "ar" / "no-papers" / "no-papers-ar.pdf").write_bytes(b"%PDF-1.7")
    (root / "ar" / "health-care-belgium-ar.zip").write_bytes(b"PK")
    (root / "assets" / "images" / "icon.png").write_bytes(b"\x89PNG")
    return root, files


def test_every_text_file_gets_a_gzip_and_a_brotli_copy_with_the_same_content(tmp_path):
    site, files = built_site(tmp_path)
    report = precompress(site)
    assert report.files == len(files)
    for name, text in files.items():
        assert gzip.decompress((site / f"{name}.gz").read_bytes()) == text.encode()
        assert brotli.decompress((site / f"{name}.br").read_bytes()) == text.encode()


def test_files_that_are_compressed_already_get_no_copy(tmp_path):
    site, _ = built_site(tmp_path)
    precompress(site)
    for name in ("ar/no-papers/no-papers-ar.pdf", "ar/health-care-belgium-ar.zip", "assets/images/icon.png"):
        assert not (site / f"{name}.gz").exists() and not (site / f"{name}.br").exists()


def test_copies_are_not_compressed_again_and_a_second_run_gives_the_same_bytes(tmp_path):
    site, files = built_site(tmp_path)
    precompress(site)
    first = {path: path.read_bytes() for path in site.rglob("*.gz")}
    assert precompress(site).files == len(files)
    assert {path: path.read_bytes() for path in site.rglob("*.gz")} == first
    assert not list(site.rglob("*.gz.gz")) and not list(site.rglob("*.br.br"))


def test_a_new_build_of_a_file_replaces_its_copies(tmp_path):
    site, _ = built_site(tmp_path)
    precompress(site)
    (site / "404.html").write_text("<p>Page not found</p>", encoding="utf-8")
    precompress(site)
    assert gzip.decompress((site / "404.html.gz").read_bytes()) == b"<p>Page not found</p>"


def test_copies_are_smaller_than_a_page_of_text(tmp_path):
    site, _ = built_site(tmp_path)
    precompress(site)
    page = (site / "index.html").stat().st_size
    assert (site / "index.html.br").stat().st_size < (site / "index.html.gz").stat().st_size < page / 5


def test_text_files_are_found_by_their_suffix(tmp_path):
    site, files = built_site(tmp_path)
    assert [path.relative_to(site).as_posix() for path in text_files(site)] == sorted(files)


def test_copies_kept_in_build_are_used_again_and_only_for_the_same_content(tmp_path):
    site, files = built_site(tmp_path / "site")
    cache = tmp_path / "build"
    assert precompress(site, cache).compressed == len(files)
    for path in site.rglob("*.gz"):
        path.unlink()
    (site / "404.html").write_text("<p>Page not found</p>", encoding="utf-8")
    again = precompress(site, cache)
    assert again.compressed == 1 and again.files == len(files)
    assert gzip.decompress((site / "404.html.gz").read_bytes()) == b"<p>Page not found</p>"
    assert gzip.decompress((site / "index.html.gz").read_bytes()) == files["index.html"].encode()
    # The old 404 page's copies are gone from the cache: it holds this site's copies only.
    kept = next(cache.iterdir())
    assert len(list(kept.iterdir())) == 2 * len(files)


def test_copies_made_with_other_settings_are_dropped(tmp_path):
    site, _ = built_site(tmp_path / "site")
    old = tmp_path / "build" / "gzip9-brotli11-0.9"
    old.mkdir(parents=True)
    (old / "x.gz").write_bytes(b"")
    precompress(site, tmp_path / "build")
    assert [folder.name for folder in (tmp_path / "build").iterdir()] == [CACHE_FOLDER]
