"""Download links say the kind of file and its size, the same in every language."""

from __future__ import annotations

from healthsite.pages.downloads import download_label, size_text, with_download_size


def test_sizes_are_whole_kilobytes_rounded_up():
    assert size_text(1) == "1 KB"
    assert size_text(1024) == "1 KB"
    assert size_text(1025) == "2 KB"
    assert size_text(31_672) == "31 KB"


def test_the_label_is_left_to_right_with_or_without_the_size():
    assert download_label("PDF, A4") == '<span dir="ltr">(PDF, A4)</span>'
    assert download_label("ZIP", 300_000) == '<span dir="ltr">(ZIP, 293 KB)</span>'


def test_a_written_page_gets_the_size_on_the_right_link_only():
    page = ('<a href="other.zip">x <span dir="ltr">(ZIP)</span></a>'
            '<a class="offline-download" href="health-care-belgium-ar.zip" download>تنزيل <span dir="ltr">(ZIP)</span></a>')
    patched = with_download_size(page, "health-care-belgium-ar.zip", "ZIP", 270_000)
    assert patched == page.replace('download>تنزيل <span dir="ltr">(ZIP)</span>',
                                   'download>تنزيل <span dir="ltr">(ZIP, 264 KB)</span>')
    assert with_download_size(page, "missing.zip", "ZIP", 1) == page
