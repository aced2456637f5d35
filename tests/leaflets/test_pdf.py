"""Printing: every leaflet once, then only what changed; PDFs nobody names are removed."""

from __future__ import annotations

import re
import subprocess

from healthsite.leaflets.pdf import Joined, Target, print_changed
from healthsite.leaflets.template import QR_IMAGE

STYLE = "@page { size: A4 } body { font-family: 'Noto Sans' }"


def page(text: str) -> str:
    return f'<html lang="en"><body><p>{text}</p><img src="{QR_IMAGE}" width="50" height="50"></body></html>'


def targets(folder, texts):
    return [Target(folder / "en" / f"{name}.pdf", page(text), f"https://example.org/en/{name}/")
            for name, text in texts.items()]


def test_first_run_prints_every_leaflet_and_the_next_run_none(tmp_path):
    docs, manifest = tmp_path / "docs", tmp_path / "build" / "leaflets.json"
    jobs = targets(docs, {"a": "one", "b": "two"})
    first = print_changed(jobs, STYLE, manifest, [docs], workers=1)
    assert sorted(path.name for path in first.printed) == ["a.pdf", "b.pdf"]
    assert (docs / "en" / "a.pdf").read_bytes().startswith(b"%PDF")
    second = print_changed(jobs, STYLE, manifest, [docs], workers=1)
    assert second.printed == [] and len(second.kept) == 2


def test_only_the_changed_leaflet_is_printed_again(tmp_path):
    docs, manifest = tmp_path / "docs", tmp_path / "leaflets.json"
    print_changed(targets(docs, {"a": "one", "b": "two"}), STYLE, manifest, [docs], workers=1)
    again = print_changed(targets(docs, {"a": "one", "b": "TWO"}), STYLE, manifest, [docs], workers=1)
    assert [path.name for path in again.printed] == ["b.pdf"]


def test_a_new_page_address_or_stylesheet_prints_again(tmp_path):
    docs, manifest = tmp_path / "docs", tmp_path / "leaflets.json"
    jobs = targets(docs, {"a": "one"})
    print_changed(jobs, STYLE, manifest, [docs], workers=1)
    moved = [Target(job.path, job.html, "https://elsewhere.example/en/a/") for job in jobs]
    assert print_changed(moved, STYLE, manifest, [docs], workers=1).printed
    assert print_changed(moved, STYLE + " p { color: red }", manifest, [docs], workers=1).printed


def test_a_deleted_leaflet_is_printed_again(tmp_path):
    docs, manifest = tmp_path / "docs", tmp_path / "leaflets.json"
    jobs = targets(docs, {"a": "one"})
    print_changed(jobs, STYLE, manifest, [docs], workers=1)
    jobs[0].path.unlink()
    assert print_changed(jobs, STYLE, manifest, [docs], workers=1).printed == [jobs[0].path]


def test_pdfs_of_removed_sheets_are_deleted(tmp_path):
    docs, manifest = tmp_path / "docs", tmp_path / "leaflets.json"
    print_changed(targets(docs, {"a": "one", "old": "gone"}), STYLE, manifest, [docs], workers=1)
    report = print_changed(targets(docs, {"a": "one"}), STYLE, manifest, [docs], workers=1)
    assert [path.name for path in report.removed] == ["old.pdf"]
    assert not (docs / "en" / "old.pdf").exists()


def test_several_workers_print_the_same_leaflets(tmp_path):
    docs, manifest = tmp_path / "docs", tmp_path / "leaflets.json"
    report = print_changed(targets(docs, {"a": "one", "b": "two", "c": "three"}), STYLE, manifest, [docs], workers=2)
    assert len(report.printed) == 3
    assert all(path.read_bytes().startswith(b"%PDF") for path in report.printed)
    assert not list(docs.rglob("*.part"))


def pages_of(path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[1] for line in info.splitlines() if line.startswith("Pages:")))


def test_a_joined_leaflet_has_the_pages_of_its_parts_in_order(tmp_path):
    docs, manifest = tmp_path / "docs", tmp_path / "leaflets.json"
    halves = targets(tmp_path / "halves", {"a-ar": "مرحبا", "a-fr": "Bonjour"})
    both = Joined(docs / "en" / "a-ar-fr.pdf", (halves[0].path, halves[1].path))
    report = print_changed(halves, STYLE, manifest, [docs], workers=1, joined=[both])
    assert both.path in report.printed and pages_of(both.path) == 2
    text = subprocess.run(["pdftotext", str(both.path), "-"], capture_output=True, text=True).stdout
    assert text.index("Bonjour") > text.index("\f")  # the French half is the second page


