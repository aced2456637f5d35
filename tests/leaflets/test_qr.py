"""The QR code is drawn locally, as an SVG data URI, and holds the page address."""

from __future__ import annotations

import base64
import urllib.parse

from healthsite.leaflets.qr import qr_svg


def test_qr_code_is_an_inline_svg():
    uri = qr_svg("https://example.org/ar/no-papers/")
    assert uri.startswith("data:image/svg+xml")
    svg = urllib.parse.unquote(uri.split(",", 1)[1]) if ";base64" not in uri else base64.b64decode(uri.split(",", 1)[1]).decode()
    assert "<svg" in svg and "http" not in svg.replace("http://www.w3.org/2000/svg", "")

