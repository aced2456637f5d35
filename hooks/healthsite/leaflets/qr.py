"""A QR code that opens the leaflet's page, in the same language, on a phone."""

from __future__ import annotations

import segno


def qr_svg(url: str) -> str:
    """The code as an SVG data URI (no file, no network), quiet zone included.

    Error correction M survives a folded or slightly dirty paper leaflet.
    """
    return segno.make(url, error="m", micro=False).svg_data_uri(scale=4, border=4)
