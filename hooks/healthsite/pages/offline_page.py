"""The page a saved edition shows, without a connection, for an address it has not stored.

A leaflet, a page added since the reader saved, a mistyped address: offline, the service
worker (offline.worker) sends the reader here instead of the browser's own error. It is
short, in the edition's language, and gives the emergency numbers as tap-to-call links
(the emergency bar has them too, but here they are the page's content). It is a page of
the edition like any other (/<lang>/offline/), so it is stored with the rest, and it
offers the button too.
"""

from __future__ import annotations

from ..knowledge.model import KnowledgeBase
from ..site_map import OFFLINE_SLUG
from .chrome import emergency_numbers
from .documents import PageSource, page
from .escape import Html
from .inline import InlineRenderer
from .save import save_box

TEMPLATE = "offline-page.html"  # docs/overrides/: the save page's template, not for search engines


def render_offline_page(kb: KnowledgeBase, inline: InlineRenderer, directory: str) -> PageSource:
    ui = kb.ui
    inline.link_prefix = "../"
    text = inline.text(ui("offline-page-text"))
    numbers = Html().join(Html("<li>{} {}</li>").format(number, label) for number, label in emergency_numbers(kb, inline))
    body = [
        Html('<p class="summary">{}</p>').format(text),
        Html("<p>{}</p>").format(inline.text(ui("offline-page-emergency"))),
        Html('<ul class="offline-emergency">{}</ul>').format(numbers),
        Html('<p><a href="../">{}</a></p>').format(inline.text(ui("offline-page-home"))),
        save_box(inline, "../"),
    ]
    return page(inline, inline.text(ui("offline-page-title")), text, body, f"{directory}{OFFLINE_SLUG}/index.md",
                in_nav=False, template=TEMPLATE)
