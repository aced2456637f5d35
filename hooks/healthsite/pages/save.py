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
from .escape import html_text, strip_tags
from .inline import InlineRenderer

TEMPLATE = "save-page.html"  # docs/overrides/: a page template that adds assets/save.js
BOX_ID = "save-edition"
_SIZE_MARK = '<span class="save-size" dir="ltr"></span>'


def save_box(inline: InlineRenderer, to_edition: str) -> str:
    """The box with the button. ``to_edition`` leads from the page to the edition's home ("" or "../")."""
    ui = inline.kb.ui

    def attribute(key: str) -> str:
        return html_text(strip_tags(inline.text(ui(key))))

    return (
        f'<div class="save-edition" id="{BOX_ID}" hidden data-worker="{to_edition}{WORKER_FILE}" '
        f'data-saving="{attribute("save-saving")}" data-saved="{attribute("save-saved")}" '
        f'data-failed="{attribute("save-failed")}">'
        f'<p>{inline.text(ui("save-text"))}</p><p>{inline.text(ui("save-left-out"))}</p>'
        f'<p><button type="button" class="md-button md-button--primary">{inline.text(ui("save-button"))} '
        f'{_SIZE_MARK}</button></p>'
        # dir="auto": a message not translated yet is English, and reads left to right in any edition.
        f'<p class="save-status" role="status" dir="auto"></p>'
        f'</div>'
    )


def with_save_size(page_html: str, size: int) -> str:
    """Write into a built page's button how many bytes saving stores (known once the edition is built)."""
    return page_html.replace(_SIZE_MARK, f'<span class="save-size" dir="ltr">({html_text(size_text(size))})</span>')
