"""Each edition's web app manifest: what a phone shows when the reader adds the edition
to the home screen (name, icon, colour), in the edition's language.

Its start page and scope are the edition's home, /<lang>/, the folder the edition's
service worker controls. Addresses are relative to the manifest, which sits there, so
the site works under any path. Icons are the site's own files (docs/assets/images/).
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from ..knowledge.model import KnowledgeBase
from .escape import strip_tags
from .inline import InlineRenderer

THEME_COLOUR = "#b71c1c"  # the site's red (docs/assets/site.css, --md-primary-fg-color)
BACKGROUND_COLOUR = "#ffffff"


@dataclass(frozen=True)
class Icon:
    file: str  # in docs/assets/images/
    sizes: str
    type: str
    purpose: str = "any"


# The SVG for screens that take any size; PNGs (drawn from it) for launchers that need them.
# The 512 one is also "maskable": its red fills the square and the sign sits in the safe zone.
ICONS = (
    Icon("icon.svg", "any", "image/svg+xml"),
    Icon("icon-192.png", "192x192", "image/png"),
    Icon("icon-512.png", "512x512", "image/png"),
    Icon("icon-512.png", "512x512", "image/png", "maskable"),
)


def web_manifest(kb: KnowledgeBase, inline: InlineRenderer) -> str:
    language = inline.language

    def plain(key: str) -> str:
        return strip_tags(inline.text(kb.ui(key)))

    manifest = {
        "name": plain("site-name"),
        "short_name": plain("app-short-name"),
        "description": plain("site-description"),
        "lang": language.code,
        "dir": language.direction,
        "start_url": "./",
        "scope": "./",
        # A small bar with back and reload: pages link to each other, and a reader needs back.
        "display": "minimal-ui",
        "theme_color": THEME_COLOUR,
        "background_color": BACKGROUND_COLOUR,
        "icons": [{"src": f"../assets/images/{icon.file}", "sizes": icon.sizes, "type": icon.type,
                   "purpose": icon.purpose} for icon in ICONS],
    }
    return json.dumps(manifest, ensure_ascii=False, separators=(",", ":")) + "\n"
