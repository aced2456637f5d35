""""Save on this phone": the button that stores an edition in the browser, and where it sits.

The button asks the browser to keep the edition's pages, search index and the files they
use (offline.worker lists them), so that the edition opens without a connection. It says
first how much the phone will store: the size is filled in once the edition is built
(``with_save_size``), like the offline archive's. The box is hidden in the markup and
shown by assets/save.js only where the browser can run a service worker: without
JavaScript, or from an offline copy opened as files, nothing changes. Nothing is stored
before the reader presses the button: the worker is registered then, not before.
"""

from __future__ import annotations

from ..site_map import WORKER_FILE
from .downloads import size_text
from .escape import Html, strip_tags
from .inline import InlineRenderer

TEMPLATE = "save-page.html"  # docs/overrides/: a page template that adds assets/save.js
BOX_ID = "save-edition"
_SIZE_MARK = Html('<span class="save-size" dir="ltr"></span>')


def save_box(inline: InlineRenderer, to_edition: str) -> Html:
    """The box with the button. ``to_edition`` leads from the page to the edition's home ("" or "../")."""
    ui = inline.kb.ui

    def attribute(key: str) -> str:
        return strip_tags(inline.text(ui(key)))

    return Html(
        '<div class="save-edition" id="{box}" hidden data-worker="{to_edition}{worker}" '
        'data-saving="{saving}" data-saved="{saved}" data-failed="{failed}">'
        '<p>{text}</p><p>{left_out}</p>'
        '<p><button type="button" class="md-button md-button--primary">{button} {size}</button></p>'
        # dir="auto": a message not translated yet is English, and reads left to right in any edition.
        '<p class="save-status" role="status" dir="auto"></p>'
        '</div>'
    ).format(box=BOX_ID, to_edition=to_edition, worker=WORKER_FILE, saving=attribute("save-saving"),
             saved=attribute("save-saved"), failed=attribute("save-failed"), text=inline.text(ui("save-text")),
             left_out=inline.text(ui("save-left-out")), button=inline.text(ui("save-button")), size=_SIZE_MARK)


def with_save_size(page_html: str, size: int) -> str:
    """Write into a built page's button how many bytes saving stores (known once the edition is built)."""
    # The box marks the place itself: a plain replacement of the mark it wrote, not a search of the page.
    return page_html.replace(_SIZE_MARK, Html('<span class="save-size" dir="ltr">({})</span>').format(size_text(size)))