def test_a_joined_leaflet_is_joined_again_only_when_a_part_changed(tmp_path):
    docs, manifest = tmp_path / "docs", tmp_path / "leaflets.json"
    halves = targets(tmp_path / "halves", {"a-ar": "one", "a-fr": "two"})
    both = Joined(docs / "en" / "a-ar-fr.pdf", (halves[0].path, halves[1].path))
    print_changed(halves, STYLE, manifest, [docs], workers=1, joined=[both])
    assert print_changed(halves, STYLE, manifest, [docs], workers=1, joined=[both]).printed == []
    changed = targets(tmp_path / "halves", {"a-ar": "one", "a-fr": "TWO"})
    again = print_changed(changed, STYLE, manifest, [docs], workers=1, joined=[both])
    assert sorted(path.name for path in again.printed) == ["a-ar-fr.pdf", "a-fr.pdf"]


def test_leaflets_are_tagged_for_screen_readers_unless_they_are_halves(tmp_path):
    docs, manifest = tmp_path / "docs", tmp_path / "leaflets.json"
    tagged, = targets(docs, {"a": "one"})
    half = Target(docs / "en" / "b.pdf", page("two"), "https://example.org/en/b/", tagged=False)
    print_changed([tagged, half], STYLE, manifest, [docs], workers=1)
    info = {path: subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout
            for path in (tagged.path, half.path)}
    assert re.search(r"^Tagged:\s+yes$", info[tagged.path], re.M) and re.search(r"^Tagged:\s+no$", info[half.path], re.M)
    untagged = Target(tagged.path, tagged.html, tagged.qr_url, tagged=False)
    assert print_changed([untagged, half], STYLE, manifest, [docs], workers=1).printed == [tagged.path]


def test_a_booklet_join_bookmarks_each_part_and_starts_each_on_a_new_sheet(tmp_path):
    from pypdf import PdfReader

    docs, manifest = tmp_path / "docs", tmp_path / "kit.json"
    two_pages = "<p style='break-after: page'>first</p><p>second</p>"
    parts = targets(docs, {"cover": "cover", "a": "one page", "b": two_pages})
    booklet = Joined(docs / "booklet.pdf", tuple(part.path for part in parts), outline=(None, "A", "B"),
                     pad_to_even=True)
    print_changed(parts, STYLE, manifest, [docs], workers=1, joined=[booklet])
    reader = PdfReader(str(booklet.path))
    # cover 1 (+1 blank), a 1 (+1 blank), b 2
    assert len(reader.pages) == 6
    assert [(item.title, reader.get_destination_page_number(item)) for item in reader.outline] == [("A", 2), ("B", 4)]


def test_a_new_bookmark_joins_again_but_the_same_parts_do_not(tmp_path):
    docs, manifest = tmp_path / "docs", tmp_path / "kit.json"
    parts = targets(docs, {"a": "one", "b": "two"})
    paths = tuple(part.path for part in parts)
    print_changed(parts, STYLE, manifest, [docs], workers=1, joined=[Joined(docs / "j.pdf", paths, outline=("A", "B"))])
    same = print_changed(parts, STYLE, manifest, [docs], workers=1, joined=[Joined(docs / "j.pdf", paths, outline=("A", "B"))])
    assert same.printed == []
    renamed = print_changed(parts, STYLE, manifest, [docs], workers=1,
                            joined=[Joined(docs / "j.pdf", paths, outline=("A", "Bee"))])
    assert [path.name for path in renamed.printed] == ["j.pdf"]


def test_pdfs_another_run_keeps_are_left_alone(tmp_path):
    docs, manifest = tmp_path / "docs", tmp_path / "leaflets.json"
    kit = docs / "en" / "print" / "cards.pdf"
    kit.parent.mkdir(parents=True)
    kit.write_bytes(b"%PDF-1.7")
    print_changed(targets(docs, {"a": "one"}), STYLE, manifest, [docs], workers=1, ignore=("print/*.pdf",))
    assert kit.exists()
