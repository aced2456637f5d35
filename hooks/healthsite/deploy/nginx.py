"""The nginx configuration of the built site, generated from what it depends on.

The parts of a server's configuration that follow the build (the editions' 404 pages, the
sheets' old addresses, the pages' Content-Security-Policy, the files it publishes) are
written here from the knowledge base and the page modules, to
``deploy/nginx/health-care-belgium-site.conf``. The file is committed, so a deployer can read
it without building, and a test fails when it differs from what this module writes now.
The server block around it (address, name, certificate) is the deployer's:
``deploy/nginx/health-care-belgium.conf``.

Headers are set once, at the server level: nginx drops every inherited ``add_header`` in a
location that has one of its own, so locations change a variable (``$cache_control``) instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..knowledge import KnowledgeBase
from ..output import NOT_FOUND
from ..pages.changes import FEED_FILE, SLUG as CHANGES_SLUG
from ..pages.html_document import POLICY

SITE_FILE = "health-care-belgium-site.conf"
SERVER_FILE = "health-care-belgium.conf"

# The pages' own policy (their <meta> has it too), plus what only a header can say: no other
# site may show these pages in a frame. The pages have no inline script to allow by hash
# (a test on the built site checks it; the header would block one).
CONTENT_SECURITY_POLICY = POLICY.format(hashes="") + "; frame-ancestors 'none'"
# Features the site never uses, refused for its pages and anything they might embed.
# Not listed, so still allowed: web-share and clipboard-write (the share and copy buttons).
PERMISSIONS_POLICY = ("accelerometer=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), "
                      "magnetometer=(), microphone=(), midi=(), payment=(), usb=()")
SECURITY_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Permissions-Policy": PERMISSIONS_POLICY,
}
HSTS = "max-age=63072000"  # two years; documented for HTTPS (HTTP answers must not send it)

# Material's stylesheets and scripts carry a hash of their content in their name
# (assets/stylesheets/main.342714a4.min.css): a new version is a new address, so a browser
# may keep them for a year without asking. Everything else keeps its address when it changes
# (pages, our own site.css, search indexes, leaflets): a reader gets a corrected phone number
# or amount within minutes.
FINGERPRINTED = r"^/assets/.+\.[0-9a-f]{8,}(?:\.min)?\.(?:css|js)$"
LONG_CACHE = "public, max-age=31536000, immutable"
SHORT_CACHE = "max-age=300"

# Every kind of file the site publishes (a test checks the built site has no other), so the
# configuration does not depend on the server's mime.types. JavaScript as RFC 9239 names it;
# a service worker must be served as JavaScript.
MEDIA_TYPES = {
    "html": "text/html",
    "css": "text/css",
    "js": "text/javascript",
    "json": "application/json",
    "webmanifest": "application/manifest+json",
    "xml": "application/xml",
    "atom": "application/atom+xml",
    "txt": "text/plain",
    "svg": "image/svg+xml",
    "png": "image/png",
    "jpg": "image/jpeg",
    "webp": "image/webp",
    "ico": "image/vnd.microsoft.icon",
    "woff2": "font/woff2",
    "pdf": "application/pdf",
    "zip": "application/zip",
    "map": "application/json",  # source maps of Material's files, for browsers' developer tools
    "gz": "application/gzip",  # sitemap.xml.gz, which search engines fetch themselves
}
# The "What changed" feed is an Atom feed, although its name ends in .xml.
FEED_TYPE = "application/atom+xml"
# charset_types: text/html always has the charset, nginx refuses it in the list.
TEXT_TYPES = ("text/css", "text/javascript", "text/plain", "application/json",
              "application/manifest+json", "application/xml", "application/atom+xml", "image/svg+xml")


@dataclass(frozen=True)
class Redirect:
    """A sheet's old address in every edition, sent on to its current one with a 301."""

    alias: str
    slug: str

    def location(self, codes: list[str]) -> str:
        # /fr/old/, /fr/old and /fr/old/index.html; leaflets /fr/old/old-fr.pdf -> /fr/new/new-fr.pdf.
        editions = "|".join(codes)
        alias = re.escape(self.alias)
        return (f'location ~ "^/({editions})/{alias}(?:/(?:index\\.html)?)?$" {{ return 301 /$1/{self.slug}/$is_args$args; }}\n'
                f'location ~ "^/({editions})/{alias}/{alias}(-[a-z-]+\\.pdf)$" {{ return 301 /$1/{self.slug}/{self.slug}$2; }}\n')


def redirects(kb: KnowledgeBase) -> list[Redirect]:
    return [Redirect(alias, sheet.slug) for sheet in kb.sheets for alias in sheet.aliases]


def site_configuration(kb: KnowledgeBase) -> str:
    """The server-level directives for the built site (to ``include`` in a ``server`` block)."""
    codes = kb.languages.codes
    moved = redirects(kb)
    lines = [
        "# Generated by `python -m healthsite nginx` from the knowledge base and the page modules",
        "# (hooks/healthsite/deploy/nginx.py): do not edit. Include it in the server block whose root",
        f"# is the built site/ ({SERVER_FILE}). Needs nginx's brotli_static module",
        "# (Debian: libnginx-mod-http-brotli-static); without it, delete the brotli_static line.",
        "",
        "# The build writes a .gz and a .br copy next to every text file (healthsite.deploy.precompress):",
        "# they are sent as they are, and nothing is compressed per request.",
        "gzip off;",
        "gzip_static on;",
        "brotli_static on;",
        "gzip_vary on;",
        "",
        "server_tokens off;",
        "# Location: /fr/new/ rather than http://host/fr/new/, right behind a proxy that ends HTTPS too.",
        "absolute_redirect off;",
        "index index.html;",
        "autoindex off;",
        "",
        "types {",
        *(f"    {media_type} {extension};" for extension, media_type in MEDIA_TYPES.items()),
        "}",
        "default_type application/octet-stream;",
        "charset utf-8;",
        f"charset_types {' '.join(TEXT_TYPES)};",
        "",
        "# On every answer, error pages included. Locations below set no header of their own:",
        "# one would drop all of these (nginx inherits add_header only into locations without one).",
        *(f'add_header {name} "{value}" always;' for name, value in SECURITY_HEADERS.items()),
        "# Not on errors: a file missing today may be there tomorrow.",
        "add_header Cache-Control $cache_control;",
        "# Over HTTPS only, add to the server block (see health-care-belgium.conf):",
        f'# add_header Strict-Transport-Security "{HSTS}" always;',
        "",
        "# Short by default: a reader gets a corrected page within minutes.",
        f'set $cache_control "{SHORT_CACHE}";',
        "# A name that changes with the content: kept for a year.",
        f'location ~ "{FINGERPRINTED}" {{ set $cache_control "{LONG_CACHE}"; }}',
        "",
        "# The editions' \"What changed\" feeds are Atom feeds, although their name ends in .xml.",
        f"location ~ \"^/({'|'.join(codes)})/{CHANGES_SLUG}/{re.escape(FEED_FILE)}$\" {{ types {{ }} default_type {FEED_TYPE}; }}",
        "",
        "# Each edition's own 404 page, in its language; elsewhere the root language's.",
        f"error_page 404 /{NOT_FOUND};",
        *(f"location /{code}/ {{ error_page 404 /{code}/{NOT_FOUND}; }}" for code in codes),
        "",
        "# Old addresses of sheets (aliases in the knowledge base). The build also writes a page",
        "# at each, for static hosts without redirects.",
    ]
    if not moved:
        lines.append("# None yet: no sheet has changed its slug.")
    return "\n".join(lines) + "\n" + "".join(redirect.location(codes) for redirect in moved)
